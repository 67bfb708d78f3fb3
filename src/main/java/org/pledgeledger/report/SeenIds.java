package org.pledgeledger.report;

import java.util.Objects;

import org.pledgeledger.internal.PackedIds;
import org.pledgeledger.internal.PackedText;
import org.pledgeledger.model.PledgeId;

/**
 * A set of pledge ids that only grows, kept compactly. An id of up to 12 characters, which
 * {@link PledgeId} packs into a {@code long}, is kept as that number in an open-addressing array
 * of numbers, at most half full; a longer one as the id itself, in a second such array with each
 * slot's hash beside it, so that a probe reads an id only when the hashes match, and growing reads
 * none. A million short ids take 16 MB of numbers and keep no id alive, where a {@code HashSet}
 * of their strings takes about 88 MB.
 * <p>
 * Keeping the numbers rather than the ids matters to the collector as much as to memory: ids read
 * from a file one at a time die young unless a set keeps them, and an array of references written
 * at random all over, in the old generation, must be scanned at every young collection. Counting
 * the W1M file's million pledges, the collections' pauses came to 491-497 ms with the ids kept,
 * and 104-141 ms with their numbers.
 * <p>
 * {@code seen.add(PledgeId.of("msft-2025"))} is true the first time and false after.
 * <p>
 * Not thread-safe: used by one builder.
 */
final class SeenIds {

    private static final int MIN_CAPACITY = 1 << 9;
    /** The largest array a JVM allocates safely. */
    private static final int MAX_CAPACITY = 1 << 30;
    /** A free slot of {@link #numbers}: no slug packs to zero. */
    private static final long FREE = 0;

    /** The packed ids, or {@link #FREE}. */
    private long[] numbers = new long[MIN_CAPACITY];
    private int numberCount;
    /** The ids too long to pack, or null for a free slot. */
    private PledgeId[] table = new PledgeId[MIN_CAPACITY];
    /** The hash of each slot's id. */
    private int[] hashes = new int[MIN_CAPACITY];
    private int idCount;

    /**
     * Adds an id, unless it is a member already.
     *
     * @param id  the id, not null
     * @return true if it was not a member before
     * @throws IllegalStateException if the set holds 536,870,912 ids of up to 12 characters, or as
     *     many longer ones, already and cannot grow
     */
    boolean add(PledgeId id) {
        Objects.requireNonNull(id, "id");
        long number = PackedIds.pledgeId(id);
        return number == PackedText.NOT_PACKED ? addId(id) : addNumber(number, id);
    }

    private boolean addNumber(long number, PledgeId id) {
        int mask = numbers.length - 1;
        int i = PackedText.hash(number) & mask;
        for (long member = numbers[i]; member != FREE; member = numbers[i]) {
            if (member == number) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (2 * (numberCount + 1) > numbers.length) {
            checkRoom(numbers.length, numberCount, "of up to 12 characters", id);
            numbers = grown(numbers);
            return addNumber(number, id);
        }
        numbers[i] = number;
        numberCount++;
        return true;
    }

    private boolean addId(PledgeId id) {
        int hash = id.hashCode();
        int mask = table.length - 1;
        int i = spread(hash) & mask;
        for (PledgeId member = table[i]; member != null; member = table[i]) {
            if (hashes[i] == hash && member.equals(id)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (2 * (idCount + 1) > table.length) {
            checkRoom(table.length, idCount, "longer than 12 characters", id);
            grow();
            return addId(id);
        }
        table[i] = id;
        hashes[i] = hash;
        idCount++;
        return true;
    }

    private static void checkRoom(int capacity, int count, String kind, PledgeId id) {
        if (capacity == MAX_CAPACITY) {
            throw new IllegalStateException("The ids " + kind + " counted so far number " + count + "; '" + id
                    + "' would take them beyond the " + MAX_CAPACITY / 2 + " one set can hold");
        }
    }

    /**
     * Returns the number of members.
     *
     * @return the count, zero or more
     */
    int size() {
        return numberCount + idCount;
    }

    private void grow() {
        PledgeId[] old = table;
        int[] oldHashes = hashes;
        table = new PledgeId[old.length * 2];
        hashes = new int[old.length * 2];
        int mask = table.length - 1;
        for (int k = 0; k < old.length; k++) {
            if (old[k] != null) {
                int i = spread(oldHashes[k]) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = old[k];
                hashes[i] = oldHashes[k];
            }
        }
    }

    private static long[] grown(long[] old) {
        long[] numbers = new long[old.length * 2];
        int mask = numbers.length - 1;
        for (long number : old) {
            if (number != FREE) {
                int i = PackedText.hash(number) & mask;
                while (numbers[i] != FREE) {
                    i = (i + 1) & mask;
                }
                numbers[i] = number;
            }
        }
        return numbers;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
