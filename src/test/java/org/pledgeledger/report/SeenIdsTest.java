package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.model.PledgeId;

class SeenIdsTest {

    @Test
    void anIdIsNewOnceAndSeenAfter() {
        SeenIds seen = new SeenIds();
        assertThat(seen.add(PledgeId.of("msft-2025"))).isTrue();
        assertThat(seen.add(PledgeId.of("msft-2025"))).isFalse();
        assertThat(seen.add(PledgeId.of("msft-2026"))).isTrue();
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void packedAndLongIdsAndPrefixesStayApart() {
        String[] ids = {"a", "ab", "a-b", "microsoft-uk", "microsoft-uk-2025", "microsoft-uk-2025-b", "z9"};
        SeenIds seen = new SeenIds();
        for (String s : ids) {
            assertThat(seen.add(PledgeId.of(s))).as(s).isTrue();
        }
        for (String s : ids) {
            assertThat(seen.add(PledgeId.of(s))).as(s).isFalse();
        }
        assertThat(seen.size()).isEqualTo(ids.length);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void seededRandomIdsAgreeWithAHashSetThroughManyGrowths(long seed) {
        Random random = new Random(seed);
        SeenIds seen = new SeenIds();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String id = "w" + random.nextInt(30_000) + (random.nextBoolean() ? "" : "-" + (char) ('a' + random.nextInt(26)))
                    + (random.nextInt(10) == 0 ? "-a-long-tail-that-does-not-pack" : "");
            assertThat(seen.add(PledgeId.of(id))).isEqualTo(expected.add(id));
        }
        assertThat(seen.size()).isEqualTo(expected.size());
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> new SeenIds().add(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }
}
