package org.pledgeledger.model;

import java.util.Objects;

import org.pledgeledger.internal.PackedIds;
import org.pledgeledger.internal.PackedText;

/**
 * The stable identifier of a pledge: a readable slug such as {@code microsoft-uk-2025}.
 * <p>
 * {@code PledgeId.of("microsoft-uk-2025")}
 * <p>
 * A slug is lower-case letters and digits in groups joined by single hyphens. Ids compare, order
 * and print as their slugs.
 * <p>
 * A slug of up to 12 characters is held packed in a {@code long}, so that such an id takes 24
 * bytes where an id holding a string takes 72: a ledger of a million pledges keeps a million ids.
 * {@link #value()} makes the slug's string when asked.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PledgeId implements Comparable<PledgeId> {

    private static final PackedText SLUGS = PackedText.of("-0123456789abcdefghijklmnopqrstuvwxyz");

    static {
        // the packed slug, for the library's compact sets of ids, which keep it rather than the id
        PackedIds.registerPledgeIds(id -> ((PledgeId) id).packed);
    }

    /** The slug packed, or {@link PackedText#NOT_PACKED} when it is too long to pack, and {@link #text} holds it. */
    private final long packed;
    /** The slug, only when it is too long to pack; else null. */
    private final String text;

    private PledgeId(long packed, String text) {
        this.packed = packed;
        this.text = text;
    }

    /**
     * Returns the id for a slug.
     * <p>
     * The text is read now and not kept: an id that packs keeps no string, and one that does not
     * keeps the text's string, so a reader of many ids may pass a view of its buffer and reuse it.
     *
     * @param value  the slug, not null
     * @return the id, never null
     * @throws IllegalArgumentException if it is not lower-case letters and digits joined by hyphens
     */
    public static PledgeId of(CharSequence value) {
        Objects.requireNonNull(value, "value");
        long packed = SLUGS.pack(value);
        if (packed != PackedText.NOT_PACKED && Slug.isSlug(value)) {
            return new PledgeId(packed, null);
        }
        // too long to pack, or not a slug, which the check names
        return new PledgeId(PackedText.NOT_PACKED, Slug.check("Pledge id", value.toString()));
    }

    /**
     * Returns the slug.
     *
     * @return the slug, never null
     */
    public String value() {
        return SLUGS.text(packed, text);
    }

    /**
     * Orders ids as their slugs.
     *
     * @param other  the other id, not null
     * @return negative, zero or positive as this slug sorts before, equal to or after the other
     */
    @Override
    public int compareTo(PledgeId other) {
        return SLUGS.compare(packed, text, other.packed, other.text);
    }

    /**
     * Checks whether another object is an id with the same slug.
     *
     * @param other  the object, may be null
     * @return true if it is a pledge id with the same slug
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PledgeId id && packed == id.packed && Objects.equals(text, id.text);
    }

    /**
     * Returns a hash code of the slug.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return PackedText.hash(packed, text);
    }

    /**
     * Returns the slug.
     *
     * @return the slug, never null
     */
    @Override
    public String toString() {
        return value();
    }
}
