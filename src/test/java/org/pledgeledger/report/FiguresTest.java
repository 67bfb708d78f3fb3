package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.money.Amounts;

class FiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBP 0.00           | GBP 0.00",
        "GBP 999.99         | GBP 999.99",
        "GBP 1000           | GBP 1,000.00",
        "USD 30000000000.00 | USD 30,000,000,000.00",
        "GBP -1234567.891   | GBP -1,234,567.891",
        "JPY 1234567        | JPY 1,234,567",
    })
    void groupsThousandsWithoutRounding(String amount, String expected) {
        assertThat(Figures.grouped(Amounts.parse(amount))).isEqualTo(expected);
        assertThat(Figures.scaled(Amounts.parse(amount), Figures.Scale.UNITS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBP 27145124381.78  | £27.15bn",
        "USD 30000000000.00  | $30.00bn",
        "EUR 1005000000      | €1.00bn",
        "GBP -4000000000     | -£4.00bn",
        "JPY 1500000000000   | JPY 1500.00bn",
    })
    void writesBillionsRoundedForReading(String amount, String expected) {
        assertThat(Figures.scaled(Amounts.parse(amount), Figures.Scale.BILLIONS)).isEqualTo(expected);
    }
}
