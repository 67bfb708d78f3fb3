package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTokeniserTest {

    /** Every row as its line and cells, {@code 1[a|b] 2[c]}, with line ends shown as \n and \r. */
    private static String render(Reader reader) {
        return render(new CsvTokeniser(reader, "test.csv"));
    }

    private static String render(CsvTokeniser tokens) {
        StringBuilder out = new StringBuilder();
        for (String[] cells = tokens.next(); cells != null; cells = tokens.next()) {
            out.append(out.length() == 0 ? "" : " ").append(tokens.line()).append('[').append(String.join("|", cells)).append(']');
        }
        return out.toString().replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r");
    }

    /** A reader that gives one character at a time. */
    private static Reader trickling(String text) {
        return inReadsOf(text, () -> 1);
    }

    /** A reader that gives the text in reads of the sizes given (each at least 1), or less where the text or buffer ends. */
    private static Reader inReadsOf(String text, IntSupplier sizes) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(length, text.length() - at), sizes.getAsInt());
                text.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiter = '=', quoteCharacter = '\'', value = {
        "a,b\\n1,2\\n = 1[a|b] 2[1|2]",
        "a,b\\r\\n1,2\\r\\n = 1[a|b] 2[1|2]",
        "a,b\\r1,2\\r = 1[a|b] 2[1|2]",
        "a,b = 1[a|b]",
        "a,b, = 1[a|b|]",
        "a,\"\" = 1[a|]",
        "\"a\" ,b\\n = 1[a|b]",
        "\"a\"  ,b = 1[a|b]",
        "\"a\"\t,b\\n = 1[a|b]",
        "ab\"c,d\\n = 1[ab\"c|d]",
        "' \"a\",b' = 1[ \"a\"|b]",
        "\"a\"\"b\",c\\n = 1[a\"b|c]",
        "\"x\"\"\",y = 1[x\"|y]",
        "\"a\\nb\",c\\nd\\n = 1[a\\nb|c] 3[d]",
        "\"a\\r\\nb\",c\\r\\nd = 1[a\\r\\nb|c] 3[d]",
        "\"a\\rb\",c\\nd = 1[a\\rb|c] 3[d]",
        "\"a\\rb\",c\\r = 1[a\\rb|c]",
        "a\\n\\n\\nb\\n = 1[a] 2[] 3[] 4[b]",
        "a\\r\\n\\r\\nb = 1[a] 2[] 3[b]",
        "é,ü,\u00a3 = 1[é|ü|\u00a3]",
        "\"a,b\",\"c\\nd\\ne\",f\\ng = 1[a,b|c\\nd\\ne|f] 4[g]",
    })
    void splitsRowsAndCellsAsRfc4180WritesThemWhereverTheBufferEnds(String text, String rows) {
        assertThat(render(new StringReader(unescape(text)))).isEqualTo(rows);
        // with a buffer of a few characters, the rows run past it at many places
        for (int buffer = 1; buffer <= 4; buffer++) {
            assertThat(render(new CsvTokeniser(trickling(unescape(text)), "test.csv", buffer))).isEqualTo(rows);
            assertThat(render(new CsvTokeniser(new StringReader(unescape(text)), "test.csv", buffer))).isEqualTo(rows);
        }
    }

    @Test
    void aRowThatHasArrivedWholeIsPassedOnBeforeReadingMore() {
        Reader stream = new Reader() {
            private boolean given;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (given) {
                    throw new IllegalStateException("read again before the row that had arrived was passed on");
                }
                given = true;
                "a,b\n".getChars(0, 4, buffer, offset);
                return 4;
            }

            @Override
            public void close() {
            }
        };
        assertThat(new CsvTokeniser(stream, "test.csv").next()).containsExactly("a", "b");
    }

    @Test
    void anEmptyTextHasNoRows() {
        assertThat(new CsvTokeniser(new StringReader(""), "test.csv").next()).isNull();
    }

    @Test
    void aRowLongerThanTheBufferIsReadWhole() {
        String longCell = "x".repeat(200_000);
        String quoted = "q\"".repeat(50_000);
        String text = "a," + longCell + "\n\"" + quoted.replace("\"", "\"\"") + "\",b\r\nc";
        CsvTokeniser tokens = new CsvTokeniser(new StringReader(text), "test.csv");
        assertThat(tokens.next()).containsExactly("a", longCell);
        assertThat(tokens.next()).containsExactly(quoted, "b");
        assertThat(tokens.next()).containsExactly("c");
        assertThat(tokens.line()).isEqualTo(3);
        assertThat(tokens.next()).isNull();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomTablesReadBackCellForCellWhateverTheReadSizes(long seed) {
        Random random = new Random(seed);
        String[] alphabet = {"a", "b", ",", "\"", "\n", "\r", "\r\n", " ", "é", "1"};
        List<String[]> table = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int rows = 2_000 + random.nextInt(2_000);
        for (int r = 0; r < rows; r++) {
            // at least two cells, so that no row is a single blank cell, which a reader may skip
            String[] cells = new String[2 + random.nextInt(5)];
            for (int c = 0; c < cells.length; c++) {
                StringBuilder cell = new StringBuilder();
                int length = random.nextInt(200) == 0 ? random.nextInt(70_000) : random.nextInt(12);
                for (int k = 0; k < length; k++) {
                    cell.append(k > 100 ? "x" : alphabet[random.nextInt(alphabet.length)]);
                }
                cells[c] = cell.toString();
                boolean quote = cells[c].matches("(?s).*[,\"\n\r].*") || random.nextBoolean();
                text.append(c == 0 ? "" : ",").append(quote ? "\"" + cells[c].replace("\"", "\"\"") + "\"" : cells[c]);
            }
            table.add(cells);
            text.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        for (CsvTokeniser tokens : List.of(new CsvTokeniser(new StringReader(text.toString()), "test.csv"),
                new CsvTokeniser(trickling(text.toString()), "test.csv", 1),
                new CsvTokeniser(inReadsOf(text.toString(), () -> 1 + random.nextInt(5_000)), "test.csv", 1 + random.nextInt(16)))) {
            for (String[] expected : table) {
                assertThat(tokens.next()).containsExactly(expected);
            }
            assertThat(tokens.next()).isNull();
        }
    }

    @Test
    void aCellMetAgainInTheSameColumnIsTheSameString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("P").append(i % 7).append(",GBP,").append(i).append('\n');
        }
        CsvTokeniser tokens = new CsvTokeniser(new StringReader(text.toString()), "test.csv");
        List<String[]> rows = new ArrayList<>();
        for (String[] cells = tokens.next(); cells != null; cells = tokens.next()) {
            rows.add(cells);
        }
        assertThat(rows.get(7)[0]).isEqualTo("P0").isSameAs(rows.get(0)[0]);
        assertThat(rows.get(99)[1]).isSameAs(rows.get(0)[1]);
        assertThat(rows.get(8)[0]).isSameAs(rows.get(1)[0]);
    }

    @Test
    void aColumnOfMostlyNewCellsStopsKeepingThemAndStillReadsEveryCell() {
        int rows = CsvTokeniser.TRIAL * 3;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            text.append("id").append(i).append(",same\n");
        }
        CsvTokeniser tokens = new CsvTokeniser(new StringReader(text.toString()), "test.csv");
        String first = null;
        for (int i = 0; i < rows; i++) {
            String[] cells = tokens.next();
            assertThat(cells).containsExactly("id" + i, "same");
            first = first == null ? cells[1] : first;
            assertThat(cells[1]).isSameAs(first);
        }
        // the ids' column gave back what it kept; the other keeps its one cell
        assertThat(tokens.kept()).isEqualTo(1);
        assertThat(tokens.next()).isNull();
    }

    @Test
    void aColumnDecidesAfterItsTrialEvenWhenItsLastTrialCellRepeatsTheOneBefore() {
        // every fourth cell repeats the one before it, the trial's last among them: a quarter found
        int rows = CsvTokeniser.TRIAL * 2;
        StringBuilder text = new StringBuilder();
        for (int k = 1; k <= rows; k++) {
            text.append("id").append(k % 4 == 0 ? k - 1 : k).append(",same\n");
        }
        CsvTokeniser tokens = new CsvTokeniser(new StringReader(text.toString()), "test.csv");
        for (int k = 1; k <= rows; k++) {
            assertThat(tokens.next()).containsExactly("id" + (k % 4 == 0 ? k - 1 : k), "same");
        }
        assertThat(tokens.kept()).isEqualTo(1);
    }

    @Test
    void aWideTableOfNewCellsKeepsNoMoreThanTheLimitAndReadsEveryCell() {
        int columns = 200;
        int rows = 3_000;
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                text.append(c == 0 ? "" : ",").append(r).append('.').append(c);
            }
            text.append('\n');
        }
        CsvTokeniser tokens = new CsvTokeniser(new StringReader(text.toString()), "test.csv");
        for (int r = 0; r < rows; r++) {
            String[] cells = tokens.next();
            assertThat(cells).hasSize(columns);
            assertThat(cells[0]).isEqualTo(r + ".0");
            assertThat(cells[columns - 1]).isEqualTo(r + "." + (columns - 1));
            assertThat(tokens.kept()).isLessThanOrEqualTo(CsvTokeniser.MAX_KEPT_IN_ALL);
        }
        assertThat(tokens.kept()).isEqualTo(CsvTokeniser.MAX_KEPT_IN_ALL);
        assertThat(tokens.next()).isNull();
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiter = '=', quoteCharacter = '\'', value = {
        "a,b\\n1,2\\n\"open,3\\n = test.csv line 3: malformed CSV: the quoted cell in column 1 has no closing quote",
        "a,\"b\\n = test.csv line 1: malformed CSV: the quoted cell in column 2 has no closing quote",
        "\"a\\nb\",\"c = test.csv line 2: malformed CSV: the quoted cell in column 2 has no closing quote",
        "\"a\"x,b\\n = test.csv line 1: malformed CSV: after the closing quote of the cell in column 1 comes 'x', where a comma or a line end must",
        "\"a\\nb\" \"c\" = test.csv line 2: malformed CSV: after the closing quote of the cell in column 1 comes '\"', where a comma or a line end must",
    })
    void malformedCsvIsRefusedNamingTheInputLineColumnAndRule(String text, String message) {
        for (CsvTokeniser tokens : List.of(new CsvTokeniser(new StringReader(unescape(text)), "test.csv"),
                new CsvTokeniser(trickling(unescape(text)), "test.csv", 1))) {
            assertThatThrownBy(() -> {
                while (tokens.next() != null) {
                    // read to the error
                }
            }).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }
    }

    @Test
    void aFailingReaderIsAnUncheckedIoErrorNamingTheInput() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> new CsvTokeniser(failing, "test.csv").next()).isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read test.csv: disk gone");
    }

    @Test
    void eachRowIsANewArray() {
        CsvTokeniser tokens = new CsvTokeniser(new StringReader("a,b\na,b\n"), "test.csv");
        String[] first = tokens.next();
        String[] second = tokens.next();
        assertThat(second).isNotSameAs(first);
        first[0] = "changed";
        assertThat(Arrays.asList(second)).containsExactly("a", "b");
    }
}
