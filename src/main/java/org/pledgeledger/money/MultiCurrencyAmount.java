package org.pledgeledger.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A bag of money in several currencies, one exact total per currency, never added across currencies.
 * <pre>{@code
 *   MultiCurrencyAmount bag = MultiCurrencyAmount.of(
 *       Amounts.parse("USD 30000000000.00"), Amounts.parse("GBP 5000000000.00"));
 *   bag.amount(GBP);                 // GBP 5000000000.00
 *   bag.plus(Amounts.parse("GBP 1.00"));
 *   bag.toString();                  // "[GBP 5000000000.00, USD 30000000000.00]"
 *   Valuation.atDate(rates, date).convert(bag, GBP);   // the only way to one figure
 * }</pre>
 * Any amount can be added. There is deliberately no method that returns a single figure: that
 * takes a {@link Valuation}, which says which rates were used and carries them in its result.
 * <p>
 * Totals are exact; equality compares the totals by value, so {@code GBP 1.10} equals
 * {@code GBP 1.1}. A currency that was added stays in the bag even when its total is zero, so
 * nothing disappears silently. {@link #toString()} lists the currencies in code order and
 * {@link #parse(CharSequence)} reads it back.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MultiCurrencyAmount {

    private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::getCurrencyCode);
    private static final MultiCurrencyAmount EMPTY = new MultiCurrencyAmount(new TreeMap<>(BY_CODE));

    /** Per currency, the exact total without trailing zeros. */
    private final SortedMap<CurrencyUnit, BigDecimal> totals;

    private MultiCurrencyAmount(SortedMap<CurrencyUnit, BigDecimal> totals) {
        this.totals = Collections.unmodifiableSortedMap(totals);
    }

    /**
     * Returns the empty bag.
     *
     * @return a bag with no currencies, never null
     */
    public static MultiCurrencyAmount empty() {
        return EMPTY;
    }

    /**
     * Returns a bag holding the given amounts, those in one currency added together.
     *
     * @param amounts  the amounts, not null, no null elements
     * @return the bag, never null
     */
    public static MultiCurrencyAmount of(MonetaryAmount... amounts) {
        Objects.requireNonNull(amounts, "amounts");
        return of(List.of(amounts));
    }

    /**
     * Returns a bag holding the given amounts, those in one currency added together.
     *
     * @param amounts  the amounts, not null, no null elements
     * @return the bag, never null
     */
    public static MultiCurrencyAmount of(Iterable<? extends MonetaryAmount> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        SortedMap<CurrencyUnit, BigDecimal> sums = new TreeMap<>(BY_CODE);
        for (MonetaryAmount amount : amounts) {
            add(sums, Objects.requireNonNull(amount, "amounts element"));
        }
        return new MultiCurrencyAmount(sums);
    }

    /**
     * Returns a collector that gathers amounts into a bag.
     * <p>
     * {@code pledges.stream().map(Pledge::amount).collect(MultiCurrencyAmount.collector())}
     *
     * @return the collector, never null
     */
    public static Collector<MonetaryAmount, ?, MultiCurrencyAmount> collector() {
        return Collector.<MonetaryAmount, List<MonetaryAmount>, MultiCurrencyAmount>of(
                ArrayList::new, List::add, (a, b) -> {
                    a.addAll(b);
                    return a;
                }, MultiCurrencyAmount::of);
    }

    /**
     * Reads the text written by {@link #toString()}.
     * <p>
     * {@code MultiCurrencyAmount.parse("[GBP 5000000000.00, USD 30000000000.00]")}
     *
     * @param text  a bracketed, comma-separated list of amounts, such as {@code "[]"} or
     *     {@code "[GBP 1.00]"}, not null
     * @return the bag, never null
     * @throws IllegalArgumentException if the text is not in that form, an amount is malformed, or
     *     a currency appears twice
     */
    public static MultiCurrencyAmount parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            throw new IllegalArgumentException("Multi-currency amount '" + s
                    + "' is not in the form '[CCC 1.00, DDD 2.00]'");
        }
        String body = s.substring(1, s.length() - 1);
        if (body.isEmpty()) {
            return EMPTY;
        }
        SortedMap<CurrencyUnit, BigDecimal> sums = new TreeMap<>(BY_CODE);
        for (String part : body.split(", ", -1)) {
            MonetaryAmount amount = Amounts.parse(part);
            if (sums.containsKey(amount.getCurrency())) {
                throw new IllegalArgumentException("Multi-currency amount '" + s + "' lists "
                        + amount.getCurrency().getCurrencyCode() + " twice: each currency appears once");
            }
            add(sums, amount);
        }
        return new MultiCurrencyAmount(sums);
    }

    /**
     * Returns a copy with an amount added to its currency's total.
     *
     * @param amount  the amount to add, in any currency, not null
     * @return the new bag, never null
     */
    public MultiCurrencyAmount plus(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        SortedMap<CurrencyUnit, BigDecimal> sums = new TreeMap<>(totals);
        add(sums, amount);
        return new MultiCurrencyAmount(sums);
    }

    /**
     * Returns a copy with every total of another bag added.
     *
     * @param other  the bag to add, not null
     * @return the new bag, never null
     */
    public MultiCurrencyAmount plus(MultiCurrencyAmount other) {
        Objects.requireNonNull(other, "other");
        SortedMap<CurrencyUnit, BigDecimal> sums = new TreeMap<>(totals);
        other.totals.forEach((currency, total) -> sums.merge(currency, total, MultiCurrencyAmount::addExact));
        return new MultiCurrencyAmount(sums);
    }

    /**
     * Returns the currencies in the bag, in code order.
     *
     * @return the currencies, never null
     */
    public Set<CurrencyUnit> currencies() {
        return totals.keySet();
    }

    /**
     * Checks whether an amount in the currency was ever added.
     *
     * @param currency  the currency, not null
     * @return true if the bag holds a total for it, even a zero one
     */
    public boolean contains(CurrencyUnit currency) {
        return totals.containsKey(Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Returns the total in one currency.
     *
     * @param currency  the currency, not null
     * @return the exact total, zero if nothing in that currency was added, never null
     */
    public MonetaryAmount amount(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return Amounts.of(totals.getOrDefault(currency, BigDecimal.ZERO), currency);
    }

    /**
     * Returns each currency's total, in code order.
     *
     * @return one amount per currency, never null
     */
    public List<MonetaryAmount> amounts() {
        List<MonetaryAmount> list = new ArrayList<>(totals.size());
        totals.forEach((currency, total) -> list.add(Amounts.of(total, currency)));
        return List.copyOf(list);
    }

    /**
     * Returns the number of currencies.
     *
     * @return the count, zero or more
     */
    public int size() {
        return totals.size();
    }

    /**
     * Checks whether the bag holds no currency at all.
     *
     * @return true if nothing was ever added
     */
    public boolean isEmpty() {
        return totals.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof MultiCurrencyAmount other && totals.equals(other.totals));
    }

    @Override
    public int hashCode() {
        return totals.hashCode();
    }

    /**
     * Returns the bag as {@code [GBP 5000000000.00, USD 30000000000.00]}.
     *
     * @return the stable text form, read back by {@link #parse(CharSequence)}, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Map.Entry<CurrencyUnit, BigDecimal> e : totals.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(e.getKey().getCurrencyCode()).append(' ').append(Amounts.plain(e.getValue(), e.getKey()));
        }
        return sb.append(']').toString();
    }

    private static void add(SortedMap<CurrencyUnit, BigDecimal> sums, MonetaryAmount amount) {
        sums.merge(amount.getCurrency(), normalise(Amounts.number(amount)), MultiCurrencyAmount::addExact);
    }

    private static BigDecimal addExact(BigDecimal a, BigDecimal b) {
        return normalise(a.add(b));
    }

    private static BigDecimal normalise(BigDecimal n) {
        return n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
    }
}
