package org.pledgeledger.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits CSV text into rows of cells, as RFC 4180 writes them, giving a cell met before in the
 * same column as the very string it gave then.
 * <p>
 * Cells are separated by commas and rows end at {@code \n}, {@code \r\n} or {@code \r}. A cell
 * that starts with a quote runs to the next lone quote, holds commas and line ends as written and
 * {@code ""} as one quote; after its closing quote may come spaces or tabs, then a comma, a line
 * end or the end of the text. A quote anywhere else is text. The last row needs no line end.
 * <p>
 * A file of a million pledges repeats a few thousand pledgers, dates and sources in each of its
 * columns: each column keeps the cells it has met, so that a repeated cell costs a comparison
 * rather than a new string, and the rows' readers find equal cells as one instance (whose hash is
 * already known). A column whose cells mostly differ (ids, amounts) stops keeping them after
 * {@value #TRIAL} cells.
 * <p>
 * {@code new CsvTokeniser(reader, "pledges.csv").next()} returns the first row, or null.
 * <p>
 * Not thread-safe; used by one read only.
 */
final class CsvTokeniser {

    /** The characters read at a time; a longer row grows the buffer. */
    private static final int BUFFER = 1 << 16;
    /** Cells a column meets before it decides whether keeping them pays. */
    static final int TRIAL = 1 << 14;
    /** The most cells a column keeps: the slots of its table are twice as many. */
    private static final int MAX_KEPT = TRIAL;
    /**
     * The most cells all columns keep together, about 15 MB: a file of many columns whose cells
     * mostly differ (a wide table of figures) must not keep {@value #TRIAL} of each while the
     * columns decide.
     */
    static final int MAX_KEPT_IN_ALL = 1 << 17;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private final Reader reader;
    private final String name;
    private char[] buffer;
    /** The characters read and not yet taken are {@code buffer[next, limit)}. */
    private int next;
    private int limit;
    private boolean ended;
    /** The line of the character at {@code next}, counting from 1. */
    private int line = 1;
    /** The line the last row returned started on. */
    private int rowLine;
    /** The line ends within quoted cells of the row being split. */
    private int lines;
    private Column[] columns = new Column[32];
    /** The cells all columns keep. */
    private int keptInAll;
    private String[] cells = new String[32];
    private int count;
    private final StringBuilder unquoted = new StringBuilder();

    /**
     * Creates a tokeniser of a reader.
     *
     * @param reader  the text, not null, not closed by this class
     * @param name  what to call the input in errors, not null
     */
    CsvTokeniser(Reader reader, String name) {
        this(reader, name, BUFFER);
    }

    /** As above, starting with a buffer of the given size: tests make it small, so that rows run past it. */
    CsvTokeniser(Reader reader, String name, int buffer) {
        this.reader = reader;
        this.name = name;
        this.buffer = new char[buffer];
    }

    /** The line the row last returned by {@link #next()} starts on. */
    int line() {
        return rowLine;
    }

    /** The cells all columns keep now, at most {@link #MAX_KEPT_IN_ALL}. */
    int kept() {
        return keptInAll;
    }

    /**
     * Returns the next row's cells, in a new array, or null at the end of the text.
     *
     * @return the cells, never empty; or null
     * @throws IllegalArgumentException naming the input and line of malformed CSV: a quoted cell
     *     without its closing quote, or text after a closing quote
     * @throws UncheckedIOException if the reader fails
     */
    String[] next() {
        while (true) {
            if (next == limit && !fill()) {
                return null;
            }
            int end = row();
            if (end >= 0) {
                next = end;
                return Arrays.copyOf(cells, count);
            }
            // the row runs past what was read, which has not ended: read more (keeping the row) and split it again
            fill();
        }
    }

    /**
     * Reads more text after what is not yet taken, moving that to the buffer's start first, and
     * doubling the buffer when what is not yet taken fills it.
     *
     * @return false if the text has ended and nothing is left to take
     */
    private boolean fill() {
        if (ended) {
            return false;
        }
        if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, limit - next);
            limit -= next;
            next = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        try {
            // read at least once, and on until what is not yet taken has doubled: a row that runs
            // past what was read is split again from its start, which must not happen after every
            // few characters of a reader that gives a few at a time; yet a row that has arrived
            // whole is passed on without waiting for a full buffer
            int wanted = Math.min(buffer.length, Math.max(limit + 1, 2 * limit));
            while (limit < wanted) {
                int n = reader.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    ended = true;
                    return limit > 0;
                }
                limit += n;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Splits the row at {@code next} into {@link #cells}, counting its lines.
     * <p>
     * Kept small, with the scans in methods of their own: a reader of a million rows runs this
     * method from the start, so the JIT compiles it again and again as it meets new paths, and a
     * small method is quickly compiled.
     *
     * @return where the next row starts, or -1 if the row runs past what was read (nothing then changes)
     */
    private int row() {
        char[] b = buffer;
        int end = limit;
        int at = next;
        lines = 0;
        count = 0;
        while (true) {
            if (at < end && b[at] == '"') {
                at = quoted(at, end);
                if (at < 0) {
                    return -1;
                }
            } else {
                int from = at;
                at = endOfCell(b, at, end);
                if (at == end && !ended) {
                    return -1;
                }
                add(cell(count, from, at));
            }
            if (at == end) {
                if (!ended) {
                    return -1;
                }
                break;
            }
            char c = b[at];
            if (c == ',') {
                at++;
                continue;
            }
            if (c == '\r') {
                if (at + 1 == end && !ended) {
                    return -1;
                }
                at += at + 1 < end && b[at + 1] == '\n' ? 2 : 1;
            } else {
                at++;
            }
            break;
        }
        rowLine = line;
        line += lines + 1;
        return at;
    }

    /** The index of the first comma or line end in {@code b[at, end)}, or {@code end}: an unquoted cell's end. */
    private static int endOfCell(char[] b, int at, int end) {
        for (; at < end; at++) {
            char c = b[at];
            // most characters are above the comma, so one comparison passes them
            if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
                return at;
            }
        }
        return end;
    }

    /**
     * Adds the quoted cell that starts at {@code b[at]}, counting the line ends it holds.
     *
     * @return where its closing quote and the spaces after it end, or -1 if the cell runs past what was read
     * @throws IllegalArgumentException if it has no closing quote, or text follows that
     */
    private int quoted(int at, int end) {
        char[] b = buffer;
        int column = count;
        int starts = line + lines;
        int from = at + 1;
        int i = from;
        int held = 0;
        boolean escapes = false;
        while (true) {
            while (i < end && b[i] != '"') {
                char c = b[i];
                if (c == '\n' || c == '\r' && (i + 1 == end || b[i + 1] != '\n')) {
                    held++;
                }
                i++;
            }
            if (i == end) {
                if (!ended) {
                    return -1;
                }
                throw malformed(starts, "the quoted cell in column " + (column + 1) + " has no closing quote");
            }
            // a quote that ends what was read may start a "": the row then runs past it too, as
            // the caller finds, and is split again when more is read
            if (i + 1 < end && b[i + 1] == '"') {
                escapes = true;
                i += 2;
            } else {
                break;
            }
        }
        lines += held;
        add(escapes ? unescape(b, from, i) : cell(column, from, i));
        int after = i + 1;
        while (after < end && (b[after] == ' ' || b[after] == '\t')) {
            after++;
        }
        if (after < end && b[after] != ',' && b[after] != '\n' && b[after] != '\r') {
            throw malformed(line + lines, "after the closing quote of the cell in column " + (column + 1) + " comes '" + b[after]
                    + "', where a comma or a line end must");
        }
        return after;
    }

    private IllegalArgumentException malformed(int at, String rule) {
        return new IllegalArgumentException(name + " line " + at + ": malformed CSV: " + rule);
    }

    private void add(String cell) {
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, count * 2);
        }
        cells[count++] = cell;
    }

    /** A quoted cell's text with each {@code ""} made one quote. */
    private String unescape(char[] b, int from, int to) {
        unquoted.setLength(0);
        for (int i = from; i < to; i++) {
            unquoted.append(b[i]);
            if (b[i] == '"') {
                i++;
            }
        }
        return unquoted.toString();
    }

    /** The text of {@code buffer[from, to)}, the string given before for the same text in this column where it was kept. */
    private String cell(int column, int from, int to) {
        if (from == to) {
            return "";
        }
        if (column >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(column + 1, columns.length * 2));
        }
        Column c = columns[column];
        if (c == null) {
            c = new Column();
            columns[column] = c;
        }
        return c.cell(buffer, from, to);
    }

    /** The cells one column has met, by their text. */
    private final class Column {

        /** Null once the column has stopped keeping cells. */
        private char[][] texts = new char[64][];
        private String[] strings = new String[64];
        private int kept;
        private int met;
        private int found;
        /** The cell given last, which the next is compared with first: many columns repeat a cell row after row. */
        private char[] lastText;
        private String last;

        String cell(char[] b, int from, int to) {
            if (texts == null) {
                return new String(b, from, to - from);
            }
            met++;
            char[] lt = lastText;
            String s;
            if (lt != null && Arrays.equals(lt, 0, lt.length, b, from, to)) {
                found++;
                s = last;
            } else {
                s = find(b, from, to);
            }
            if (met == TRIAL && found < TRIAL / 2) {
                // mostly new cells: keeping them costs more than it saves
                keptInAll -= kept;
                kept = 0;
                texts = null;
                strings = null;
                lastText = null;
                last = null;
            }
            return s;
        }

        /** The cell's kept string, found by its hash, else a new one, kept while there is room. */
        private String find(char[] b, int from, int to) {
            int mask = texts.length - 1;
            int at = hash(b, from, to) & mask;
            for (char[] t = texts[at]; t != null; t = texts[at]) {
                if (Arrays.equals(t, 0, t.length, b, from, to)) {
                    found++;
                    lastText = t;
                    last = strings[at];
                    return last;
                }
                at = (at + 1) & mask;
            }
            String s = new String(b, from, to - from);
            if (kept < MAX_KEPT && keptInAll < MAX_KEPT_IN_ALL) {
                keptInAll++;
                char[] t = Arrays.copyOfRange(b, from, to);
                texts[at] = t;
                strings[at] = s;
                lastText = t;
                last = s;
                if (++kept * 2 > texts.length) {
                    grow();
                }
            }
            return s;
        }

        private void grow() {
            char[][] oldTexts = texts;
            String[] oldStrings = strings;
            texts = new char[oldTexts.length * 2][];
            strings = new String[oldTexts.length * 2];
            int mask = texts.length - 1;
            for (int k = 0; k < oldTexts.length; k++) {
                char[] t = oldTexts[k];
                if (t != null) {
                    int at = hash(t, 0, t.length) & mask;
                    while (texts[at] != null) {
                        at = (at + 1) & mask;
                    }
                    texts[at] = t;
                    strings[at] = oldStrings[k];
                }
            }
        }

        /** A hash of a text from its length and up to its first and last eight characters, four to a word. */
        private static int hash(char[] b, int from, int to) {
            int length = to - from;
            long h = length * MIX;
            int head = Math.min(length, 8);
            h = mix(h, b, from, head);
            if (length > 8) {
                int tail = Math.min(length - 8, 8);
                h = mix(h, b, to - tail, tail);
            }
            return (int) (h ^ h >>> 32);
        }

        private static long mix(long h, char[] b, int from, int n) {
            int i = from;
            int end = from + n;
            for (; i + 4 <= end; i += 4) {
                long w = b[i] | (long) b[i + 1] << 16 | (long) b[i + 2] << 32 | (long) b[i + 3] << 48;
                h = Long.rotateLeft((h ^ w) * MIX, 29);
            }
            long w = 0;
            for (int k = 0; i < end; i++, k += 16) {
                w |= (long) b[i] << k;
            }
            return Long.rotateLeft((h ^ w) * MIX, 29);
        }
    }
}
