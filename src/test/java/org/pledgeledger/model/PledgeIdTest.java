package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PledgeIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"microsoft-uk-2025", "google", "a1-b2-c3"})
    void acceptsSlugs(String slug) {
        assertThat(PledgeId.of(slug)).hasToString(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Microsoft", "microsoft uk", "-lead", "trail-", "double--hyphen", "under_score", "é"})
    void rejectsWhatIsNotASlugNamingIt(String text) {
        assertThatThrownBy(() -> PledgeId.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'").hasMessageContaining("slug");
    }

    @Test
    void ordersBySlug() {
        assertThat(PledgeId.of("a")).isLessThan(PledgeId.of("b"));
    }
}
