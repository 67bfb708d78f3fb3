package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConditionIdTest {

    @Test
    void isASlug() {
        assertThat(ConditionId.of("tpd-operative")).hasToString("tpd-operative");
        assertThat(ConditionId.of("a")).isLessThan(ConditionId.of("b"));
        assertThatThrownBy(() -> ConditionId.of("TPD operative")).hasMessageContaining("'TPD operative' is not a slug");
    }
}
