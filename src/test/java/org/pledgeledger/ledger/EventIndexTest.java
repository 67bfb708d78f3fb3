package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.model.Basis;

class EventIndexTest {

    private static LedgerEvent event(String id) {
        return Fixtures.paused(id, GOOGLE, day(10, 1));
    }

    private static EventLog log(LedgerEvent... events) {
        EventLog log = new EventLog();
        for (LedgerEvent e : events) {
            log.add(e);
        }
        return log;
    }

    @Test
    void findsAnIndexedEventByAnEqualIdAndNothingForAnotherId() {
        EventLog events = log(event("a"), event("b"));
        EventIndex index = new EventIndex(events);
        index.add(0);
        index.add(1);
        assertThat(index.get(EventId.of(new String("b")))).isEqualTo(events.get(1));
        assertThat(index.get(EventId.of("c"))).isNull();
        assertThat(index.contains(EventId.of("a"))).isTrue();
        assertThat(index.contains(EventId.of("c"))).isFalse();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void anEventInTheListButNotAddedIsNotFound() {
        EventLog events = log(event("a"), event("b"));
        EventIndex index = new EventIndex(events);
        index.add(1);
        assertThat(index.get(EventId.of("a"))).isNull();
    }

    @Test
    void refusesASecondEventWithAnIdAlreadyIndexed() {
        EventLog events = log(event("a"), event("a"));
        EventIndex index = new EventIndex(events);
        index.add(0);
        assertThatThrownBy(() -> index.add(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event id a is already indexed");
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void addingIfAbsentIndexesANewIdAndGivesThePositionOfAnEqualOneWithoutIndexingIt() {
        EventLog events = log(event("a"), event("b"), event("a"));
        EventIndex index = new EventIndex(events);
        assertThat(index.addIfAbsent(0)).isEqualTo(-1);
        assertThat(index.addIfAbsent(1)).isEqualTo(-1);
        assertThat(index.addIfAbsent(2)).as("the id of position 0").isZero();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.get(EventId.of("a"))).isEqualTo(events.get(0));
    }

    @ParameterizedTest(name = "{0} events, the repeat at {1}")
    @CsvSource({"1, -1", "15, -1", "16, -1", "17, -1", "200, -1", "200, 1", "200, 15", "200, 16", "200, 63", "200, 64", "200, 199"})
    void addingAllIfAbsentIndexesInBlocksAndStopsAtTheFirstRepeatedId(int count, int repeat) {
        // the event at the repeat, if any, has the id of the one before it; the rest differ
        LedgerEvent[] events = new LedgerEvent[count];
        for (int p = 0; p < count; p++) {
            events[p] = event(p == repeat ? "e" + (p - 1) : "e" + p);
        }
        EventIndex index = new EventIndex(log(events), count);

        int stopped = index.addAllIfAbsent(0, count);

        assertThat(stopped).isEqualTo(repeat);
        int indexed = repeat < 0 ? count : repeat;
        assertThat(index.size()).isEqualTo(indexed);
        for (int p = 0; p < count; p++) {
            // no event has the id e{repeat}; those after the repeat are not indexed
            assertThat(index.positionOf(EventId.of("e" + p))).as("e" + p).isEqualTo(p < indexed ? p : -1);
        }
    }

    @Test
    void addingAllIfAbsentStopsAtAnIdIndexedBeforeAndIndexesFromAnyPosition() {
        EventLog events = log(event("a"), event("b"), event("c"), event("a"));
        EventIndex index = new EventIndex(events);
        index.add(0);

        assertThat(index.addAllIfAbsent(1, 3)).isEqualTo(-1);
        assertThat(index.addAllIfAbsent(3, 4)).isEqualTo(3);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.positionOf(EventId.of("a"))).isZero();
        assertThat(index.positionOf(EventId.of("c"))).isEqualTo(2);
    }

    @Test
    void aRepeatedIdAtTheTablesGrowingPointIsFoundAndTheNextNewOneIndexedAfterTheGrowth() {
        EventLog events = new EventLog();
        EventIndex index = new EventIndex(events);
        // sixteen slots hold ten ids at two thirds; the eleventh id grows the table
        for (int i = 0; i < 10; i++) {
            events.add(event("e" + i));
            assertThat(index.addIfAbsent(i)).isEqualTo(-1);
        }
        events.add(event("e3"));
        assertThat(index.addIfAbsent(10)).isEqualTo(3);
        events.add(event("e10"));
        assertThat(index.addIfAbsent(11)).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(11);
        for (int i = 0; i <= 10; i++) {
            assertThat(index.get(EventId.of("e" + i))).as("e" + i).isEqualTo(events.get(i == 10 ? 11 : i));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 11, 1000})
    void anIndexMadeReadyForSomePositionsFindsThemAndGrowsBeyond(int expected) {
        EventLog events = new EventLog();
        EventIndex index = new EventIndex(events, expected);
        for (int i = 0; i < 2 * expected + 20; i++) {
            events.add(event("e" + i));
            index.add(i);
        }
        for (int i = 0; i < events.size(); i++) {
            assertThat(index.get(EventId.of("e" + i))).isEqualTo(events.get(i));
        }
        assertThat(index.get(EventId.of("missing"))).isNull();
        assertThat(index.size()).isEqualTo(events.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, EventIndex.MAX_EXPECTED + 1})
    void refusesToBeMadeReadyForANegativeOrTooLargeNumberOfPositions(int expected) {
        assertThatThrownBy(() -> new EventIndex(new EventLog(), expected)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected positions " + expected + " are not between 0 and " + EventIndex.MAX_EXPECTED);
    }

    @Test
    void findsAnEventKeptAsARowAndOneKeptWholeUnderTheSameIdAlike() {
        // "a/1" packs, so its pause is a row; its correction is kept whole; an id that does not pack is too
        LedgerEvent correction = new Correction(EventId.of("a/2"), EventId.of("a/1"), day(10, 2), day(10, 2),
                Fixtures.SOURCE, Basis.PRESS_REPORT, "misread");
        EventLog events = log(event("a/1"), correction, event("Not-Packed/1"));
        EventIndex index = new EventIndex(events);
        for (int i = 0; i < 3; i++) {
            index.add(i);
        }
        assertThat(index.positionOf(EventId.of("a/1"))).isZero();
        assertThat(index.positionOf(EventId.of("a/2"))).isEqualTo(1);
        assertThat(index.positionOf(EventId.of("Not-Packed/1"))).isEqualTo(2);
        assertThat(index.get(EventId.of("a/2"))).isSameAs(correction);
        EventLog again = log(event("a/1"), correction, event("Not-Packed/1"), event("a/2"), correction, event("a/1"));
        EventIndex twice = new EventIndex(again);
        assertThat(List.of(twice.addIfAbsent(0), twice.addIfAbsent(1), twice.addIfAbsent(2), twice.addIfAbsent(3),
                twice.addIfAbsent(4), twice.addIfAbsent(5))).as("a row and a whole event with one id are the same id")
                .containsExactly(-1, -1, -1, 1, 1, 0);
    }

    @Test
    void findsTheIndexedEventWithTheIdOfAnEventAtAPositionIndexedOrNot() {
        LedgerEvent correction = Fixtures.corrected("a/1", day(10, 2), "b/1");
        EventLog events = log(event("a/1"), event("Not-Packed/1"), event("b/1"), correction, event("Not-Packed/1"), event("c/1"));
        EventIndex index = new EventIndex(events);
        index.add(0);
        index.add(1);
        index.add(2);
        assertThat(index.positionOfIdAt(3)).as("a correction kept whole, with a row's id").isZero();
        assertThat(index.positionOfIdAt(4)).as("an id that does not pack").isEqualTo(1);
        assertThat(index.positionOfIdAt(2)).as("itself").isEqualTo(2);
        assertThat(index.positionOfIdAt(5)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 20251216L})
    void agreesWithAHashMapOverManyEventsAsItGrows(long seed) {
        Random random = new Random(seed);
        EventLog events = new EventLog();
        EventIndex index = new EventIndex(events);
        Map<EventId, LedgerEvent> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            // ids with colliding string hashes ("Aa" and "BB") and near neighbours
            String id = (random.nextBoolean() ? "Aa" : "BB") + "/" + random.nextInt(15_000);
            EventId key = EventId.of(id);
            if (!expected.containsKey(key)) {
                events.add(event(id));
                index.add(events.size() - 1);
                expected.put(key, events.get(events.size() - 1));
            }
            EventId probe = EventId.of((random.nextBoolean() ? "Aa" : "BB") + "/" + random.nextInt(15_000));
            assertThat(index.get(probe)).isEqualTo(expected.get(probe));
        }
        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((id, e) -> assertThat(index.get(id)).isEqualTo(e));
    }
}
