package org.pledgeledger.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A single figure obtained by conversion, carrying how it was obtained: the valuation, and per
 * source currency the sum, the rate, the rate's date and its source.
 * <pre>{@code
 *   ConvertedAmount c = Valuation.atDate(rates, LocalDate.of(2025, 9, 18)).convert(bag, GBP);
 *   c.total();        // GBP 27145124381.78
 *   c.lines();        // USD 30000000000.00 -> GBP 22145124381.78 at 2025-09-18 USD/GBP ...; GBP 5000000000.00 ...
 *   c.rates();        // the rates used, each traceable to stated rates
 * }</pre>
 * <h2>Where rounding happens</h2>
 * Each line's figure is exact: sums in the source currency are exact, and a sum is multiplied by
 * its rate without rounding. The exact total is the sum of the exact lines. {@link #total()}
 * rounds that exact total once, HALF_EVEN to the target currency's minor units, and nothing else
 * is ever rounded. So converting parts and adding the results with {@link #plus(ConvertedAmount)}
 * gives the same total, to the minor unit, as converting everything at once. The rounded line
 * figures shown for display need not add up to the rounded total; their exact figures do.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ConvertedAmount {

    private final CurrencyUnit currency;
    private final BigDecimal exactTotal;
    private final String valuation;
    /** The merged, sorted lines; until first asked for, null, and {@link #pending} makes them. */
    private List<ConversionLine> lines;
    private Supplier<List<ConversionLine>> pending;

    private ConvertedAmount(CurrencyUnit currency, String valuation, List<ConversionLine> lines) {
        this.currency = currency;
        this.valuation = valuation;
        this.lines = List.copyOf(lines);
        BigDecimal sum = BigDecimal.ZERO;
        for (ConversionLine line : lines) {
            sum = sum.add(line.converted());
        }
        this.exactTotal = sum;
    }

    private ConvertedAmount(CurrencyUnit currency, String valuation, BigDecimal exactTotal, Supplier<List<ConversionLine>> pending) {
        this.currency = currency;
        this.valuation = valuation;
        this.exactTotal = exactTotal;
        this.pending = pending;
    }

    /** Builds a converted amount from lines, merging those with the same source currency, method and rate. */
    static ConvertedAmount of(CurrencyUnit currency, String valuation, List<ConversionLine> lines) {
        return new ConvertedAmount(currency, valuation, merge(lines));
    }

    /**
     * Builds a converted amount whose total is known and whose lines are made when first asked for:
     * a report of many groups then pays for the lines only of the groups someone looks into. The
     * lines' exact figures must add up to the total.
     */
    static ConvertedAmount deferred(CurrencyUnit currency, String valuation, BigDecimal exactTotal,
            Supplier<List<ConversionLine>> lines) {
        return new ConvertedAmount(currency, valuation, exactTotal, lines);
    }

    private static List<ConversionLine> merge(List<ConversionLine> lines) {
        Map<LineKey, ConversionLine> merged = new LinkedHashMap<>();
        for (ConversionLine line : lines) {
            LineKey key = new LineKey(line.method(), line.sourceSum().getCurrency(), line.rate());
            merged.merge(key, line, (a, b) -> new ConversionLine(a.method(), a.sourceSum().add(b.sourceSum()),
                    a.target(), a.converted().add(b.converted()), a.rate()));
        }
        List<ConversionLine> sorted = new ArrayList<>(merged.values());
        sorted.sort(Comparator.comparing((ConversionLine l) -> l.sourceSum().getCurrency().getCurrencyCode())
                .thenComparing(l -> l.rate().map(DatedRate::date).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ConversionLine::method));
        return sorted;
    }

    /** Lines with equal keys are summed: same method, same source currency, same rate. */
    private record LineKey(ConversionLine.Method method, CurrencyUnit source, Optional<DatedRate> rate) {
    }

    /**
     * Returns the total, rounded once, HALF_EVEN, to the currency's minor units.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return Amounts.of(Amounts.roundToMinorUnits(exactTotal, currency), currency);
    }

    /**
     * Returns the exact, unrounded total: the sum of the lines' exact figures.
     *
     * @return the exact total, never null
     */
    public BigDecimal exactTotal() {
        return exactTotal;
    }

    /**
     * Returns the currency converted into.
     *
     * @return the target currency, never null
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns a description of the valuation used, such as {@code "at rates of 2025-09-18"}.
     *
     * @return the description, never null
     */
    public String valuation() {
        return valuation;
    }

    /**
     * Returns the provenance: one line per source currency and rate, in currency then date order.
     *
     * @return the lines, never null
     */
    public List<ConversionLine> lines() {
        synchronized (this) {
            if (lines == null) {
                List<ConversionLine> made = List.copyOf(merge(pending.get()));
                BigDecimal sum = BigDecimal.ZERO;
                for (ConversionLine line : made) {
                    sum = sum.add(line.converted());
                }
                if (sum.compareTo(exactTotal) != 0) {
                    throw new IllegalStateException("The lines of " + currency.getCurrencyCode() + " " + exactTotal.toPlainString() + " ("
                            + valuation + ") add up to " + sum.toPlainString() + ": a bug in how they were made");
                }
                lines = made;
                pending = null;
            }
            return lines;
        }
    }

    /**
     * Returns the distinct rates used or implied, in line order.
     *
     * @return the rates, never null
     */
    public List<DatedRate> rates() {
        return lines().stream().map(ConversionLine::rate).flatMap(Optional::stream).distinct()
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the sum of this and another conversion into the same currency, keeping both provenances.
     * <p>
     * The exact totals are added, so the result's {@link #total()} equals that of converting
     * everything at once under the same valuation.
     *
     * @param other  another conversion into the same currency, not null
     * @return the combined conversion, never null
     * @throws CurrencyMismatchException if the other was converted into another currency
     */
    public ConvertedAmount plus(ConvertedAmount other) {
        Objects.requireNonNull(other, "other");
        if (!other.currency.equals(currency)) {
            throw new CurrencyMismatchException(currency, other.currency, "Cannot add a conversion into "
                    + other.currency.getCurrencyCode() + " (" + other.total() + ") to one into "
                    + currency.getCurrencyCode() + ": convert both into one currency first");
        }
        List<ConversionLine> all = new ArrayList<>(lines());
        all.addAll(other.lines());
        String description = valuation.equals(other.valuation) ? valuation : valuation + " + " + other.valuation;
        return of(currency, description, all);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof ConvertedAmount other && currency.equals(other.currency)
                && exactTotal.compareTo(other.exactTotal) == 0 && valuation.equals(other.valuation)
                && lines().equals(other.lines()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, exactTotal.stripTrailingZeros(), valuation, lines());
    }

    /**
     * Returns the total with its valuation and lines, such as
     * {@code GBP 27000000000.00 at stated equivalents [USD 30000000000.00 -> GBP 22000000000.00 as stated, ...]}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return Amounts.format(total()) + " " + valuation + " ["
                + lines().stream().map(ConversionLine::toString).collect(Collectors.joining("; ")) + "]";
    }
}
