package org.pledgeledger.ledger;

import java.util.Objects;

import org.pledgeledger.internal.ChunkedList;

/**
 * The subjects a ledger or a batch has timelines for (pledge ids, agreement ids, facts), numbered 0,
 * 1, 2... in the order they are added, and found by an open-addressing table of their numbers.
 * <p>
 * A million subjects take about 20 MB (the table, and the subjects in arrays of {@link ChunkedList}),
 * where a hash map's nodes would take 40 MB: the ledger keeps each subject's timeline in an array
 * by the same number. Each slot holds the subject's hash beside its number, so that a probe reads a
 * subject only when the hashes match.
 * <p>
 * Not thread-safe: the ledger uses it under its lock, a batch on its own thread.
 */
final class Subjects {

    private static final int MIN_CAPACITY = 16;

    /** The subjects by number, in arrays that are never copied into larger ones ({@link ChunkedList}). */
    private final ChunkedList<Object> byNumber = new ChunkedList<>();
    /** The subjects' numbers by their hashes ({@link HashSlots}). */
    private long[] slots;

    /**
     * Creates an empty set of subjects.
     */
    Subjects() {
        this(0);
    }

    /**
     * Creates an empty set of subjects, with room for some before its table grows: a batch of a
     * million pledges' events is numbered without growing (and rehashing) the table many times.
     *
     * @param expected  the subjects expected, zero or more
     * @throws IllegalArgumentException if expected is negative or beyond what a table can hold
     */
    Subjects(int expected) {
        if (expected < 0 || expected > MAX_EXPECTED) {
            throw new IllegalArgumentException("Expected subjects " + expected + " are not between 0 and " + MAX_EXPECTED);
        }
        // the least power of two that holds them at a load of at most a half, as add keeps it
        int capacity = 2 * MIN_CAPACITY;
        while (capacity < 2 * expected) {
            capacity *= 2;
        }
        slots = new long[capacity];
    }

    /** The most subjects a set is made ready for: its table stays within an array's length. */
    static final int MAX_EXPECTED = 1 << 29;

    /**
     * Returns how many subjects have been added.
     *
     * @return the count, zero or more
     */
    int size() {
        return byNumber.size();
    }

    /**
     * Returns the subject with a number.
     *
     * @param number  the number, 0 to size - 1
     * @return the subject, never null
     */
    Object get(int number) {
        return byNumber.get(number);
    }

    /**
     * Returns the number of a subject.
     *
     * @param subject  the subject, not null
     * @return its number, or -1 if it has not been added
     */
    int numberOf(Object subject) {
        int hash = subject.hashCode();
        int mask = slots.length - 1;
        for (int i = HashSlots.spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (matches(slots[i], hash, subject)) {
                return HashSlots.number(slots[i]);
            }
        }
        return -1;
    }

    /**
     * Adds a subject, unless already added.
     *
     * @param subject  the subject, not null
     * @return its number, new or not
     */
    int add(Object subject) {
        Objects.requireNonNull(subject, "subject");
        int hash = subject.hashCode();
        int mask = slots.length - 1;
        int i = HashSlots.spread(hash) & mask;
        for (; slots[i] != 0; i = (i + 1) & mask) {
            if (matches(slots[i], hash, subject)) {
                return HashSlots.number(slots[i]);
            }
        }
        int number = byNumber.size();
        byNumber.add(subject);
        slots[i] = HashSlots.slot(hash, number);
        if (2 * byNumber.size() > slots.length) {
            slots = HashSlots.doubled(slots);
        }
        return number;
    }

    /**
     * Reads what {@link #add} will read first for a subject (its slot, and the subject numbered
     * there if its hash matches) and adds nothing: a caller that touches a few subjects so before
     * adding them in turn has the reads, each likely to miss the cache in a table of millions,
     * overlap rather than wait for memory one at a time.
     *
     * @param subject  the subject, not null
     */
    void touch(Object subject) {
        int hash = subject.hashCode();
        long slot = slots[HashSlots.spread(hash) & (slots.length - 1)];
        if (slot != 0 && HashSlots.hash(slot) == hash) {
            // kept, so that the compiler keeps the reads
            lastTouched = byNumber.get(HashSlots.number(slot));
        }
    }

    /** The subject the last {@link #touch} read, kept only so that the read is made. */
    private Object lastTouched;

    private boolean matches(long slot, int hash, Object subject) {
        return HashSlots.hash(slot) == hash && byNumber.get(HashSlots.number(slot)).equals(subject);
    }

    /**
     * Returns the subjects in the order they were added.
     *
     * @return a new array of them, never null
     */
    Object[] toArray() {
        return byNumber.toArray();
    }
}
