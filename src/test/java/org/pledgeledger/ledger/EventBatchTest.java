package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Pledge;

class EventBatchTest {

    private static final Pledge W1 = Fixtures.pledge("w1", "Google", "GBP 5000000000.00");
    private static final PledgeEvent.Announced W1_ANNOUNCED = new PledgeEvent.Announced(EventId.of("w1/a"), W1, W1.announced(),
            Basis.OFFICIAL_STATEMENT);

    private static EventBatch batchOf(List<LedgerEvent> events) {
        EventBatch batch = new EventBatch();
        events.forEach(batch::add);
        return batch;
    }

    @Test
    void holdsEventsInOrderEqualToThoseAdded() {
        List<LedgerEvent> events = List.of(W1_ANNOUNCED, Fixtures.delivered("w1/d", W1, day(10, 1), "GBP 10.00"),
                Fixtures.revised("w1/v", W1, day(10, 2), "GBP 6000000000.00"), Fixtures.announced(GOOGLE));
        EventBatch batch = new EventBatch();

        events.forEach(batch::add);

        assertThat(batch).hasSize(4).isEqualTo(events).hasSameHashCodeAs(events);
        assertThat(batch.get(0)).as("made from its row").isNotSameAs(W1_ANNOUNCED);
        assertThat(batch.get(2)).as("kept whole").isSameAs(events.get(2));
    }

    @Test
    void aLedgerTakesABatchAsItWouldTheEventsThemselves() {
        List<LedgerEvent> events = List.of(W1_ANNOUNCED, Fixtures.committed("w1/c", W1, day(10, 1)),
                Fixtures.delivered("w1/d", W1, day(10, 2), "GBP 10.00"), Fixtures.paused("w1/p", W1, day(10, 3)));
        EventBatch batch = batchOf(events);
        Ledger fromBatch = Ledger.create();
        Ledger fromList = Ledger.create();

        assertThat(fromBatch.appendAll(batch)).isEqualTo(4);
        fromList.appendAll(events);

        assertThat(fromBatch.events()).isEqualTo(fromList.events()).isEqualTo(events);
        assertThat(fromBatch.asOf(day(12, 31))).isEqualTo(fromList.asOf(day(12, 31)));
        assertThat(fromBatch.appendAll(batch)).as("the same events again").isZero();
    }

    @Test
    void aBatchIsAppendedAllOrNothingAndStaysAsItWas() {
        Ledger ledger = Ledger.create();
        ledger.append(W1_ANNOUNCED);
        EventBatch batch = new EventBatch();
        batch.add(Fixtures.committed("w1/c", W1, day(10, 1)));
        batch.add(Fixtures.resumed("w1/r", W1, day(10, 2)));

        assertThatThrownBy(() -> ledger.appendAll(batch)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only a paused pledge can resume");

        assertThat(ledger.events()).containsExactly(W1_ANNOUNCED);
        assertThat(batch).containsExactly(Fixtures.committed("w1/c", W1, day(10, 1)), Fixtures.resumed("w1/r", W1, day(10, 2)));
    }

    @Test
    void refusesANullEventAndCannotRemoveOrReplace() {
        EventBatch batch = new EventBatch();
        batch.add(W1_ANNOUNCED);

        assertThatThrownBy(() -> batch.add(null)).isInstanceOf(NullPointerException.class).hasMessage("event");
        assertThatThrownBy(() -> batch.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> batch.set(0, W1_ANNOUNCED)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> batch.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(batch).containsExactly(W1_ANNOUNCED);
    }

    @Test
    void anEmptyLedgerTakesTheRowsAndTheBatchAndLedgerThenChangeApart() {
        EventBatch batch = batchOf(List.of(W1_ANNOUNCED, Fixtures.committed("w1/c", W1, day(10, 1))));
        Ledger first = Ledger.create();
        Ledger second = Ledger.create();

        assertThat(first.appendAll(batch)).isEqualTo(2);
        assertThat(second.appendAll(batch)).as("the same batch, taken again").isEqualTo(2);
        first.append(Fixtures.paused("w1/p", W1, day(10, 2)));
        batch.add(Fixtures.fulfilled("w1/f", W1, day(10, 3)));
        second.append(Fixtures.delivered("w1/d", W1, day(10, 4), "GBP 5.00"));

        assertThat(batch).containsExactly(W1_ANNOUNCED, Fixtures.committed("w1/c", W1, day(10, 1)),
                Fixtures.fulfilled("w1/f", W1, day(10, 3)));
        assertThat(first.events()).containsExactly(W1_ANNOUNCED, Fixtures.committed("w1/c", W1, day(10, 1)),
                Fixtures.paused("w1/p", W1, day(10, 2)));
        assertThat(second.events()).containsExactly(W1_ANNOUNCED, Fixtures.committed("w1/c", W1, day(10, 1)),
                Fixtures.delivered("w1/d", W1, day(10, 4), "GBP 5.00"));
        assertThat(first.asOf(day(12, 31)).pledge(W1.id()).orElseThrow().status()).isEqualTo(Status.PAUSED);
        assertThat(second.asOf(day(12, 31)).pledge(W1.id()).orElseThrow().status()).isEqualTo(Status.DELIVERING);
    }

    @Test
    void aBatchWithAnEventTwiceIsAppendedOnceAndOneWithAnIdReusedIsRejectedWhole() {
        LedgerEvent committed = Fixtures.committed("w1/c", W1, day(10, 1));
        EventBatch twice = batchOf(List.of(W1_ANNOUNCED, committed, committed));
        Ledger ledger = Ledger.create();

        assertThat(ledger.appendAll(twice)).isEqualTo(2);
        assertThat(ledger.events()).containsExactly(W1_ANNOUNCED, committed);

        EventBatch reused = batchOf(List.of(W1_ANNOUNCED, committed, Fixtures.paused("w1/c", W1, day(10, 2))));
        Ledger empty = Ledger.create();
        assertThatThrownBy(() -> empty.appendAll(reused)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Event id w1/c is already used by a different event");
        assertThat(empty.size()).isZero();
        assertThat(reused).hasSize(3);
    }

    @Test
    void aBatchAnEmptyLedgerRejectsLeavesTheLedgerEmptyAndTheBatchAsItWas() {
        List<LedgerEvent> events = List.of(W1_ANNOUNCED, Fixtures.resumed("w1/r", W1, day(10, 2)));
        EventBatch batch = batchOf(events);
        Ledger ledger = Ledger.create();

        assertThatThrownBy(() -> ledger.appendAll(batch)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only a paused pledge can resume");

        assertThat(ledger.size()).isZero();
        assertThat(ledger.events()).isEmpty();
        assertThat(batch).isEqualTo(events);
        assertThat(ledger.append(W1_ANNOUNCED)).isTrue();
        assertThat(ledger.events()).containsExactly(W1_ANNOUNCED);
        assertThat(batch).isEqualTo(events);
    }
}
