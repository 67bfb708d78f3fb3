package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;

class FoldTest {

    @Test
    void ordersByEffectiveDateThenAnnouncementThenRecordedDateThenAppendOrder() {
        PledgeEvent announced = new PledgeEvent.Announced(EventId.of("a"), GOOGLE, day(9, 20), Basis.OFFICIAL_STATEMENT);
        PledgeEvent sameDayRecordedEarlier = new PledgeEvent.Committed(EventId.of("c"), GOOGLE.id(), day(9, 16), day(9, 16),
                Fixtures.SOURCE, Basis.OFFICIAL_STATEMENT);
        PledgeEvent later1 = Fixtures.paused("p1", GOOGLE, day(10, 1));
        PledgeEvent later2 = Fixtures.resumed("p2", GOOGLE, day(10, 1));
        List<Fold.Entry> entries = new ArrayList<>(List.of(new Fold.Entry(later2, 4), new Fold.Entry(later1, 3),
                new Fold.Entry(sameDayRecordedEarlier, 2), new Fold.Entry(announced, 1)));
        entries.sort(Fold.ORDER);
        assertThat(entries).extracting(e -> e.event().id().value()).containsExactly("a", "c", "p1", "p2");
    }

    @Test
    void aTimelineWithoutAnnouncementFoldsToNothing() {
        assertThat(Fold.fold(List.of(), null, null)).isNull();
    }
}
