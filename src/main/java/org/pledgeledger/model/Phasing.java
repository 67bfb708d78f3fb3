package org.pledgeledger.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;

/**
 * How a pledge's amount is spread over the years it covers: as its source stated, or an explicit
 * even spread.
 * <pre>{@code
 *   Phasing.evenSpread(Amounts.parse("GBP 5000000000.00"), PledgePeriod.of(2025, 2026));
 *   // 2025 GBP 2500000000.00, 2026 GBP 2500000000.00
 *   Phasing.evenSpread(Amounts.parse("GBP 100.00"), PledgePeriod.of(2025, 2027));
 *   // 2025 GBP 33.34, 2026 GBP 33.33, 2027 GBP 33.33: nothing rounded away
 * }</pre>
 * An even spread divides the amount in its smallest unit (the currency's minor unit, or finer if
 * the amount has more decimals) and gives the units left over, one each, to the earliest years,
 * so the years always add up to the amount exactly.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Phasing {

    /** Where the phasing comes from. */
    public enum Kind {
        /** Amounts per year as the source stated them. */
        STATED,
        /** No phasing was stated: the amount spread evenly, by the library's rule. */
        EVEN_SPREAD
    }

    private final Kind kind;
    private final SortedMap<Year, MonetaryAmount> amounts;

    private Phasing(Kind kind, SortedMap<Year, MonetaryAmount> amounts) {
        this.kind = kind;
        this.amounts = Collections.unmodifiableSortedMap(amounts);
    }

    /**
     * Returns the phasing a source stated.
     * <p>
     * {@code Phasing.stated(Map.of(Year.of(2025), gbp(2e9), Year.of(2026), gbp(3e9)))}
     *
     * @param amounts  amount per year, one currency, none negative, not empty, not null
     * @return the phasing, never null
     * @throws IllegalArgumentException if empty, mixed in currency or negative
     */
    public static Phasing stated(Map<Year, ? extends MonetaryAmount> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException("Stated phasing is empty: state at least one year's amount");
        }
        SortedMap<Year, MonetaryAmount> sorted = new TreeMap<>();
        CurrencyUnit currency = null;
        for (Map.Entry<Year, ? extends MonetaryAmount> e : amounts.entrySet()) {
            Year year = Objects.requireNonNull(e.getKey(), "amounts year");
            MonetaryAmount amount = Objects.requireNonNull(e.getValue(), "amounts value");
            if (currency != null && !amount.getCurrency().equals(currency)) {
                throw new IllegalArgumentException("Stated phasing mixes currencies: " + year + " is "
                        + Amounts.format(amount) + ", earlier years are in " + currency.getCurrencyCode());
            }
            if (amount.isNegative()) {
                throw new IllegalArgumentException("Stated phasing for " + year + " is " + Amounts.format(amount)
                        + ": a year's amount cannot be negative");
            }
            currency = amount.getCurrency();
            sorted.put(year, amount);
        }
        return new Phasing(Kind.STATED, sorted);
    }

    /**
     * Returns the even spread of an amount over a period, exact to the amount's smallest unit.
     *
     * @param total  the amount, not negative, not null
     * @param period  the years, not null
     * @return the phasing, never null
     * @throws IllegalArgumentException if the amount is negative
     */
    public static Phasing evenSpread(MonetaryAmount total, PledgePeriod period) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(period, "period");
        if (total.isNegative()) {
            throw new IllegalArgumentException("Cannot spread " + Amounts.format(total) + ": the amount is negative");
        }
        BigDecimal number = Amounts.number(total);
        int scale = Math.max(number.stripTrailingZeros().scale(), Math.max(0, total.getCurrency().getDefaultFractionDigits()));
        BigInteger units = number.movePointRight(scale).toBigIntegerExact();
        List<Year> years = period.years();
        BigInteger[] split = units.divideAndRemainder(BigInteger.valueOf(years.size()));
        int leftOver = split[1].intValueExact();
        SortedMap<Year, MonetaryAmount> amounts = new TreeMap<>();
        for (int i = 0; i < years.size(); i++) {
            BigInteger share = i < leftOver ? split[0].add(BigInteger.ONE) : split[0];
            amounts.put(years.get(i), Amounts.of(new BigDecimal(share, scale), total.getCurrency()));
        }
        return new Phasing(Kind.EVEN_SPREAD, amounts);
    }

    /**
     * Returns where the phasing comes from.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Checks whether a source stated the phasing.
     *
     * @return true if stated, false for an even spread
     */
    public boolean isStated() {
        return kind == Kind.STATED;
    }

    /**
     * Returns the amount per year, in year order.
     *
     * @return the amounts, never null
     */
    public SortedMap<Year, MonetaryAmount> amounts() {
        return amounts;
    }

    /**
     * Returns the amount for one year.
     *
     * @param year  the year, not null
     * @return the amount, zero for a year without one, never null
     */
    public MonetaryAmount amount(Year year) {
        Objects.requireNonNull(year, "year");
        MonetaryAmount a = amounts.get(year);
        return a != null ? a : Amounts.zero(currency());
    }

    /**
     * Returns the currency of the amounts.
     *
     * @return the currency, never null
     */
    public CurrencyUnit currency() {
        return amounts.get(amounts.firstKey()).getCurrency();
    }

    /**
     * Returns the sum over all years, exact.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return Amounts.sum(amounts.values(), currency());
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Phasing other && kind == other.kind && amounts.equals(other.amounts));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amounts);
    }

    /**
     * Returns {@code even spread: 2025 GBP 2500000000.00, 2026 GBP 2500000000.00} or {@code stated: ...}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        StringJoiner years = new StringJoiner(", ", kind == Kind.STATED ? "stated: " : "even spread: ", "");
        amounts.forEach((y, a) -> years.add(y + " " + Amounts.format(a)));
        return years.toString();
    }
}
