package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * What every subject's events have in common: their order, and which of them count in a view.
 * <p>
 * A timeline is kept in <em>timeline order</em>: effective date, the opening event first, recorded
 * date, then append order ({@link EventLog#compareInOrder} compares the rest; a timeline lists its
 * events in append order before it is sorted, and the sort is stable, so events equal by the rest
 * keep that order).
 * <p>
 * This class is immutable and thread-safe.
 */
final class Timeline {

    private Timeline() {
    }

    /**
     * Returns a timeline kept as positions in a log as a list of its events, each made from its row
     * once, here.
     *
     * @param log  the log, not null
     * @param positions  the events' positions in the log, in timeline order, at least one
     * @return an unmodifiable list of the events, never null
     */
    static List<LedgerEvent> of(EventLog log, int[] positions) {
        if (positions.length == 1) {
            return List.of(log.get(positions[0]));
        }
        LedgerEvent[] events = new LedgerEvent[positions.length];
        for (int i = 0; i < positions.length; i++) {
            events[i] = log.get(positions[i]);
        }
        return new Frozen(events);
    }

    /**
     * Returns a timeline kept as positions in a log as a list that makes each event from its row
     * when asked for it, and keeps none: a view of many pledges makes the events of those whose
     * history is read.
     *
     * @param log  the log, read only, not null
     * @param positions  the events' positions in the log, in timeline order; not copied
     * @return an unmodifiable list of the events, never null
     */
    static List<LedgerEvent> lazy(EventLog log, int[] positions) {
        return new Lazy(log, positions);
    }

    /** An unmodifiable list of the events at some positions of a log, each made when asked for. */
    private static final class Lazy extends AbstractList<LedgerEvent> implements RandomAccess {

        private final EventLog log;
        private final int[] positions;

        Lazy(EventLog log, int[] positions) {
            this.log = log;
            this.positions = positions;
        }

        @Override
        public LedgerEvent get(int index) {
            return log.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }

    /** An unmodifiable list over an array that no one changes: what a reader of a timeline gets, one object. */
    private static final class Frozen extends AbstractList<LedgerEvent> implements RandomAccess {

        private final LedgerEvent[] events;

        Frozen(LedgerEvent[] events) {
            this.events = events;
        }

        @Override
        public LedgerEvent get(int index) {
            return events[index];
        }

        @Override
        public int size() {
            return events.length;
        }
    }

    /**
     * Checks whether an event opens a subject's timeline: a pledge's announcement or an agreement's record.
     *
     * @param e  the event
     * @return true for an opening event
     */
    static boolean opens(LedgerEvent e) {
        return e instanceof PledgeEvent.Announced || e instanceof AgreementEvent.Recorded;
    }

    /**
     * Returns the events that count in a view, in order: those recorded by {@code knownOn}, less
     * corrections and the events superseded by a correction that itself counts.
     *
     * @param timeline  events in timeline order, a random-access list (as every timeline is)
     * @param knownOn  the last recorded date to consider, or null for all
     * @return the events, unmodifiable, never null; the timeline itself when all of them count
     */
    static List<LedgerEvent> live(List<LedgerEvent> timeline, LocalDate knownOn) {
        Map<EventId, List<EventId>> correctionsByTarget = Map.of();
        boolean allLive = true;
        // by index, as every fold calls this: an iterator a pledge was a fifth of what a fold of many allocated
        int size = timeline.size();
        for (int i = 0; i < size; i++) {
            LedgerEvent e = timeline.get(i);
            if (e instanceof Correction c) {
                allLive = false;
                if (known(c, knownOn)) {
                    if (correctionsByTarget.isEmpty()) {
                        correctionsByTarget = new HashMap<>();
                    }
                    correctionsByTarget.computeIfAbsent(c.supersedes(), k -> new ArrayList<>()).add(c.id());
                }
            } else if (!known(e, knownOn)) {
                allLive = false;
            }
        }
        if (allLive) {
            // no correction and nothing unknown: every event counts, and an unmodifiable timeline is its own answer
            return timeline;
        }
        Map<EventId, Boolean> memo = correctionsByTarget.isEmpty() ? Map.of() : new HashMap<>();
        List<LedgerEvent> live = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LedgerEvent e = timeline.get(i);
            if (known(e, knownOn) && !(e instanceof Correction) && !isVoided(e.id(), correctionsByTarget, memo)) {
                live.add(e);
            }
        }
        return Collections.unmodifiableList(live);
    }

    /**
     * Checks whether what was known on every date is a prefix of a timeline: true when recorded
     * dates never go backwards along it and no correction (which could supersede an earlier event
     * from a later recorded date) is in it; read from the log's rows.
     *
     * @param log  the log, not null
     * @param positions  the timeline's events' positions in the log, in timeline order
     * @return true if checking the whole timeline checks every as-known-on view too
     */
    static boolean knowledgeIsAPrefix(EventLog log, int[] positions) {
        long last = Long.MIN_VALUE;
        for (int p : positions) {
            long recorded = log.recordedDay(p);
            if (log.isCorrection(p) || recorded < last) {
                return false;
            }
            last = recorded;
        }
        return true;
    }

    private static boolean known(LedgerEvent e, LocalDate knownOn) {
        return knownOn == null || !e.recorded().isAfter(knownOn);
    }

    private static boolean isVoided(EventId id, Map<EventId, List<EventId>> correctionsByTarget, Map<EventId, Boolean> memo) {
        if (correctionsByTarget.isEmpty()) {
            return false;
        }
        Boolean cached = memo.get(id);
        if (cached != null) {
            return cached;
        }
        boolean result = false;
        for (EventId correction : correctionsByTarget.getOrDefault(id, List.of())) {
            if (!isVoided(correction, correctionsByTarget, memo)) {
                result = true;
                break;
            }
        }
        memo.put(id, result);
        return result;
    }
}
