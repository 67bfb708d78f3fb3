package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pledgeledger.ledger.Assessment;

class ScenarioTest {

    @Test
    void namesWhatItSupposes() {
        Scenario s = Scenario.of("if EPD fails", Assumption.conditionFails(Deal.EPD_PROGRESS));
        assertThat(s).hasToString("if EPD fails");
        assertThat(s.assumptions()).singleElement().hasToString("if epd-substantive-progress is FAILED");
        assertThat(Scenario.AS_RECORDED.assumptions()).isEmpty();
        assertThatThrownBy(() -> Scenario.of(" ")).hasMessageContaining("blank");
    }
}
