package org.pledgeledger.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A tokeniser of one JSON value on one line of bytes, for the plain JSON the library writes:
 * objects, arrays and strings of printable ASCII without escapes, with JSON whitespace between.
 * <p>
 * It is the first step of the fast path of a journal's replay ({@link StreamedEvents}), and reads
 * no more than that path needs: anything else on the line, well formed or not, is {@link Unread},
 * and the line is then read by Jackson, which reads all of JSON and names every error. So a number,
 * {@code true}, {@code false}, {@code null}, an escape, a byte outside printable ASCII (a UTF-8
 * character), a string longer than the limit, nesting deeper than {@link #MAX_DEPTH}, a field name
 * not in the reader's list, or a line that is not well-formed JSON (a missing or extra comma or
 * colon, an unclosed string or container) all stop it. A line it reads to the end is well-formed
 * JSON, and its tokens and strings are exactly those Jackson reads from it.
 * <p>
 * A journal writes its fields in one order, so each field name is first compared, quotes and
 * colon, with the name that came at that place in the line before (after the same name, or first
 * under the same parent); any other name is scanned and looked up by its bytes.
 * <p>
 * {@code line.reset(bytes, 0, end); line.next(); // START_OBJECT}
 * <p>
 * Not thread-safe: one for each reading thread.
 */
final class JsonLine {

    /** The tokens it reads: a string is a field name when it is followed by a colon. */
    enum Token {
        START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING
    }

    /**
     * Thrown, without a stack trace, where the line holds what this tokeniser does not read; the
     * reader of the journal's common shape ({@link StreamedEvents}) throws it too, where the line
     * holds what that reader does not read. Either way, the line is read as a tree.
     */
    static final class Unread extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final Unread INSTANCE = new Unread();

        private Unread() {
            super("not plain JSON of the journal's own shape", null, false, false);
        }
    }

    /** The deepest nesting read: a journal event nests four deep. */
    static final int MAX_DEPTH = 8;

    /** The longest string compared as two words, {@link #firstWord()} and {@link #secondWord()}: sixteen bytes. */
    static final int SHORT = 2 * Long.BYTES;

    private final int maxString;
    /**
     * The field names read, in an open-addressed table by their hash, with their bytes and numbers;
     * a name of up to {@link #SHORT} bytes is also kept, and hashed, as its two words ({@link Bytes#word}).
     */
    private final String[] names;
    private final byte[][] nameBytes;
    private final long[] nameFirst;
    private final long[] nameSecond;
    /** Each name's place among the names given, from 0. */
    private final int[] nameNumbers;
    private final int mask;
    /**
     * Each name as the library writes it as a field, {@code "name":}, by number, with its first two
     * words and length ({@link Bytes#word}); null for a name longer than the longest string read.
     */
    private final byte[][] quoted;
    private final long[] quotedFirst;
    private final long[] quotedSecond;
    /**
     * The name that came next, last time, after each name at each depth, or first in an object
     * under each name, or -1 (by {@link #followerKey()}): a journal writes its fields in one order,
     * so the next name is most often the one that came there before.
     */
    private final int[] follower;
    private final int keysADepth;
    /** The number of the last name read in the container at each depth, -1 before its first. */
    private final int[] lastAt = new int[MAX_DEPTH + 1];
    /** The number of the name the container at each depth is the value of (or is within, for an array's element), or -1. */
    private final int[] parentAt = new int[MAX_DEPTH + 1];
    /** The number of the current name, when known, else -1. */
    private int currentName;

    private byte[] bytes;
    private int pos;
    private int to;
    private int depth;
    /** Bit d is set when the container at depth d is an object. */
    private long objects;
    /** No member or element read yet in the current container. */
    private boolean first;
    /** A value must come next: at the start, and after a field name's colon. */
    private boolean valueDue;
    /** The current string or name. */
    private int start;
    private int length;

    /**
     * Creates a tokeniser.
     *
     * @param maxString  the longest string read, in characters; a longer one is unread
     * @param names  the field names read, not null; any other name is unread
     * @throws IllegalArgumentException if a name is not printable ASCII, or comes twice
     */
    JsonLine(int maxString, String... names) {
        if (maxString < 0) {
            throw new IllegalArgumentException("Longest string " + maxString + " is negative");
        }
        Objects.requireNonNull(names, "names");
        this.maxString = maxString;
        int size = Integer.highestOneBit(Math.max(4, names.length * 4 - 1)) << 1;
        this.names = new String[size];
        this.nameBytes = new byte[size][];
        this.nameFirst = new long[size];
        this.nameSecond = new long[size];
        this.nameNumbers = new int[size];
        this.mask = size - 1;
        for (int number = 0; number < names.length; number++) {
            String name = Objects.requireNonNull(names[number], "names element");
            for (int i = 0; i < name.length(); i++) {
                char x = name.charAt(i);
                if (x < 0x20 || x >= 0x7f || x == '"' || x == '\\') {
                    throw new IllegalArgumentException("Field name '" + name + "' is not printable ASCII without quotes or backslashes");
                }
            }
            byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
            long first = Bytes.word(ascii, 0, ascii.length);
            long second = ascii.length > Long.BYTES ? Bytes.word(ascii, Long.BYTES, ascii.length - Long.BYTES) : 0;
            int k = (ascii.length <= SHORT ? Bytes.hash(first, second) : Bytes.hash(ascii, 0, ascii.length)) & mask;
            while (this.names[k] != null) {
                if (this.names[k].equals(name)) {
                    throw new IllegalArgumentException("Field name '" + name + "' is given twice");
                }
                k = (k + 1) & mask;
            }
            this.names[k] = name;
            this.nameBytes[k] = ascii;
            this.nameFirst[k] = first;
            this.nameSecond[k] = second;
            this.nameNumbers[k] = number;
        }
        this.quoted = new byte[names.length][];
        this.quotedFirst = new long[names.length];
        this.quotedSecond = new long[names.length];
        for (int number = 0; number < names.length; number++) {
            if (names[number].length() <= maxString) {
                byte[] q = ('"' + names[number] + "\":").getBytes(StandardCharsets.US_ASCII);
                quoted[number] = q;
                quotedFirst[number] = Bytes.word(q, 0, q.length);
                quotedSecond[number] = q.length > Long.BYTES ? Bytes.word(q, Long.BYTES, q.length - Long.BYTES) : 0;
            }
        }
        this.keysADepth = 2 * names.length + 2;
        this.follower = new int[(MAX_DEPTH + 1) * keysADepth];
        Arrays.fill(follower, -1);
    }

    /**
     * Starts on a line, {@code bytes[from, to)}, without its line break.
     *
     * @return this tokeniser, before the line's first token
     */
    JsonLine reset(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.pos = from;
        this.to = to;
        this.depth = 0;
        this.objects = 0;
        this.first = true;
        this.valueDue = true;
        this.lastAt[0] = -1;
        this.parentAt[0] = -1;
        return this;
    }

    /**
     * Reads the next token.
     *
     * @return the token, never null
     * @throws Unread if the next token is not one this tokeniser reads, or the line is not well
     *     formed there, or the line's value has ended
     */
    Token next() {
        int c = skipSpace();
        if (valueDue) {
            valueDue = false;
            return value(c);
        }
        if (depth == 0) {
            throw Unread.INSTANCE;
        }
        boolean object = (objects & (1L << depth)) != 0;
        if (c == (object ? '}' : ']')) {
            pos++;
            depth--;
            first = false;
            return object ? Token.END_OBJECT : Token.END_ARRAY;
        }
        if (!first) {
            if (c != ',') {
                throw Unread.INSTANCE;
            }
            pos++;
            c = skipSpace();
        }
        first = false;
        if (!object) {
            return value(c);
        }
        if (c != '"') {
            throw Unread.INSTANCE;
        }
        if (predictName()) {
            return Token.NAME;
        }
        currentName = -1;
        scanString();
        if (skipSpace() != ':') {
            throw Unread.INSTANCE;
        }
        pos++;
        valueDue = true;
        return Token.NAME;
    }

    /**
     * Reads the name at {@code pos} and its colon when they are those of the name that came after
     * the last one before ({@link #follower}), written as the library writes them: two words
     * compared, rather than the name scanned and looked up. They read as the same tokens as the
     * scan would: a name given holds no quote, backslash or control character.
     *
     * @return true if it was that name, now read; false, and nothing read, if not
     */
    private boolean predictName() {
        int guess = follower[followerKey()];
        if (guess < 0) {
            return false;
        }
        byte[] q = quoted[guess];
        if (q == null || q.length > to - pos) {
            return false;
        }
        int n = q.length;
        boolean same = n <= SHORT
                ? Bytes.word(bytes, pos, n) == quotedFirst[guess]
                        && (n <= Long.BYTES || Bytes.word(bytes, pos + Long.BYTES, n - Long.BYTES) == quotedSecond[guess])
                : Arrays.equals(q, 0, n, bytes, pos, pos + n);
        if (!same) {
            return false;
        }
        start = pos + 1;
        length = n - 3;
        pos += n;
        valueDue = true;
        currentName = guess;
        lastAt[depth] = guess;
        return true;
    }

    /** Where {@link #follower} keeps the name expected next: after the last name at this depth, or first under the parent's name. */
    private int followerKey() {
        int last = lastAt[depth];
        return depth * keysADepth + (last >= 0 ? last : keysADepth / 2 + parentAt[depth]) + 1;
    }

    /**
     * Returns where the tokeniser is in the line's bytes: just after the last token read.
     *
     * @return the index in {@link #bytes()}
     */
    int position() {
        return pos;
    }

    /**
     * Skips the object just opened when the bytes that follow are those given: the rest of an
     * object read before, from {@link #position()} after its {@code START_OBJECT} to just after its
     * {@code END_OBJECT}, holding only names and strings. Equal bytes read as equal tokens, so the
     * tokeniser then stands as if it had read that object's {@code END_OBJECT}.
     * <p>
     * To be called right after {@link #next()} has returned {@code START_OBJECT}.
     *
     * @param rest  the bytes of the rest of an object read before, not null
     * @return true if they were there and were skipped; false, and nothing read, if not
     */
    boolean skipObjectAgain(byte[] rest) {
        int n = rest.length;
        if (n > to - pos || !Arrays.equals(rest, 0, n, bytes, pos, pos + n)) {
            return false;
        }
        pos += n;
        depth--;
        first = false;
        return true;
    }

    /**
     * Checks that the line's value has ended and nothing but whitespace follows it.
     *
     * @throws Unread if not
     */
    void end() {
        if (valueDue || depth != 0 || skipSpace() != -1) {
            throw Unread.INSTANCE;
        }
    }

    /**
     * Returns the number of the field name just read: its place among the names given when this
     * tokeniser was made, from 0. A name read as the one expected there is known already;
     * any other is matched now by its bytes. No string is made.
     *
     * @return the number, zero or more
     * @throws Unread if the name is not one of those given
     */
    int nameNumber() {
        if (currentName >= 0) {
            return currentName;
        }
        int number = lookUpName();
        follower[followerKey()] = number;
        lastAt[depth] = number;
        currentName = number;
        return number;
    }

    /** The number of the name just read, matched by its bytes. */
    private int lookUpName() {
        if (length <= SHORT) {
            // two words compared, no bytes: a name holds no zero byte, so equal words are equal names
            long first = firstWord();
            long second = secondWord();
            for (int k = Bytes.hash(first, second) & mask; names[k] != null; k = (k + 1) & mask) {
                if (nameFirst[k] == first && nameSecond[k] == second && nameBytes[k].length == length) {
                    return nameNumbers[k];
                }
            }
            throw Unread.INSTANCE;
        }
        for (int k = hash() & mask; names[k] != null; k = (k + 1) & mask) {
            byte[] b = nameBytes[k];
            if (b.length == length && Arrays.equals(b, 0, length, bytes, start, start + length)) {
                return nameNumbers[k];
            }
        }
        throw Unread.INSTANCE;
    }

    /**
     * Returns the string just read.
     *
     * @return a new string, never null
     */
    String string() {
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }

    /** The bytes the current string is in, from {@link #start()}, for {@link #length()} bytes: one character each. */
    byte[] bytes() {
        return bytes;
    }

    /** Where the current string's characters start in {@link #bytes()}. */
    int start() {
        return start;
    }

    /** The number of characters of the current string. */
    int length() {
        return length;
    }

    /** The hash of the current string's bytes ({@link Bytes#hash(byte[], int, int)}). */
    int hash() {
        return Bytes.hash(bytes, start, length);
    }

    /** The current string's first eight bytes as a word ({@link Bytes#word}); fewer for a shorter string, zero above them. */
    long firstWord() {
        return Bytes.word(bytes, start, length);
    }

    /** The current string's next eight bytes as a word ({@link Bytes#word}), zero for a string of eight or fewer. */
    long secondWord() {
        return length > Long.BYTES ? Bytes.word(bytes, start + Long.BYTES, length - Long.BYTES) : 0;
    }

    private Token value(int c) {
        switch (c) {
            case '{' -> {
                open(true);
                return Token.START_OBJECT;
            }
            case '[' -> {
                open(false);
                return Token.START_ARRAY;
            }
            case '"' -> {
                scanString();
                return Token.STRING;
            }
            default -> throw Unread.INSTANCE;
        }
    }

    private void open(boolean object) {
        if (depth == MAX_DEPTH) {
            throw Unread.INSTANCE;
        }
        pos++;
        int parent = lastAt[depth] >= 0 ? lastAt[depth] : parentAt[depth];
        depth++;
        lastAt[depth] = -1;
        parentAt[depth] = parent;
        objects = object ? objects | (1L << depth) : objects & ~(1L << depth);
        first = true;
    }

    /** Reads the string whose opening quote is at {@code pos}. */
    private void scanString() {
        // a control character, a backslash, and any byte of a UTF-8 character stop it too
        int i = Bytes.endOfPlainString(bytes, pos + 1, to);
        if (i >= to || bytes[i] != '"') {
            throw Unread.INSTANCE;
        }
        start = pos + 1;
        length = i - start;
        if (length > maxString) {
            throw Unread.INSTANCE;
        }
        pos = i + 1;
    }

    /**
     * Skips JSON whitespace; returns the byte there, from 0 to 255 (a byte 0xFF must not pass for
     * the end), or -1 at the end of the line.
     */
    private int skipSpace() {
        while (pos < to) {
            byte x = bytes[pos];
            if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
                return x & 0xff;
            }
            pos++;
        }
        return -1;
    }
}
