package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.money.Amounts;

import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

class DecimalDeserializerTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1.50", "-0.010", "22000000000.00", "123456789012345678.9", "12345678901234567890.12", "1E+3", "-2.5e-2"})
    void readsADecimalStringWithTheValueAndScaleItWasWrittenWith(String text) {
        BigDecimal read = LedgerJson.mapper().readValue("\"" + text + "\"", BigDecimal.class);
        assertThat(read).isEqualTo(new BigDecimal(text));
        assertThat(read.scale()).isEqualTo(new BigDecimal(text).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "1.50", "-3.25e2"})
    void readsAJsonNumberAsTheDecimalItWasWrittenAs(String text) {
        assertThat(LedgerJson.mapper().readValue(text, BigDecimal.class)).isEqualTo(new BigDecimal(text));
    }

    @Test
    void anAmountReadThroughTheMoneyModuleKeepsItsScale() {
        MonetaryAmount amount = LedgerJson.mapper().readValue("{\"amount\":\"30000000000.10\",\"currency\":\"USD\"}", MonetaryAmount.class);
        assertThat(Amounts.format(amount)).isEqualTo("USD 30000000000.10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,000.00", "£5", "", "1.2.3", "NaN"})
    void aStringThatIsNotADecimalIsAnErrorNamingIt(String text) {
        assertThatThrownBy(() -> LedgerJson.mapper().readValue("\"" + text + "\"", BigDecimal.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("\"" + text + "\"").hasMessageContaining("not a decimal number");
    }

    @Test
    void aValueThatIsNeitherStringNorNumberIsAnError() {
        assertThatThrownBy(() -> LedgerJson.mapper().readValue("true", BigDecimal.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("BigDecimal");
    }

    @Test
    void isKeptByTheMapperOnceFound() {
        assertThat(new DecimalDeserializer().isCachable()).isTrue();
        assertThat(new CurrencyDeserializer().isCachable()).isTrue();
    }
}
