package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainDecimalTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "1234.56", "-5.00", "0.125", "123456789012345678901234567890.123456789"})
    void acceptsDigitsWithAnOptionalMinusAndFraction(String text) {
        assertThat(PlainDecimal.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".5", "5.", "1,000.00", "1 000", "£5", "5e3", "1E+3", "+5", "5.0.0", "--5", "five", " 5"})
    void refusesWhatWouldNeedAGuess(String text) {
        assertThat(PlainDecimal.is(text)).isFalse();
    }
}
