package org.pledgeledger.ledger;

import java.util.Objects;

import org.pledgeledger.internal.PackedText;

/**
 * The caller's id for an event, and the ledger's idempotency key.
 * <p>
 * {@code EventId.of("microsoft-uk-2025/announced")}
 * <p>
 * Appending the same event under the same id again changes nothing; a different event under an
 * id already used is rejected. Ids compare, order and print as their text.
 * <p>
 * An id of up to 11 characters among lower-case letters, digits and {@code - . / : _} is held
 * packed in a {@code long}, so that such an id takes 24 bytes where an id holding a string takes
 * 72: a ledger of a million pledges keeps a few million event ids. {@link #value()} makes the
 * id's string when asked.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EventId implements Comparable<EventId> {

    private static final PackedText SHORT_IDS = PackedText.of("-./0123456789:_abcdefghijklmnopqrstuvwxyz");

    /** The id packed, or {@link PackedText#NOT_PACKED} when it does not pack, and {@link #text} holds it. */
    private final long packed;
    /** The id, only when it does not pack; else null. */
    private final String text;

    private EventId(long packed, String text) {
        this.packed = packed;
        this.text = text;
    }

    /**
     * Returns the id of a text.
     * <p>
     * The text is read now and not kept: an id that packs keeps no string, and one that does not
     * keeps the text's string, so a reader of many ids may pass a view of its buffer and reuse it.
     *
     * @param value  the id, not null
     * @return the id, never null
     * @throws IllegalArgumentException if it is blank or has surrounding spaces
     */
    public static EventId of(CharSequence value) {
        Objects.requireNonNull(value, "value");
        long packed = SHORT_IDS.pack(value);
        if (packed != PackedText.NOT_PACKED) {
            return new EventId(packed, null);
        }
        String text = value.toString();
        if (text.isBlank() || !text.strip().equals(text)) {
            throw new IllegalArgumentException("Event id '" + text + "' is blank or has surrounding spaces");
        }
        return new EventId(packed, text);
    }

    /**
     * Returns the id of a packed value, as {@link #packed()} gave it.
     *
     * @param packed  the packed id, not {@link PackedText#NOT_PACKED}
     * @return the id, never null
     */
    static EventId ofPacked(long packed) {
        return new EventId(packed, null);
    }

    /**
     * Returns the id packed in a {@code long}, for the ledger to keep in a row: equal ids pack equally.
     *
     * @return the packed id, or {@link PackedText#NOT_PACKED} if it does not pack
     */
    long packed() {
        return packed;
    }

    /**
     * Returns the hash code of a packed id, as {@link #hashCode()} of its id gives it.
     *
     * @param packed  the packed id, not {@link PackedText#NOT_PACKED}
     * @return the hash code
     */
    static int hashOfPacked(long packed) {
        return PackedText.hash(packed, null);
    }

    /**
     * Returns the id.
     *
     * @return the id, never null
     */
    public String value() {
        return SHORT_IDS.text(packed, text);
    }

    /**
     * Orders ids as their text.
     *
     * @param other  the other id, not null
     * @return negative, zero or positive as this id sorts before, equal to or after the other
     */
    @Override
    public int compareTo(EventId other) {
        return SHORT_IDS.compare(packed, text, other.packed, other.text);
    }

    /**
     * Checks whether another object is an event id with the same text.
     *
     * @param other  the object, may be null
     * @return true if it is an event id with the same text
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EventId id && packed == id.packed && Objects.equals(text, id.text);
    }

    /**
     * Returns a hash code of the id.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return PackedText.hash(packed, text);
    }

    /**
     * Returns the id.
     *
     * @return the id, never null
     */
    @Override
    public String toString() {
        return value();
    }
}
