package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;

import java.math.BigDecimal;
import java.util.List;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.model.Basis;
import org.pledgeledger.money.Amounts;

class PledgeStateTest {

    @Test
    void outstandingIsPledgedLessDeliveredAndTheSummaryNamesTheBasis() {
        PledgeState s = new PledgeState(GOOGLE, Status.PAUSED, Fixtures.day(12, 9), Basis.PRESS_REPORT,
                Amounts.parse("GBP 5000000000.00"), Amounts.parse("GBP 1000000000.00"), List.of(Fixtures.announced(GOOGLE)));
        assertThat(s.outstanding()).isEqualTo(Amounts.parse("GBP 4000000000.00"));
        assertThat(s.id()).isEqualTo(GOOGLE.id());
        assertThat(s).hasToString("google-uk-2025 PAUSED since 2025-12-09 (press report): pledged GBP 5000000000.00,"
                + " delivered GBP 1000000000.00, outstanding GBP 4000000000.00");
    }

    @Test
    void datedAmountsCarryTheStatedEquivalentOnlyWhileTheAmountIsTheOneAnnounced() {
        org.pledgeledger.model.Pledge msft = org.pledgeledger.model.Pledge.builder(Fixtures.MICROSOFT.id(),
                Fixtures.MICROSOFT.pledger(), "United Kingdom", Amounts.parse("USD 30.00"), Fixtures.SEP16)
                .equivalent(Amounts.parse("GBP 22.00"), "Nation.Cymru").source(Fixtures.SOURCE).build();
        PledgeState untouched = new PledgeState(msft, Status.ANNOUNCED, Fixtures.SEP16, Basis.OFFICIAL_STATEMENT,
                Amounts.parse("USD 30.00"), Amounts.parse("USD 0.00"), List.of());
        assertThat(untouched.datedAmount().equivalents()).hasSize(1);
        assertThat(untouched.datedOutstanding().equivalents()).hasSize(1);
        assertThat(untouched.datedDelivered().equivalents()).isEmpty();
        PledgeState part = new PledgeState(msft, Status.DELIVERING, Fixtures.SEP16, Basis.OFFICIAL_STATEMENT,
                Amounts.parse("USD 30.00"), Amounts.parse("USD 10.00"), List.of());
        assertThat(part.datedOutstanding().equivalents()).isEmpty();
        assertThat(part.datedOutstanding().amount()).isEqualTo(Amounts.parse("USD 20.00"));
        assertThat(part.datedAmount().date()).isEqualTo(Fixtures.SEP16);
    }

    @Test
    void anUnrevisedStateHasThePledgesOwnAmountAndEqualsOneGivenIt() {
        MonetaryAmount none = Amounts.parse("GBP 0.00");
        PledgeState unrevised = PledgeState.folded(GOOGLE, null, Status.ANNOUNCED, Fixtures.SEP16, Basis.OFFICIAL_STATEMENT,
                BigDecimal.ZERO, List.of());
        PledgeState given = new PledgeState(GOOGLE, Status.ANNOUNCED, Fixtures.SEP16, Basis.OFFICIAL_STATEMENT,
                Amounts.parse("GBP 5000000000.00"), none, List.of());

        assertThat(unrevised.amount()).isSameAs(GOOGLE.amount());
        assertThat(unrevised).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
        assertThat(unrevised.outstanding()).isEqualTo(GOOGLE.amount());
    }

    @Test
    void aFoldedStateMakesItsDeliveredAmountFromTheNumberWhenFirstAskedAndKeepsIt() {
        PledgeState folded = PledgeState.folded(GOOGLE, Amounts.parse("GBP 4000000000.00"), Status.DELIVERING, Fixtures.SEP16,
                Basis.OFFICIAL_STATEMENT, new BigDecimal("1500000000.50"), List.of());
        PledgeState given = new PledgeState(GOOGLE, Status.DELIVERING, Fixtures.SEP16, Basis.OFFICIAL_STATEMENT,
                Amounts.parse("GBP 4000000000.00"), Amounts.parse("GBP 1500000000.50"), List.of());

        assertThat(folded.delivered()).isEqualTo(Amounts.parse("GBP 1500000000.50")).isSameAs(folded.delivered());
        assertThat(folded.outstanding()).isEqualTo(Amounts.parse("GBP 2499999999.50"));
        assertThat(folded).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
        assertThat(given).isEqualTo(folded);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void aStateDiffersFromAnotherInAnyOneFact(int fact) {
        MonetaryAmount none = Amounts.parse("GBP 0.00");
        PledgeState s = new PledgeState(GOOGLE, Status.PAUSED, Fixtures.SEP16, Basis.PRESS_REPORT, GOOGLE.amount(), none, List.of());
        PledgeState other = new PledgeState(fact == 0 ? Fixtures.MICROSOFT : GOOGLE, fact == 1 ? Status.ANNOUNCED : Status.PAUSED,
                fact == 2 ? Fixtures.day(12, 9) : Fixtures.SEP16, fact == 3 ? Basis.OFFICIAL_STATEMENT : Basis.PRESS_REPORT,
                fact == 4 ? Amounts.parse("GBP 4000000000.00") : GOOGLE.amount(), fact == 5 ? Amounts.parse("GBP 1.00") : none,
                fact == 6 ? List.of(Fixtures.announced(GOOGLE)) : List.of());
        assertThat(other).isNotEqualTo(s);
        assertThat(s).isEqualTo(s).isNotEqualTo(null).isNotEqualTo("state");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pledge", "status", "statusSince", "statusBasis", "amount", "delivered", "history"})
    void rejectsEachNullFact(String fact) {
        MonetaryAmount none = Amounts.parse("GBP 0.00");
        assertThatThrownBy(() -> new PledgeState(fact.equals("pledge") ? null : GOOGLE, fact.equals("status") ? null : Status.PAUSED,
                fact.equals("statusSince") ? null : Fixtures.SEP16, fact.equals("statusBasis") ? null : Basis.PRESS_REPORT,
                fact.equals("amount") ? null : GOOGLE.amount(), fact.equals("delivered") ? null : none,
                fact.equals("history") ? null : List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage(fact);
    }
}
