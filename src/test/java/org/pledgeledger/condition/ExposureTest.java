package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;

class ExposureTest {

    @Test
    void aConditionNobodyDependsOnExposesNothing() {
        Conditions cs = Conditions.builder().add(Deal.epdProgress()).build();
        Exposure e = cs.evaluate(Deal.ledger().asOf(Deal.day(12, 31))).exposure(Deal.EPD_PROGRESS, Valuation.atStatedEquivalents(),
                Amounts.currency("GBP"));
        assertThat(e.pledges()).isEmpty();
        assertThat(e.outstanding().isEmpty()).isTrue();
        assertThat(Amounts.format(e.outstandingConverted().total())).isEqualTo("GBP 0.00");
    }
}
