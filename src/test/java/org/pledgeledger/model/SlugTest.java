package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "microsoft-uk-2025", "a1-b2"})
    void acceptsSlugs(String value) {
        assertThat(Slug.check("Thing id", value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "a b", "-a", "a-", "a--b", "a_b"})
    void rejectsOthersNamingWhatTheValueAndTheRule(String value) {
        assertThatThrownBy(() -> Slug.check("Thing id", value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Thing id '" + value + "' is not a slug: lower-case letters and digits");
    }
}
