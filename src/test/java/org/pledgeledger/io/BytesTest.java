package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BytesTest {

    /** The byte-by-byte answer: the first line feed, or -1. */
    private static int newlineOneByOne(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The byte-by-byte answer: the first quote, backslash, control character or byte of 0x80 and above, or {@code to}. */
    private static int stopOneByOne(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int x = b[i] & 0xff;
            if (x == '"' || x == '\\' || x < 0x20 || x >= 0x80) {
                return i;
            }
        }
        return to;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|-1",
        "''|-1",
        "\\n|0",
        "abcdefg\\n|7",
        "abcdefgh\\n|8",
        "abcdefghijklmno\\nx\\n|15",
        "0123456789abcdef0123456\\n|23",
    })
    void findsTheFirstLineFeedAtAnyPositionInAWordOrAfterTheLastWhole(String text, int expected) {
        byte[] b = ascii(text.replace("\\n", "\n"));
        assertThat(Bytes.indexOfNewline(b, 0, b.length)).isEqualTo(expected);
    }

    @Test
    void findsNoLineFeedBeforeFromOrAtOrAfterTo() {
        byte[] b = ascii("\nabcdefghij\nklmnopq\n");
        assertThat(Bytes.indexOfNewline(b, 1, b.length)).isEqualTo(11);
        assertThat(Bytes.indexOfNewline(b, 1, 11)).isEqualTo(-1);
        assertThat(Bytes.indexOfNewline(b, 12, 19)).isEqualTo(-1);
        assertThat(Bytes.indexOfNewline(b, 12, 20)).isEqualTo(19);
    }

    @Test
    void findsTheLastLineFeedWithinItsBoundsOrNone() {
        byte[] b = ascii("\nabc\ndef\n");
        assertThat(Bytes.lastIndexOfNewline(b, 0, b.length)).isEqualTo(8);
        assertThat(Bytes.lastIndexOfNewline(b, 0, 8)).isEqualTo(4);
        assertThat(Bytes.lastIndexOfNewline(b, 1, 4)).isEqualTo(-1);
        assertThat(Bytes.lastIndexOfNewline(b, 0, 1)).isEqualTo(0);
        assertThat(Bytes.lastIndexOfNewline(b, 3, 3)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(ints = {'"', '\\', 0x00, 0x01, 0x0a, 0x1f, 0x80, 0xc3, 0xff})
    void aStringEndsAtAQuoteABackslashAControlCharacterOrAByteOfAUtf8CharacterWhereverItIs(int stop) {
        for (int length = 0; length < 20; length++) {
            for (int at = 0; at <= length; at++) {
                byte[] b = new byte[length + 1];
                Arrays.fill(b, (byte) 'a');
                b[at] = (byte) stop;
                assertThat(Bytes.endOfPlainString(b, 0, b.length)).as("%d bytes, stop at %d", b.length, at).isEqualTo(at);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0x20, '!', '#', '[', ']', '}', '~', 0x7f})
    void everyOtherPrintableByteAndDeleteStayInAString(int kept) {
        byte[] b = new byte[19];
        Arrays.fill(b, (byte) kept);
        assertThat(Bytes.endOfPlainString(b, 0, b.length)).isEqualTo(b.length);
        assertThat(Bytes.endOfPlainString(b, 3, 11)).isEqualTo(11);
    }

    @Test
    void aStopAfterAByteThatBorrowsIsNotReportedBeforeTheFirstStop() {
        // a control character borrows from the byte above it in the word; the first stop is still exact
        byte[] b = ascii("ab\u0001\"cdefgh");
        assertThat(Bytes.endOfPlainString(b, 0, b.length)).isEqualTo(2);
        assertThat(Bytes.endOfPlainString(b, 3, b.length)).isEqualTo(3);
        assertThat(Bytes.endOfPlainString(b, 4, b.length)).isEqualTo(b.length);
    }

    /** Property, 20,000 seeded cases: both searches agree with the byte-by-byte answer on random bytes and bounds. */
    @Test
    void bothSearchesAgreeWithTheByteByByteAnswerOnSeededRandomBytes() {
        Random random = new Random(20261202L);
        byte[] alphabet = {'a', 'z', ' ', '"', '\\', '\n', 0x01, 0x1f, 0x7f, (byte) 0x80, (byte) 0xc3, (byte) 0xff, 0x22 ^ 0x01, 0x5c ^ 0x01};
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // mostly plain letters, as in a journal, so that stops fall at every position
                b[i] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + random.nextInt(26));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            assertThat(Bytes.indexOfNewline(b, from, to)).as("case %d: %s [%d, %d)", n, Arrays.toString(b), from, to)
                    .isEqualTo(newlineOneByOne(b, from, to));
            assertThat(Bytes.endOfPlainString(b, from, to)).as("case %d: %s [%d, %d)", n, Arrays.toString(b), from, to)
                    .isEqualTo(stopOneByOne(b, from, to));
        }
    }

    /** Property: the same bytes hash the same wherever they lie, at the start of an array or deep in one. */
    @Test
    void theSameBytesHashTheSameAtAnyOffset() {
        Random random = new Random(7L);
        for (int length = 0; length < 30; length++) {
            byte[] text = new byte[length];
            random.nextBytes(text);
            int expected = Bytes.hash(text, 0, length);
            for (int offset = 0; offset < 12; offset++) {
                byte[] b = new byte[offset + length + random.nextInt(3)];
                random.nextBytes(b);
                System.arraycopy(text, 0, b, offset, length);
                assertThat(Bytes.hash(b, offset, length)).as("length %d at %d", length, offset).isEqualTo(expected);
            }
        }
    }

    /** Property: a word is the little-endian bytes asked for, zero above them, wherever they lie, near the array's end too. */
    @Test
    void aWordIsItsBytesLittleEndianAndZeroAboveThemAtAnyOffset() {
        Random random = new Random(11L);
        for (int length = 0; length <= 12; length++) {
            for (int offset = 0; offset < 10; offset++) {
                for (int after = 0; after < 10; after++) {
                    byte[] b = new byte[offset + length + after];
                    random.nextBytes(b);
                    long expected = 0;
                    for (int k = Math.min(length, 8) - 1; k >= 0; k--) {
                        expected = expected << 8 | (b[offset + k] & 0xffL);
                    }
                    assertThat(Bytes.word(b, offset, length)).as("length %d at %d, %d after", length, offset, after).isEqualTo(expected);
                }
            }
        }
        assertThat(Bytes.word(ascii("type\"x"), 0, 4)).isEqualTo(Bytes.word(ascii("type"), 0, 4)).isEqualTo(0x65707974L);
    }

    @Test
    void wordHashesTellApartTextsThatDifferInOneWord() {
        byte[] b = ascii("pledge.announced pledge.announcer");
        long first = Bytes.word(b, 0, 8);
        assertThat(Bytes.hash(first, Bytes.word(b, 8, 8))).isNotEqualTo(Bytes.hash(first, Bytes.word(b, 25, 8)));
        assertThat(Bytes.hash(first, 0)).isNotEqualTo(Bytes.hash(0, first));
        assertThat(Bytes.hash(first, Bytes.word(b, 8, 8))).isEqualTo(Bytes.hash(Bytes.word(b, 17, 8), Bytes.word(b, 25, 7) | 'd' * (1L << 56)));
    }

    @Test
    void hashesTellApartTextsThatDifferInOneByteOrInLength() {
        byte[] b = ascii("pledge.announced pledge.announcer pledge.announce");
        assertThat(Bytes.hash(b, 0, 16)).isNotEqualTo(Bytes.hash(b, 17, 16));
        assertThat(Bytes.hash(b, 0, 16)).isNotEqualTo(Bytes.hash(b, 34, 15));
        assertThat(Bytes.hash(new byte[3], 0, 3)).isNotEqualTo(Bytes.hash(new byte[2], 0, 2));
    }
}
