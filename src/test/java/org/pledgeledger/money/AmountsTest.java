package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBP 22000000000.00 | GBP 22000000000.00",
        "GBP 22000000000    | GBP 22000000000.00",
        "GBP 0.125          | GBP 0.125",
        "GBP -5             | GBP -5.00",
        "JPY 1500           | JPY 1500",
        "USD 0              | USD 0.00",
        "USD 1.10000        | USD 1.10",
    })
    void formatPadsToMinorUnitsAndNeverRoundsAway(String input, String expected) {
        assertThat(Amounts.format(Amounts.parse(input))).isEqualTo(expected);
        assertThat(Amounts.formatNumber(Amounts.parse(input))).as("the number alone").isEqualTo(expected.substring(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBP 22000000000.00", "USD 0.01", "JPY 7", "EUR -0.005", "GBP 123456789012345678901234567890.12"})
    void parseReadsBackWhatFormatWrites(String text) {
        MonetaryAmount amount = Amounts.parse(text);
        assertThat(Amounts.format(amount)).isEqualTo(text);
        assertThat(Amounts.parse(Amounts.format(amount))).isEqualTo(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GBP", "GBP  1.00", "gbp 1.00", "GBP 1,000.00", "GBP 1.", "1.00 GBP", "GBP 1e3", "£ 22bn"})
    void parseRejectsTextNotInTheStableForm(String text) {
        assertThatThrownBy(() -> Amounts.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("CCC 1234.56");
    }

    @Test
    void parseRejectsUnknownCurrencyNamingTheCode() {
        assertThatThrownBy(() -> Amounts.parse("GPB 1.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'GPB'")
                .hasMessageContaining("ISO 4217");
    }

    @Test
    void ofRejectsANumberThatIsNotADecimal() {
        assertThatThrownBy(() -> Amounts.of("22bn", "GBP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'22bn'")
                .hasMessageContaining("not a decimal");
    }

    @Test
    void ofKeepsTheExactNumber() {
        BigDecimal n = new BigDecimal("12345678901234567890.123456789");
        assertThat(Amounts.number(Amounts.of(n, GBP))).isEqualByComparingTo(n);
    }

    @ParameterizedTest
    @CsvSource({
        "1.005, GBP, 1.00",
        "1.015, GBP, 1.02",
        "1.0051, GBP, 1.01",
        "-1.005, GBP, -1.00",
        "2.5, JPY, 2",
        "3.5, JPY, 4",
        "1.0005, BHD, 1.000",
        "1.23456789, XAU, 1.23456789",
    })
    void roundToMinorUnitsIsHalfEvenAtTheCurrencysDigits(String figure, String code, String expected) {
        assertThat(Amounts.roundToMinorUnits(new BigDecimal(figure), Amounts.currency(code)))
                .isEqualTo(new BigDecimal(expected));
    }

    @Test
    void sumAddsAmountsOfOneCurrencyExactly() {
        MonetaryAmount sum = Amounts.sum(List.of(Amounts.parse("GBP 22000000000.00"), Amounts.parse("GBP 5000000000.00"),
                Amounts.parse("GBP 0.001")), GBP);
        assertThat(Amounts.format(sum)).isEqualTo("GBP 27000000000.001");
    }

    @Test
    void sumOfNothingIsZero() {
        assertThat(Amounts.format(Amounts.sum(List.of(), USD))).isEqualTo("USD 0.00");
    }

    @Test
    void sumRefusesAnotherCurrencyNamingBoth() {
        assertThatThrownBy(() -> Amounts.sum(List.of(Amounts.parse("GBP 1.00"), Amounts.parse("USD 2.00")), GBP))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(GBP);
                    assertThat(e.actual()).isEqualTo(USD);
                })
                .hasMessageContaining("USD 2.00")
                .hasMessageContaining("Valuation");
    }

    @Test
    void zeroIsZeroInTheCurrency() {
        assertThat(Amounts.format(Amounts.zero(GBP))).isEqualTo("GBP 0.00");
        assertThat(Amounts.zero(GBP)).as("one instance per currency").isSameAs(Amounts.zero(Amounts.currency("GBP")));
        assertThatThrownBy(() -> Amounts.zero(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    }

    @Test
    void nullsAreRejectedWithTheirNames() {
        assertThatThrownBy(() -> Amounts.currency(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> Amounts.format(null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Amounts.of((BigDecimal) null, GBP)).isInstanceOf(NullPointerException.class).hasMessage("number");
    }

    @Test
    void holdsANumberOfTheMostDigitsExactly() {
        BigDecimal longest = new BigDecimal("9".repeat(Amounts.MAX_DIGITS - 2) + ".25");

        assertThat(Amounts.number(Amounts.of(longest, GBP))).isEqualByComparingTo(longest).hasScaleOf(2);
        assertThat(Amounts.MAX_DIGITS).as("what Moneta's Money keeps").isEqualTo(Moneta.PRECISION);
    }

    @Test
    void requireExactReturnsANumberAnAmountHoldsExactlyAsItIsAndRejectsNulls() {
        BigDecimal longest = new BigDecimal("9".repeat(Amounts.MAX_DIGITS - 2) + ".25");
        assertThat(Amounts.requireExact(longest, GBP)).isSameAs(longest);
        assertThatThrownBy(() -> Amounts.requireExact(null, GBP)).isInstanceOf(NullPointerException.class).hasMessage("number");
        assertThatThrownBy(() -> Amounts.requireExact(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "-1", "0.00000"})
    void refusesANumberWithMoreDigitsThanItHoldsRatherThanRoundingIt(String start) {
        String text = start + "1".repeat(Amounts.MAX_DIGITS + 1);

        assertThatThrownBy(() -> Amounts.of(new BigDecimal(text), GBP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(" GBP has ").hasMessageContaining(" significant digits; an amount holds at most 256 exactly,"
                        + " and is never rounded");
        assertThatThrownBy(() -> Amounts.parse("GBP " + text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never rounded");
        assertThatThrownBy(() -> Amounts.requireExact(new BigDecimal(text), GBP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(" GBP has ").hasMessageContaining(" significant digits; an amount holds at most 256 exactly,"
                        + " and is never rounded");
    }
}
