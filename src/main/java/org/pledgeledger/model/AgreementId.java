package org.pledgeledger.model;

/**
 * The stable identifier of an agreement: a readable slug such as {@code tech-prosperity-deal-mou}.
 * <p>
 * {@code AgreementId.of("economic-prosperity-deal")}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the slug, not null
 */
public record AgreementId(String value) implements Comparable<AgreementId> {

    /**
     * Validates the slug.
     *
     * @param value  the slug, not null
     * @throws IllegalArgumentException if it is not lower-case letters and digits joined by hyphens
     */
    public AgreementId {
        Slug.check("Agreement id", value);
    }

    /**
     * Returns the id for a slug.
     *
     * @param value  the slug, not null
     * @return the id, never null
     * @throws IllegalArgumentException if it is not a slug
     */
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public int compareTo(AgreementId other) {
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
