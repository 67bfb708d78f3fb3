package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PartyTest {

    @Test
    void factoriesSetTheKind() {
        assertThat(Party.company("Microsoft").kind()).isEqualTo(Party.Kind.COMPANY);
        assertThat(Party.government("United States").kind()).isEqualTo(Party.Kind.GOVERNMENT);
        assertThat(Party.fund("Global Fund").kind()).isEqualTo(Party.Kind.FUND);
        assertThat(Party.company("Microsoft")).hasToString("Microsoft");
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Party.company(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank").hasMessageContaining("COMPANY");
    }

    @Test
    void rejectsANullNameOrKind() {
        assertThatThrownBy(() -> Party.company(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> new Party("Microsoft", null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
    }

    @Test
    void equalsAPartyOfTheSameNameAndKindWithTheSameHashCode() {
        Party a = Party.company("Microsoft");
        Party b = new Party(new String("Microsoft"), Party.Kind.COMPANY);
        assertThat(a).isEqualTo(b).isEqualTo(a).hasSameHashCodeAs(b);
        assertThat(b).isEqualTo(a);
    }

    static Stream<Arguments> differentParties() {
        return Stream.of(
                Arguments.of(Party.company("Microsoft"), Party.company("Google")),
                Arguments.of(Party.company("Microsoft"), Party.fund("Microsoft")),
                Arguments.of(Party.government("United States"), Party.government("United Kingdom")));
    }

    @ParameterizedTest
    @MethodSource("differentParties")
    void differsFromAPartyOfAnotherNameOrKind(Party a, Party b) {
        assertThat(a).isNotEqualTo(b);
        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void differsFromNullAndFromItsName() {
        Party microsoft = Party.company("Microsoft");
        assertThat(microsoft.equals(null)).isFalse();
        assertThat(microsoft).isNotEqualTo("Microsoft");
    }
}
