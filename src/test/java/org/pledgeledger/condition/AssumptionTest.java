package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Assessment;
import org.pledgeledger.model.Basis;

class AssumptionTest {

    @Test
    void saysWhatItAssumes() {
        assertThat(Assumption.conditionMet(Deal.EPD_PROGRESS)).hasToString("if epd-substantive-progress is MET");
        assertThat(Assumption.pauseConfirmed(Deal.MOU)).isEqualTo(
                new Assumption.AgreementAssumed(Deal.MOU, AgreementStatus.PAUSED, Basis.OFFICIAL_STATEMENT));
        assertThat(Assumption.judgement("progress", Assessment.MET)).hasToString("if progress is assessed MET");
    }

    @Test
    void rejectsAssumptionsThatAssumeNothing() {
        assertThatThrownBy(() -> new Assumption.ConditionAssumed(Deal.EPD_PROGRESS, ConditionState.PENDING))
                .hasMessageContaining("PENDING assumes nothing");
        assertThatThrownBy(() -> Assumption.judgement(" ", Assessment.MET)).hasMessageContaining("blank judgement");
    }
}
