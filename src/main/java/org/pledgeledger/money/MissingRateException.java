package org.pledgeledger.money;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.money.CurrencyUnit;
import javax.money.convert.ConversionContext;
import javax.money.convert.CurrencyConversionException;

/**
 * Thrown when a rate table holds no usable rate for a pair on a date.
 * <p>
 * It names the pair, the date, the staleness allowed, and the nearest rates that do exist, so
 * the caller can decide whether to add a rate, allow more staleness or choose another valuation:
 * <pre>{@code
 *   try { table.rate(GBP, USD, LocalDate.of(2025, 12, 31)); }
 *   catch (MissingRateException e) { e.nearest(); }   // e.g. [2025-09-18 GBP/USD 1.3547 (...)]
 * }</pre>
 * It is a JSR 354 {@link CurrencyConversionException}, so code written against the JSR 354 API
 * catches it too.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MissingRateException extends CurrencyConversionException {

    private static final long serialVersionUID = 1L;

    /** The date a rate was wanted for. */
    private final LocalDate date;
    /** How old a rate could have been. */
    private final Period maxStaleness;
    /** The nearest stated rates; not serialised. */
    private final transient List<DatedRate> nearest;

    /**
     * Creates the exception.
     *
     * @param base  the currency to convert from, not null
     * @param term  the currency to convert into, not null
     * @param date  the date a rate was wanted for, not null
     * @param maxStaleness  how old a rate could have been, not null
     * @param nearest  the closest rates that exist for the pair in either direction, not null
     * @param detail  an extra sentence on what was tried, or empty, not null
     */
    public MissingRateException(CurrencyUnit base, CurrencyUnit term, LocalDate date, Period maxStaleness,
            List<DatedRate> nearest, String detail) {
        super(base, term, ConversionContext.HISTORIC_CONVERSION,
                message(base, term, date, maxStaleness, nearest, detail));
        this.date = date;
        this.maxStaleness = maxStaleness;
        this.nearest = List.copyOf(nearest);
    }

    private static String message(CurrencyUnit base, CurrencyUnit term, LocalDate date, Period maxStaleness,
            List<DatedRate> nearest, String detail) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(maxStaleness, "maxStaleness");
        Objects.requireNonNull(nearest, "nearest");
        Objects.requireNonNull(detail, "detail");
        String pair = base.getCurrencyCode() + "/" + term.getCurrencyCode();
        String near = nearest.isEmpty()
                ? "the table has no " + pair + " or " + term.getCurrencyCode() + "/" + base.getCurrencyCode()
                        + " rate on any date"
                : "nearest: " + nearest.stream().map(DatedRate::toString).collect(Collectors.joining("; "));
        return "no " + pair + " rate on or before " + date + " within " + maxStaleness + "; " + near
                + (detail.isEmpty() ? "" : "; " + detail);
    }

    /**
     * Returns the date a rate was wanted for.
     *
     * @return the date, never null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns how old a rate could have been and still be used.
     *
     * @return the maximum staleness, never null
     */
    public Period maxStaleness() {
        return maxStaleness;
    }

    /**
     * Returns the closest stated rates for the pair, in either direction, before and after the date.
     *
     * @return the nearest rates, possibly empty, never null
     */
    public List<DatedRate> nearest() {
        return nearest == null ? List.of() : nearest;
    }
}
