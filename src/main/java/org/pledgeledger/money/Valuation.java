package org.pledgeledger.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How amounts in several currencies become one figure: the rates to use and which date they are taken at.
 * <p>
 * A conversion always says how. There are four ways:
 * <ul>
 *   <li>{@link #atOwnDates(RateTable)}: each amount at the rate of its own date (e.g. the day a
 *       pledge was announced);</li>
 *   <li>{@link #atDate(RateTable, LocalDate)}: everything at one reporting date;</li>
 *   <li>{@link #atReferenceRates(String, RateTable)}: a fixed set of reference rates, one per
 *       pair, whatever the amounts' dates (as the Green Climate Fund and the Global Fund fix the
 *       rates of a replenishment);</li>
 *   <li>{@link #atStatedEquivalents()}: the equivalent the source itself stated ("$30bn, about
 *       £22bn"), optionally falling back to another valuation where no equivalent was stated.</li>
 * </ul>
 * <pre>{@code
 *   Valuation v = Valuation.atDate(rates, LocalDate.of(2025, 9, 18));
 *   ConvertedAmount gbp = v.convert(bag, Amounts.currency("GBP"));
 *   gbp.total();   // rounded once, HALF_EVEN, to pence
 *   gbp.lines();   // per source currency: the sum, the rate, its date and its source
 * }</pre>
 * Amounts already in the target currency are carried over unconverted, under every valuation.
 * Conversion is exact and rounds once, on the total: see {@link ConvertedAmount}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Valuation {

    /** How a valuation turns amounts in several currencies into one. */
    public enum Kind {
        /** Each amount at the rate of its own date: {@link #atOwnDates(RateTable)}. */
        OWN_DATES,
        /** Every amount at the rates of one reporting date: {@link #atDate(RateTable, LocalDate)}. */
        AT_DATE,
        /** A fixed, named set of reference rates: {@link #atReferenceRates(String, RateTable)}. */
        REFERENCE,
        /** The equivalents the sources stated, with an optional fallback: {@link #atStatedEquivalents(Valuation)}. */
        STATED
    }

    private final Kind kind;
    private final RateTable rates;
    private final LocalDate date;
    private final String name;
    private final Valuation fallback;

    private Valuation(Kind kind, RateTable rates, LocalDate date, String name, Valuation fallback) {
        this.kind = kind;
        this.rates = rates;
        this.date = date;
        this.name = name;
        this.fallback = fallback;
    }

    /**
     * Returns the valuation that converts each amount at the rate of its own date.
     * <p>
     * {@code Valuation.atOwnDates(rates)}
     *
     * @param rates  the rates, with their staleness and pivot rules, not null
     * @return the valuation, never null
     */
    public static Valuation atOwnDates(RateTable rates) {
        return new Valuation(Kind.OWN_DATES, Objects.requireNonNull(rates, "rates"), null, null, null);
    }

    /**
     * Returns the valuation that converts everything at the rates of one reporting date.
     * <p>
     * {@code Valuation.atDate(rates, LocalDate.of(2025, 12, 31))}
     *
     * @param rates  the rates, with their staleness and pivot rules, not null
     * @param date  the reporting date, not null
     * @return the valuation, never null
     */
    public static Valuation atDate(RateTable rates, LocalDate date) {
        return new Valuation(Kind.AT_DATE, Objects.requireNonNull(rates, "rates"),
                Objects.requireNonNull(date, "date"), null, null);
    }

    /**
     * Returns the valuation that converts at a fixed set of reference rates, whatever the amounts' dates.
     * <p>
     * {@code Valuation.atReferenceRates("GCF-2 reference rates", fixed)}. Each pair may be stated in
     * either direction (the other is its inverse), but only once.
     *
     * @param name  the name of the set, shown in every result, not blank
     * @param referenceRates  the reference rates, at most one per pair in either direction, not null
     * @return the valuation, never null
     * @throws IllegalArgumentException if the name is blank or a pair has more than one rate
     */
    public static Valuation atReferenceRates(String name, RateTable referenceRates) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referenceRates, "referenceRates");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Reference rate set has a blank name: results must say which set was used");
        }
        List<DatedRate> seen = new ArrayList<>();
        for (DatedRate r : referenceRates.rates()) {
            for (DatedRate s : seen) {
                if (s.base().equals(r.base()) && s.term().equals(r.term())
                        || s.base().equals(r.term()) && s.term().equals(r.base())) {
                    throw new IllegalArgumentException("Reference rates '" + name + "' hold two rates for one pair: "
                            + s + " and " + r + " (a fixed set has one rate per pair)");
                }
            }
            seen.add(r);
        }
        return new Valuation(Kind.REFERENCE, referenceRates, null, name, null);
    }

    /**
     * Returns the valuation that takes the equivalents the sources stated, and fails for an amount
     * whose source stated none in the target currency.
     * <p>
     * {@code Valuation.atStatedEquivalents().convert(List.of(microsoft), GBP)}
     *
     * @return the valuation, never null
     */
    public static Valuation atStatedEquivalents() {
        return new Valuation(Kind.STATED, null, null, null, null);
    }

    /**
     * Returns the valuation that takes the equivalents the sources stated and converts every other
     * amount by a fallback valuation.
     * <p>
     * {@code Valuation.atStatedEquivalents(Valuation.atOwnDates(rates))}
     *
     * @param fallback  the valuation for amounts without a stated equivalent, not null
     * @return the valuation, never null
     */
    public static Valuation atStatedEquivalents(Valuation fallback) {
        return new Valuation(Kind.STATED, null, null, null, Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * Returns how this valuation converts.
     * <p>
     * {@code Valuation.atDate(rates, date).kind() == Valuation.Kind.AT_DATE}
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the rate table a rate-based valuation uses; empty for stated equivalents.
     *
     * @return the rates, never null
     */
    public Optional<RateTable> rates() {
        return Optional.ofNullable(rates);
    }

    /**
     * Returns the reporting date of an {@link Kind#AT_DATE} valuation; empty for the others.
     *
     * @return the date, never null
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns the name of a {@link Kind#REFERENCE} rate set; empty for the others.
     *
     * @return the name, never null
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Returns the fallback of a stated-equivalents valuation, if it has one.
     *
     * @return the fallback, never null
     */
    public Optional<Valuation> fallback() {
        return Optional.ofNullable(fallback);
    }

    /**
     * Converts dated amounts into one currency.
     *
     * @param amounts  the amounts, not null, no null elements
     * @param target  the currency to convert into, not null
     * @return the converted total with its provenance, never null
     * @throws MissingRateException if a rate the valuation needs is missing
     * @throws IllegalArgumentException if a stated-equivalents valuation without fallback meets an
     *     amount with no equivalent in the target currency
     */
    public ConvertedAmount convert(Collection<DatedAmount> amounts, CurrencyUnit target) {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(target, "target");
        if (kind == Kind.STATED) {
            List<ConversionLine> lines = new ArrayList<>(amounts.size());
            for (DatedAmount amount : amounts) {
                lines.add(line(Objects.requireNonNull(amount, "amounts element"), target));
            }
            return ConvertedAmount.of(target, toString(), lines);
        }
        // Conversion is an exact multiplication, so the amounts that meet the same rate are summed
        // exactly first and converted once: (a + b) x r is a x r + b x r to the last digit.
        Map<RateKey, BigDecimal> sums = new LinkedHashMap<>();
        for (DatedAmount amount : amounts) {
            MonetaryAmount a = Objects.requireNonNull(amount, "amounts element").amount();
            CurrencyUnit currency = a.getCurrency();
            boolean same = currency.equals(target);
            LocalDate on = same || kind == Kind.REFERENCE ? null : kind == Kind.OWN_DATES ? amount.date() : date;
            sums.merge(new RateKey(currency, same, on), Amounts.number(a), BigDecimal::add);
        }
        // the rates are found now, so that a missing one is an error now; the lines, which cost
        // more than the arithmetic, are made when someone asks for them
        int n = sums.size();
        RateKey[] keys = sums.keySet().toArray(new RateKey[0]);
        BigDecimal[] sourceSums = sums.values().toArray(new BigDecimal[0]);
        DatedRate[] rates = new DatedRate[n];
        BigDecimal[] converted = new BigDecimal[n];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (keys[i].same()) {
                converted[i] = sourceSums[i];
            } else {
                rates[i] = rateFor(keys[i].currency(), target, keys[i].on());
                converted[i] = rates[i].convert(sourceSums[i]);
            }
            total = total.add(converted[i]);
        }
        return ConvertedAmount.deferred(target, toString(), total, () -> {
            List<ConversionLine> lines = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                MonetaryAmount amount = Amounts.of(sourceSums[i], keys[i].currency());
                lines.add(rates[i] == null
                        ? new ConversionLine(ConversionLine.Method.SAME_CURRENCY, amount, target, converted[i], Optional.empty())
                        : new ConversionLine(ConversionLine.Method.RATE, amount, target, converted[i], Optional.of(rates[i])));
            }
            return lines;
        });
    }

    /** The amounts that meet one rate: one currency on one rate date (none for the target currency or reference rates). */
    private record RateKey(CurrencyUnit currency, boolean same, LocalDate on) {
    }

    /**
     * Converts one dated amount into a currency.
     *
     * @param amount  the amount, not null
     * @param target  the currency to convert into, not null
     * @return the converted amount with its provenance, never null
     * @throws MissingRateException if a rate the valuation needs is missing
     * @throws IllegalArgumentException if a stated equivalent is needed and absent
     */
    public ConvertedAmount convert(DatedAmount amount, CurrencyUnit target) {
        return convert(List.of(Objects.requireNonNull(amount, "amount")), target);
    }

    /**
     * Converts a multi-currency bag into one currency.
     * <p>
     * A bag holds no dates and no stated equivalents, so only valuations at one reporting date or
     * at reference rates can convert it.
     *
     * @param bag  the bag, not null
     * @param target  the currency to convert into, not null
     * @return the converted total with its provenance, never null
     * @throws MissingRateException if a rate is missing
     * @throws IllegalArgumentException if this valuation needs each amount's own date or stated
     *     equivalent, which a bag does not have
     */
    public ConvertedAmount convert(MultiCurrencyAmount bag, CurrencyUnit target) {
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(target, "target");
        if (kind == Kind.OWN_DATES || kind == Kind.STATED) {
            throw new IllegalArgumentException("Valuation " + this + " cannot convert the bag " + bag
                    + ": a bag has no dates or stated equivalents; convert DatedAmounts, or value the bag"
                    + " at one date or at reference rates");
        }
        List<ConversionLine> lines = new ArrayList<>(bag.size());
        for (MonetaryAmount amount : bag.amounts()) {
            lines.add(atRate(amount, target, date));
        }
        return ConvertedAmount.of(target, toString(), lines);
    }

    private ConversionLine line(DatedAmount item, CurrencyUnit target) {
        MonetaryAmount amount = item.amount();
        if (amount.getCurrency().equals(target)) {
            return sameCurrency(amount);
        }
        switch (kind) {
            case OWN_DATES:
                return atRate(amount, target, item.date());
            case AT_DATE:
            case REFERENCE:
                return atRate(amount, target, date);
            case STATED:
            default:
                Optional<StatedEquivalent> eq = item.equivalent(target);
                if (eq.isPresent()) {
                    return stated(item, eq.get());
                }
                if (fallback == null) {
                    throw new IllegalArgumentException("Valuation " + this + " cannot convert " + item
                            + ": its source stated no " + target.getCurrencyCode()
                            + " equivalent; use Valuation.atStatedEquivalents(fallback)");
                }
                return fallback.line(item, target);
        }
    }

    private ConversionLine atRate(MonetaryAmount amount, CurrencyUnit target, LocalDate on) {
        if (amount.getCurrency().equals(target)) {
            return sameCurrency(amount);
        }
        DatedRate rate = rateFor(amount.getCurrency(), target, on);
        return new ConversionLine(ConversionLine.Method.RATE, amount, target, rate.convert(Amounts.number(amount)),
                Optional.of(rate));
    }

    private DatedRate rateFor(CurrencyUnit base, CurrencyUnit term, LocalDate on) {
        return kind == Kind.REFERENCE ? referenceRate(base, term) : rates.rate(base, term, on);
    }

    private DatedRate referenceRate(CurrencyUnit base, CurrencyUnit term) {
        for (DatedRate r : rates.rates()) {
            if (r.base().equals(base) && r.term().equals(term)) {
                return r;
            }
            if (r.base().equals(term) && r.term().equals(base)) {
                return r.inverse();
            }
        }
        List<DatedRate> related = rates.rates().stream()
                .filter(r -> r.base().equals(base) || r.term().equals(base) || r.base().equals(term) || r.term().equals(term))
                .toList();
        LocalDate latest = rates.rates().stream().map(DatedRate::date).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        throw new MissingRateException(base, term, latest, Period.ZERO, related,
                "reference rates '" + name + "' fix no " + base.getCurrencyCode() + "/" + term.getCurrencyCode()
                        + " rate in either direction");
    }

    private static ConversionLine stated(DatedAmount item, StatedEquivalent eq) {
        BigDecimal from = Amounts.number(item.amount());
        BigDecimal to = Amounts.number(eq.amount());
        DatedRate implied = new DatedRate(item.date(), item.amount().getCurrency(), eq.amount().getCurrency(),
                to.divide(from, MathContext.DECIMAL128), "implied by stated equivalent: " + eq.source(), List.of());
        return new ConversionLine(ConversionLine.Method.STATED_EQUIVALENT, item.amount(), eq.amount().getCurrency(),
                to, Optional.of(implied));
    }

    private static ConversionLine sameCurrency(MonetaryAmount amount) {
        return new ConversionLine(ConversionLine.Method.SAME_CURRENCY, amount, amount.getCurrency(),
                Amounts.number(amount), Optional.empty());
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Valuation other && kind == other.kind
                && Objects.equals(rates, other.rates) && Objects.equals(date, other.date)
                && Objects.equals(name, other.name) && Objects.equals(fallback, other.fallback));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rates, date, name, fallback);
    }

    /**
     * Returns a description such as {@code "at rates of 2025-09-18"} or {@code "at stated equivalents"}.
     *
     * @return the description carried by every result, never null
     */
    @Override
    public String toString() {
        return switch (kind) {
            case OWN_DATES -> "at each amount's own date";
            case AT_DATE -> "at rates of " + date;
            case REFERENCE -> "at reference rates '" + name + "'";
            case STATED -> fallback == null ? "at stated equivalents"
                    : "at stated equivalents, otherwise " + fallback;
        };
    }
}
