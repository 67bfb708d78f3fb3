package org.pledgeledger.model;

/**
 * The stable identifier of a pledge: a readable slug such as {@code microsoft-uk-2025}.
 * <p>
 * {@code PledgeId.of("microsoft-uk-2025")}
 * <p>
 * A slug is lower-case letters and digits in groups joined by single hyphens.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the slug, not null
 */
public record PledgeId(String value) implements Comparable<PledgeId> {

    /**
     * Validates the slug.
     *
     * @param value  the slug, not null
     * @throws IllegalArgumentException if it is not lower-case letters and digits joined by hyphens
     */
    public PledgeId {
        Slug.check("Pledge id", value);
    }

    /**
     * Returns the id for a slug.
     *
     * @param value  the slug, not null
     * @return the id, never null
     * @throws IllegalArgumentException if it is not a slug
     */
    public static PledgeId of(String value) {
        return new PledgeId(value);
    }

    @Override
    public int compareTo(PledgeId other) {
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
