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
 * This class is thread-safe: appends from many threads are serialised, and nothing appended is
 * lost or applied twice. Views are immutable snapshots.
 */
public final class Ledger {

    /** The subject of a milestone or judgement: its kind and name. */
    private record Fact(String kind, String name) {
    }

    private final Object lock = new Object();
    private List<LedgerEvent> log = new ArrayList<>();
    /** The log's events by id: an index of positions, not a map of nodes. */
    private EventIndex byId = new EventIndex(log);
    /** The subjects that have a timeline, numbered in the order they were first met. */
    private Subjects subjects = new Subjects();
    /**
     * Each subject's timeline by its number, in {@link Timeline#ORDER}, as {@link Timeline#kept}
     * keeps it: the event alone, or an array replaced on append and never changed, so readers may
     * keep it. An event's subject is found from the event (a correction's, through the event it
     * supersedes), so no map from events to subjects is kept.
     */
    private Object[] timelines = new Object[16];

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
            List<LedgerEvent> fresh = new ArrayList<>(events.size());
            EventIndex freshIds = fresh(events, fresh);
            if (fresh.isEmpty()) {
                return 0;
            }
            // the batch's subjects, numbered as met, and each fresh event's subject
            Subjects touched = new Subjects();
            int[] subjectOf = new int[fresh.size()];
            for (int i = 0; i < fresh.size(); i++) {
                subjectOf[i] = touched.add(subjectOf(fresh.get(i), freshIds));
            }
            LedgerEvent[][] merged = merged(fresh, touched, subjectOf);
            checkAll(fresh, touched, subjectOf, merged, freshIds);
            if (log.isEmpty()) {
                // the first batch (a journal's replay) is the log, its positions the same, and its
                // subjects take the same numbers: its list, index and subjects serve as the ledger's,
                // not copied
                log = fresh;
                byId = freshIds;
                subjects = touched;
                timelines = new Object[Math.max(16, merged.length)];
                for (int s = 0; s < merged.length; s++) {
                    timelines[s] = Timeline.kept(merged[s]);
                }
            } else {
                for (LedgerEvent e : fresh) {
                    log.add(e);
                    byId.add(log.size() - 1);
                }
                for (int s = 0; s < merged.length; s++) {
                    int number = subjects.add(touched.get(s));
                    if (number >= timelines.length) {
                        timelines = Arrays.copyOf(timelines, Math.max(number + 1, timelines.length + (timelines.length >> 1)));
                    }
                    timelines[number] = Timeline.kept(merged[s]);
                }
            }
            return fresh.size();
        }
    }

    /**
     * Collects the batch's new events in order into {@code fresh}, skipping those equal to one in
     * the ledger or earlier in the batch, and indexes them; each loop of an append is a method of
     * its own, which the compiler compiles apart, a replay's long loops each on its own.
     *
     * @return the index of the fresh events
     * @throws IllegalArgumentException if an id is already used by a different event
     */
    private EventIndex fresh(Collection<? extends LedgerEvent> events, List<LedgerEvent> fresh) {
        EventIndex freshIds = new EventIndex(fresh, Math.min(events.size(), EventIndex.MAX_EXPECTED));
        for (LedgerEvent e : events) {
            Objects.requireNonNull(e, "events element");
            LedgerEvent existing = byId.get(e.id());
            if (existing == null) {
                // indexed, or found among the batch's, in one probe
                fresh.add(e);
                int earlier = freshIds.addIfAbsent(fresh.size() - 1);
                if (earlier >= 0) {
                    fresh.remove(fresh.size() - 1);
                    existing = fresh.get(earlier);
                }
            }
            if (existing != null && !existing.equals(e)) {
                throw new IllegalArgumentException("Event id " + e.id() + " is already used by a different event: "
                        + describe(existing) + "; rejected: " + describe(e));
            }
        }
        return freshIds;
    }

    /**
     * Each touched subject's timeline: the one kept, then its fresh events in append order, which
     * the stable sort keeps among equals; arrays sized once, no working lists.
     */
    private LedgerEvent[][] merged(List<LedgerEvent> fresh, Subjects touched, int[] subjectOf) {
        int[] filled = new int[touched.size()];
        for (int s : subjectOf) {
            filled[s]++;
        }
        LedgerEvent[][] merged = new LedgerEvent[touched.size()][];
        for (int s = 0; s < merged.length; s++) {
            int known = subjects.numberOf(touched.get(s));
            List<LedgerEvent> old = known < 0 ? List.of() : Timeline.of(timelines[known]);
            merged[s] = old.toArray(new LedgerEvent[old.size() + filled[s]]);
            filled[s] = old.size();
        }
        for (int i = 0; i < fresh.size(); i++) {
            merged[subjectOf[i]][filled[subjectOf[i]]++] = fresh.get(i);
        }
        return merged;
    }

    /**
     * Checks each fresh event against its subject's opening, then sorts each touched timeline into
     * {@link Timeline#ORDER} where it is not, and checks it by folding.
     *
     * @throws IllegalArgumentException or IllegalStateException as {@link #append(LedgerEvent)}
     */
    private static void checkAll(List<LedgerEvent> fresh, Subjects touched, int[] subjectOf, LedgerEvent[][] merged,
            EventIndex freshIds) {
        for (int i = 0; i < fresh.size(); i++) {
            checkOpening(fresh.get(i), merged[subjectOf[i]]);
        }
        for (int s = 0; s < merged.length; s++) {
            if (!isOrdered(merged[s])) {
                Arrays.sort(merged[s], Timeline.ORDER);
            }
            check(touched.get(s), Timeline.of(Timeline.kept(merged[s])), freshIds);
        }
    }

    /**
     * Returns every event in the order it was appended.
     *
     * @return a snapshot of the events, never null
     */
    public List<LedgerEvent> events() {
        synchronized (lock) {
            return List.copyOf(log);
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
                PledgeState state = PledgeFold.fold(snapshot.timeline(i), date, null);
                if (state != null) {
                    action.accept(state);
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
            if (snapshot.subjects()[i] instanceof PledgeId id) {
                List<LedgerEvent> timeline = snapshot.timeline(i);
                List<LedgerEvent> between = timeline.stream()
                        .filter(ev -> ev.effective().isAfter(from) && !ev.effective().isAfter(to)).toList();
                if (!between.isEmpty()) {
                    changes.add(new PledgeChange(id, Optional.ofNullable(PledgeFold.fold(timeline, from, null)),
                            Optional.ofNullable(PledgeFold.fold(timeline, to, null)), between));
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
                PledgeState state = PledgeFold.fold(snapshot.timeline(i), date, knownOn);
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

    /** The subjects and their timelines (as kept) at one moment, in two arrays by subject number. */
    private record Snapshot(Object[] subjects, Object[] timelines) {

        List<LedgerEvent> timeline(int i) {
            return Timeline.of(timelines[i]);
        }
    }

    private Snapshot snapshot() {
        synchronized (lock) {
            return new Snapshot(subjects.toArray(), Arrays.copyOf(timelines, subjects.size()));
        }
    }

    /** The event with an id, in the ledger or else in the batch being appended, or null. */
    private LedgerEvent find(EventId id, EventIndex fresh) {
        LedgerEvent known = byId.get(id);
        return known != null ? known : fresh.get(id);
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

    /** Checks whether a timeline is already in {@link Timeline#ORDER}, as one appended in date order is: sorting it would only cost. */
    private static boolean isOrdered(LedgerEvent[] timeline) {
        for (int i = 1; i < timeline.length; i++) {
            if (Timeline.ORDER.compare(timeline[i - 1], timeline[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void checkOpening(LedgerEvent e, LedgerEvent[] timeline) {
        if (!(e instanceof PledgeEvent) && !(e instanceof AgreementEvent)) {
            return;
        }
        // loops rather than streams: this runs for every event of a batch
        LedgerEvent opening = null;
        for (LedgerEvent candidate : timeline) {
            if (Timeline.opens(candidate)) {
                opening = candidate;
                break;
            }
        }
        if (opening == null) {
            String what = subjectNamed(e);
            throw new IllegalArgumentException("Event " + describe(e) + " concerns " + what + ", which has not been "
                    + (e instanceof PledgeEvent ? "announced: append its PledgeEvent.Announced" : "recorded: append its AgreementEvent.Recorded")
                    + " first or in the same batch");
        }
        LocalDate openedOn = opening.effective();
        if (e.effective().isBefore(openedOn)) {
            throw new IllegalArgumentException("Event " + describe(e) + " is dated " + e.effective() + ", before " + subjectNamed(e)
                    + " was " + (e instanceof PledgeEvent ? "announced" : "recorded") + " on " + openedOn);
        }
        if (Timeline.opens(e)) {
            for (LedgerEvent other : timeline) {
                if (other.effective().isBefore(openedOn)) {
                    throw new IllegalArgumentException("Event " + e.id() + " dates " + subjectNamed(e) + " " + openedOn
                            + ", after its event " + describe(other) + " dated " + other.effective());
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
    private static void check(Object subject, List<LedgerEvent> timeline, EventIndex fresh) {
        if (!(subject instanceof PledgeId) && !(subject instanceof AgreementId)) {
            return;
        }
        try {
            fold(subject, timeline, null);
            if (!Timeline.knowledgeIsAPrefix(timeline)) {
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
            String causes = timeline.stream().filter(f -> fresh.contains(f.id()))
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
