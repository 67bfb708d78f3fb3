package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventIdTest {

    @Test
    void keepsTheCallersId() {
        assertThat(EventId.of("microsoft-uk-2025/announced")).hasToString("microsoft-uk-2025/announced");
        assertThat(EventId.of("a")).isLessThan(EventId.of("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " a", "a "})
    void rejectsBlankOrPaddedIds(String id) {
        assertThatThrownBy(() -> EventId.of(id)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + id + "'");
    }
}
