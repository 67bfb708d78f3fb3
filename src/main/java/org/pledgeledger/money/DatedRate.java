package org.pledgeledger.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import javax.money.CurrencyUnit;

/**
 * An exchange rate on a date with its source: one unit of {@code base} buys {@code rate} units of
 * {@code term}.
 * <pre>{@code
 *   DatedRate r = DatedRate.of(LocalDate.of(2025, 9, 16), GBP, USD, new BigDecimal("1.3646"),
 *           "FXStreet, 16 Sep 2025");
 *   r.convert(new BigDecimal("100"));   // 136.46 (USD per 100 GBP), exact
 *   r.inverse();                        // USD/GBP 0.7328155... derived at DECIMAL128
 * }</pre>
 * A rate is either <em>stated</em> (it came from a table, a file or a source, including the rate
 * implied by an equivalent a source stated, such as "$30bn, about £22bn") or <em>derived</em> from
 * stated rates: the inverse of one ({@link #inverse()}) or a cross rate through a pivot currency
 * ({@link #cross(DatedRate)}). A derived rate lists the rates it came from in
 * {@link #derivedFrom()}, so every converted figure can be traced back to stated rates and their
 * dates.
 * <p>
 * The rate is held exactly, without trailing zeros. Inverse rates are the only place a division
 * happens; they are computed with {@link MathContext#DECIMAL128} (34 significant digits).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the date the rate applies to, not null
 * @param base  the currency one unit of which is priced, not null
 * @param term  the currency the price is given in, not null, not the base
 * @param rate  units of term per unit of base, positive, not null
 * @param source  where the rate comes from, not blank
 * @param derivedFrom  the stated rates this one was derived from, empty for a stated rate, not null
 */
public record DatedRate(LocalDate date, CurrencyUnit base, CurrencyUnit term, BigDecimal rate,
        String source, List<DatedRate> derivedFrom) {

    /**
     * Validates and normalises the rate.
     *
     * @param date  the date, not null
     * @param base  the base currency, not null
     * @param term  the term currency, not null
     * @param rate  the rate, positive, not null
     * @param source  the source, not blank
     * @param derivedFrom  the rates this one was derived from, not null
     * @throws IllegalArgumentException if base and term are the same, the rate is not positive or
     *     the source is blank
     */
    public DatedRate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(derivedFrom, "derivedFrom");
        if (base.equals(term)) {
            throw new IllegalArgumentException("Rate " + pair(base, term) + " on " + date
                    + " converts a currency into itself: base and term must differ");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("Rate " + pair(base, term) + " on " + date + " is "
                    + rate.toPlainString() + ": a rate must be positive");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("Rate " + pair(base, term) + " on " + date
                    + " has a blank source: every rate names where it comes from");
        }
        rate = rate.stripTrailingZeros();
        derivedFrom = List.copyOf(derivedFrom);
    }

    /**
     * Returns a stated rate.
     * <p>
     * {@code DatedRate.of(LocalDate.of(2025, 9, 18), GBP, USD, new BigDecimal("1.3547"), "Equals Money")}
     *
     * @param date  the date the rate applies to, not null
     * @param base  the currency priced, not null
     * @param term  the currency of the price, not null
     * @param rate  units of term per unit of base, positive, not null
     * @param source  where it comes from, not blank
     * @return the rate, never null
     * @throws IllegalArgumentException if base equals term, the rate is not positive or the
     *     source is blank
     */
    public static DatedRate of(LocalDate date, CurrencyUnit base, CurrencyUnit term, BigDecimal rate,
            String source) {
        return new DatedRate(date, base, term, rate, source, List.of());
    }

    /**
     * Returns the pair as {@code BASE/TERM}, such as {@code GBP/USD}.
     *
     * @return the pair, never null
     */
    public String pair() {
        return pair(base, term);
    }

    private static String pair(CurrencyUnit base, CurrencyUnit term) {
        return base.getCurrencyCode() + "/" + term.getCurrencyCode();
    }

    /**
     * Checks whether this rate was stated rather than derived.
     *
     * @return true if it came from a table, file or source as it is
     */
    public boolean isStated() {
        return derivedFrom.isEmpty();
    }

    /**
     * Returns the inverse rate, {@code 1 / rate} at {@link MathContext#DECIMAL128}.
     * <p>
     * The inverse of {@code GBP/USD 1.3646} is {@code USD/GBP 0.7328155...}, derived from it.
     *
     * @return the inverse, dated the same, never null
     */
    public DatedRate inverse() {
        BigDecimal inverse = BigDecimal.ONE.divide(rate, MathContext.DECIMAL128);
        return new DatedRate(date, term, base, inverse, "inverse of " + pair() + " " + source, List.of(this));
    }

    /**
     * Returns the cross rate through this rate's term currency.
     * <p>
     * {@code EUR/USD.cross(USD/GBP)} is {@code EUR/GBP}, the product of the two rates, exact. It is
     * dated the earlier of the two dates, so that staleness is never understated.
     *
     * @param next  a rate whose base is this rate's term, not null
     * @return the cross rate, never null
     * @throws IllegalArgumentException if {@code next} does not start where this rate ends, or
     *     would lead back to this rate's base
     */
    public DatedRate cross(DatedRate next) {
        Objects.requireNonNull(next, "next");
        if (!next.base.equals(term)) {
            throw new IllegalArgumentException("Cannot chain " + pair() + " with " + next.pair()
                    + ": the second rate must start from " + term.getCurrencyCode());
        }
        LocalDate earlier = date.isBefore(next.date) ? date : next.date;
        return new DatedRate(earlier, base, next.term, rate.multiply(next.rate),
                "cross via " + term.getCurrencyCode(), List.of(this, next));
    }

    /**
     * Converts a number of base units into term units, exactly (no rounding).
     *
     * @param baseUnits  the number in the base currency, not null
     * @return {@code baseUnits × rate}, never null
     */
    public BigDecimal convert(BigDecimal baseUnits) {
        return baseUnits.multiply(rate);
    }

    /**
     * Compares every component, as a record does: the rate's number by {@link BigDecimal#equals}
     * (a constructed rate has no trailing zeros, so equal numbers are equal).
     * <p>
     * Written out rather than generated: the record's generated {@code equals} and
     * {@code hashCode} are linked through method handles when first called, and for six
     * components that spins some fifty classes, enough for the JIT to compile the JDK's bytecode
     * writer, a tenth of a second of a compiler thread, in every run that reads a rate file.
     *
     * @param o  the object to compare, may be null
     * @return whether it is a rate with equal components
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DatedRate r && date.equals(r.date) && base.equals(r.base) && term.equals(r.term)
                && rate.equals(r.rate) && source.equals(r.source) && derivedFrom.equals(r.derivedFrom);
    }

    /**
     * A hash of every component, consistent with {@link #equals}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        int h = date.hashCode();
        h = 31 * h + base.hashCode();
        h = 31 * h + term.hashCode();
        h = 31 * h + rate.hashCode();
        h = 31 * h + source.hashCode();
        return 31 * h + derivedFrom.hashCode();
    }

    /**
     * Returns the rate as {@code 2025-09-16 GBP/USD 1.3646 (source)}.
     *
     * @return the stable text form, never null
     */
    @Override
    public String toString() {
        return date + " " + pair() + " " + rate.toPlainString() + " (" + source + ")";
    }
}
