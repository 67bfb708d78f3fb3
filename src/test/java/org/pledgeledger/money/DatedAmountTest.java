package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatedAmountTest {

    private static final LocalDate D = LocalDate.of(2025, 9, 16);

    @Test
    void holdsStatedEquivalentsByCurrency() {
        DatedAmount a = DatedAmount.of(Amounts.parse("USD 30000000000.00"), D)
                .withEquivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru");
        assertThat(a.equivalent(Amounts.currency("GBP"))).hasValueSatisfying(
                e -> assertThat(e.source()).isEqualTo("Nation.Cymru"));
        assertThat(a.equivalent(Amounts.currency("EUR"))).isEmpty();
        assertThat(a).hasToString("USD 30000000000.00 on 2025-09-16 (stated: GBP 22000000000.00 (Nation.Cymru))");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "USD 30.00 | USD 31.00 | in the amount's own currency",
        "USD 0.00  | GBP 1.00  | same sign as a non-zero amount",
        "USD 30.00 | GBP -1.00 | same sign as a non-zero amount",
    })
    void rejectsAnEquivalentThatMakesNoSense(String amount, String equivalent, String rule) {
        DatedAmount a = DatedAmount.of(Amounts.parse(amount), D);
        assertThatThrownBy(() -> a.withEquivalent(Amounts.parse(equivalent), "src"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(equivalent).hasMessageContaining(amount).hasMessageContaining(rule);
        assertThat(a.equivalents()).isEmpty();
    }

    @Test
    void rejectsTwoEquivalentsInOneCurrency() {
        DatedAmount a = DatedAmount.of(Amounts.parse("USD 30.00"), D).withEquivalent(Amounts.parse("GBP 22.00"), "a");
        assertThatThrownBy(() -> a.withEquivalent(Amounts.parse("GBP 23.00"), "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats GBP");
    }
}
