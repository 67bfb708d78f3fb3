package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectorTest {

    @Test
    void isTrimmedAndComparedIgnoringCase() {
        assertThat(Sector.of("  AI infrastructure ")).hasToString("AI infrastructure")
                .isEqualTo(Sector.of("ai INFRASTRUCTURE")).hasSameHashCodeAs(Sector.of("ai infrastructure"));
        assertThat(Sector.of("AI")).isLessThan(Sector.of("quantum"));
    }

    @ParameterizedTest
    @CsvSource({"AI,ai", "Life Sciences,LIFE SCIENCES", "Énergie,éNERGIE", "ΣΊΣΥΦΟΣ,σίσυφος", "ΣΊΣΥΦΟΣ,σίσυφοσ", "Straße,STRAßE"})
    void namesEqualIgnoringCaseHaveOneHashCode(String a, String b) {
        assertThat(a.equalsIgnoreCase(b)).isTrue();
        assertThat(Sector.of(a)).isEqualTo(Sector.of(b)).hasSameHashCodeAs(Sector.of(b));
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Sector.of("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
