package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IatiCodeTest {

    @Test
    void printsListCodeAndName() {
        assertThat(new IatiCode("TransactionType", "12", "Outgoing Pledge")).hasToString("TransactionType 12 (Outgoing Pledge)");
    }

    @Test
    void rejectsABlankPart() {
        assertThatThrownBy(() -> new IatiCode("TransactionType", " ", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
