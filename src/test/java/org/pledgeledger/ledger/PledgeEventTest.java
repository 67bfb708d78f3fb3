package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.SOURCE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;

class PledgeEventTest {

    private static final EventId ID = EventId.of("e");

    @Test
    void anAnnouncementTakesItsDateAndSourceFromThePledge() {
        PledgeEvent.Announced a = Fixtures.announced(GOOGLE);
        assertThat(a.pledgeId()).isEqualTo(GOOGLE.id());
        assertThat(a.effective()).isEqualTo(GOOGLE.announced());
        assertThat(a.source()).isEqualTo(GOOGLE.sources().get(0));
        assertThat(a.describe()).isEqualTo("announced GBP 5000000000.00");
    }

    @Test
    void aDeliveryMustBePositiveAndItsRateMustStartFromItsCurrency() {
        assertThatThrownBy(() -> new PledgeEvent.DeliveryRecorded(ID, GOOGLE.id(), day(10, 1), day(10, 1), SOURCE,
                Basis.OFFICIAL_STATEMENT, Amounts.parse("GBP 0.00"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Delivery e of GBP 0.00: a delivery must be positive");
        DatedRate gbpUsd = DatedRate.of(day(10, 1), Amounts.currency("GBP"), Amounts.currency("USD"), BigDecimal.ONE.add(BigDecimal.ONE), "x");
        assertThatThrownBy(() -> new PledgeEvent.DeliveryRecorded(ID, GOOGLE.id(), day(10, 1), day(10, 1), SOURCE,
                Basis.OFFICIAL_STATEMENT, Amounts.parse("USD 1.00"), Optional.of(gbpUsd)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not convert from USD");
    }

    @Test
    void aDeliveryConvertsIntoThePledgeCurrencyOnlyWithARateIntoIt() {
        DatedRate usdGbp = DatedRate.of(day(10, 1), Amounts.currency("USD"), Amounts.currency("GBP"), new BigDecimal("0.5"), "x");
        PledgeEvent.DeliveryRecorded d = new PledgeEvent.DeliveryRecorded(ID, GOOGLE.id(), day(10, 1), day(10, 1), SOURCE,
                Basis.OFFICIAL_STATEMENT, Amounts.parse("USD 3.00"), Optional.of(usdGbp));
        assertThat(d.deliveredIn(Amounts.currency("GBP"))).isEqualTo(Amounts.parse("GBP 1.50"));
        assertThat(d.deliveredIn(Amounts.currency("USD"))).isEqualTo(Amounts.parse("USD 3.00"));
        assertThatThrownBy(() -> d.deliveredIn(Amounts.currency("EUR"))).hasMessageContaining("needs an explicit USD/EUR rate");
        assertThat(d.describe()).isEqualTo("delivery of USD 3.00 at USD/GBP 0.5");
    }

    @Test
    void aRevisionMustStayPositiveAndSayWhy() {
        assertThatThrownBy(() -> new PledgeEvent.AmountRevised(ID, GOOGLE.id(), day(10, 1), day(10, 1), SOURCE,
                Basis.OFFICIAL_STATEMENT, Amounts.parse("GBP 0.00"), "cut")).hasMessageContaining("withdraw it instead");
        assertThatThrownBy(() -> new PledgeEvent.AmountRevised(ID, GOOGLE.id(), day(10, 1), day(10, 1), SOURCE,
                Basis.OFFICIAL_STATEMENT, Amounts.parse("GBP 1.00"), " ")).hasMessageContaining("Event e has a blank reason");
    }

    @Test
    void everyEventNeedsItsCommonFacts() {
        assertThatThrownBy(() -> new PledgeEvent.Committed(ID, GOOGLE.id(), null, day(10, 1), SOURCE, Basis.OFFICIAL_STATEMENT))
                .isInstanceOf(NullPointerException.class).hasMessage("effective");
        assertThatThrownBy(() -> new PledgeEvent.Paused(ID, GOOGLE.id(), day(10, 1), day(10, 1), SOURCE, null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("basis");
    }

    @Test
    void describesWhatHappened() {
        assertThat(Fixtures.paused("p", GOOGLE, day(10, 1)).describe()).isEqualTo("paused (talks paused)");
        assertThat(Fixtures.fulfilled("f", GOOGLE, day(10, 1)).describe()).isEqualTo("fulfilled");
        assertThat(Fixtures.withdrawn("w", GOOGLE, day(10, 1)).describe()).isEqualTo("withdrawn (withdrawn)");
    }

    @Test
    void theEventsThatRecordWhyAreReasoned() {
        assertThat(List.<LedgerEvent>of(Fixtures.paused("p", GOOGLE, day(10, 1)), Fixtures.resumed("r", GOOGLE, day(10, 2)),
                Fixtures.withdrawn("w", GOOGLE, day(10, 3)), Fixtures.revised("v", GOOGLE, day(10, 4), "GBP 1.00"),
                Fixtures.corrected("c", day(10, 5), "p"), Fixtures.notice("n", Fixtures.MOU, day(10, 6)),
                Fixtures.terminated("t", Fixtures.MOU, day(10, 7))))
                .allSatisfy(e -> assertThat(e).isInstanceOf(LedgerEvent.Reasoned.class));
        assertThat(List.<LedgerEvent>of(Fixtures.committed("c", GOOGLE, day(10, 1)), Fixtures.fulfilled("f", GOOGLE, day(10, 2)),
                Fixtures.delivered("d", GOOGLE, day(10, 3), "GBP 1.00")))
                .noneSatisfy(e -> assertThat(e).isInstanceOf(LedgerEvent.Reasoned.class));
    }
}
