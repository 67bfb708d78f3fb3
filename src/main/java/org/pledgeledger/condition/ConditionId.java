package org.pledgeledger.condition;

import org.pledgeledger.model.Slug;


/**
 * The stable identifier of a condition: a readable slug such as {@code tpd-needs-epd-progress}.
 * <p>
 * {@code ConditionId.of("tpd-needs-epd-progress")}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the slug, not null
 */
public record ConditionId(String value) implements Comparable<ConditionId> {

    /**
     * Validates the slug.
     *
     * @param value  the slug, not null
     * @throws IllegalArgumentException if it is not lower-case letters and digits joined by hyphens
     */
    public ConditionId {
        Slug.check("Condition id", value);
    }

    /**
     * Returns the id for a slug.
     *
     * @param value  the slug, not null
     * @return the id, never null
     * @throws IllegalArgumentException if it is not a slug
     */
    public static ConditionId of(String value) {
        return new ConditionId(value);
    }

    @Override
    public int compareTo(ConditionId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the slug.
     *
     * @return the slug, never null
     */
    @Override
    public String toString() {
        return value;
    }
}
