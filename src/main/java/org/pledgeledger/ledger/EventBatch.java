package org.pledgeledger.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

import javax.money.CurrencyUnit;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;

/**
 * A list of events gathered to append at once, which keeps each event in a common shape as a
 * compact row rather than as objects.
 * <p>
 * {@code EventBatch batch = new EventBatch(); batch.add(event); ... ledger.appendAll(batch);}
 * <p>
 * A pledge's announcement, and its commitment, delivery without a rate, pause, resumption,
 * withdrawal or fulfilment, under an id of up to 11 characters that {@link EventId} packs, takes
 * about 30 bytes and no object of its own: it keeps only the values it shares with other events
 * (its pledge, pledge id, source, amount or reason). A delivery may be added as its values
 * ({@link #addDelivery}), and its amount is then kept as a number and a currency, and made only
 * when asked for. Any other event is kept as it is. A reader of a
 * million events can so drop each event object as soon as it is added, and
 * {@link Ledger#appendAll} takes the rows as they are, without making the events again: an empty
 * ledger takes the rows themselves, and the batch copies them before it next changes.
 * <p>
 * {@link #get(int)} returns an event equal to the one added, made from its row when it is asked
 * for (so not the same object). Nulls are refused; elements cannot be removed or replaced.
 * <p>
 * This class is mutable and not thread-safe: a batch is filled by one thread and handed on after.
 */
public final class EventBatch extends AbstractList<LedgerEvent> implements RandomAccess {

    /** The rows; a log handed over to a ledger, frozen, until the batch next changes and copies it. */
    private EventLog log = new EventLog();

    /**
     * Creates an empty batch.
     */
    public EventBatch() {
    }

    /**
     * Adds an event at the end.
     *
     * @param event  the event, not null
     * @return true
     * @throws IllegalStateException if the batch holds {@code Integer.MAX_VALUE} events already
     */
    @Override
    public boolean add(LedgerEvent event) {
        Objects.requireNonNull(event, "event");
        writableLog().add(event);
        modCount++;
        return true;
    }

    /**
     * Adds a delivery without a rate at the end, given as its values, its amount as a number and a
     * currency: the event {@code add(new PledgeEvent.DeliveryRecorded(id, pledgeId, effective,
     * recorded, source, basis, Amounts.of(number, currency), Optional.empty()))} would add, without
     * making it or its amount. A reader of many deliveries makes neither, and {@link #get(int)}
     * makes both when asked.
     * <p>
     * {@code batch.addDelivery(EventId.of("msft-d1"), PledgeId.of("msft"), day, day, source,
     * Basis.PRESS_REPORT, new BigDecimal("1500000000.00"), GBP)}
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param number  the amount delivered, positive, at most {@link Amounts#MAX_DIGITS} significant
     *     digits, not null
     * @param currency  the amount's currency, not null
     * @return true
     * @throws IllegalArgumentException if a value breaks a rule of
     *     {@link PledgeEvent.DeliveryRecorded} or of {@link Amounts#of(BigDecimal, CurrencyUnit)},
     *     with nothing added
     * @throws IllegalStateException if the batch holds {@code Integer.MAX_VALUE} events already
     */
    public boolean addDelivery(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis,
            BigDecimal number, CurrencyUnit currency) {
        writableLog().addDelivery(id, pledgeId, effective, recorded, source, basis, number, currency);
        modCount++;
        return true;
    }

    /** The log to add to or hand over: a copy of the rows, once, if a ledger took them ({@link #handOver}). */
    private EventLog writableLog() {
        if (log.isFrozen()) {
            log = log.copy();
        }
        return log;
    }

    /**
     * Returns the event at an index, equal to the one added.
     *
     * @param index  the index, 0 to size - 1
     * @return the event, never null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    @Override
    public LedgerEvent get(int index) {
        return log.get(index);
    }

    /**
     * Returns how many events the batch holds.
     *
     * @return the count, zero or more
     */
    @Override
    public int size() {
        return log.size();
    }

    /** The rows, for the ledger to append as they are. */
    EventLog log() {
        return log;
    }

    /** Hands the rows over to a ledger, which goes on from them ({@link EventLog#handOver()}). */
    EventLog handOver() {
        return writableLog().handOver();
    }
}
