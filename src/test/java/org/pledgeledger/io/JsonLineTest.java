package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

class JsonLineTest {

    private static final String[] NAMES = {"type", "id", "pledge", "pledger", "name", "kind", "sectors", "equivalents", "amount",
        "currency", "a", "b", "c"};

    private static final String EVENT = "{\"type\":\"pledge.announced\",\"id\":\"w0/a\",\"pledge\":{\"id\":\"w0\","
            + "\"pledger\":{\"name\":\"P1162\",\"kind\":\"COMPANY\"},\"amount\":{\"amount\":\"11534984142.74\",\"currency\":\"GBP\"},"
            + "\"equivalents\":[],\"sectors\":[\"Semiconductors\",\"AI\"]}}";

    /** The tokens read to the end of the line's value, each with its text, then the end checked; Unread if not read. */
    private static List<String> tokens(String line) {
        return tokens(new JsonLine(LedgerJson.MAX_STRING_CHARS, NAMES), line);
    }

    /** The tokens one tokeniser reads from the line, as {@link #tokens(String)}, after the lines it read before. */
    private static List<String> tokens(JsonLine tokeniser, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        JsonLine json = tokeniser.reset(bytes, 0, bytes.length);
        List<String> tokens = new ArrayList<>();
        int depth = 0;
        do {
            JsonLine.Token t = json.next();
            switch (t) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                }
            }
            if (t == JsonLine.Token.NAME) {
                assertThat(json.string()).as("the name's characters").isEqualTo(NAMES[json.nameNumber()]);
            }
            tokens.add(t + (t == JsonLine.Token.NAME ? " " + NAMES[json.nameNumber()] : t == JsonLine.Token.STRING ? " " + json.string() : ""));
        } while (depth > 0);
        json.end();
        return tokens;
    }

    /** The tokens Jackson reads from the line, named as {@link #tokens} names them; null if Jackson rejects the line. */
    private static List<String> jackson(String line) {
        return jackson(line.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> jackson(byte[] bytes) {
        List<String> tokens = new ArrayList<>();
        try (JsonParser p = LedgerJson.mapper().tokenStreamFactory().createParser(ObjectReadContext.empty(), bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens.add(switch (t) {
                    case START_OBJECT -> "START_OBJECT";
                    case END_OBJECT -> "END_OBJECT";
                    case START_ARRAY -> "START_ARRAY";
                    case END_ARRAY -> "END_ARRAY";
                    case PROPERTY_NAME -> "NAME " + p.currentName();
                    case VALUE_STRING -> "STRING " + p.getString();
                    default -> "OTHER " + t;
                });
            }
            return tokens;
        } catch (JacksonException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        EVENT,
        "{}",
        "[]",
        "\"text\"",
        "{\"a\":[]}",
        "{\"a\":[\"x\",\"y\"],\"b\":{\"c\":\"\"}}",
        " \t{ \"a\" : \"x\" , \"b\" :\t[ \"y\" ] }\r ",
        "{\"a\":\"!#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}~\u007f\"}",
        "[[[[[[[[]]]]]]]]",
    })
    void readsPlainJsonAsJacksonDoes(String line) {
        assertThat(tokens(line)).isEqualTo(jackson(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "{",
        "{\"a\":\"x\"",
        "{\"a\":\"x\"}}",
        "{\"a\":\"x\"} {}",
        "{\"a\":\"x\"},",
        "{,\"a\":\"x\"}",
        "{\"a\":\"x\",}",
        "{\"a\":\"x\",,\"b\":\"y\"}",
        "{\"a\":\"x\" \"b\":\"y\"}",
        "{\"a\" \"x\"}",
        "{\"a\"::\"x\"}",
        "{\"a\":}",
        "{a:\"x\"}",
        "{\"a\":[\"x\",]}",
        "{\"a\":[,\"x\"]}",
        "{\"a\":[\"x\" \"y\"]}",
        "{\"a\":[\"x\"}",
        "{\"a\":{\"b\":\"x\"]}",
        "{\"a\":\"x}",
        "{\"a\":1}",
        "{\"a\":1.5}",
        "{\"a\":true}",
        "{\"a\":false}",
        "{\"a\":null}",
        "{\"a\":\"x\\\"y\"}",
        "{\"a\":\"x\\u0041\"}",
        "{\"a\":\"tab\there\"}",
        "{\"a\":\"£\"}",
        "{\"unknown\":\"x\"}",
        "{\"A\":\"x\"}",
        "{\"\":\"x\"}",
        "[[[[[[[[[]]]]]]]]]",
        "\uFEFF{}",
        "// comment",
    })
    void leavesEverythingElseUnread(String line) {
        assertThatThrownBy(() -> tokens(line)).isSameAs(JsonLine.Unread.INSTANCE);
    }

    @Test
    void leavesAStringLongerThanTheLimitUnread() {
        String limit = "x".repeat(LedgerJson.MAX_STRING_CHARS);

        assertThat(tokens("{\"a\":\"" + limit + "\"}")).containsExactly("START_OBJECT", "NAME a", "STRING " + limit, "END_OBJECT");
        assertThatThrownBy(() -> tokens("{\"a\":\"" + limit + "x\"}")).isSameAs(JsonLine.Unread.INSTANCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0xff, 0xc2, 0x80, 0x00, 0x7f})
    void leavesALineWithAByteOtherThanWhitespaceAfterItsValueUnread(int trailing) {
        byte[] plain = "{\"a\":\"x\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(plain, plain.length + 1);
        bytes[plain.length] = (byte) trailing;
        JsonLine json = new JsonLine(10, NAMES).reset(bytes, 0, bytes.length);

        assertThat(json.next()).isEqualTo(JsonLine.Token.START_OBJECT);
        assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
        assertThat(json.next()).isEqualTo(JsonLine.Token.STRING);
        assertThat(json.next()).isEqualTo(JsonLine.Token.END_OBJECT);
        assertThatThrownBy(json::end).isSameAs(JsonLine.Unread.INSTANCE);
        assertThat(jackson(bytes)).as("Jackson does not read it as one object either")
                .isNotEqualTo(List.of("START_OBJECT", "NAME a", "STRING x", "END_OBJECT"));
    }

    @Test
    void readsNothingOnceTheValueHasEnded() {
        byte[] bytes = "\"x\" ".getBytes(StandardCharsets.UTF_8);
        JsonLine json = new JsonLine(10, NAMES).reset(bytes, 0, bytes.length);

        assertThat(json.next()).isEqualTo(JsonLine.Token.STRING);
        json.end();
        assertThatThrownBy(json::next).isSameAs(JsonLine.Unread.INSTANCE);
    }

    @Test
    void numbersEachNameByItsPlaceAmongThoseGivenAndLeavesAnyOtherUnread() {
        for (int number = 0; number < NAMES.length; number++) {
            byte[] bytes = ("{\"" + NAMES[number] + "\":\"v\"}").getBytes(StandardCharsets.US_ASCII);
            JsonLine json = new JsonLine(64, NAMES).reset(bytes, 0, bytes.length);
            json.next();
            assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
            assertThat(json.nameNumber()).as(NAMES[number]).isEqualTo(number);
        }
        byte[] other = "{\"types\":\"v\"}".getBytes(StandardCharsets.US_ASCII);
        JsonLine json = new JsonLine(64, NAMES).reset(other, 0, other.length);
        json.next();
        assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
        assertThatThrownBy(json::nameNumber).isSameAs(JsonLine.Unread.INSTANCE);
    }

    /** Names of up to sixteen bytes are matched as two words, longer ones by their bytes: each numbered, near misses unread. */
    @ParameterizedTest
    @ValueSource(strings = {"x", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz0123"})
    void numbersANameOfAnyLengthAndLeavesOneDifferingInItsLastByteOrLengthUnread(String name) {
        String[] names = {name, "other"};
        String lastByteOff = name.substring(0, name.length() - 1) + (char) (name.charAt(name.length() - 1) + 1);
        for (String read : List.of(name, lastByteOff, name + "x", name.substring(0, name.length() - 1))) {
            // the second line ends at the name's colon, so that its words are read near the array's end
            for (String line : List.of("{\"" + read + "\":\"v\"}", "{\"" + read + "\":")) {
                byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
                JsonLine json = new JsonLine(64, names).reset(bytes, 0, bytes.length);
                json.next();
                assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
                if (read.equals(name)) {
                    assertThat(json.nameNumber()).as(line).isZero();
                } else {
                    assertThatThrownBy(json::nameNumber).as(line).isSameAs(JsonLine.Unread.INSTANCE);
                }
            }
        }
    }

    @Test
    void numbersANameThatCameAfterTheSameNameBeforeAsOneScannedAndReadsANameElsewhereOrSpacedOtherwise() {
        JsonLine json = new JsonLine(64, NAMES);
        String ab = "{\"a\":\"1\",\"b\":\"2\",\"c\":{\"a\":\"3\",\"b\":\"4\"}}";
        List<String> expected = List.of("START_OBJECT", "NAME a", "STRING 1", "NAME b", "STRING 2", "NAME c", "START_OBJECT",
                "NAME a", "STRING 3", "NAME b", "STRING 4", "END_OBJECT", "END_OBJECT");
        // read again, its names come as expected; then b where a came, spaced before its colon, and cut short
        assertThat(tokens(json, ab)).isEqualTo(expected);
        assertThat(tokens(json, ab)).isEqualTo(expected);
        assertThat(tokens(json, "{\"b\":\"1\",\"a\":\"2\",\"c\":{\"b\":\"3\",\"a\":\"4\"}}")).isEqualTo(List.of("START_OBJECT",
                "NAME b", "STRING 1", "NAME a", "STRING 2", "NAME c", "START_OBJECT", "NAME b", "STRING 3", "NAME a", "STRING 4",
                "END_OBJECT", "END_OBJECT"));
        assertThat(tokens(json, ab)).isEqualTo(expected);
        assertThat(tokens(json, "{\"a\" :\"1\",\"b\"\t:\"2\",\"c\" : {\"a\":\"3\",\"b\" :\"4\"}}")).isEqualTo(expected);
        for (String cut : List.of("{\"a\":\"1\",\"b\"", "{\"a\":\"1\",\"b", "{\"a\":\"1\",\"bb\":\"2\"}")) {
            assertThat(tokens(json, ab)).isEqualTo(expected);
            assertThatThrownBy(() -> tokens(json, cut)).as(cut).isSameAs(JsonLine.Unread.INSTANCE);
        }
        assertThat(tokens(json, ab)).isEqualTo(expected);
    }

    @Test
    void readsOnlyItsPartOfTheBytes() {
        byte[] bytes = "xx{\"a\":\"y\"}zz".getBytes(StandardCharsets.UTF_8);
        JsonLine json = new JsonLine(10, NAMES).reset(bytes, 2, bytes.length - 2);

        assertThat(json.next()).isEqualTo(JsonLine.Token.START_OBJECT);
        assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
        assertThat(json.nameNumber()).as(NAMES[10]).isEqualTo(10);
        assertThat(json.next()).isEqualTo(JsonLine.Token.STRING);
        assertThat(new String(json.bytes(), json.start(), json.length(), StandardCharsets.US_ASCII)).isEqualTo("y");
        assertThat(json.next()).isEqualTo(JsonLine.Token.END_OBJECT);
        json.end();
    }

    @Test
    void readsALineToItsEndOnlyWhereJacksonReadsTheSameTokensFromIt() {
        // seeded mutations of an event line: a byte deleted, replaced or inserted, or two bytes swapped
        Random random = new Random(20261202L);
        String alphabet = "{}[],:\" \t\\aA1-.nt£";
        int read = 0;
        // one tokeniser for every line, the event read before each: it expects each name that came after the one before
        JsonLine json = new JsonLine(LedgerJson.MAX_STRING_CHARS, NAMES);
        for (int i = 0; i < 20_000; i++) {
            assertThat(tokens(json, EVENT)).isEqualTo(jackson(EVENT));
            StringBuilder b = new StringBuilder(EVENT);
            for (int m = random.nextInt(3); m >= 0; m--) {
                int at = random.nextInt(b.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.setCharAt(at, c);
                    case 2 -> b.insert(at, c);
                    default -> {
                        int other = random.nextInt(b.length());
                        char x = b.charAt(at);
                        b.setCharAt(at, b.charAt(other));
                        b.setCharAt(other, x);
                    }
                }
            }
            String line = b.toString();
            List<String> ours;
            try {
                ours = tokens(json, line);
            } catch (JsonLine.Unread e) {
                continue;
            }
            read++;
            assertThat(ours).as(line).isEqualTo(jackson(line));
        }
        assertThat(read).as("mutated lines read to their end").isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\"b", "a\\b", "tab\t", "£", "€", "del\u007f"})
    void rejectsAFieldNameThatIsNotPrintableAsciiWithoutQuotesOrBackslashes(String name) {
        assertThatThrownBy(() -> new JsonLine(10, "ok", name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("printable ASCII");
    }

    @Test
    void rejectsAFieldNameGivenTwice() {
        assertThatThrownBy(() -> new JsonLine(10, "id", "type", "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Field name 'id' is given twice");
    }

    @Test
    void rejectsNullNames() {
        assertThatThrownBy(() -> new JsonLine(10, (String[]) null)).isInstanceOf(NullPointerException.class).hasMessage("names");
        assertThatThrownBy(() -> new JsonLine(10, "id", null)).isInstanceOf(NullPointerException.class).hasMessage("names element");
    }

    @Test
    void rejectsANegativeLongestString() {
        assertThatThrownBy(() -> new JsonLine(-1, "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Longest string -1 is negative");
    }

    /** A tokeniser on a line, its first three tokens read: {@code {"a":{}. */
    private static JsonLine openedA(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        JsonLine json = new JsonLine(LedgerJson.MAX_STRING_CHARS, NAMES).reset(bytes, 0, bytes.length);
        assertThat(json.next()).isEqualTo(JsonLine.Token.START_OBJECT);
        assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
        assertThat(json.next()).isEqualTo(JsonLine.Token.START_OBJECT);
        return json;
    }

    /** The rest of the object {@code "a"} opens in the line, from after its brace to after its closing brace, as read. */
    private static byte[] restOfA(String line) {
        JsonLine json = openedA(line);
        int from = json.position();
        while (json.next() != JsonLine.Token.END_OBJECT) {
            // read the object's names and strings
        }
        return java.util.Arrays.copyOfRange(json.bytes(), from, json.position());
    }

    @Test
    void anObjectOfTheSameBytesAsOneReadBeforeIsSkippedAsIfReadToItsEnd() {
        byte[] rest = restOfA("{\"a\":{\"b\":\"x\", \"c\":\"y\"},\"b\":\"1\"}");
        assertThat(new String(rest, StandardCharsets.US_ASCII)).isEqualTo("\"b\":\"x\", \"c\":\"y\"}");
        JsonLine json = openedA("{\"a\":{\"b\":\"x\", \"c\":\"y\"},\"b\":\"2\"}");
        assertThat(json.skipObjectAgain(rest)).isTrue();
        assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
        assertThat(NAMES[json.nameNumber()]).isEqualTo("b");
        assertThat(json.next()).isEqualTo(JsonLine.Token.STRING);
        assertThat(json.string()).isEqualTo("2");
        assertThat(json.next()).isEqualTo(JsonLine.Token.END_OBJECT);
        json.end();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":{\"b\":\"x\", \"c\":\"z\"}}",
        "{\"a\":{\"b\":\"x\",\"c\":\"y\"}}",
        "{\"a\":{\"b\":\"x\", \"c\":\"y\"",
        "{\"a\":{\"b\":\"x\"}}",
    })
    void anObjectOfOtherBytesIsNotSkippedAndIsReadAsBefore(String line) {
        byte[] rest = restOfA("{\"a\":{\"b\":\"x\", \"c\":\"y\"}}");
        JsonLine json = openedA(line);
        int at = json.position();
        assertThat(json.skipObjectAgain(rest)).isFalse();
        assertThat(json.position()).isEqualTo(at);
        assertThat(json.next()).isEqualTo(JsonLine.Token.NAME);
        assertThat(NAMES[json.nameNumber()]).isEqualTo("b");
        assertThat(json.next()).isEqualTo(JsonLine.Token.STRING);
        assertThat(json.string()).isEqualTo("x");
    }
}
