package org.pledgeledger.io;

/**
 * The texts one reader has met, one string for each, found again from a parser's characters
 * without making a new string: a journal repeats a few thousand texts (event types, dates,
 * currencies, pledgers, sectors, sources) a million times, and each string made once keeps its hash.
 * <p>
 * At most {@link #MAX_TEXTS} texts are kept, the first met; a text met after that is made anew
 * each time, so a file of ever-new texts costs no more memory than the table.
 * <p>
 * Not thread-safe; one per reading thread.
 */
final class Symbols {

    /** The most texts kept. */
    static final int MAX_TEXTS = 1 << 14;

    /** Open addressing, linear probing, at most half full. */
    private final String[] slots = new String[2 * MAX_TEXTS];
    /** Each kept text's hash, beside it. */
    private final int[] hashes = new int[2 * MAX_TEXTS];
    private int size;

    /**
     * Returns the text of {@code chars[offset, offset + length)}, the string met before if it was kept.
     *
     * @return the string, never null
     */
    String text(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int mask = slots.length - 1;
        for (int i = (hash ^ (hash >>> 16)) & mask;; i = (i + 1) & mask) {
            String known = slots[i];
            if (known == null) {
                String text = new String(chars, offset, length);
                if (size < MAX_TEXTS) {
                    slots[i] = text;
                    hashes[i] = hash;
                    size++;
                }
                return text;
            }
            if (hashes[i] == hash && matches(known, chars, offset, length)) {
                return known;
            }
        }
    }

    private static boolean matches(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
