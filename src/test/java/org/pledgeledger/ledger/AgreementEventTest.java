package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.MOU;
import static org.pledgeledger.ledger.Fixtures.day;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;

class AgreementEventTest {

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"PROPOSED", "PAUSED", "TERMINATED"})
    void aMoveGoesOnlyToAForwardStep(AgreementStatus to) {
        assertThatThrownBy(() -> Fixtures.moved("m", MOU, day(10, 1), to)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moves agreement tech-prosperity-deal-mou to " + to);
    }

    @Test
    void theRecordTakesItsDateAndSourceFromTheAgreement() {
        AgreementEvent.Recorded r = Fixtures.recorded(MOU);
        assertThat(r.effective()).isEqualTo(day(9, 18));
        assertThat(r.source()).isEqualTo(MOU.sources().get(0));
        assertThat(r.describe()).isEqualTo("recorded Memorandum of Understanding on the Technology Prosperity Deal");
        assertThat(Fixtures.moved("m", MOU, day(10, 1), AgreementStatus.OPERATIVE).describe()).isEqualTo("now operative");
    }

    @Test
    void everyEventNeedsAReason() {
        assertThatThrownBy(() -> new AgreementEvent.Paused(EventId.of("p"), MOU.id(), day(10, 1), day(10, 1), Fixtures.SOURCE,
                Basis.PRESS_REPORT, "")).hasMessageContaining("Event p has a blank reason");
    }
}
