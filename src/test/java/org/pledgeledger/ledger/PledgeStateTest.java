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
}
