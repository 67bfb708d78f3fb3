package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatedEquivalentTest {

    @Test
    void printsTheAmountAndWhoStatedIt() {
        assertThat(new StatedEquivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru"))
                .hasToString("GBP 22000000000.00 (Nation.Cymru)");
    }

    @Test
    void rejectsABlankSource() {
        assertThatThrownBy(() -> new StatedEquivalent(Amounts.parse("GBP 1.00"), "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBP 1.00").hasMessageContaining("blank source");
    }
}
