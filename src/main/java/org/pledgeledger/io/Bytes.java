package org.pledgeledger.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches and hashes over bytes, for the journal's reading: finding line ends, finding where a
 * plain JSON string ends, and hashing a string's bytes, eight bytes at a time where it pays.
 * <p>
 * A long read from eight bytes is tested for all eight at once with the carry tricks of
 * <i>Hacker's Delight</i> (6-1): a byte's high bit in the test word flags it. A flag can be false
 * only above a true one, as a borrow only runs upwards, so the lowest flag (the first byte, as
 * the word is read little-endian) is exact.
 * <p>
 * {@code Bytes.indexOfNewline(bytes, 0, bytes.length)}
 * <p>
 * This class is immutable and thread-safe.
 */
final class Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = '\n' * ONES;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long SPACES = ' ' * ONES;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private Bytes() {
    }

    /**
     * Returns the index of the first line feed in {@code bytes[from, to)}.
     *
     * @return the index, or -1 if there is none
     */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long flags = zeros((long) LONGS.get(bytes, i) ^ NEWLINES);
            if (flags != 0) {
                return i + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the index of the last line feed in {@code bytes[from, to)}, searching back from the
     * end one byte at a time: a chunk of a journal has one within a line's length of its end.
     *
     * @return the index, or -1 if there is none
     */
    static int lastIndexOfNewline(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the index of the first byte in {@code bytes[from, to)} that a plain JSON string
     * cannot hold as itself: a quote (its end), a backslash (an escape), a control character, or a
     * byte of a UTF-8 character (0x80 and above).
     *
     * @return the index, or {@code to} if there is none
     */
    static int endOfPlainString(byte[] bytes, int from, int to) {
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long w = (long) LONGS.get(bytes, i);
            // below 0x20 borrows into its high bit, 0x80 and above has it
            long flags = zeros(w ^ QUOTES) | zeros(w ^ BACKSLASHES) | ((w - SPACES) | w) & HIGHS;
            if (flags != 0) {
                return i + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte x = bytes[i];
            if (x == '"' || x == '\\' || x < 0x20) {
                return i;
            }
        }
        return to;
    }

    /**
     * Returns a hash of {@code bytes[from, from + length)}, mixing eight bytes at a time. Equal
     * bytes give equal hashes; it is not {@link String#hashCode}.
     *
     * @return the hash
     */
    static int hash(byte[] bytes, int from, int length) {
        int end = from + length;
        long h = length * MIX;
        int i = from;
        for (; i <= end - Long.BYTES; i += Long.BYTES) {
            h = Long.rotateLeft((h ^ (long) LONGS.get(bytes, i)) * MIX, 27);
        }
        int rest = end - i;
        if (rest > 0) {
            long last;
            if (end >= Long.BYTES) {
                // the word that ends with the last byte, shifted down to its last `rest` bytes
                last = (long) LONGS.get(bytes, end - Long.BYTES) >>> (Long.SIZE - Byte.SIZE * rest);
            } else {
                // the same, byte by byte, where the bytes begin the array
                last = 0;
                for (int k = i; k < end; k++) {
                    last |= (bytes[k] & 0xffL) << (Byte.SIZE * (k - i));
                }
            }
            h = (h ^ last) * MIX;
        }
        return (int) (h ^ h >>> 32);
    }

    /**
     * Returns up to eight bytes, {@code bytes[from, from + min(length, 8))}, as a little-endian
     * word, zero above them: a short text compared, and hashed, as one or two words rather than
     * byte by byte. Texts without a zero byte of up to eight bytes have equal words exactly when
     * they are equal.
     *
     * @param length  the bytes wanted, zero or more; beyond eight, the first eight
     * @return the word
     */
    static long word(byte[] bytes, int from, int length) {
        int n = Math.min(length, Long.BYTES);
        if (from + Long.BYTES <= bytes.length) {
            long w = (long) LONGS.get(bytes, from);
            return n == Long.BYTES ? w : w & ((1L << (Byte.SIZE * n)) - 1);
        }
        // near the array's end, byte by byte
        long w = 0;
        for (int k = n - 1; k >= 0; k--) {
            w = w << Byte.SIZE | (bytes[from + k] & 0xffL);
        }
        return w;
    }

    /**
     * Returns a hash of a text of up to sixteen bytes given as its two words ({@link #word}).
     *
     * @return the hash, well mixed in its low bits
     */
    static int hash(long first, long second) {
        long h = (first * MIX) ^ Long.rotateLeft(second * MIX, 31);
        h *= MIX;
        return (int) (h ^ h >>> 32);
    }

    /** The bytes of a word that are zero, each flagged by its high bit; exact up to the first. */
    private static long zeros(long w) {
        return (w - ONES) & ~w & HIGHS;
    }
}
