package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventIndexTest {

    private static LedgerEvent event(String id) {
        return Fixtures.paused(id, GOOGLE, day(10, 1));
    }

    @Test
    void findsAnIndexedEventByAnEqualIdAndNothingForAnotherId() {
        List<LedgerEvent> events = new ArrayList<>(List.of(event("a"), event("b")));
        EventIndex index = new EventIndex(events);
        index.add(0);
        index.add(1);
        assertThat(index.get(EventId.of(new String("b")))).isSameAs(events.get(1));
        assertThat(index.get(EventId.of("c"))).isNull();
        assertThat(index.contains(EventId.of("a"))).isTrue();
        assertThat(index.contains(EventId.of("c"))).isFalse();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void anEventInTheListButNotAddedIsNotFound() {
        List<LedgerEvent> events = List.of(event("a"), event("b"));
        EventIndex index = new EventIndex(events);
        index.add(1);
        assertThat(index.get(EventId.of("a"))).isNull();
    }

    @Test
    void refusesASecondEventWithAnIdAlreadyIndexed() {
        List<LedgerEvent> events = List.of(event("a"), event("a"));
        EventIndex index = new EventIndex(events);
        index.add(0);
        assertThatThrownBy(() -> index.add(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event id a is already indexed");
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void addingIfAbsentIndexesANewIdAndGivesThePositionOfAnEqualOneWithoutIndexingIt() {
        List<LedgerEvent> events = List.of(event("a"), event("b"), event("a"));
        EventIndex index = new EventIndex(events);
        assertThat(index.addIfAbsent(0)).isEqualTo(-1);
        assertThat(index.addIfAbsent(1)).isEqualTo(-1);
        assertThat(index.addIfAbsent(2)).as("the id of position 0").isZero();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.get(EventId.of("a"))).isSameAs(events.get(0));
    }

    @Test
    void aRepeatedIdAtTheTablesGrowingPointIsFoundAndTheNextNewOneIndexedAfterTheGrowth() {
        List<LedgerEvent> events = new ArrayList<>();
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
            assertThat(index.get(EventId.of("e" + i))).as("e" + i).isSameAs(events.get(i == 10 ? 11 : i));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 11, 1000})
    void anIndexMadeReadyForSomePositionsFindsThemAndGrowsBeyond(int expected) {
        List<LedgerEvent> events = new ArrayList<>();
        EventIndex index = new EventIndex(events, expected);
        for (int i = 0; i < 2 * expected + 20; i++) {
            events.add(event("e" + i));
            index.add(i);
        }
        for (int i = 0; i < events.size(); i++) {
            assertThat(index.get(EventId.of("e" + i))).isSameAs(events.get(i));
        }
        assertThat(index.get(EventId.of("missing"))).isNull();
        assertThat(index.size()).isEqualTo(events.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, EventIndex.MAX_EXPECTED + 1})
    void refusesToBeMadeReadyForANegativeOrTooLargeNumberOfPositions(int expected) {
        assertThatThrownBy(() -> new EventIndex(new ArrayList<>(), expected)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected positions " + expected + " are not between 0 and " + EventIndex.MAX_EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 20251216L})
    void agreesWithAHashMapOverManyEventsAsItGrows(long seed) {
        Random random = new Random(seed);
        List<LedgerEvent> events = new ArrayList<>();
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
            assertThat(index.get(probe)).isSameAs(expected.get(probe));
        }
        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((id, e) -> assertThat(index.get(id)).isSameAs(e));
    }
}
