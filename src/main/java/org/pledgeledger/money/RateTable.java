package org.pledgeledger.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.money.CurrencyUnit;
import javax.money.convert.ExchangeRateProvider;

/**
 * An immutable table of dated exchange rates, looked up the way hledger and beancount do.
 * <pre>{@code
 *   RateTable rates = RateTable.builder()
 *       .add(DatedRate.of(LocalDate.of(2025, 9, 16), GBP, USD, new BigDecimal("1.3646"), "FXStreet"))
 *       .build();
 *   rates.rate(GBP, USD, LocalDate.of(2025, 9, 20));   // the 16 September rate, 4 days old
 *   rates.rate(USD, GBP, LocalDate.of(2025, 9, 16));   // its inverse, derived at DECIMAL128
 * }</pre>
 * <h2>Lookup</h2>
 * {@link #rate(CurrencyUnit, CurrencyUnit, LocalDate)} takes the latest rate dated on or before
 * the requested date, and only if it is no older than {@link #maxStaleness()} (7 days unless set
 * with {@link #withMaxStaleness(Period)}, to bridge weekends and holidays). A rate stated for the
 * opposite direction is used through its inverse; where both directions are stated, the more
 * recent wins, and on the same date the stated direction wins. A cross rate through a pivot
 * currency is used only when the caller asks: with {@link #crossRate} or after
 * {@link #withPivot(CurrencyUnit)}. Nothing else is ever guessed; a missing rate throws a
 * {@link MissingRateException} naming the pair, the date and the nearest rates that exist.
 * <h2>Building</h2>
 * Every row is checked when it is added and names itself in any error ("row 3", or the line of
 * a file): unknown currency codes, zero or negative rates, and two different rows for one pair
 * and one date are rejected. A row identical in every field to an earlier one is accepted once.
 * <p>
 * This class is immutable and thread-safe. The {@link Builder} is not.
 */
public final class RateTable {

    /** The staleness allowed unless the caller sets another: seven days. */
    public static final Period DEFAULT_MAX_STALENESS = Period.ofDays(7);

    private static final RateTable EMPTY = new RateTable(Map.of(), List.of(), DEFAULT_MAX_STALENESS, null);

    private final Map<Pair, NavigableMap<LocalDate, DatedRate>> byPair;
    private final List<DatedRate> rates;
    private final Period maxStaleness;
    private final CurrencyUnit pivot;
    /** The answers already worked out (at most {@link #MAX_REMEMBERED}): the table is immutable, so an answer never changes. */
    private final ConcurrentMap<Query, Optional<DatedRate>> found = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 1 << 16;

    private RateTable(Map<Pair, NavigableMap<LocalDate, DatedRate>> byPair, List<DatedRate> rates,
            Period maxStaleness, CurrencyUnit pivot) {
        this.byPair = byPair;
        this.rates = rates;
        this.maxStaleness = maxStaleness;
        this.pivot = pivot;
    }

    /**
     * Returns the empty table.
     *
     * @return a table with no rates, never null
     */
    public static RateTable empty() {
        return EMPTY;
    }

    /**
     * Returns a table of the given rates, rows named "row 1", "row 2" and so on in any error.
     *
     * @param rates  the stated rates, not null, no null elements
     * @return the table, never null
     * @throws IllegalArgumentException if two different rates share a pair and a date
     */
    public static RateTable of(Collection<DatedRate> rates) {
        Objects.requireNonNull(rates, "rates");
        Builder builder = builder();
        rates.forEach(builder::add);
        return builder.build();
    }

    /**
     * Returns a table of the given rates.
     *
     * @param rates  the stated rates, not null, no null elements
     * @return the table, never null
     * @throws IllegalArgumentException if two different rates share a pair and a date
     */
    public static RateTable of(DatedRate... rates) {
        return of(List.of(rates));
    }

    /**
     * Returns a builder that checks each row as it is added.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stated rates, ordered by date, then pair.
     *
     * @return the rates, never null
     */
    public List<DatedRate> rates() {
        return rates;
    }

    /**
     * Returns the number of stated rates.
     *
     * @return the count, zero or more
     */
    public int size() {
        return rates.size();
    }

    /**
     * Checks whether the table holds no rates.
     *
     * @return true if there are no rates
     */
    public boolean isEmpty() {
        return rates.isEmpty();
    }

    /**
     * Returns how old a rate may be and still be used for a later date.
     *
     * @return the maximum staleness, never null
     */
    public Period maxStaleness() {
        return maxStaleness;
    }

    /**
     * Returns a copy that accepts rates up to the given age.
     * <p>
     * {@code table.withMaxStaleness(Period.ZERO)} demands a rate on the exact date.
     *
     * @param maxStaleness  the maximum age, not negative, not null
     * @return the copy, never null
     * @throws IllegalArgumentException if the period is negative
     */
    public RateTable withMaxStaleness(Period maxStaleness) {
        Objects.requireNonNull(maxStaleness, "maxStaleness");
        if (maxStaleness.isNegative()) {
            throw new IllegalArgumentException("Maximum staleness " + maxStaleness + " is negative: it must be zero or more");
        }
        return new RateTable(byPair, rates, maxStaleness, pivot);
    }

    /**
     * Returns the currency through which cross rates are formed, if the caller asked for one.
     *
     * @return the pivot, empty unless set with {@link #withPivot(CurrencyUnit)}, never null
     */
    public Optional<CurrencyUnit> pivot() {
        return Optional.ofNullable(pivot);
    }

    /**
     * Returns a copy that, when no direct or inverse rate exists, forms a cross rate through the pivot.
     * <p>
     * {@code table.withPivot(USD).rate(EUR, GBP, date)} uses EUR/USD and USD/GBP when no EUR/GBP
     * rate exists; the result lists both in {@link DatedRate#derivedFrom()}.
     *
     * @param pivot  the currency to cross through, not null
     * @return the copy, never null
     */
    public RateTable withPivot(CurrencyUnit pivot) {
        Objects.requireNonNull(pivot, "pivot");
        return new RateTable(byPair, rates, maxStaleness, pivot);
    }

    /**
     * Returns a copy that never forms cross rates.
     *
     * @return the copy, never null
     */
    public RateTable withoutPivot() {
        return new RateTable(byPair, rates, maxStaleness, null);
    }

    /**
     * Returns the rate to convert {@code base} into {@code term} on a date.
     * <p>
     * See the class documentation for the rule.
     *
     * @param base  the currency to convert from, not null
     * @param term  the currency to convert into, not null, not the base
     * @param date  the date of the conversion, not null
     * @return the rate, stated or derived, never null
     * @throws MissingRateException if the table holds no usable rate
     * @throws IllegalArgumentException if base and term are the same currency
     */
    public DatedRate rate(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        Optional<DatedRate> found = findRate(base, term, date);
        if (found.isPresent()) {
            return found.get();
        }
        String detail = pivot == null || pivot.equals(base) || pivot.equals(term)
                ? "" : "no cross rate via " + pivot.getCurrencyCode() + " either";
        throw missing(base, term, date, detail);
    }

    /**
     * Finds the rate to convert {@code base} into {@code term} on a date, by the same rule as
     * {@link #rate(CurrencyUnit, CurrencyUnit, LocalDate)}.
     *
     * @param base  the currency to convert from, not null
     * @param term  the currency to convert into, not null, not the base
     * @param date  the date of the conversion, not null
     * @return the rate, or empty if none is usable, never null
     * @throws IllegalArgumentException if base and term are the same currency
     */
    public Optional<DatedRate> findRate(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        checkPair(base, term, date);
        Query query = new Query(base, term, date);
        Optional<DatedRate> known = found.get(query);
        if (known == null) {
            known = search(base, term, date);
            if (found.size() >= MAX_REMEMBERED) {
                found.clear();
            }
            found.put(query, known);
        }
        return known;
    }

    private Optional<DatedRate> search(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        Optional<DatedRate> direct = directOrInverse(base, term, date);
        if (direct.isPresent() || pivot == null || pivot.equals(base) || pivot.equals(term)) {
            return direct;
        }
        Optional<DatedRate> first = directOrInverse(base, pivot, date);
        Optional<DatedRate> second = directOrInverse(pivot, term, date);
        return first.isPresent() && second.isPresent()
                ? Optional.of(first.get().cross(second.get())) : Optional.empty();
    }

    /**
     * Returns the cross rate from {@code base} to {@code term} through a pivot currency, each leg
     * found by the ordinary rule.
     * <p>
     * {@code table.crossRate(EUR, GBP, date, USD)} is EUR/USD times USD/GBP.
     *
     * @param base  the currency to convert from, not null
     * @param term  the currency to convert into, not null
     * @param date  the date of the conversion, not null
     * @param via  the pivot currency, not null, neither base nor term
     * @return the cross rate, never null
     * @throws MissingRateException if either leg has no usable rate
     * @throws IllegalArgumentException if the currencies are not three different ones
     */
    public DatedRate crossRate(CurrencyUnit base, CurrencyUnit term, LocalDate date, CurrencyUnit via) {
        checkPair(base, term, date);
        Objects.requireNonNull(via, "via");
        if (via.equals(base) || via.equals(term)) {
            throw new IllegalArgumentException("Pivot " + via.getCurrencyCode() + " must differ from "
                    + base.getCurrencyCode() + " and " + term.getCurrencyCode());
        }
        DatedRate first = directOrInverse(base, via, date).orElseThrow(
                () -> missing(base, via, date, "first leg of a cross rate " + base.getCurrencyCode() + "/"
                        + term.getCurrencyCode() + " via " + via.getCurrencyCode()));
        DatedRate second = directOrInverse(via, term, date).orElseThrow(
                () -> missing(via, term, date, "second leg of a cross rate " + base.getCurrencyCode() + "/"
                        + term.getCurrencyCode() + " via " + via.getCurrencyCode()));
        return first.cross(second);
    }

    /**
     * Returns this table as a JSR 354 rate provider that works offline.
     * <p>
     * The provider reads the date from the query ({@code LocalDate} or {@code LocalDateTime}) and
     * refuses a query without one, rather than guess a date:
     * <pre>{@code
     *   ExchangeRateProvider p = table.asExchangeRateProvider("MY-RATES");
     *   p.getExchangeRate(ConversionQueryBuilder.of().setBaseCurrency(GBP).setTermCurrency(USD)
     *       .set(LocalDate.class, LocalDate.of(2025, 9, 16)).build());
     * }</pre>
     *
     * @param name  the provider name, not blank
     * @return the provider, never null
     * @throws IllegalArgumentException if the name is blank
     */
    public ExchangeRateProvider asExchangeRateProvider(String name) {
        return new RateTableProvider(name, this);
    }

    /**
     * Checks whether another table holds the same rates with the same staleness and pivot rules.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof RateTable other && rates.equals(other.rates)
                && maxStaleness.equals(other.maxStaleness) && Objects.equals(pivot, other.pivot));
    }

    @Override
    public int hashCode() {
        return Objects.hash(rates, maxStaleness, pivot);
    }

    /**
     * Returns a summary such as {@code RateTable[2 rates, GBP/USD 2025-09-16..2025-09-18, max staleness P7D]}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RateTable[").append(rates.size()).append(rates.size() == 1 ? " rate" : " rates");
        byPair.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Pair::toString)))
                .forEach(e -> sb.append(", ").append(e.getKey()).append(' ').append(e.getValue().firstKey())
                        .append("..").append(e.getValue().lastKey()));
        sb.append(", max staleness ").append(maxStaleness);
        if (pivot != null) {
            sb.append(", pivot ").append(pivot.getCurrencyCode());
        }
        return sb.append(']').toString();
    }

    private Optional<DatedRate> directOrInverse(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        LocalDate oldest = date.minus(maxStaleness);
        DatedRate direct = floor(new Pair(base, term), date, oldest);
        DatedRate reverse = floor(new Pair(term, base), date, oldest);
        if (direct == null && reverse == null) {
            return Optional.empty();
        }
        if (reverse == null || (direct != null && !direct.date().isBefore(reverse.date()))) {
            return Optional.of(direct);
        }
        return Optional.of(reverse.inverse());
    }

    private DatedRate floor(Pair pair, LocalDate date, LocalDate oldest) {
        NavigableMap<LocalDate, DatedRate> series = byPair.get(pair);
        if (series == null) {
            return null;
        }
        Map.Entry<LocalDate, DatedRate> e = series.floorEntry(date);
        return e == null || e.getKey().isBefore(oldest) ? null : e.getValue();
    }

    private MissingRateException missing(CurrencyUnit base, CurrencyUnit term, LocalDate date, String detail) {
        List<DatedRate> nearest = new ArrayList<>();
        for (Pair pair : List.of(new Pair(base, term), new Pair(term, base))) {
            NavigableMap<LocalDate, DatedRate> series = byPair.get(pair);
            if (series != null) {
                Optional.ofNullable(series.floorEntry(date)).ifPresent(e -> nearest.add(e.getValue()));
                Optional.ofNullable(series.higherEntry(date)).ifPresent(e -> nearest.add(e.getValue()));
            }
        }
        nearest.sort(Comparator.comparing(DatedRate::date));
        return new MissingRateException(base, term, date, maxStaleness, nearest, detail);
    }

    private static void checkPair(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(date, "date");
        if (base.equals(term)) {
            throw new IllegalArgumentException("No rate is needed to convert " + base.getCurrencyCode()
                    + " into itself");
        }
    }

    /** A question put to the table. */
    private record Query(CurrencyUnit base, CurrencyUnit term, LocalDate date) {

        // written out, as the record's generated methods are linked through method handles at first use (see Pair)
        @Override
        public boolean equals(Object o) {
            return o instanceof Query q && base.equals(q.base) && term.equals(q.term) && date.equals(q.date);
        }

        @Override
        public int hashCode() {
            return (base.hashCode() * 31 + term.hashCode()) * 31 + date.hashCode();
        }
    }

    /** A currency pair, the key of the table. */
    private record Pair(CurrencyUnit base, CurrencyUnit term) {

        /*
         * Written out: a record's generated equals and hashCode are linked through method handles
         * when first called, and the classes spun for them (with those of other records) are
         * enough for the JIT to compile the JDK's bytecode writer, a tenth of a second of a
         * compiler thread in a run of a few seconds.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && base.equals(p.base) && term.equals(p.term);
        }

        @Override
        public int hashCode() {
            return base.hashCode() * 31 + term.hashCode();
        }

        @Override
        public String toString() {
            return base.getCurrencyCode() + "/" + term.getCurrencyCode();
        }
    }

    /**
     * Collects rates for a {@link RateTable}, checking each row as it is added.
     * <p>
     * A rejected row leaves the builder as it was. This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final Map<Pair, NavigableMap<LocalDate, DatedRate>> byPair = new HashMap<>();
        private final Map<DatedRate, String> rowNames = new HashMap<>();
        private int rows;

        private Builder() {
        }

        /**
         * Adds a rate, named "row N" in any error.
         *
         * @param rate  the stated rate, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if a different rate for the same pair and date was added
         */
        public Builder add(DatedRate rate) {
            return add("row " + (rows + 1), rate);
        }

        /**
         * Adds a rate under a row name used in any error, such as {@code "rates.csv line 7"}.
         *
         * @param row  the name of the row, not null
         * @param rate  the stated rate, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if a different rate for the same pair and date was added,
         *     or the rate is derived rather than stated
         */
        public Builder add(String row, DatedRate rate) {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(rate, "rate");
            if (!rate.isStated()) {
                throw new IllegalArgumentException(row + ": " + rate
                        + " is derived; a table holds stated rates only");
            }
            Pair pair = new Pair(rate.base(), rate.term());
            NavigableMap<LocalDate, DatedRate> series = byPair.get(pair);
            DatedRate earlier = series == null ? null : series.get(rate.date());
            if (earlier != null && !earlier.equals(rate)) {
                throw new IllegalArgumentException(row + ": " + rate + " contradicts " + rowNames.get(earlier)
                        + ": " + earlier + " (one pair and one date take one rate and one source)");
            }
            rows++;
            if (earlier == null) {
                byPair.computeIfAbsent(pair, p -> new TreeMap<>()).put(rate.date(), rate);
                rowNames.put(rate, row);
            }
            return this;
        }

        /**
         * Adds a rate given as text, as a file reader would, naming the row in any error.
         * <p>
         * {@code builder.add("line 2", LocalDate.of(2025, 9, 16), "GBP", "USD", new BigDecimal("1.3646"), "FXStreet")}
         *
         * @param row  the name of the row, such as {@code "rates.csv line 2"}, not null
         * @param date  the date, not null
         * @param base  the base currency code, not null
         * @param term  the term currency code, not null
         * @param rate  units of term per unit of base, not null
         * @param source  where the rate comes from, not null
         * @return this builder, never null
         * @throws IllegalArgumentException naming the row, if a code is unknown, the rate is not
         *     positive, base equals term, the source is blank, or the row contradicts an earlier one
         */
        public Builder add(String row, LocalDate date, String base, String term, BigDecimal rate, String source) {
            Objects.requireNonNull(row, "row");
            CurrencyUnit baseUnit = currency(row, "base", base);
            CurrencyUnit termUnit = currency(row, "term", term);
            DatedRate parsed;
            try {
                parsed = DatedRate.of(date, baseUnit, termUnit, rate, source);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(row + ": " + e.getMessage(), e);
            }
            return add(row, parsed);
        }

        /**
         * Builds the table. The builder can be used again afterwards.
         *
         * @return the table, never null
         */
        public RateTable build() {
            Map<Pair, NavigableMap<LocalDate, DatedRate>> copy = new HashMap<>();
            List<DatedRate> all = new ArrayList<>();
            byPair.forEach((pair, series) -> {
                copy.put(pair, Collections.unmodifiableNavigableMap(new TreeMap<>(series)));
                all.addAll(series.values());
            });
            all.sort(Comparator.comparing(DatedRate::date).thenComparing(DatedRate::pair));
            return new RateTable(Map.copyOf(copy), List.copyOf(all), DEFAULT_MAX_STALENESS, null);
        }

        private static CurrencyUnit currency(String row, String field, String code) {
            Objects.requireNonNull(code, field);
            try {
                return Amounts.currency(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(row + ", " + field + ": " + e.getMessage(), e);
            }
        }
    }
}
