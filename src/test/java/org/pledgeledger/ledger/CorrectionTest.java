package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;

class CorrectionTest {

    @Test
    void describesWhatItSupersedesAndWhy() {
        assertThat(Fixtures.corrected("c", Fixtures.day(10, 1), "p").describe()).isEqualTo("correction of p (entered in error)");
    }

    @Test
    void cannotSupersedeItselfOrGoWithoutAReason() {
        assertThatThrownBy(() -> new Correction(EventId.of("e"), EventId.of("e"), Fixtures.day(10, 1), Fixtures.day(10, 1),
                Fixtures.SOURCE, Basis.OFFICIAL_STATEMENT, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supersedes itself");
        assertThatThrownBy(() -> new Correction(EventId.of("e"), EventId.of("f"), Fixtures.day(10, 1), Fixtures.day(10, 1),
                Fixtures.SOURCE, Basis.OFFICIAL_STATEMENT, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank reason");
    }
}
