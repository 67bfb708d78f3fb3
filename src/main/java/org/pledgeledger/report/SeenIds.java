package org.pledgeledger.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A set of strings that only grows, kept compactly: the characters of every member in one array,
 * found through an open-addressing table of indexes, with no object per member. It remembers a
 * million ids of a few characters in about 25 MB, where a {@code HashSet} of them takes about 100 MB.
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
    private int[] hashes = new int[1 << 8];
    private int size;
    /** Member index plus one, or 0 for an empty slot; at most half full. */
    private int[] table = new int[1 << 9];

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
        for (int m = table[i]; m != 0; m = table[i]) {
            if (hashes[m - 1] == hash && equal(m - 1, value)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size == starts.length - 1) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
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
        hashes[size] = hash;
        charCount += value.length();
        starts[size + 1] = charCount;
        table[i] = ++size;
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
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int m = 0; m < size; m++) {
            int i = spread(hashes[m]) & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = m + 1;
        }
    }

    /** Spreads a string hash's bits, whose low bits alone cluster for ids such as {@code w1, w2, w3}. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
