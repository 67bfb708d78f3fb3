package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PledgePeriodTest {

    @Test
    void listsItsYearsInclusive() {
        PledgePeriod p = PledgePeriod.of(2025, 2028);
        assertThat(p.years()).containsExactly(Year.of(2025), Year.of(2026), Year.of(2027), Year.of(2028));
        assertThat(p.length()).isEqualTo(4);
        assertThat(p.contains(Year.of(2028))).isTrue();
        assertThat(p.contains(Year.of(2029))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-2028", "2025"})
    void parseReadsBackToString(String text) {
        assertThat(PledgePeriod.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25-28", "2025–2028", "2025-", "2025 - 2028"})
    void parseRejectsOtherForms(String text) {
        assertThatThrownBy(() -> PledgePeriod.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> PledgePeriod.parse("2028-2025")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2028-2025 ends before it starts");
    }

    @Test
    void equalsAPeriodOfTheSameYearsWithTheSameHashCodeAndNoOther() {
        assertThat(PledgePeriod.of(2025, 2028)).isEqualTo(PledgePeriod.parse("2025-2028")).hasSameHashCodeAs(PledgePeriod.parse("2025-2028"))
                .isNotEqualTo(PledgePeriod.of(2025, 2027)).isNotEqualTo(PledgePeriod.of(2024, 2028)).isNotEqualTo("2025-2028");
        assertThat(PledgePeriod.of(2025, 2025)).isEqualTo(PledgePeriod.of(java.time.Year.of(2025)));
        assertThat(PledgePeriod.of(2025, 2028).equals(null)).isFalse();
    }
}
