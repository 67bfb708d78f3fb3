package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @ValueSource(strings = {"w0", "microsoft-uk", "microsoft-uk-2025", "a-very-long-slug-that-is-held-as-text"})
    void shortAndLongSlugsReadBackAndAreEqualOnlyToTheSameSlug(String slug) {
        PledgeId id = PledgeId.of(slug);
        assertThat(id.value()).isEqualTo(slug);
        assertThat(id).isEqualTo(PledgeId.of(new String(slug))).hasSameHashCodeAs(PledgeId.of(slug)).hasToString(slug);
        assertThat(id).isNotEqualTo(PledgeId.of(slug + "-b")).isNotEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({
        "a, b",
        "a, a-b",
        "microsoft-uk, microsoft-uk-2025",
        "microsoft-uk-2025, microsoft-uk2",
        "aaaaaaaaaaaaaaaaaaaa, z",
        "w10, w9",
    })
    void ordersPackedAndLongSlugsAsTheirText(String before, String after) {
        assertThat(before.compareTo(after)).isNegative();
        assertThat(PledgeId.of(before)).isLessThan(PledgeId.of(after));
        assertThat(PledgeId.of(after)).isGreaterThan(PledgeId.of(before));
        assertThat(PledgeId.of(before).compareTo(PledgeId.of(before))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"w0", "microsoft-uk", "microsoft-uk-2025", "a-very-long-slug-that-is-held-as-text"})
    void anyCharSequenceGivesTheSameIdAndIsReadOnlyOnce(String slug) {
        StringBuilder view = new StringBuilder(slug);
        PledgeId id = PledgeId.of(view);
        view.setLength(0);
        view.append("changed-afterwards");

        assertThat(id).isEqualTo(PledgeId.of(slug)).hasSameHashCodeAs(PledgeId.of(slug)).hasToString(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-lead", "trail-", "double--hyphen", "Microsoft", "a-very-long-slug-that-is-NOT-a-slug"})
    void aCharSequenceThatIsNotASlugIsRejectedAsItsStringIsWhetherItPacksOrNot(String text) {
        assertThatThrownBy(() -> PledgeId.of(new StringBuilder(text))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pledge id '" + text + "' is not a slug: lower-case letters and digits joined by single hyphens,"
                        + " such as microsoft-uk-2025");
        assertThatThrownBy(() -> PledgeId.of((CharSequence) null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
