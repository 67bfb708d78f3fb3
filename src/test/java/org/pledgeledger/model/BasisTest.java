package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasisTest {

    @Test
    void tellsOfficialStatementsFromReportsAndEstimates() {
        assertThat(Basis.values()).containsExactly(Basis.OFFICIAL_STATEMENT, Basis.PRESS_REPORT, Basis.ESTIMATE);
    }

    @Test
    void readsAsWords() {
        assertThat(Basis.PRESS_REPORT.words()).isEqualTo("press report");
        assertThat(Basis.OFFICIAL_STATEMENT.words()).isEqualTo("official statement");
        assertThat(Basis.ESTIMATE.words()).isEqualTo("estimate");
    }
}
