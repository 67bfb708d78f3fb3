package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;

class ContingencyTest {

    @Test
    void onlyAtRiskCarriesARiskBasis() {
        assertThat(new Contingency(Contingency.Kind.AT_RISK, List.of(ConditionId.of("c")), Optional.of(Basis.PRESS_REPORT)))
                .hasToString("AT_RISK (press report) by c");
        assertThat(new Contingency(Contingency.Kind.UNCONDITIONAL, List.of(), Optional.empty())).hasToString("UNCONDITIONAL");
        assertThatThrownBy(() -> new Contingency(Contingency.Kind.AT_RISK, List.of(), Optional.empty())).hasMessageContaining("lacks a risk basis");
        assertThatThrownBy(() -> new Contingency(Contingency.Kind.VOID, List.of(), Optional.of(Basis.ESTIMATE)))
                .hasMessageContaining("carries a risk basis");
    }
}
