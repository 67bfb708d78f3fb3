package org.pledgeledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackedTextTest {

    private static final String SLUG_ALPHABET = "-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final PackedText SLUGS = PackedText.of(SLUG_ALPHABET);

    @ParameterizedTest
    @CsvSource({
        "-0123456789abcdefghijklmnopqrstuvwxyz, 12",
        "-./0123456789:_abcdefghijklmnopqrstuvwxyz, 11",
        "01, 39",
        "0, 62",
    })
    void packsAsManyCharactersAsFitInALong(String alphabet, int maxLength) {
        assertThat(PackedText.of(alphabet).maxLength()).isEqualTo(maxLength);
        assertThat(PackedText.of(alphabet)).hasToString(alphabet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "w0", "w999999", "w999999-d1", "microsoft-uk", "zzzzzzzzzzzz", "------------", "0"})
    void unpacksWhatItPacked(String text) {
        long packed = SLUGS.pack(text);
        assertThat(packed).isPositive();
        assertThat(SLUGS.unpack(packed)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "microsoft-uk1", "W0", "w 0", "w_0", "é", "a\u0100"})
    void leavesUnpackedTheEmptyTheLongAndCharactersOutsideTheAlphabet(String text) {
        assertThat(SLUGS.pack(text)).isEqualTo(PackedText.NOT_PACKED);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void packedTextsCompareAsTheTextsDo(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(random);
            String b = random.nextInt(4) == 0 ? a.substring(0, random.nextInt(a.length() + 1)) : randomText(random);
            if (b.isEmpty()) {
                continue;
            }
            assertThat(Long.signum(Long.compare(SLUGS.pack(a), SLUGS.pack(b)))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(a.compareTo(b)));
            assertThat(SLUGS.unpack(SLUGS.pack(a))).isEqualTo(a);
        }
    }

    private static String randomText(Random random) {
        char[] chars = new char[1 + random.nextInt(12)];
        for (int k = 0; k < chars.length; k++) {
            // mostly a few characters, so that texts often share prefixes
            chars[k] = SLUG_ALPHABET.charAt(random.nextInt(random.nextBoolean() ? 3 : SLUG_ALPHABET.length()));
        }
        return new String(chars);
    }

    @ParameterizedTest
    @CsvSource({
        "a, b",
        "a, a-b",
        "microsoft-uk, microsoft-uk-2025",
        "microsoft-uk-2025, microsoft-uk2",
        "aaaaaaaaaaaaaaaaaaaa, z",
    })
    void valuesHeldPackedOrAsTextCompareReadAndHashAsTheirTexts(String before, String after) {
        long pb = SLUGS.pack(before);
        long pa = SLUGS.pack(after);
        // the way the id types hold a text: packed when it packs, else the text itself
        String tb = pb == PackedText.NOT_PACKED ? before : null;
        String ta = pa == PackedText.NOT_PACKED ? after : null;
        assertThat(before.compareTo(after)).isNegative();
        assertThat(SLUGS.compare(pb, tb, pa, ta)).isNegative();
        assertThat(SLUGS.compare(pa, ta, pb, tb)).isPositive();
        assertThat(SLUGS.compare(pb, tb, pb, tb)).isZero();
        assertThat(SLUGS.text(pb, tb)).isEqualTo(before);
        assertThat(SLUGS.text(pa, ta)).isEqualTo(after);
        assertThat(PackedText.hash(pb, tb)).isEqualTo(tb != null ? before.hashCode() : PackedText.hash(pb));
    }

    @Test
    void hashesOfShortTextsSpreadOverTheLowBits() {
        java.util.Set<Integer> lowBits = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            lowBits.add(PackedText.hash(SLUGS.pack("w" + i)) & 1023);
        }
        // w0 to w999 fill 754 of 1,024 buckets, more than random hashes would (about 640); Long.hashCode fills 350
        assertThat(lowBits).hasSizeGreaterThan(600);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE})
    void refusesToUnpackWhatPackNeverGives(long packed) {
        assertThatThrownBy(() -> SLUGS.unpack(packed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Long.toString(packed));
    }

    @Test
    void refusesToUnpackACharacterAfterTheEnd() {
        // "a", then a zero digit, then "a" again: no text packs to that
        long gap = SLUGS.pack("a") + SLUGS.pack("00a") - SLUGS.pack("00");
        assertThatThrownBy(() -> SLUGS.unpack(gap)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after its end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ba", "aa", "a b", "a\u0100", " a", "a\u007f"})
    void refusesAnAlphabetThatIsEmptyUnorderedRepeatedOrNotPrintableAscii(String alphabet) {
        assertThatThrownBy(() -> PackedText.of(alphabet)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Alphabet '" + alphabet + "'");
    }

    @Test
    void refusesToPackNull() {
        assertThatThrownBy(() -> SLUGS.pack(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void refusesNullAndTooLongAnAlphabet() {
        assertThatThrownBy(() -> PackedText.of(null)).isInstanceOf(NullPointerException.class).hasMessage("alphabet");
        StringBuilder all = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            all.append(c);
        }
        assertThat(PackedText.of(all.toString()).maxLength()).isEqualTo(9);
        assertThatThrownBy(() -> PackedText.of(all + "\u007f")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("95 characters");
    }
}
