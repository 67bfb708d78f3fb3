package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ConditionOutcomeTest {

    @Test
    void isAtRiskOnlyWithARiskBasis() {
        ConditionOutcome o = new ConditionOutcome(Deal.epdProgress(), ConditionState.PENDING, Optional.empty(), "not yet assessed");
        assertThat(o.isAtRisk()).isFalse();
        assertThat(o).hasToString("epd-substantive-progress PENDING: not yet assessed");
    }
}
