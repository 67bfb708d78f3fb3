package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementStatusTest {

    @ParameterizedTest
    @CsvSource({
        "PROPOSED,    SIGNED, false",
        "NEGOTIATING, SIGNED, false",
        "SIGNED,      SIGNED, true",
        "OPERATIVE,   SIGNED, true",
        "PAUSED,      SIGNED, false",
        "TERMINATED,  PROPOSED, false",
    })
    void knowsWhetherItIsAtLeastAStep(AgreementStatus status, AgreementStatus target, boolean expected) {
        assertThat(status.isAtLeast(target)).isEqualTo(expected);
    }

    @Test
    void pausedAndTerminatedAreNotSteps() {
        assertThat(AgreementStatus.PAUSED.isLive()).isFalse();
        assertThatThrownBy(() -> AgreementStatus.SIGNED.isAtLeast(AgreementStatus.PAUSED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAUSED is not a step");
    }
}
