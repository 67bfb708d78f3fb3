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
    @CsvSource({"AI,ai", "Life Sciences,LIFE SCIENCES", "Énergie,éNERGIE", "ΣΊΣΥΦΟΣ,σίσυφος", "ΣΊΣΥΦΟΣ,σίσυφοσ", "Straße,STRAßE", "Claſs,CLASS", "\u212Aelvin,kelvin"})
    void namesEqualIgnoringCaseHaveOneHashCode(String a, String b) {
        assertThat(a.equalsIgnoreCase(b)).isTrue();
        assertThat(Sector.of(a)).isEqualTo(Sector.of(b)).hasSameHashCodeAs(Sector.of(b));
    }

    @Test
    void namesEqualIgnoringCaseHaveOneHashCodeOverSeededRandomNames() {
        // ASCII letters beside characters that fold into them (long s, Kelvin sign) and ones that do not
        String alphabet = "aAsSkKzZ ſ\u212AéÉσΣςßİı";
        java.util.Random random = new java.util.Random(20250916L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder a = new StringBuilder("x");
            StringBuilder b = new StringBuilder("X");
            for (int k = random.nextInt(6); k >= 0; k--) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                a.append(c);
                b.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            if (a.toString().equalsIgnoreCase(b.toString())) {
                assertThat(Sector.of(a.toString())).isEqualTo(Sector.of(b.toString())).hasSameHashCodeAs(Sector.of(b.toString()));
            }
        }
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Sector.of("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
