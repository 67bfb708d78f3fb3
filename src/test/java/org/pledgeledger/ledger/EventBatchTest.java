package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;

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
    private static final CurrencyUnit GBP = Amounts.currency("GBP");

    private static PledgeEvent.DeliveryRecorded delivery(String id, LocalDate on, String number, CurrencyUnit currency) {
        return new PledgeEvent.DeliveryRecorded(EventId.of(id), W1.id(), on, on, Fixtures.SOURCE, Basis.PRESS_REPORT,
                Amounts.of(new BigDecimal(number), currency), Optional.empty());
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "w1/d, 2025-10-01, 10.00",
            "w1/d, 2025-10-01, 10",
            "w1/d, 2025-10-01, 0.10",
            "w1/d, 2025-10-01, 1E+3",
            "w1/d, 2025-10-01, 4999999999.999999",
            "w1/d, 2026-03-31, 4653893398.93",
            "w1/a-delivery-under-an-id-too-long-to-pack, 2025-10-01, 10.00",
            "w1/d, +999999999-12-31, 10.00",
    })
    void aDeliveryAddedAsItsValuesIsTheEventAddedWholeAndFoldsAlike(String id, String on, String number) {
        LocalDate day = LocalDate.parse(on);
        PledgeEvent.DeliveryRecorded event = delivery(id, day, number, GBP);
        EventBatch asValues = batchOf(List.of(W1_ANNOUNCED));
        EventBatch asEvent = batchOf(List.of(W1_ANNOUNCED, event));

        assertThat(asValues.addDelivery(EventId.of(id), W1.id(), day, day, Fixtures.SOURCE, Basis.PRESS_REPORT, new BigDecimal(number),
                GBP)).isTrue();

        assertThat(asValues).isEqualTo(asEvent).containsExactly(W1_ANNOUNCED, event);
        assertThat(asValues.get(1)).isEqualTo(event).hasSameHashCodeAs(event);
        assertThat(((PledgeEvent.DeliveryRecorded) asValues.get(1)).amount()).isEqualTo(event.amount());
        Ledger fromValues = Ledger.create();
        Ledger fromEvent = Ledger.create();
        fromValues.appendAll(asValues);
        fromEvent.appendAll(asEvent);
        PledgeState state = fromValues.asOf(LocalDate.MAX).pledge(W1.id()).orElseThrow();
        assertThat(state).isEqualTo(fromEvent.asOf(LocalDate.MAX).pledge(W1.id()).orElseThrow());
        assertThat(state.delivered()).isEqualTo(event.amount());
        assertThat(fromValues.events()).isEqualTo(fromEvent.events());
    }

    @Test
    void aDeliveryAddedAsItsValuesInAnotherCurrencyIsRefusedByTheFoldAsTheEventIs() {
        LocalDate day = day(10, 1);
        EventBatch asValues = batchOf(List.of(W1_ANNOUNCED));
        asValues.addDelivery(EventId.of("w1/d"), W1.id(), day, day, Fixtures.SOURCE, Basis.PRESS_REPORT, new BigDecimal("10.00"),
                Amounts.currency("USD"));
        EventBatch asEvent = batchOf(List.of(W1_ANNOUNCED, delivery("w1/d", day, "10.00", Amounts.currency("USD"))));

        Ledger fromEvent = Ledger.create();
        Throwable expected = org.assertj.core.api.Assertions.catchThrowable(() -> fromEvent.appendAll(asEvent));
        Ledger fromValues = Ledger.create();

        assertThat(expected).isNotNull();
        assertThatThrownBy(() -> fromValues.appendAll(asValues)).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage())
                .hasMessageContaining("needs an explicit USD/GBP rate");
        assertThat(fromValues.size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0       | Delivery w1/d of GBP 0.00: a delivery must be positive",
            "-10.00  | Delivery w1/d of GBP -10.00: a delivery must be positive",
            "TOO_MANY| significant digits",
    })
    void aDeliveryAddedAsItsValuesIsRefusedAsTheEventIsAndTheBatchStaysAsItWas(String number, String message) {
        BigDecimal n = number.equals("TOO_MANY") ? new BigDecimal("1".repeat(Amounts.MAX_DIGITS + 1)) : new BigDecimal(number);
        LocalDate day = day(10, 1);
        EventBatch batch = batchOf(List.of(W1_ANNOUNCED));

        assertThatThrownBy(() -> batch.addDelivery(EventId.of("w1/d"), W1.id(), day, day, Fixtures.SOURCE, Basis.PRESS_REPORT, n, GBP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> new PledgeEvent.DeliveryRecorded(EventId.of("w1/d"), W1.id(), day, day, Fixtures.SOURCE,
                Basis.PRESS_REPORT, Amounts.of(n, GBP), Optional.empty())).as("the event, as the reader makes it")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(batch).containsExactly(W1_ANNOUNCED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"id", "pledgeId", "effective", "recorded", "source", "basis", "number", "currency"})
    void aDeliveryAddedAsItsValuesRefusesEachNullNamingIt(String missing) {
        LocalDate day = day(10, 1);
        EventId id = missing.equals("id") ? null : EventId.of("w1/d");
        PledgeId pledge = missing.equals("pledgeId") ? null : W1.id();
        LocalDate effective = missing.equals("effective") ? null : day;
        LocalDate recorded = missing.equals("recorded") ? null : day;
        Source source = missing.equals("source") ? null : Fixtures.SOURCE;
        Basis basis = missing.equals("basis") ? null : Basis.PRESS_REPORT;
        BigDecimal number = missing.equals("number") ? null : BigDecimal.TEN;
        CurrencyUnit currency = missing.equals("currency") ? null : GBP;
        EventBatch batch = batchOf(List.of(W1_ANNOUNCED));

        assertThatThrownBy(() -> batch.addDelivery(id, pledge, effective, recorded, source, basis, number, currency))
                .isInstanceOf(NullPointerException.class).hasMessage(missing);
        assertThat(batch).containsExactly(W1_ANNOUNCED);
    }

    @Test
    void aDeliveryAddedAsItsValuesAfterALedgerTookTheRowsLeavesTheLedgerAsItWas() {
        EventBatch batch = batchOf(List.of(W1_ANNOUNCED));
        Ledger ledger = Ledger.create();
        ledger.appendAll(batch);

        batch.addDelivery(EventId.of("w1/d"), W1.id(), day(10, 1), day(10, 1), Fixtures.SOURCE, Basis.PRESS_REPORT, BigDecimal.TEN, GBP);

        assertThat(batch).containsExactly(W1_ANNOUNCED, delivery("w1/d", day(10, 1), "10", GBP));
        assertThat(ledger.events()).containsExactly(W1_ANNOUNCED);
    }
}
