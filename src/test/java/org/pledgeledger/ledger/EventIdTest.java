package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventIdTest {

    @Test
    void keepsTheCallersId() {
        assertThat(EventId.of("microsoft-uk-2025/announced")).hasToString("microsoft-uk-2025/announced");
        assertThat(EventId.of("a")).isLessThan(EventId.of("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"w0/a", "w999999/d1", "a.b:c_d-e/f", "microsoft-uk-2025/announced", "Upper/Case", "a b", "é"})
    void shortAndLongIdsReadBackAndAreEqualOnlyToTheSameId(String text) {
        EventId id = EventId.of(text);
        assertThat(id.value()).isEqualTo(text);
        assertThat(id).isEqualTo(EventId.of(new String(text))).hasSameHashCodeAs(EventId.of(text)).hasToString(text);
        assertThat(id).isNotEqualTo(EventId.of(text + "x")).isNotEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "a, b",
        "w0/a, w0/c",
        "w0, w0/a",
        "w0/a, w0:a",
        "W0/a, w0/a",
        "w99/a, w999999/d1",
        "msft/announced, msft/paused",
        "microsoft-uk-2025/announced, z",
    })
    void ordersPackedAndLongIdsAsTheirText(String before, String after) {
        assertThat(before.compareTo(after)).isNegative();
        assertThat(EventId.of(before)).isLessThan(EventId.of(after));
        assertThat(EventId.of(after)).isGreaterThan(EventId.of(before));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " a", "a "})
    void rejectsBlankOrPaddedIds(String id) {
        assertThatThrownBy(() -> EventId.of(id)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + id + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"w0/a", "microsoft-uk-2025/announced", "Mixed Case/Id"})
    void anyCharSequenceGivesTheSameIdAndIsReadOnlyOnce(String text) {
        StringBuilder view = new StringBuilder(text);
        EventId id = EventId.of(view);
        view.setLength(0);
        view.append("changed afterwards");

        assertThat(id).isEqualTo(EventId.of(text)).hasSameHashCodeAs(EventId.of(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " a", "a "})
    void rejectsABlankOrPaddedCharSequenceAsItsString(String id) {
        assertThatThrownBy(() -> EventId.of(new StringBuilder(id))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event id '" + id + "' is blank or has surrounding spaces");
        assertThatThrownBy(() -> EventId.of((CharSequence) null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
