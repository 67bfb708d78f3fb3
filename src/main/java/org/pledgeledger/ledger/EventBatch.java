package org.pledgeledger.ledger;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list of events gathered to append at once, which keeps each event in a common shape as a
 * compact row rather than as objects.
 * <p>
 * {@code EventBatch batch = new EventBatch(); batch.add(event); ... ledger.appendAll(batch);}
 * <p>
 * A pledge's announcement, and its commitment, delivery without a rate, pause, resumption,
 * withdrawal or fulfilment, under an id of up to 11 characters that {@link EventId} packs, takes
 * about 30 bytes and no object of its own: it keeps only the values it shares with other events
 * (its pledge, pledge id, source, amount or reason). Any other event is kept as it is. A reader of a
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
        if (log.isFrozen()) {
            log = log.copy();
        }
        log.add(event);
        modCount++;
        return true;
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
        if (log.isFrozen()) {
            log = log.copy();
        }
        return log.handOver();
    }
}
