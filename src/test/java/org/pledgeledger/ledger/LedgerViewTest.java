package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.MICROSOFT;

import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerViewTest {

    @Test
    void listsPledgesInIdOrderUnderItsDates() {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(Fixtures.announced(MICROSOFT), Fixtures.announced(GOOGLE)));
        LedgerView view = ledger.asOf(Fixtures.day(9, 30), Fixtures.day(9, 20));
        assertThat(view.pledges()).extracting(PledgeState::id).containsExactly(GOOGLE.id(), MICROSOFT.id());
        assertThat(view.toString()).startsWith("Ledger as of 2025-09-30, as known on 2025-09-20: 2 pledges, 0 agreements\n  google-uk-2025 ANNOUNCED");
        assertThat(view.pledge(GOOGLE.id())).isPresent();
    }
}
