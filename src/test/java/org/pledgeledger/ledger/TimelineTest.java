package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;

class TimelineTest {

    private static Timeline.Entry entry(LedgerEvent e, long seq) {
        return new Timeline.Entry(e, seq);
    }

    @Test
    void ordersByEffectiveDateThenOpeningEventThenRecordedDateThenAppendOrder() {
        LedgerEvent announced = new PledgeEvent.Announced(EventId.of("a"), GOOGLE, day(9, 20), Basis.OFFICIAL_STATEMENT);
        LedgerEvent sameDayRecordedEarlier = new PledgeEvent.Committed(EventId.of("c"), GOOGLE.id(), day(9, 16), day(9, 16),
                Fixtures.SOURCE, Basis.OFFICIAL_STATEMENT);
        LedgerEvent later1 = Fixtures.paused("p1", GOOGLE, day(10, 1));
        LedgerEvent later2 = Fixtures.resumed("p2", GOOGLE, day(10, 1));
        List<Timeline.Entry> entries = new ArrayList<>(List.of(entry(later2, 4), entry(later1, 3),
                entry(sameDayRecordedEarlier, 2), entry(announced, 1)));
        entries.sort(Timeline.ORDER);
        assertThat(entries).extracting(e -> e.event().id().value()).containsExactly("a", "c", "p1", "p2");
    }

    @Test
    void liveEventsLeaveOutCorrectionsWhatTheySupersedeAndWhatWasNotYetKnown() {
        LedgerEvent d = Fixtures.delivered("d", GOOGLE, day(10, 1), "GBP 1.00");
        LedgerEvent fix = Fixtures.corrected("fix", day(10, 5), "d");
        LedgerEvent unfix = Fixtures.corrected("unfix", day(10, 9), "fix");
        List<Timeline.Entry> timeline = List.of(entry(Fixtures.announced(GOOGLE), 0), entry(d, 1), entry(fix, 2), entry(unfix, 3));
        assertThat(Timeline.live(timeline, day(10, 4))).extracting(LedgerEvent::id).extracting(EventId::value)
                .containsExactly("google-uk-2025/announced", "d");
        assertThat(Timeline.live(timeline, day(10, 5))).extracting(e -> e.id().value()).containsExactly("google-uk-2025/announced");
        assertThat(Timeline.live(timeline, null)).extracting(e -> e.id().value()).containsExactly("google-uk-2025/announced", "d");
    }

    @Test
    void knowledgeIsAPrefixOnlyWhenRecordedDatesNeverGoBackAndNothingIsCorrected() {
        Timeline.Entry a = entry(Fixtures.announced(GOOGLE), 0);
        assertThat(Timeline.knowledgeIsAPrefix(List.of(a, entry(Fixtures.paused("p", GOOGLE, day(10, 1)), 1)))).isTrue();
        assertThat(Timeline.knowledgeIsAPrefix(List.of(a, entry(Fixtures.paused("p", GOOGLE, day(10, 1), day(10, 9), Basis.PRESS_REPORT), 1),
                entry(Fixtures.resumed("r", GOOGLE, day(10, 5)), 2)))).isFalse();
        assertThat(Timeline.knowledgeIsAPrefix(List.of(a, entry(Fixtures.corrected("c", day(10, 1), "x"), 1)))).isFalse();
    }

    @Test
    void aTimelineWithoutAnnouncementFoldsToNothing() {
        assertThat(PledgeFold.fold(List.of(), null, null)).isNull();
    }
}
