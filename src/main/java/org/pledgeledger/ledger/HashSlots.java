package org.pledgeledger.ledger;

/**
 * Open-addressing tables of {@code long} slots, each holding {@code (hash << 32 | number + 1)} or 0
 * when free, probed linearly: what {@link EventIndex} and {@link Subjects} have in common. A probe
 * compares the hash in the slot before it reads the thing numbered, so it seldom leaves the table.
 * <p>
 * Stateless and thread-safe.
 */
final class HashSlots {

    private HashSlots() {
    }

    /**
     * Spreads a hash's bits, whose low bits alone cluster for ids such as {@code w1/a, w2/a}.
     *
     * @param hash  the hash code
     * @return where to start probing, before masking
     */
    static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ h >>> 16;
    }

    /**
     * Returns a slot.
     *
     * @param hash  the hash code of the thing numbered
     * @param number  its number, zero or more
     * @return the slot, never 0
     */
    static long slot(int hash, int number) {
        return (long) hash << 32 | (number + 1L);
    }

    /**
     * Returns the hash code in a slot.
     *
     * @param slot  a slot that is not free
     * @return the hash code
     */
    static int hash(long slot) {
        return (int) (slot >>> 32);
    }

    /**
     * Returns the number in a slot.
     *
     * @param slot  a slot that is not free
     * @return the number, zero or more
     */
    static int number(long slot) {
        return (int) slot - 1;
    }

    /**
     * Returns a table twice the size with the same slots.
     *
     * @param slots  the table, its length a power of two
     * @return the new table, never null
     */
    static long[] doubled(long[] slots) {
        long[] grown = new long[slots.length * 2];
        int mask = grown.length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int i = spread(hash(slot)) & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = slot;
            }
        }
        return grown;
    }
}
