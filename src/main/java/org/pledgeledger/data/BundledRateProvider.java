package org.pledgeledger.data;

import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;

/**
 * The bundled rates as a JSR 354 provider named {@value #NAME}, registered through
 * {@code META-INF/services} and the module descriptor, so that it is found offline:
 * <pre>{@code
 *   ExchangeRateProvider p = MonetaryConversions.getExchangeRateProvider("PLEDGE-LEDGER");
 *   CurrencyConversion toGbp = p.getCurrencyConversion(ConversionQueryBuilder.of()
 *       .setTermCurrency("GBP").set(LocalDate.class, LocalDate.of(2025, 9, 18)).build());
 *   toGbp.apply(Money.of(30_000_000_000L, "USD"));   // at the 18 September 2025 rate
 * }</pre>
 * Every query must carry a {@code LocalDate}. Note that
 * {@code MonetaryConversions.getConversion(ConversionQuery)} passes only the term currency on to
 * the provider and so drops the date (jsr354-api#139); use the provider's own
 * {@code getCurrencyConversion(query)} as above. A date-less query is refused with an error saying so.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BundledRateProvider implements ExchangeRateProvider {

    /** The name under which {@code MonetaryConversions} finds this provider. */
    public static final String NAME = "PLEDGE-LEDGER";

    private final ExchangeRateProvider delegate = BundledRates.table().asExchangeRateProvider(NAME);

    /**
     * Creates the provider; called by the JSR 354 service loader.
     */
    public BundledRateProvider() {
        // the bundled table is loaded once and shared
    }

    @Override
    public ProviderContext getContext() {
        return delegate.getContext();
    }

    @Override
    public ExchangeRate getExchangeRate(ConversionQuery conversionQuery) {
        return delegate.getExchangeRate(conversionQuery);
    }

    @Override
    public CurrencyConversion getCurrencyConversion(ConversionQuery conversionQuery) {
        return delegate.getCurrencyConversion(conversionQuery);
    }

    @Override
    public String toString() {
        return "BundledRateProvider[" + delegate + "]";
    }
}
