package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.PledgeId;

class PledgeChangeTest {

    @Test
    void summarisesStatusesAndEventCount() {
        PledgeChange c = new PledgeChange(PledgeId.of("google-uk-2025"), Optional.empty(), Optional.empty(), List.of());
        assertThat(c).hasToString("google-uk-2025: - -> - (0 events)");
    }
}
