package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;

class ConversionLineTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final DatedRate RATE = DatedRate.of(LocalDate.of(2025, 9, 18), USD, GBP, new BigDecimal("0.5"), "s");

    @Test
    void aRateLineMustCarryItsRate() {
        assertThatThrownBy(() -> new ConversionLine(ConversionLine.Method.RATE, Amounts.parse("USD 1.00"), GBP,
                BigDecimal.ONE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 1.00 by RATE must carry its rate");
    }

    @Test
    void aSameCurrencyLineMustNotCarryARate() {
        assertThatThrownBy(() -> new ConversionLine(ConversionLine.Method.SAME_CURRENCY, Amounts.parse("GBP 1.00"), GBP,
                BigDecimal.ONE, Optional.of(RATE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not carry a rate");
    }

    @Test
    void convertedAmountIsRoundedForDisplayOnly() {
        ConversionLine line = new ConversionLine(ConversionLine.Method.RATE, Amounts.parse("USD 0.01"), GBP,
                new BigDecimal("0.005"), Optional.of(RATE));
        assertThat(line.converted()).isEqualByComparingTo("0.005");
        assertThat(Amounts.format(line.convertedAmount())).isEqualTo("GBP 0.00");
        assertThat(line).hasToString("USD 0.01 -> GBP 0.00 at 2025-09-18 USD/GBP 0.5 (s)");
    }

    @Test
    void linesOfEqualFiguresAreEqualWhateverTheirScales() {
        ConversionLine a = new ConversionLine(ConversionLine.Method.RATE, Amounts.of(new BigDecimal("2.00"), USD), GBP,
                new BigDecimal("1.000"), Optional.of(RATE));
        ConversionLine b = new ConversionLine(ConversionLine.Method.RATE, Amounts.of(new BigDecimal("2"), USD), GBP,
                new BigDecimal("1"), Optional.of(RATE));
        ConversionLine other = new ConversionLine(ConversionLine.Method.RATE, Amounts.of(new BigDecimal("2"), USD), GBP,
                new BigDecimal("1.001"), Optional.of(RATE));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
        assertThat(new ConversionLine(ConversionLine.Method.SAME_CURRENCY, Amounts.parse("GBP 0.00"), GBP, new BigDecimal("0.00"),
                Optional.empty())).isEqualTo(new ConversionLine(ConversionLine.Method.SAME_CURRENCY, Amounts.parse("GBP 0.00"), GBP,
                BigDecimal.ZERO, Optional.empty())).hasSameHashCodeAs(new ConversionLine(ConversionLine.Method.SAME_CURRENCY,
                Amounts.parse("GBP 0.00"), GBP, BigDecimal.ZERO, Optional.empty()));
    }
}
