package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Random;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.money.Amounts;

class PhasingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBP 5000000000.00 | 2025-2026 | even spread: 2025 GBP 2500000000.00, 2026 GBP 2500000000.00",
        "GBP 100.00        | 2025-2027 | even spread: 2025 GBP 33.34, 2026 GBP 33.33, 2027 GBP 33.33",
        "GBP 0.02          | 2025-2027 | even spread: 2025 GBP 0.01, 2026 GBP 0.01, 2027 GBP 0.00",
        "GBP 0.005         | 2025-2026 | even spread: 2025 GBP 0.003, 2026 GBP 0.002",
        "JPY 10            | 2025-2027 | even spread: 2025 JPY 4, 2026 JPY 3, 2027 JPY 3",
        "USD 30000000000   | 2025-2028 | even spread: 2025 USD 7500000000.00, 2026 USD 7500000000.00, 2027 USD 7500000000.00, 2028 USD 7500000000.00",
    })
    void anEvenSpreadGivesLeftoverUnitsToTheEarliestYears(String total, String period, String expected) {
        Phasing p = Phasing.evenSpread(Amounts.parse(total), PledgePeriod.parse(period));
        assertThat(p).hasToString(expected);
        assertThat(p.total()).isEqualTo(Amounts.parse(total));
        assertThat(p.isStated()).isFalse();
    }

    /** Property: an even spread always adds up to the amount exactly and no two years differ by more than one unit. */
    @Test
    void anEvenSpreadAddsUpExactlyForSeededRandomAmounts() {
        Random random = new Random(150L);
        for (int i = 0; i < 1_000; i++) {
            MonetaryAmount total = Amounts.of(BigDecimal.valueOf(random.nextInt(Integer.MAX_VALUE), random.nextInt(4)),
                    Amounts.currency("GBP"));
            int first = 2020 + random.nextInt(5);
            Phasing p = Phasing.evenSpread(total, PledgePeriod.of(first, first + random.nextInt(10)));
            assertThat(p.total()).isEqualTo(total);
            BigDecimal max = p.amounts().values().stream().map(Amounts::number).reduce(BigDecimal::max).orElseThrow();
            BigDecimal min = p.amounts().values().stream().map(Amounts::number).reduce(BigDecimal::min).orElseThrow();
            assertThat(max.subtract(min).compareTo(BigDecimal.ONE.movePointLeft(Math.max(2, Amounts.number(total).scale()))))
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void aStatedPhasingKeepsTheYearsAsGiven() {
        Phasing p = Phasing.stated(Map.of(Year.of(2026), Amounts.parse("GBP 3.00"), Year.of(2025), Amounts.parse("GBP 2.00")));
        assertThat(p).hasToString("stated: 2025 GBP 2.00, 2026 GBP 3.00");
        assertThat(p.isStated()).isTrue();
        assertThat(p.amount(Year.of(2027))).isEqualTo(Amounts.parse("GBP 0.00"));
        assertThat(p.total()).isEqualTo(Amounts.parse("GBP 5.00"));
    }

    @Test
    void aStatedPhasingRejectsNoYearsMixedCurrenciesAndNegativeAmounts() {
        assertThatThrownBy(() -> Phasing.stated(Map.of())).hasMessageContaining("empty");
        assertThatThrownBy(() -> Phasing.stated(Map.of(Year.of(2025), Amounts.parse("GBP 1.00"), Year.of(2026),
                Amounts.parse("USD 1.00")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes currencies");
        assertThatThrownBy(() -> Phasing.stated(Map.of(Year.of(2025), Amounts.parse("GBP -1.00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025 is GBP -1.00");
    }

    @Test
    void aNegativeAmountCannotBeSpread() {
        assertThatThrownBy(() -> Phasing.evenSpread(Amounts.parse("GBP -1.00"), PledgePeriod.of(2025, 2026)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBP -1.00");
    }
}
