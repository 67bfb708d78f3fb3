package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-0.00", "7", "0012.50", "1234.56", "-5.00", "0.125", "999999999999999999",
        "99999999999999999.9", "9999999999999999999", "-999999999999999999", "9223372036854775807", "9223372036854775808",
        "123456789012345678901234567890.123456789", "0.000000000000000001"})
    void parsesToWhatTheBigDecimalConstructorGivesScaleIncluded(String text) {
        assertThat(PlainDecimal.parse(text)).isEqualTo(new BigDecimal(text));
    }

    /** Property: any plain decimal parses as the constructor parses it, value and scale. */
    @Test
    void parsesSeededRandomPlainDecimalsAsTheConstructorDoes() {
        Random random = new Random(2026_11_22L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int whole = 1 + random.nextInt(22);
            for (int i = 0; i < whole; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.append('.');
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            String t = text.toString();
            assertThat(PlainDecimal.is(t)).isTrue();
            assertThat(PlainDecimal.parse(t)).as(t).isEqualTo(new BigDecimal(t));
        }
    }
}
