package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
