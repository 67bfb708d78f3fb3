package org.pledgeledger.model;

/**
 * The stable identifier of a headline: a readable slug such as {@code us-tech-firms-31bn}.
 * <p>
 * {@code HeadlineId.of("tpd-150bn")}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the slug, not null
 */
public record HeadlineId(String value) implements Comparable<HeadlineId> {

    /**
     * Validates the slug.
     *
     * @param value  the slug, not null
     * @throws IllegalArgumentException if it is not a slug
     */
    public HeadlineId {
        Slug.check("Headline id", value);
    }

    /**
     * Returns the id for a slug.
     *
     * @param value  the slug, not null
     * @return the id, never null
     * @throws IllegalArgumentException if it is not a slug
     */
    public static HeadlineId of(String value) {
        return new HeadlineId(value);
    }

    @Override
    public int compareTo(HeadlineId other) {
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
