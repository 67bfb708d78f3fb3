package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;

class TimelineTest {

    @Test
    void ordersByEffectiveDateThenOpeningEventThenRecordedDateThenAppendOrder() {
        LedgerEvent announced = new PledgeEvent.Announced(EventId.of("a"), GOOGLE, day(9, 20), Basis.OFFICIAL_STATEMENT);
        LedgerEvent sameDayRecordedEarlier = new PledgeEvent.Committed(EventId.of("c"), GOOGLE.id(), day(9, 16), day(9, 16),
                Fixtures.SOURCE, Basis.OFFICIAL_STATEMENT);
        LedgerEvent later1 = Fixtures.paused("p1", GOOGLE, day(10, 1));
        LedgerEvent later2 = Fixtures.resumed("p2", GOOGLE, day(10, 1));
        // in append order: ties (p1, p2) keep it, as the ledger's sort is stable
        EventLog log = new EventLog();
        List.of(later1, later2, sameDayRecordedEarlier, announced).forEach(log::add);
        Integer[] positions = {0, 1, 2, 3};
        Arrays.sort(positions, log::compareInOrder);
        assertThat(positions).containsExactly(3, 2, 0, 1);
    }

    @Test
    void liveEventsLeaveOutCorrectionsWhatTheySupersedeAndWhatWasNotYetKnown() {
        LedgerEvent d = Fixtures.delivered("d", GOOGLE, day(10, 1), "GBP 1.00");
        LedgerEvent fix = Fixtures.corrected("fix", day(10, 5), "d");
        LedgerEvent unfix = Fixtures.corrected("unfix", day(10, 9), "fix");
        List<LedgerEvent> timeline = List.of(Fixtures.announced(GOOGLE), d, fix, unfix);
        assertThat(Timeline.live(timeline, day(10, 4))).extracting(LedgerEvent::id).extracting(EventId::value)
                .containsExactly("google-uk-2025/announced", "d");
        assertThat(Timeline.live(timeline, day(10, 5))).extracting(e -> e.id().value()).containsExactly("google-uk-2025/announced");
        assertThat(Timeline.live(timeline, null)).extracting(e -> e.id().value()).containsExactly("google-uk-2025/announced", "d");
    }

    @Test
    void knowledgeIsAPrefixOnlyWhenRecordedDatesNeverGoBackAndNothingIsCorrected() {
        EventLog log = new EventLog();
        log.add(Fixtures.announced(GOOGLE));
        log.add(Fixtures.paused("p", GOOGLE, day(10, 1)));
        log.add(Fixtures.paused("p2", GOOGLE, day(10, 1), day(10, 9), Basis.PRESS_REPORT));
        log.add(Fixtures.resumed("r", GOOGLE, day(10, 5)));
        log.add(Fixtures.corrected("c", day(10, 1), "x"));
        assertThat(Timeline.knowledgeIsAPrefix(log, new int[] {0, 1})).isTrue();
        assertThat(Timeline.knowledgeIsAPrefix(log, new int[] {0, 2, 3})).as("recorded 9 October, then 5 October").isFalse();
        assertThat(Timeline.knowledgeIsAPrefix(log, new int[] {0, 4})).as("a correction").isFalse();
        assertThat(Timeline.knowledgeIsAPrefix(log, new int[] {0, 1, 3})).isTrue();
    }

    @Test
    void aTimelineWhoseEventsAllCountIsItsOwnAnswerAndFoldsWithoutCopies() {
        List<LedgerEvent> timeline = List.of(Fixtures.announced(GOOGLE), Fixtures.paused("p", GOOGLE, day(10, 1)));
        assertThat(Timeline.live(timeline, null)).isSameAs(timeline);
        assertThat(Timeline.live(timeline, day(10, 1))).isSameAs(timeline);
        assertThat(Timeline.live(timeline, day(9, 30))).containsExactly(timeline.get(0));
        PledgeState state = PledgeFold.fold(timeline, null, null);
        assertThat(state.history()).isSameAs(timeline);
        assertThat(state.amount()).isSameAs(GOOGLE.amount());
        assertThat(PledgeFold.fold(timeline, day(9, 30), null).history()).containsExactly((PledgeEvent) timeline.get(0));
    }

    @Test
    void aTimelineOfPositionsReadsBackItsEventsFromTheLogAsAnUnmodifiableList() {
        LedgerEvent announced = Fixtures.announced(GOOGLE);
        LedgerEvent paused = Fixtures.paused("p", GOOGLE, day(10, 1));
        EventLog log = new EventLog();
        log.add(paused);
        log.add(announced);
        assertThat(Timeline.of(log, new int[] {1})).containsExactly(announced);
        List<LedgerEvent> two = Timeline.of(log, new int[] {1, 0});
        assertThat(two).containsExactly(announced, paused).isEqualTo(List.of(announced, paused))
                .hasSameHashCodeAs(List.of(announced, paused)).isInstanceOf(java.util.RandomAccess.class);
        assertThatThrownBy(() -> two.set(0, paused)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.add(paused)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Timeline.of(log, new int[] {1}).add(paused)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRevisedPledgeFoldsToItsRevisedAmount() {
        List<LedgerEvent> timeline = List.of(Fixtures.announced(GOOGLE), Fixtures.revised("v", GOOGLE, day(10, 1), "GBP 4000000000.00"));
        assertThat(PledgeFold.fold(timeline, null, null).amount()).isEqualTo(org.pledgeledger.money.Amounts.parse("GBP 4000000000.00"));
        assertThat(PledgeFold.fold(timeline, day(9, 30), null).amount()).isSameAs(GOOGLE.amount());
    }

    @Test
    void aTimelineWithoutAnnouncementFoldsToNothing() {
        assertThat(PledgeFold.fold(List.of(), null, null)).isNull();
    }
}
