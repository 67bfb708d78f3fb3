package org.pledgeledger.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One line of a conversion's provenance: a sum in one source currency, how it was converted, and
 * the exact result.
 * <p>
 * A {@link ConvertedAmount} has one line per source currency and rate: amounts converted at the
 * same rate are summed first and multiplied once.
 * <pre>{@code
 *   line.sourceSum();   // USD 30000000000.00
 *   line.rate();        // Optional[2025-09-18 USD/GBP 0.738171... (inverse of GBP/USD ...)]
 *   line.converted();   // 22145124381.7797..., exact, unrounded
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param method  how the sum was converted, not null
 * @param sourceSum  the sum in its own currency, not null
 * @param target  the currency converted into, not null
 * @param converted  the exact converted figure in the target currency, not rounded, not null
 * @param rate  the rate applied ({@link Method#RATE}) or implied by the stated equivalents
 *     ({@link Method#STATED_EQUIVALENT}); empty for {@link Method#SAME_CURRENCY}, not null
 */
public record ConversionLine(Method method, MonetaryAmount sourceSum, CurrencyUnit target, BigDecimal converted,
        Optional<DatedRate> rate) {

    /**
     * How a line was converted.
     */
    public enum Method {
        /** Already in the target currency: nothing converted. */
        SAME_CURRENCY,
        /** Multiplied by a dated rate. */
        RATE,
        /** Replaced by the equivalent its source stated. */
        STATED_EQUIVALENT
    }

    /**
     * Validates the line.
     *
     * @param method  how it was converted, not null
     * @param sourceSum  the sum in its own currency, not null
     * @param target  the target currency, not null
     * @param converted  the exact converted figure, not null
     * @param rate  the rate, or empty for the same currency, not null
     * @throws IllegalArgumentException if a rate is missing where the method needs one, or present
     *     for the same currency
     */
    public ConversionLine {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(sourceSum, "sourceSum");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(converted, "converted");
        Objects.requireNonNull(rate, "rate");
        if ((method == Method.SAME_CURRENCY) == rate.isPresent()) {
            throw new IllegalArgumentException("Conversion line " + Amounts.format(sourceSum) + " by " + method
                    + (rate.isPresent() ? " must not carry a rate" : " must carry its rate"));
        }
    }

    /**
     * Returns the converted figure rounded HALF_EVEN to the target's minor units, for display.
     * <p>
     * Totals are never the sum of these rounded figures: see {@link ConvertedAmount}.
     *
     * @return the rounded amount, never null
     */
    public MonetaryAmount convertedAmount() {
        return Amounts.of(Amounts.roundToMinorUnits(converted, target), target);
    }

    /**
     * Returns whether another line is the same conversion: same method, target and rate, and the
     * same source sum and converted figure by value, whatever their scales ({@code 5.0} and
     * {@code 5.00} are one figure).
     *
     * @param obj  the other object, may be null
     * @return true if the lines are equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof ConversionLine other && method == other.method && target.equals(other.target)
                && sourceSum.equals(other.sourceSum) && converted.compareTo(other.converted) == 0 && rate.equals(other.rate));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(method, target, sourceSum, converted.signum() == 0 ? BigDecimal.ZERO : converted.stripTrailingZeros(), rate);
    }

    /**
     * Returns the line as {@code USD 30000000000.00 -> GBP 22145124381.78 at 2025-09-18 USD/GBP 0.73... (source)}.
     *
     * @return the stable text form, never null
     */
    @Override
    public String toString() {
        String to = Amounts.format(sourceSum) + " -> " + Amounts.format(convertedAmount());
        return switch (method) {
            case SAME_CURRENCY -> to + " (same currency)";
            case RATE -> to + " at " + rate.orElseThrow();
            case STATED_EQUIVALENT -> to + " as stated, implying " + rate.orElseThrow();
        };
    }
}
