package org.pledgeledger.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A set of strings that only grows, kept compactly: the characters of every member in one array,
 * found through an open-addressing table of their hashes and indexes, with no object per member. It
 * remembers a million ids of a few characters ({@code w0} to {@code w999999}) in about 37 MB, where a
 * {@code HashSet} of them takes about 88 MB.
 * <p>
 * {@code seen.add("msft-2025")} is true the first time and false after.
 * <p>
 * Not thread-safe: used by one builder.
 */
final class SeenIds {

    private char[] chars = new char[1 << 12];
    private int charCount;
    /** Each member's first character in {@link #chars}; member {@code m} ends where {@code m + 1} starts. */
    private int[] starts = new int[1 << 8];
    private int size;
    /** Member index plus one, or 0 for an empty slot; at most half full. */
    /** Slots of (hash << 32 | member number, from 1), 0 when empty: a probe reads the hash without touching the members. */
    private long[] table = new long[1 << 9];

    /**
     * Adds a string, unless it is a member already.
     *
     * @param value  the string, not null
     * @return true if it was new
     */
    boolean add(String value) {
        Objects.requireNonNull(value, "value");
        int hash = value.hashCode();
        int mask = table.length - 1;
        int i = spread(hash) & mask;
        for (long slot = table[i]; slot != 0; slot = table[i]) {
            if ((int) (slot >>> 32) == hash && equal((int) slot - 1, value)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size == starts.length - 1) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        if (charCount + value.length() > chars.length) {
            long grown = Math.max(2L * chars.length, (long) charCount + value.length());
            if (grown > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("The ids counted so far hold " + charCount + " characters; '" + value
                        + "' would take them beyond the " + (Integer.MAX_VALUE - 8) + " one set can hold");
            }
            chars = Arrays.copyOf(chars, (int) grown);
        }
        value.getChars(0, value.length(), chars, charCount);
        starts[size] = charCount;
        charCount += value.length();
        starts[size + 1] = charCount;
        table[i] = (long) hash << 32 | ++size;
        if (2 * size > table.length) {
            rehash();
        }
        return true;
    }

    /**
     * Returns the number of members.
     *
     * @return the count
     */
    int size() {
        return size;
    }

    private boolean equal(int member, String value) {
        int from = starts[member];
        if (starts[member + 1] - from != value.length()) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (chars[from + k] != value.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = spread((int) (slot >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = slot;
            }
        }
    }

    /** Spreads a string hash's bits, whose low bits alone cluster for ids such as {@code w1, w2, w3}. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
