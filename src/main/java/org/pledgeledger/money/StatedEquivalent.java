package org.pledgeledger.money;

import java.util.Objects;

import javax.money.MonetaryAmount;

/**
 * An equivalent in another currency that a source itself stated, such as "about £22bn" beside "$30bn".
 * <p>
 * {@code new StatedEquivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru, 16 Dec 2025")}
 * <p>
 * Used by {@link Valuation#atStatedEquivalents()}: the stated figure is taken as it stands,
 * and the rate it implies is reported with it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param amount  the stated equivalent, not null
 * @param source  who stated it, not blank
 */
public record StatedEquivalent(MonetaryAmount amount, String source) {

    /**
     * Validates the equivalent.
     *
     * @param amount  the equivalent, not null
     * @param source  who stated it, not blank
     * @throws IllegalArgumentException if the source is blank
     */
    public StatedEquivalent {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("Stated equivalent " + Amounts.format(amount)
                    + " has a blank source: an equivalent names who stated it");
        }
    }

    /**
     * Returns the equivalent as {@code GBP 22000000000.00 (source)}.
     *
     * @return the stable text form, never null
     */
    @Override
    public String toString() {
        return Amounts.format(amount) + " (" + source + ")";
    }
}
