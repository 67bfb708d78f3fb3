package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectorTest {

    @Test
    void isTrimmedAndComparedIgnoringCase() {
        assertThat(Sector.of("  AI infrastructure ")).hasToString("AI infrastructure")
                .isEqualTo(Sector.of("ai INFRASTRUCTURE")).hasSameHashCodeAs(Sector.of("ai infrastructure"));
        assertThat(Sector.of("AI")).isLessThan(Sector.of("quantum"));
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Sector.of("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
