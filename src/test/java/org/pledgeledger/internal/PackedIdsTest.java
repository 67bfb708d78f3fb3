package org.pledgeledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.model.PledgeId;

class PackedIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "z9", "msft-2025", "w123456", "abcdefghijkl"})
    void aSlugOfUpToTwelveCharactersReadsAsItsPackedNumber(String slug) {
        assertThat(PackedIds.pledgeId(PledgeId.of(slug))).isPositive().isEqualTo(PackedIds.pledgeId(PledgeId.of(slug)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklm", "microsoft-uk-2025"})
    void aLongerSlugIsNotPacked(String slug) {
        assertThat(PackedIds.pledgeId(PledgeId.of(slug))).isEqualTo(PackedText.NOT_PACKED);
    }

    @Test
    void seededRandomShortIdsHaveEqualNumbersExactlyWhenEqual() {
        Random random = new Random(11);
        Map<Long, String> byNumber = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String slug = "p" + random.nextInt(5_000) + (random.nextBoolean() ? "" : "-" + (char) ('a' + random.nextInt(26)));
            String before = byNumber.putIfAbsent(PackedIds.pledgeId(PledgeId.of(slug)), slug);
            assertThat(before == null || before.equals(slug)).as(slug + " and " + before).isTrue();
        }
    }

    @Test
    void aSecondRegistrationAndNullAreRefused() {
        PledgeId.of("msft");
        assertThatThrownBy(() -> PackedIds.registerPledgeIds(id -> 1L)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registered already");
        assertThatThrownBy(() -> PackedIds.registerPledgeIds(null)).isInstanceOf(NullPointerException.class).hasMessage("packed");
        assertThatThrownBy(() -> PackedIds.pledgeId(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThat(PackedIds.pledgeId(PledgeId.of("msft"))).isPositive();
    }
}
