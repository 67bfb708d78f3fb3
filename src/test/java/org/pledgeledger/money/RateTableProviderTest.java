package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;

import org.junit.jupiter.api.Test;

class RateTableProviderTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final LocalDate SEP16 = LocalDate.of(2025, 9, 16);
    private static final LocalDate SEP18 = LocalDate.of(2025, 9, 18);
    private static final ExchangeRateProvider PROVIDER = RateTable.of(
            DatedRate.of(SEP16, GBP, USD, new BigDecimal("1.3646"), "FXStreet"),
            DatedRate.of(SEP18, GBP, USD, new BigDecimal("1.3547"), "Equals Money")).asExchangeRateProvider("TEST-RATES");

    private static ConversionQuery query(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        return ConversionQueryBuilder.of().setBaseCurrency(base).setTermCurrency(term).set(LocalDate.class, date).build();
    }

    @Test
    void honoursTheDateOfTheQuery() {
        assertThat(PROVIDER.getExchangeRate(query(GBP, USD, SEP16)).getFactor().numberValue(BigDecimal.class))
                .isEqualByComparingTo("1.3646");
        assertThat(PROVIDER.getExchangeRate(query(GBP, USD, SEP18.plusDays(3))).getFactor().numberValue(BigDecimal.class))
                .isEqualByComparingTo("1.3547");
    }

    @Test
    void aLocalDateTimeInTheQueryAlsoCounts() {
        ConversionQuery q = ConversionQueryBuilder.of().setBaseCurrency(GBP).setTermCurrency(USD)
                .set(LocalDateTime.class, SEP16.atTime(12, 0)).build();
        assertThat(PROVIDER.getExchangeRate(q).getFactor().numberValue(BigDecimal.class)).isEqualByComparingTo("1.3646");
    }

    @Test
    void theRatesContextCarriesItsDateAndSource() {
        ExchangeRate rate = PROVIDER.getExchangeRate(query(USD, GBP, SEP18));
        assertThat(rate.getContext().get(LocalDate.class)).isEqualTo(SEP18);
        assertThat(rate.getContext().getText(RateTableProvider.SOURCE_KEY)).contains("inverse of GBP/USD Equals Money");
        assertThat(rate.getContext().getProviderName()).isEqualTo("TEST-RATES");
        assertThat(PROVIDER.getContext().getProviderName()).isEqualTo("TEST-RATES");
    }

    @Test
    void aDatedConversionMultipliesExactlyWithoutRounding() {
        MonetaryAmount converted = PROVIDER.getCurrencyConversion(
                ConversionQueryBuilder.of().setTermCurrency(GBP).set(LocalDate.class, SEP18).build())
                .apply(Amounts.parse("USD 30000000000.00"));
        assertThat(Amounts.number(converted)).isEqualByComparingTo("22145124381.7819443419207204547132210");
        assertThat(converted.getCurrency()).isEqualTo(GBP);
    }

    @Test
    void aQueryWithoutADateIsRefusedNamingThePitfall() {
        assertThatThrownBy(() -> PROVIDER.getExchangeRate(GBP, USD))
                .isInstanceOf(CurrencyConversionException.class)
                .hasMessageContaining("TEST-RATES").hasMessageContaining("no date").hasMessageContaining("jsr354-api#139");
    }

    @Test
    void aMissingRateIsAMissingRateException() {
        assertThatThrownBy(() -> PROVIDER.getExchangeRate(query(GBP, USD, LocalDate.of(2024, 1, 1))))
                .isInstanceOf(MissingRateException.class).hasMessageContaining("nearest: 2025-09-16 GBP/USD 1.3646");
    }

    @Test
    void theSameCurrencyConvertsAtOne() {
        assertThat(PROVIDER.getExchangeRate(query(GBP, GBP, SEP16)).getFactor().numberValue(BigDecimal.class))
                .isEqualByComparingTo("1");
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> RateTable.empty().asExchangeRateProvider(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
