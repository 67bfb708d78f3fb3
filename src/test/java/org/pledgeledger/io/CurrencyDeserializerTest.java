package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.money.Amounts;

import tools.jackson.databind.exc.InvalidFormatException;

class CurrencyDeserializerTest {

    @ParameterizedTest
    @ValueSource(strings = {"GBP", "USD", "EUR", "JPY"})
    void theMapperReadsACodeAsTheLibrarysOwnCurrency(String code) {
        CurrencyUnit read = LedgerJson.mapper().readValue("\"" + code + "\"", CurrencyUnit.class);
        assertThat(read).isSameAs(Amounts.currency(code));
        MonetaryAmount amount = LedgerJson.mapper().readValue("{\"amount\":\"1.50\",\"currency\":\"" + code + "\"}", MonetaryAmount.class);
        assertThat(amount.getCurrency()).isSameAs(Amounts.currency(code));
        assertThat(Amounts.number(amount)).isEqualByComparingTo("1.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "gbp", "", "GBPX"})
    void anUnknownCodeIsAnErrorNamingIt(String code) {
        assertThatThrownBy(() -> LedgerJson.mapper().readValue("\"" + code + "\"", CurrencyUnit.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("'" + code + "'").hasMessageContaining("not an ISO 4217 code");
    }
}
