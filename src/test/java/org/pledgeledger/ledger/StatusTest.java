package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTest {

    @ParameterizedTest
    @CsvSource({
        "ANNOUNCED,  TransactionType 12 (Outgoing Pledge),    true,  false",
        "COMMITTED,  TransactionType 2 (Outgoing Commitment), true,  false",
        "DELIVERING, TransactionType 3 (Disbursement),        true,  false",
        "FULFILLED,  ActivityStatus 4 (Closed),               false, true",
        "PAUSED,     ActivityStatus 6 (Suspended),            false, false",
        "WITHDRAWN,  ActivityStatus 5 (Cancelled),            false, true",
    })
    void mapsToIatiAndKnowsWhetherItIsLiveOrFinal(Status status, String iati, boolean live, boolean fin) {
        assertThat(status.iati()).hasValueSatisfying(code -> assertThat(code).hasToString(iati));
        assertThat(status.isLive()).isEqualTo(live);
        assertThat(status.isFinal()).isEqualTo(fin);
    }
}
