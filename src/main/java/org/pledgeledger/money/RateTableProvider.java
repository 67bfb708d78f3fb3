package org.pledgeledger.money;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.money.CurrencyUnit;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionContextBuilder;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;

import org.javamoney.moneta.convert.ExchangeRateBuilder;
import org.javamoney.moneta.spi.DefaultNumberValue;
import org.javamoney.moneta.spi.LazyBoundCurrencyConversion;

/**
 * A {@link RateTable} seen through the JSR 354 {@link ExchangeRateProvider} interface.
 * <p>
 * Dated: the query must carry a {@code LocalDate} (or {@code LocalDateTime}); without one the
 * provider refuses rather than pick a date. Each returned rate's context carries the rate's
 * {@code LocalDate} and its {@code source} label. Conversions through
 * {@link #getCurrencyConversion(ConversionQuery)} multiply exactly and do not round.
 * <p>
 * This class is immutable and thread-safe.
 */
final class RateTableProvider implements ExchangeRateProvider {

    /** The key under which a returned rate's context carries the rate's source label. */
    static final String SOURCE_KEY = "source";

    private final ProviderContext context;
    private final RateTable table;

    RateTableProvider(String name, RateTable table) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Provider name is blank: a JSR 354 provider needs a name to be found by");
        }
        this.table = Objects.requireNonNull(table, "table");
        this.context = ProviderContextBuilder.of(name, RateType.HISTORIC)
                .set("description", "Offline dated rates from a pledge-ledger RateTable: " + table)
                .build();
    }

    @Override
    public ProviderContext getContext() {
        return context;
    }

    @Override
    public ExchangeRate getExchangeRate(ConversionQuery query) {
        Objects.requireNonNull(query, "query");
        CurrencyUnit base = Objects.requireNonNull(query.getBaseCurrency(), "query base currency");
        CurrencyUnit term = Objects.requireNonNull(query.getCurrency(), "query term currency");
        LocalDate date = date(query);
        ConversionContextBuilder rateContext = ConversionContextBuilder.create(context, RateType.HISTORIC);
        if (base.equals(term)) {
            return new ExchangeRateBuilder(rateContext.set(LocalDate.class, date).set(SOURCE_KEY, "same currency").build())
                    .setBase(base).setTerm(term).setFactor(DefaultNumberValue.ONE).build();
        }
        DatedRate rate = table.rate(base, term, date);
        ConversionContext rc = rateContext.set(LocalDate.class, rate.date()).set(SOURCE_KEY, rate.source()).build();
        return new ExchangeRateBuilder(rc).setBase(base).setTerm(term)
                .setFactor(DefaultNumberValue.of(rate.rate())).build();
    }

    @Override
    public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
        Objects.requireNonNull(query, "query");
        return new LazyBoundCurrencyConversion(query, this, ConversionContext.of(context.getProviderName(), RateType.HISTORIC));
    }

    private LocalDate date(ConversionQuery query) {
        LocalDate date = query.get(LocalDate.class);
        if (date == null && query.get(LocalDateTime.class) != null) {
            date = query.get(LocalDateTime.class).toLocalDate();
        }
        if (date == null) {
            throw new CurrencyConversionException(query.getBaseCurrency(), query.getCurrency(), null,
                    "provider " + context.getProviderName() + " serves dated rates only and the query has no date;"
                    + " set LocalDate.class on the ConversionQuery and call getExchangeRateProvider(name)"
                    + ".getCurrencyConversion(query): MonetaryConversions.getConversion(query) drops the date"
                    + " (jsr354-api#139)");
        }
        return date;
    }

    @Override
    public String toString() {
        return "RateTableProvider[" + context.getProviderName() + ", " + table + "]";
    }
}
