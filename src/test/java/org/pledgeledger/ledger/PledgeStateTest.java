package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;

import java.util.List;

import org.junit.jupiter.api.Test;
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
}
