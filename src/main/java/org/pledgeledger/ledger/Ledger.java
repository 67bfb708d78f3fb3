package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;

/**
 * The append-only ledger of events about pledges, agreements and conditions, folded into answers on demand.
 * <pre>{@code
 *   Ledger ledger = Ledger.create();
 *   ledger.append(new PledgeEvent.Announced(EventId.of("msft/announced"), microsoft, date, Basis.OFFICIAL_STATEMENT));
 *   ledger.asOf(LocalDate.of(2025, 9, 30)).pledge(microsoft.id());   // ANNOUNCED
 * }</pre>
 * <h2>Rules</h2>
 * <ul>
 *   <li>Events are immutable and only appended. A mistake is corrected by a new event
 *       ({@link Correction}), never by an edit.</li>
 *   <li>The caller's event id is the idempotency key: appending an equal event again is a no-op; a
 *       different event under an id already used is rejected.</li>
 *   <li>Every pledge or agreement event must apply in the state it meets, by the rules of
 *       {@link Status} and {@link AgreementStatus}; an event dated before its pledge's announcement
 *       or its agreement's record, a delivery beyond the amount pledged, or a correction of an
 *       unknown event is rejected. Events may be appended in any order: each subject's events are
 *       folded in effective-date order (ties by recorded date, then append order), and the rules
 *       must hold for everything recorded, and for what was known on each earlier recorded date.</li>
 *   <li>A rejected append throws and leaves the ledger unchanged; {@link #appendAll(Collection)}
 *       is all or nothing.</li>
 *   <li>Statuses and balances are never stored: every question folds the events again.</li>
 * </ul>
 * <p>
 * A pledge event in a common shape is kept as a compact row, not as objects, and made again when
 * asked for: {@link #events()}, {@link #event(EventId)} and the views return events equal to those
 * appended, not the same objects. An {@link EventBatch} keeps events so from the start, for a
 * reader of many events to append.
 * <p>
 * This class is thread-safe: appends from many threads are serialised, and nothing appended is
 * lost or applied twice. Views are immutable snapshots.
 */
public final class Ledger {

    /** The subject of a milestone or judgement: its kind and name. */
    private record Fact(String kind, String name) {
    }

    private final Object lock = new Object();
    /**
     * Every event in append order, in rows ({@link EventLog}): an event is made from its row when
     * asked. Replaced only when an empty ledger takes a batch's rows ({@link EventBatch}).
     */
    private EventLog log = new EventLog();
    /** The log's events by id: an index of positions, not a map of nodes. */
    private EventIndex byId = new EventIndex(log);
    /** The subjects that have a timeline, numbered in the order they were first met. */
    private Subjects subjects = new Subjects();
    /**
     * Each subject's timeline by its number, as positions in the log in {@linkplain Timeline timeline order}: the
     * position of its only event, or -1 when {@link #many} holds the positions, in an array replaced on
     * append and never changed, so readers may keep it. An event's subject is found from the event (a
     * correction's, through the event it supersedes), so no map from events to subjects is kept.
     */
    private int[] only = new int[16];
    /** The positions of each subject's events where it has more than one; else null. */
    private int[][] many = new int[16][];

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
     * @throws IllegalArgumentException if another event already has its id, it concerns a pledge or
     *     agreement not yet recorded, is dated before its subject's first event, corrects an
     *     unknown event, or delivers in a currency without a rate
     * @throws IllegalStateException if it cannot apply in the state it meets
     */
    public boolean append(LedgerEvent event) {
        return appendAll(List.of(Objects.requireNonNull(event, "event"))) == 1;
    }

    /**
     * Appends events atomically: all of them, or none if any is rejected.
     *
     * @param events  the events, in any order, not null, no null elements
     * @return how many were new (equal events already present are skipped)
     * @throws IllegalArgumentException as {@link #append(LedgerEvent)}, naming the event
     * @throws IllegalStateException as {@link #append(LedgerEvent)}, naming the event
     */
    public int appendAll(Collection<? extends LedgerEvent> events) {
        Objects.requireNonNull(events, "events");
        synchronized (lock) {
            int base = log.size();
            EventLog before = log;
            try {
                EventIndex freshIds = fresh(events, base);
                int count = log.size() - base;
                if (count == 0) {
                    return 0;
                }
                // the batch's subjects, numbered as met, and each fresh event's subject
                // most batches name a subject in more than one event, a journal's two or more a pledge
                Subjects touched = new Subjects(count / 2);
                int[] subjectOf = subjectsOf(base, count, touched, freshIds);
                int[][] merged = merged(base, touched, subjectOf);
                checkAll(base, touched, subjectOf, merged, freshIds);
                if (base == 0) {
                    // the first batch (a journal's replay): its index and subjects, numbered the same, serve as the ledger's
                    byId = freshIds;
                    subjects = touched;
                    only = new int[Math.max(16, merged.length)];
                    many = new int[only.length][];
                    for (int s = 0; s < merged.length; s++) {
                        keep(s, merged[s]);
                    }
                } else {
                    for (int p = base; p < log.size(); p++) {
                        byId.add(p);
                    }
                    for (int s = 0; s < merged.length; s++) {
                        int number = subjects.add(touched.get(s));
                        if (number >= only.length) {
                            int length = Math.max(number + 1, only.length + (only.length >> 1));
                            only = Arrays.copyOf(only, length);
                            many = Arrays.copyOf(many, length);
                        }
                        keep(number, merged[s]);
                    }
                }
                return count;
            } catch (RuntimeException | Error e) {
                if (log != before) {
                    // the batch's rows were taken: the batch keeps them, the ledger its empty log
                    log = before;
                } else {
                    log.truncate(base);
                }
                throw e;
            }
        }
    }

    /** No positions: the timeline a subject met for the first time had before. */
    private static final int[] NONE = {};

    /** Keeps a subject's timeline: the one position alone, or the array. */
    private void keep(int number, int[] timeline) {
        only[number] = timeline.length == 1 ? timeline[0] : -1;
        many[number] = timeline.length == 1 ? null : timeline;
    }

    /**
     * Adds the batch's new events to the log from {@code base} on, in order, skipping those equal
     * to one in the ledger or earlier in the batch, and indexes them; each loop of an append is a
     * method of its own, which the compiler compiles apart, a replay's long loops each on its own.
     * A batch kept in rows ({@link EventBatch}) is added row by row, making no event.
     *
     * @return the index of the fresh events
     * @throws IllegalArgumentException if an id is already used by a different event
     */
    private EventIndex fresh(Collection<? extends LedgerEvent> events, int base) {
        if (base == 0 && events instanceof EventBatch batch && !batch.isEmpty()) {
            EventIndex taken = take(batch);
            if (taken != null) {
                return taken;
            }
        }
        EventIndex freshIds = new EventIndex(log, Math.min(events.size(), EventIndex.MAX_EXPECTED));
        if (events instanceof EventBatch batch) {
            EventLog rows = batch.log();
            for (int i = 0; i < rows.size(); i++) {
                log.addRow(rows, i);
                keepIfFresh(freshIds);
            }
        } else {
            for (LedgerEvent e : events) {
                log.add(Objects.requireNonNull(e, "events element"));
                keepIfFresh(freshIds);
            }
        }
        return freshIds;
    }

    /**
     * Takes a batch's rows as the log of this empty ledger, and indexes them, if no two have the
     * same id (as a journal's never have): nothing is then copied, skipped or compared.
     *
     * @return the index of the rows, or null if two have the same id, and the log is as it was
     */
    private EventIndex take(EventBatch batch) {
        EventLog rows = batch.handOver();
        EventIndex ids = new EventIndex(rows, Math.min(rows.size(), EventIndex.MAX_EXPECTED));
        if (ids.addAllIfAbsent(0, rows.size()) >= 0) {
            return null;
        }
        log = rows;
        return ids;
    }

    /**
     * Indexes the event just added at the log's end, or takes it off again if an event with its id
     * is in the ledger or earlier in the batch.
     *
     * @throws IllegalArgumentException if that event is a different one
     */
    private void keepIfFresh(EventIndex freshIds) {
        int at = log.size() - 1;
        int existing = byId.positionOfIdAt(at);
        if (existing < 0) {
            // indexed, or found among the batch's, in one probe
            existing = freshIds.addIfAbsent(at);
        }
        if (existing >= 0) {
            LedgerEvent e = log.get(at);
            LedgerEvent known = log.get(existing);
            log.truncate(at);
            if (!known.equals(e)) {
                throw new IllegalArgumentException("Event id " + e.id() + " is already used by a different event: "
                        + describe(known) + "; rejected: " + describe(e));
            }
        }
    }

    /**
     * Each touched subject's timeline: the one kept, then its fresh events in append order, which
     * the stable sort keeps among equals; arrays sized once, no working lists.
     */
    private int[][] merged(int base, Subjects touched, int[] subjectOf) {
        int[] filled = new int[touched.size()];
        for (int s : subjectOf) {
            filled[s]++;
        }
        int[][] merged = new int[touched.size()][];
        for (int s = 0; s < merged.length; s++) {
            int known = base == 0 ? -1 : subjects.numberOf(touched.get(s));
            int[] old = known < 0 ? NONE : timeline(only, many, known);
            merged[s] = Arrays.copyOf(old, old.length + filled[s]);
            filled[s] = old.length;
        }
        for (int i = 0; i < subjectOf.length; i++) {
            merged[subjectOf[i]][filled[subjectOf[i]]++] = base + i;
        }
        return merged;
    }

    /** A subject's timeline as kept: its positions in the log, never changed. */
    private static int[] timeline(int[] only, int[][] many, int number) {
        return only[number] >= 0 ? new int[] {only[number]} : many[number];
    }

    /**
     * Checks each fresh event against its subject's opening, then sorts each touched timeline into
     * {@linkplain Timeline timeline order} where it is not, and checks it by folding.
     *
     * @throws IllegalArgumentException or IllegalStateException as {@link #append(LedgerEvent)}
     */
    private void checkAll(int base, Subjects touched, int[] subjectOf, int[][] merged, EventIndex freshIds) {
        for (int i = 0; i < subjectOf.length; i++) {
            checkOpening(base + i, merged[subjectOf[i]]);
        }
        for (int s = 0; s < merged.length; s++) {
            if (!isOrdered(merged[s])) {
                merged[s] = sorted(merged[s]);
            }
            check(touched.get(s), merged[s], freshIds);
        }
    }

    /**
     * Returns every event in the order it was appended.
     *
     * @return a snapshot of the events, never null
     */
    public List<LedgerEvent> events() {
        EventLog events;
        synchronized (lock) {
            events = log.frozen();
        }
        return List.copyOf(events);
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
    public Optional<LedgerEvent> event(EventId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(byId.get(id));
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
     * Folds each pledge as of a date, using everything recorded, and hands its state to an action,
     * one at a time, keeping none: a report over a million pledges needs no list of a million states.
     * <p>
     * {@code ledger.forEachPledge(date, state -> totals.add(state.pledge()))}
     * <p>
     * The states are those of {@code asOf(date).pledges()}, in no particular order, of the ledger
     * as it was when the call began.
     *
     * @param date  the date, not null
     * @param action  what to do with each state, not null
     */
    public void forEachPledge(LocalDate date, Consumer<? super PledgeState> action) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        Snapshot snapshot = snapshot();
        for (int i = 0; i < snapshot.subjects().length; i++) {
            if (snapshot.subjects()[i] instanceof PledgeId) {
                PledgeState state = snapshot.fold(i, date, null);
                if (state != null) {
                    action.accept(state);
                }
            }
        }
    }

    /**
     * Hands each pledge announced as of a date, as announced, to an action, one at a time, keeping
     * none: what a total of pledged amounts needs, without folding each pledge's state.
     * <p>
     * {@code ledger.forEachAnnounced(date, pledge -> totals.add(pledge))}
     * <p>
     * The pledges are those of the states {@link #forEachPledge} hands over ({@code state.pledge()}),
     * in no particular order, of the ledger as it was when the call began: a pledge's announcement
     * is the first of its events in every view (the ledger checks it so on append), so where no
     * correction touches a pledge it is read from there, and only a pledge with a correction is folded.
     *
     * @param date  the date, not null
     * @param action  what to do with each pledge, not null
     */
    public void forEachAnnounced(LocalDate date, Consumer<? super Pledge> action) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        Snapshot snapshot = snapshot();
        long day = date.toEpochDay();
        for (int i = 0; i < snapshot.subjects().length; i++) {
            if (snapshot.subjects()[i] instanceof PledgeId) {
                Pledge pledge;
                if (snapshot.hasCorrection(i)) {
                    PledgeState state = PledgeFold.fold(snapshot.timeline(i), date, null);
                    pledge = state == null ? null : state.pledge();
                } else {
                    pledge = snapshot.announced(i, day);
                }
                if (pledge != null) {
                    action.accept(pledge);
                }
            }
        }
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
     * A pledge is listed if one of its events took effect after {@code from} and on or before
     * {@code to}, in pledge id order.
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
        Snapshot snapshot = snapshot();
        for (int i = 0; i < snapshot.subjects().length; i++) {
            // a pledge's events are made only if one of them took effect between the dates, as its rows say
            if (snapshot.subjects()[i] instanceof PledgeId id && snapshot.hasEventBetween(i, from, to)) {
                List<LedgerEvent> between = snapshot.timeline(i).stream()
                        .filter(ev -> ev.effective().isAfter(from) && !ev.effective().isAfter(to)).toList();
                if (!between.isEmpty()) {
                    changes.add(new PledgeChange(id, Optional.ofNullable(snapshot.fold(i, from, null)),
                            Optional.ofNullable(snapshot.fold(i, to, null)), between));
                }
            }
        }
        changes.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(changes);
    }

    /**
     * Returns a summary: the number of events, pledges and agreements.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        synchronized (lock) {
            int pledges = 0;
            int agreements = 0;
            for (int i = 0; i < subjects.size(); i++) {
                pledges += subjects.get(i) instanceof PledgeId ? 1 : 0;
                agreements += subjects.get(i) instanceof AgreementId ? 1 : 0;
            }
            return "Ledger[" + log.size() + " events, " + pledges + " pledges, " + agreements + " agreements]";
        }
    }

    private LedgerView view(LocalDate date, LocalDate knownOn) {
        List<PledgeState> pledges = new ArrayList<>();
        List<AgreementState> agreements = new ArrayList<>();
        Map<String, ConditionEvent.MilestoneRecorded> milestones = new HashMap<>();
        Map<String, ConditionEvent.Assessed> assessments = new HashMap<>();
        Snapshot snapshot = snapshot();
        for (int i = 0; i < snapshot.subjects().length; i++) {
            Object subject = snapshot.subjects()[i];
            if (subject instanceof PledgeId) {
                PledgeState state = snapshot.fold(i, date, knownOn);
                if (state != null) {
                    pledges.add(state);
                }
            } else if (subject instanceof AgreementId) {
                Optional.ofNullable(AgreementFold.fold(snapshot.timeline(i), date, knownOn)).ifPresent(agreements::add);
            } else {
                for (LedgerEvent fact : Timeline.live(snapshot.timeline(i), knownOn)) {
                    if (fact.effective().isAfter(date)) {
                        break;
                    }
                    if (fact instanceof ConditionEvent.MilestoneRecorded m) {
                        milestones.putIfAbsent(m.name(), m);
                    } else if (fact instanceof ConditionEvent.Assessed a) {
                        assessments.put(a.name(), a);
                    }
                }
            }
        }
        pledges.sort((a, b) -> a.id().compareTo(b.id()));
        agreements.sort((a, b) -> a.id().compareTo(b.id()));
        return new LedgerView(date, Optional.ofNullable(knownOn), pledges, agreements, milestones, assessments);
    }

    /**
     * The subjects and their timelines (as kept) at one moment, in arrays by subject number, and the
     * log as it was then.
     */
    private record Snapshot(Object[] subjects, EventLog log, int[] only, int[][] many) {

        /** A subject's events, made from the log's rows, in {@linkplain Timeline timeline order}. */
        List<LedgerEvent> timeline(int i) {
            return Timeline.of(log, Ledger.timeline(only, many, i));
        }

        /**
         * Folds a pledge's timeline as {@link PledgeFold#fold(List, LocalDate, LocalDate)} does:
         * where every event counts in every view (no correction, and all of them known), from its
         * rows, its history made only when read; else from its events.
         */
        PledgeState fold(int i, LocalDate asOf, LocalDate knownOn) {
            int[] positions = Ledger.timeline(only, many, i);
            if (hasCorrection(i) || knownOn != null && !allKnown(positions, knownOn)) {
                return PledgeFold.fold(timeline(i), asOf, knownOn);
            }
            return PledgeFold.fold(log.steps(positions), Timeline.lazy(log, positions), asOf);
        }

        /** Checks whether every event at some positions was recorded by a date. */
        private boolean allKnown(int[] positions, LocalDate knownOn) {
            long day = knownOn.toEpochDay();
            for (int position : positions) {
                if (log.recordedDay(position) > day) {
                    return false;
                }
            }
            return true;
        }

        /** Checks whether one of a subject's events took effect after one date and on or before another. */
        boolean hasEventBetween(int i, LocalDate from, LocalDate to) {
            long after = from.toEpochDay();
            long until = to.toEpochDay();
            for (int position : Ledger.timeline(only, many, i)) {
                long day = log.effectiveDay(position);
                if (day > after && day <= until) {
                    return true;
                }
            }
            return false;
        }

        /** Checks whether a subject's timeline holds a correction. */
        boolean hasCorrection(int i) {
            if (!log.hasCorrections()) {
                return false;
            }
            if (only[i] >= 0) {
                return log.isCorrection(only[i]);
            }
            for (int position : many[i]) {
                if (log.isCorrection(position)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The pledge of a pledge's timeline without corrections, as announced by its first event,
         * if announced by the day; else null.
         */
        Pledge announced(int i, long day) {
            int first = only[i] >= 0 ? only[i] : many[i][0];
            return log.effectiveDay(first) > day ? null : log.announcedPledge(first);
        }
    }

    private Snapshot snapshot() {
        synchronized (lock) {
            return new Snapshot(subjects.toArray(), log.frozen(), Arrays.copyOf(only, subjects.size()),
                    Arrays.copyOf(many, subjects.size()));
        }
    }

    /** The event with an id, in the ledger or else in the batch being appended, or null. */
    private LedgerEvent find(EventId id, EventIndex fresh) {
        LedgerEvent known = byId.get(id);
        return known != null ? known : fresh.get(id);
    }

    /**
     * Numbers the subject of each fresh event, {@code count} from {@code base}, among the batch's:
     * a row's pledge, read from the row, which then keeps the batch's first instance of that pledge
     * id, so that a pledge's events share one; else as {@link #subjectOf(LedgerEvent, EventIndex)}.
     *
     * @return each fresh event's subject number, in order
     */
    private int[] subjectsOf(int base, int count, Subjects touched, EventIndex fresh) {
        int[] subjectOf = new int[count];
        PledgeId[] pledges = new PledgeId[SUBJECT_BLOCK];
        for (int block = 0; block < count; block += SUBJECT_BLOCK) {
            int end = Math.min(count, block + SUBJECT_BLOCK);
            // a block's subjects read before any is numbered, so that the reads overlap ({@link Subjects#touch})
            for (int i = block; i < end; i++) {
                PledgeId pledge = log.rowPledgeId(base + i);
                pledges[i - block] = pledge;
                if (pledge != null) {
                    touched.touch(pledge);
                }
            }
            for (int i = block; i < end; i++) {
                subjectOf[i] = subjectOf(base + i, pledges[i - block], touched, fresh);
            }
        }
        return subjectOf;
    }

    /** The events {@link #subjectsOf} takes at a time: enough reads to overlap, few enough to stay in the cache. */
    private static final int SUBJECT_BLOCK = 64;

    /**
     * The number of the subject of the event at a position of the log among those touched, the
     * pledge id of its row given (null for an event kept whole).
     */
    private int subjectOf(int position, PledgeId pledge, Subjects touched, EventIndex fresh) {
        if (pledge == null) {
            return touched.add(subjectOf(log.get(position), fresh));
        }
        int number = touched.add(pledge);
        Object first = touched.get(number);
        if (first != pledge) {
            log.sharePledgeId(position, (PledgeId) first);
        }
        return number;
    }

    /**
     * The subject an event belongs to; a correction belongs to the subject of the event it
     * supersedes, in the ledger or in the batch.
     *
     * @throws IllegalArgumentException if a correction supersedes an unknown event, or corrections
     *     in the batch supersede one another in a cycle
     */
    private Object subjectOf(LedgerEvent e, EventIndex fresh) {
        LedgerEvent at = e;
        // a chain of corrections visits each fresh event once at most (those already in the ledger
        // were checked when appended, and supersede only what came before them)
        for (int hops = 0; at instanceof Correction c; hops++) {
            if (hops > fresh.size()) {
                throw new IllegalArgumentException("Correction " + ((Correction) e).id() + " supersedes " + ((Correction) e).supersedes()
                        + ", and the corrections of this batch supersede one another in a cycle: each chain of corrections must end"
                        + " at an event that is not a correction");
            }
            LedgerEvent target = find(c.supersedes(), fresh);
            if (target == null) {
                throw new IllegalArgumentException("Correction " + c.id() + " supersedes " + c.supersedes()
                        + ", which is not in the ledger");
            }
            at = target;
        }
        if (at instanceof PledgeEvent p) {
            return p.pledgeId();
        }
        if (at instanceof AgreementEvent a) {
            return a.agreementId();
        }
        if (at instanceof ConditionEvent.MilestoneRecorded m) {
            return new Fact("milestone", m.name());
        }
        return new Fact("judgement", ((ConditionEvent.Assessed) at).name());
    }

    /** Checks whether a timeline is already in {@linkplain Timeline timeline order}, as one appended in date order is: sorting it would only cost. */
    private boolean isOrdered(int[] timeline) {
        for (int i = 1; i < timeline.length; i++) {
            if (log.compareInOrder(timeline[i - 1], timeline[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** A timeline in {@linkplain Timeline timeline order}, by a stable sort, so that equals keep their append order. */
    private int[] sorted(int[] timeline) {
        Integer[] boxed = new Integer[timeline.length];
        for (int i = 0; i < timeline.length; i++) {
            boxed[i] = timeline[i];
        }
        Arrays.sort(boxed, log::compareInOrder);
        int[] sorted = new int[timeline.length];
        for (int i = 0; i < timeline.length; i++) {
            sorted[i] = boxed[i];
        }
        return sorted;
    }

    /**
     * Checks that the event at a position, if about a pledge or agreement, is not dated before its
     * subject's opening, and, if it opens it, that nothing is dated before it; from the log's rows,
     * making an event only for an error.
     */
    private void checkOpening(int position, int[] timeline) {
        if (!log.isPledgeOrAgreementEvent(position)) {
            return;
        }
        int opening = -1;
        for (int candidate : timeline) {
            if (log.opens(candidate)) {
                opening = candidate;
                break;
            }
        }
        LedgerEvent e = null;
        if (opening < 0) {
            e = log.get(position);
            String what = subjectNamed(e);
            throw new IllegalArgumentException("Event " + describe(e) + " concerns " + what + ", which has not been "
                    + (e instanceof PledgeEvent ? "announced: append its PledgeEvent.Announced" : "recorded: append its AgreementEvent.Recorded")
                    + " first or in the same batch");
        }
        long openedOn = log.effectiveDay(opening);
        if (log.effectiveDay(position) < openedOn) {
            e = log.get(position);
            throw new IllegalArgumentException("Event " + describe(e) + " is dated " + e.effective() + ", before " + subjectNamed(e)
                    + " was " + (e instanceof PledgeEvent ? "announced" : "recorded") + " on " + LocalDate.ofEpochDay(openedOn));
        }
        if (log.opens(position)) {
            for (int other : timeline) {
                if (log.effectiveDay(other) < openedOn) {
                    e = log.get(position);
                    LedgerEvent before = log.get(other);
                    throw new IllegalArgumentException("Event " + e.id() + " dates " + subjectNamed(e) + " " + LocalDate.ofEpochDay(openedOn)
                            + ", after its event " + describe(before) + " dated " + before.effective());
                }
            }
        }
    }

    /**
     * The subject of a pledge or agreement event, in words: made only for an error, as building
     * them for every event of a big batch costs more than the check.
     */
    private static String subjectNamed(LedgerEvent e) {
        return e instanceof PledgeEvent p ? "pledge " + p.pledgeId() : "agreement " + ((AgreementEvent) e).agreementId();
    }

    /**
     * Folds the timeline with everything recorded, then as known on each recorded date, so that every
     * view the ledger can give is a possible history. An error caused by an earlier event meeting
     * a newly appended one says which append caused it.
     */
    private void check(Object subject, int[] positions, EventIndex fresh) {
        if (!(subject instanceof PledgeId) && !(subject instanceof AgreementId)) {
            return;
        }
        if (positions.length == 1 && log.opens(positions[0])) {
            // an opening event alone always applies: the first of its subject's events, with none
            // after it, as a fold's first rule asks; a pledge announced and never touched is not folded
            return;
        }
        try {
            boolean prefix = Timeline.knowledgeIsAPrefix(log, positions);
            if (prefix && subject instanceof PledgeId) {
                // every event counts in every view: a fold of the rows, making no event, checks them all
                PledgeFold.check(log.steps(positions));
                return;
            }
            List<LedgerEvent> timeline = Timeline.of(log, positions);
            fold(subject, timeline, null);
            if (!prefix) {
                TreeSet<LocalDate> recordedDates = new TreeSet<>();
                timeline.forEach(e -> recordedDates.add(e.recorded()));
                for (LocalDate knownOn : recordedDates) {
                    fold(subject, timeline, knownOn);
                }
            }
        } catch (IllegalMove e) {
            if (fresh.contains(e.event().id())) {
                throw e;
            }
            String causes = Timeline.of(log, positions).stream().filter(f -> fresh.contains(f.id()))
                    .map(Ledger::describe).collect(Collectors.joining(", "));
            throw new IllegalStateException(e.getMessage() + "; this follows from appending " + causes, e);
        }
    }

    private static void fold(Object subject, List<LedgerEvent> timeline, LocalDate knownOn) {
        if (subject instanceof PledgeId) {
            PledgeFold.check(timeline, knownOn);
        } else {
            AgreementFold.fold(timeline, null, knownOn);
        }
    }

    private static String describe(LedgerEvent e) {
        String subject = e instanceof PledgeEvent p ? ", pledge " + p.pledgeId()
                : e instanceof AgreementEvent a ? ", agreement " + a.agreementId() : "";
        return e.id() + " (" + e.describe() + subject + ", " + e.effective() + ")";
    }
}
