package org.pledgeledger.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQuery;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.MonetaryConversions;

import org.junit.jupiter.api.Test;
import org.pledgeledger.money.Amounts;

class BundledRateProviderTest {

    private static final LocalDate SEP18 = LocalDate.of(2025, 9, 18);

    @Test
    void isRegisteredWithJsr354AndFoundOfflineByName() {
        assertThat(MonetaryConversions.getConversionProviderNames()).contains(BundledRateProvider.NAME);
        ExchangeRateProvider provider = MonetaryConversions.getExchangeRateProvider(BundledRateProvider.NAME);
        assertThat(provider.getContext().getProviderName()).isEqualTo("PLEDGE-LEDGER");
    }

    /**
     * Moneta puts every registered provider in its default chain; an undated conversion through
     * that chain must not pick up a bundled rate silently.
     */
    @Test
    void anUndatedDefaultChainConversionDoesNotUseTheBundledRates() {
        assertThat(MonetaryConversions.getDefaultConversionProviderChain()).contains(BundledRateProvider.NAME);
        CurrencyConversion implicit = MonetaryConversions.getConversion("GBP");
        assertThatThrownBy(() -> implicit.apply(Amounts.parse("USD 1.00")))
                .isInstanceOf(CurrencyConversionException.class)
                .hasMessageContaining("USD").hasMessageContaining("GBP");
    }

    @Test
    void theProvidersOwnConversionKeepsTheDate() {
        ConversionQuery query = ConversionQueryBuilder.of().setTermCurrency("GBP").set(LocalDate.class, SEP18).build();
        CurrencyConversion toGbp = MonetaryConversions.getExchangeRateProvider(BundledRateProvider.NAME)
                .getCurrencyConversion(query);
        MonetaryAmount gbp = toGbp.apply(Amounts.parse("USD 30000000000.00"));
        assertThat(Amounts.roundToMinorUnits(Amounts.number(gbp), gbp.getCurrency()))
                .isEqualTo(new BigDecimal("22145124381.78"));
        assertThat(toGbp.getExchangeRate(Amounts.parse("USD 1.00")).getContext().get(LocalDate.class)).isEqualTo(SEP18);
    }

    /**
     * Pins jsr354-api#139: MonetaryConversions.getConversion(ConversionQuery) passes only the term
     * currency to the provider, so the date is lost; this provider then refuses instead of guessing.
     */
    @Test
    void monetaryConversionsGetConversionDropsTheDateAndIsRefused() {
        ConversionQuery query = ConversionQueryBuilder.of().setTermCurrency("GBP").set(LocalDate.class, SEP18)
                .setProviderNames(BundledRateProvider.NAME).build();
        CurrencyConversion dropped = MonetaryConversions.getConversion(query);
        assertThatThrownBy(() -> dropped.apply(Amounts.parse("USD 1.00")))
                .isInstanceOf(CurrencyConversionException.class)
                .hasMessageContaining("no date").hasMessageContaining("jsr354-api#139");
    }
}
