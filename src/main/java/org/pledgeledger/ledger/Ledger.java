package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.pledgeledger.model.PledgeId;

/**
 * The append-only ledger of pledge events, folded into answers on demand.
 * <pre>{@code
 *   Ledger ledger = Ledger.create();
 *   ledger.append(new PledgeEvent.Announced(EventId.of("msft/announced"), microsoft, date, Basis.OFFICIAL_STATEMENT));
 *   ledger.asOf(LocalDate.of(2025, 9, 30)).pledge(microsoft.id());   // ANNOUNCED
 * }</pre>
 * <h2>Rules</h2>
 * <ul>
 *   <li>Events are immutable and only appended. A mistake is corrected by a new event
 *       ({@link PledgeEvent.Corrected}), never by an edit.</li>
 *   <li>The caller's event id is the idempotency key: appending an equal event again is a no-op; a
 *       different event under an id already used is rejected.</li>
 *   <li>Every event must apply in the state it meets, by the rules of {@link Status}; an event
 *       dated before its pledge's announcement, a delivery beyond the amount pledged, or a
 *       correction of an unknown event is rejected. Events may be appended in any order: each
 *       pledge's events are folded in effective-date order (ties by recorded date, then append
 *       order), and the rules must hold for everything recorded, and for what was known on each
 *       earlier recorded date.</li>
 *   <li>A rejected append throws and leaves the ledger unchanged; {@link #appendAll(Collection)}
 *       is all or nothing.</li>
 *   <li>Statuses and balances are never stored: every question folds the events again.</li>
 * </ul>
 * <p>
 * This class is thread-safe: appends from many threads are serialised, and nothing appended is
 * lost or applied twice. Views are immutable snapshots.
 */
public final class Ledger {

    private final Object lock = new Object();
    private final List<Fold.Entry> log = new ArrayList<>();
    private final Map<EventId, Fold.Entry> byId = new HashMap<>();
    /** Each pledge's timeline in {@link Fold#ORDER}; replaced, never changed in place, so readers may keep it. */
    private final Map<PledgeId, List<Fold.Entry>> timelines = new HashMap<>();

    private Ledger() {
    }

    /**
     * Returns a new, empty ledger.
     *
     * @return the ledger, never null
     */
    public static Ledger create() {
        return new Ledger();
    }

    /**
     * Appends one event.
     *
     * @param event  the event, not null
     * @return true if appended, false if an equal event with that id was already there
     * @throws IllegalArgumentException if another event already has its id, it concerns an unknown
     *     pledge, is dated before its pledge's announcement, corrects an unknown event or one of
     *     another pledge, or delivers in a currency without a rate
     * @throws IllegalStateException if it cannot apply in the state it meets
     */
    public boolean append(PledgeEvent event) {
        return appendAll(List.of(Objects.requireNonNull(event, "event"))) == 1;
    }

    /**
     * Appends events atomically: all of them, or none if any is rejected.
     *
     * @param events  the events, in any order, not null, no null elements
     * @return how many were new (equal events already present are skipped)
     * @throws IllegalArgumentException as {@link #append(PledgeEvent)}, naming the event
     * @throws IllegalStateException as {@link #append(PledgeEvent)}, naming the event
     */
    public int appendAll(Collection<? extends PledgeEvent> events) {
        Objects.requireNonNull(events, "events");
        synchronized (lock) {
            Map<EventId, PledgeEvent> fresh = new LinkedHashMap<>();
            for (PledgeEvent e : events) {
                Objects.requireNonNull(e, "events element");
                PledgeEvent existing = byId.containsKey(e.id()) ? byId.get(e.id()).event() : fresh.get(e.id());
                if (existing == null) {
                    fresh.put(e.id(), e);
                } else if (!existing.equals(e)) {
                    throw new IllegalArgumentException("Event id " + e.id() + " is already used by a different event: "
                            + describe(existing) + "; rejected: " + describe(e));
                }
            }
            if (fresh.isEmpty()) {
                return 0;
            }
            long seq = log.size();
            Map<PledgeId, List<Fold.Entry>> changed = new HashMap<>();
            List<Fold.Entry> added = new ArrayList<>(fresh.size());
            for (PledgeEvent e : fresh.values()) {
                Fold.Entry entry = new Fold.Entry(e, seq++);
                added.add(entry);
                changed.computeIfAbsent(e.pledgeId(), id -> new ArrayList<>(timelines.getOrDefault(id, List.of())))
                        .add(entry);
            }
            for (Fold.Entry entry : added) {
                checkReferences(entry.event(), fresh, changed.get(entry.event().pledgeId()));
            }
            for (List<Fold.Entry> timeline : changed.values()) {
                timeline.sort(Fold.ORDER);
                check(timeline, fresh);
            }
            for (Fold.Entry entry : added) {
                log.add(entry);
                byId.put(entry.event().id(), entry);
            }
            changed.forEach((id, timeline) -> timelines.put(id, Collections.unmodifiableList(timeline)));
            return added.size();
        }
    }

    /**
     * Returns every event in the order it was appended.
     *
     * @return a snapshot of the events, never null
     */
    public List<PledgeEvent> events() {
        synchronized (lock) {
            return log.stream().map(Fold.Entry::event).toList();
        }
    }

    /**
     * Returns the number of events appended.
     *
     * @return the count, zero or more
     */
    public int size() {
        synchronized (lock) {
            return log.size();
        }
    }

    /**
     * Returns the event with an id.
     *
     * @param id  the event id, not null
     * @return the event, or empty, never null
     */
    public Optional<PledgeEvent> event(EventId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(byId.get(id)).map(Fold.Entry::event);
        }
    }

    /**
     * Returns what the ledger says about a date, using everything recorded.
     *
     * @param date  the date, not null
     * @return the view, never null
     */
    public LedgerView asOf(LocalDate date) {
        return view(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * Returns what a reader knew on a date: the view as of that date, using only the events recorded by then.
     *
     * @param knownOn  the date, not null
     * @return the view, never null
     */
    public LedgerView asKnownOn(LocalDate knownOn) {
        Objects.requireNonNull(knownOn, "knownOn");
        return view(knownOn, knownOn);
    }

    /**
     * Returns the view as of one date using only the events recorded by another (bitemporal).
     *
     * @param date  the effective date, not null
     * @param knownOn  the last recorded date to use, not null
     * @return the view, never null
     */
    public LedgerView asOf(LocalDate date, LocalDate knownOn) {
        return view(Objects.requireNonNull(date, "date"), Objects.requireNonNull(knownOn, "knownOn"));
    }

    /**
     * Returns how each pledge changed between two dates, using everything recorded.
     * <p>
     * A pledge is listed if an event took effect after {@code from} and on or before {@code to},
     * in pledge id order.
     *
     * @param from  the start, exclusive, not null
     * @param to  the end, inclusive, not before the start, not null
     * @return the changes, never null
     * @throws IllegalArgumentException if the end is before the start
     */
    public List<PledgeChange> changes(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Changes from " + from + " to " + to + ": the end is before the start");
        }
        List<PledgeChange> changes = new ArrayList<>();
        for (List<Fold.Entry> timeline : snapshot()) {
            List<PledgeEvent> between = timeline.stream().map(Fold.Entry::event)
                    .filter(e -> e.effective().isAfter(from) && !e.effective().isAfter(to)).toList();
            if (!between.isEmpty()) {
                changes.add(new PledgeChange(between.get(0).pledgeId(), Optional.ofNullable(Fold.fold(timeline, from, null)),
                        Optional.ofNullable(Fold.fold(timeline, to, null)), between));
            }
        }
        changes.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(changes);
    }

    /**
     * Returns a summary: the number of events and pledges.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        synchronized (lock) {
            return "Ledger[" + log.size() + " events, " + timelines.size() + " pledges]";
        }
    }

    private LedgerView view(LocalDate date, LocalDate knownOn) {
        List<PledgeState> states = new ArrayList<>();
        for (List<Fold.Entry> timeline : snapshot()) {
            PledgeState state = Fold.fold(timeline, date, knownOn);
            if (state != null) {
                states.add(state);
            }
        }
        states.sort((a, b) -> a.id().compareTo(b.id()));
        return new LedgerView(date, Optional.ofNullable(knownOn), states);
    }

    private List<List<Fold.Entry>> snapshot() {
        synchronized (lock) {
            return new ArrayList<>(timelines.values());
        }
    }

    private void checkReferences(PledgeEvent e, Map<EventId, PledgeEvent> fresh, List<Fold.Entry> timeline) {
        Optional<PledgeEvent.Announced> announced = timeline.stream().map(Fold.Entry::event)
                .filter(PledgeEvent.Announced.class::isInstance).map(PledgeEvent.Announced.class::cast).findFirst();
        if (announced.isEmpty()) {
            throw new IllegalArgumentException("Event " + describe(e) + " concerns pledge " + e.pledgeId()
                    + ", which has not been announced: append its PledgeEvent.Announced first or in the same batch");
        }
        LocalDate announcedOn = announced.get().effective();
        if (e.effective().isBefore(announcedOn)) {
            throw new IllegalArgumentException("Event " + describe(e) + " is dated " + e.effective() + ", before pledge "
                    + e.pledgeId() + " was announced on " + announcedOn);
        }
        if (e instanceof PledgeEvent.Announced) {
            timeline.stream().map(Fold.Entry::event).filter(other -> other.effective().isBefore(announcedOn)).findFirst()
                    .ifPresent(other -> {
                        throw new IllegalArgumentException("Announcement " + e.id() + " dates pledge " + e.pledgeId() + " "
                                + announcedOn + ", after its event " + describe(other) + " dated " + other.effective());
                    });
        }
        if (e instanceof PledgeEvent.Corrected c) {
            PledgeEvent target = byId.containsKey(c.supersedes()) ? byId.get(c.supersedes()).event() : fresh.get(c.supersedes());
            if (target == null) {
                throw new IllegalArgumentException("Correction " + c.id() + " supersedes " + c.supersedes()
                        + ", which is not in the ledger");
            }
            if (!target.pledgeId().equals(c.pledgeId())) {
                throw new IllegalArgumentException("Correction " + c.id() + " of pledge " + c.pledgeId() + " supersedes "
                        + c.supersedes() + ", an event of pledge " + target.pledgeId());
            }
        }
    }

    /**
     * Folds the timeline with everything recorded, then as known on each recorded date, so that every
     * view the ledger can give is a possible history. An error caused by an earlier event meeting
     * a newly appended one says which append caused it.
     */
    private static void check(List<Fold.Entry> timeline, Map<EventId, PledgeEvent> fresh) {
        try {
            Fold.fold(timeline, null, null);
            if (!knowledgeIsAPrefix(timeline)) {
                TreeSet<LocalDate> recordedDates = new TreeSet<>();
                timeline.forEach(e -> recordedDates.add(e.event().recorded()));
                for (LocalDate knownOn : recordedDates) {
                    Fold.fold(timeline, null, knownOn);
                }
            }
        } catch (Fold.IllegalMove e) {
            if (fresh.containsKey(e.event().id())) {
                throw e;
            }
            String causes = fresh.values().stream().filter(f -> f.pledgeId().equals(e.event().pledgeId()))
                    .map(Ledger::describe).collect(Collectors.joining(", "));
            throw new IllegalStateException(e.getMessage() + "; this follows from appending " + causes, e);
        }
    }

    /**
     * Checks whether what was known on every date is a prefix of the timeline, already checked by
     * the full fold: true when recorded dates never go backwards along it and no correction (which
     * could void an earlier event from a later recorded date) is in it.
     */
    private static boolean knowledgeIsAPrefix(List<Fold.Entry> timeline) {
        LocalDate last = LocalDate.MIN;
        for (Fold.Entry entry : timeline) {
            PledgeEvent e = entry.event();
            if (e instanceof PledgeEvent.Corrected || e.recorded().isBefore(last)) {
                return false;
            }
            last = e.recorded();
        }
        return true;
    }

    private static String describe(PledgeEvent e) {
        return e.id() + " (" + e.describe() + ", pledge " + e.pledgeId() + ", " + e.effective() + ")";
    }
}
