package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeenIdsTest {

    @Test
    void aStringIsNewOnceAndSeenAfter() {
        SeenIds seen = new SeenIds();
        assertThat(seen.add("msft-2025")).isTrue();
        assertThat(seen.add("msft-2025")).isFalse();
        assertThat(seen.add(new String("msft-2025"))).isFalse();
        assertThat(seen.add("msft-2026")).isTrue();
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void stringsWithEqualHashesAndPrefixesStayApart() {
        SeenIds seen = new SeenIds();
        // "Aa" and "BB" share a hash code; "" and "a" and "ab" are prefixes of each other
        for (String s : new String[] {"Aa", "BB", "", "a", "ab", "AaAa", "BBBB", "AaBB", "BBAa"}) {
            assertThat(seen.add(s)).as(s).isTrue();
        }
        for (String s : new String[] {"Aa", "BB", "", "a", "ab", "AaAa", "BBBB", "AaBB", "BBAa"}) {
            assertThat(seen.add(s)).as(s).isFalse();
        }
        assertThat(seen.size()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void seededRandomIdsAgreeWithAHashSetThroughManyGrowths(long seed) {
        Random random = new Random(seed);
        SeenIds seen = new SeenIds();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String id = "w" + random.nextInt(30_000) + (random.nextBoolean() ? "" : "-" + (char) ('a' + random.nextInt(26)));
            assertThat(seen.add(id)).isEqualTo(expected.add(id));
        }
        assertThat(seen.size()).isEqualTo(expected.size());
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> new SeenIds().add(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
