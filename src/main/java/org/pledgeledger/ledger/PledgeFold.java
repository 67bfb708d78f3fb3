package org.pledgeledger.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.money.Amounts;

/**
 * Folds one pledge's events into its state: the only place the pledge lifecycle rules live.
 * <p>
 * The fold reads a timeline through {@link Steps}: the events of a list, or the rows of the
 * ledger's log, which it reads without making their events unless an error or a state needs them.
 * Linear in the number of events. This class is immutable and thread-safe.
 */
final class PledgeFold {

    /** The kinds of pledge event, as {@link Steps#kind} gives them and the log's rows keep them. */
    static final byte ANNOUNCED = 1;
    static final byte COMMITTED = 2;
    static final byte DELIVERED = 3;
    static final byte PAUSED = 4;
    static final byte RESUMED = 5;
    static final byte WITHDRAWN = 6;
    static final byte FULFILLED = 7;
    static final byte REVISED = 8;

    /** No date: a status not yet set. */
    private static final long NO_DAY = Long.MIN_VALUE;

    private PledgeFold() {
    }

    /**
     * A pledge's events, in {@linkplain Timeline timeline order}, as a fold reads them, by index.
     */
    interface Steps {

        /** The number of events. */
        int size();

        /** The event at an index, made if need be: for an error's words, or a state's pledge. */
        PledgeEvent event(int i);

        /** Its kind, one of {@link #ANNOUNCED} to {@link #REVISED}. */
        int kind(int i);

        /** Its effective date, as an epoch day. */
        long effectiveDay(int i);

        /** Its basis. */
        Basis basis(int i);

        /** The pledge an announcement announces, made if need be. */
        Pledge pledge(int i);

        /** The currency of the pledge an announcement announces. */
        CurrencyUnit pledgeCurrency(int i);

        /** The number of the amount of the pledge an announcement announces. */
        BigDecimal pledgedNumber(int i);

        /**
         * The number of the amount a delivery delivers, in the pledge's currency, as
         * {@link PledgeEvent.DeliveryRecorded#deliveredIn} gives it.
         *
         * @throws IllegalArgumentException as {@code deliveredIn}
         */
        BigDecimal deliveredNumber(int i, CurrencyUnit pledgeCurrency);
    }

    /**
     * Returns the kind of a pledge event, as {@link Steps#kind} gives it.
     *
     * @param e  the event, not null
     * @return its kind, {@link #ANNOUNCED} to {@link #REVISED}
     */
    static byte kindOf(PledgeEvent e) {
        if (e instanceof PledgeEvent.Announced) {
            return ANNOUNCED;
        }
        if (e instanceof PledgeEvent.Committed) {
            return COMMITTED;
        }
        if (e instanceof PledgeEvent.DeliveryRecorded) {
            return DELIVERED;
        }
        if (e instanceof PledgeEvent.Paused) {
            return PAUSED;
        }
        if (e instanceof PledgeEvent.Resumed) {
            return RESUMED;
        }
        if (e instanceof PledgeEvent.Withdrawn) {
            return WITHDRAWN;
        }
        if (e instanceof PledgeEvent.Fulfilled) {
            return FULFILLED;
        }
        return REVISED;
    }

    /** The events of a list, read through the events themselves. */
    private record ListSteps(List<LedgerEvent> events) implements Steps {

        @Override
        public int size() {
            return events.size();
        }

        @Override
        public PledgeEvent event(int i) {
            return (PledgeEvent) events.get(i);
        }

        @Override
        public int kind(int i) {
            return kindOf(event(i));
        }

        @Override
        public long effectiveDay(int i) {
            return events.get(i).effective().toEpochDay();
        }

        @Override
        public Basis basis(int i) {
            return events.get(i).basis();
        }

        @Override
        public Pledge pledge(int i) {
            return ((PledgeEvent.Announced) events.get(i)).pledge();
        }

        @Override
        public CurrencyUnit pledgeCurrency(int i) {
            return pledge(i).currency();
        }

        @Override
        public BigDecimal pledgedNumber(int i) {
            return pledge(i).amountNumber();
        }

        @Override
        public BigDecimal deliveredNumber(int i, CurrencyUnit pledgeCurrency) {
            return Amounts.number(((PledgeEvent.DeliveryRecorded) events.get(i)).deliveredIn(pledgeCurrency));
        }
    }

    /**
     * Folds a pledge's timeline.
     *
     * @param timeline  the pledge's events in {@linkplain Timeline timeline order}
     * @param asOf  the last effective date to apply, or null for all
     * @param knownOn  the last recorded date to consider, or null for all
     * @return the state, or null if the pledge is not announced in this view
     * @throws IllegalMove if an event cannot apply in the state it meets
     */
    static PledgeState fold(List<LedgerEvent> timeline, LocalDate asOf, LocalDate knownOn) {
        List<LedgerEvent> live = Timeline.live(timeline, knownOn);
        return fold(new ListSteps(live), live, asOf, knownOn);
    }

    /**
     * Checks that a pledge's timeline folds, as {@link #fold} does with every event applied, and
     * makes no state: a ledger checks every pledge of an append so.
     *
     * @param timeline  the pledge's events in {@linkplain Timeline timeline order}
     * @param knownOn  the last recorded date to consider, or null for all
     * @throws IllegalMove if an event cannot apply in the state it meets
     */
    static void check(List<LedgerEvent> timeline, LocalDate knownOn) {
        List<LedgerEvent> live = Timeline.live(timeline, knownOn);
        fold(new ListSteps(live), null, null, knownOn);
    }

    /**
     * Folds a pledge's events, every one of them counting (none is a correction, or superseded),
     * read through steps: the state's history is the list given, which may make each event only
     * when asked for.
     *
     * @param steps  the pledge's events in timeline order
     * @param history  the same events as a list, unmodifiable
     * @param asOf  the last effective date to apply, or null for all
     * @return the state, or null if the pledge is not announced by then
     * @throws IllegalMove if an event cannot apply in the state it meets
     */
    static PledgeState fold(Steps steps, List<LedgerEvent> history, LocalDate asOf) {
        return fold(steps, history, asOf, null);
    }

    /**
     * Checks that a pledge's events fold, every one of them counting (none is a correction, or
     * superseded, or unknown): as {@link #check(List, LocalDate)} with no date.
     *
     * @param steps  the pledge's events in {@linkplain Timeline timeline order}
     * @throws IllegalMove if an event cannot apply in the state it meets
     */
    static void check(Steps steps) {
        fold(steps, null, null, null);
    }

    /**
     * Folds the events, and makes the state if {@code live}, the same events as a list, is given.
     */
    private static PledgeState fold(Steps steps, List<LedgerEvent> live, LocalDate asOf, LocalDate knownOn) {
        int announcement = -1;
        CurrencyUnit currency = null;
        Status status = null;
        Status pausedFrom = null;
        long since = NO_DAY;
        Basis basis = null;
        // the pledged number, made only when a delivery is checked against it or a revision sets it
        BigDecimal amount = null;
        BigDecimal delivered = BigDecimal.ZERO;
        boolean wasRevised = false;
        long last = asOf == null ? Long.MAX_VALUE : asOf.toEpochDay();
        // the events applied are the first of the steps: the history is that prefix
        int applied = 0;
        for (int i = 0; i < steps.size(); i++) {
            long effective = steps.effectiveDay(i);
            if (effective > last) {
                break;
            }
            int kind = steps.kind(i);
            if (announcement < 0 && kind != ANNOUNCED) {
                throw IllegalMove.of(steps.event(i), "not announced", knownOn, "the pledge has not been announced before it");
            }
            Status before = status;
            switch (kind) {
                case ANNOUNCED -> {
                    if (announcement >= 0) {
                        throw move(steps, i, before, since, knownOn, "the pledge was already announced by another event");
                    }
                    announcement = i;
                    currency = steps.pledgeCurrency(i);
                    status = Status.ANNOUNCED;
                }
                case COMMITTED -> status = require(steps, i, status, since, knownOn, status == Status.ANNOUNCED, "it needs ANNOUNCED",
                        Status.COMMITTED);
                case DELIVERED -> {
                    status = require(steps, i, status, since, knownOn, status.isLive(), "it needs a live status", Status.DELIVERING);
                    BigDecimal add = steps.deliveredNumber(i, currency);
                    if (amount == null) {
                        amount = steps.pledgedNumber(announcement);
                    }
                    if (delivered.add(add).compareTo(amount) > 0) {
                        throw move(steps, i, before, since, knownOn, "deliveries would reach "
                                + Amounts.format(Amounts.of(delivered.add(add), currency)) + ", more than the "
                                + Amounts.format(Amounts.of(amount, currency)) + " pledged; record a revision first");
                    }
                    delivered = delivered.add(add);
                }
                case REVISED -> {
                    require(steps, i, status, since, knownOn, !status.isFinal(), "a final pledge cannot be revised", status);
                    MonetaryAmount newAmount = ((PledgeEvent.AmountRevised) steps.event(i)).newAmount();
                    if (!newAmount.getCurrency().equals(currency)) {
                        throw move(steps, i, before, since, knownOn, "the pledge is in " + currency.getCurrencyCode()
                                + "; a revision cannot change its currency");
                    }
                    BigDecimal revised = Amounts.number(newAmount);
                    if (revised.compareTo(delivered) < 0) {
                        throw move(steps, i, before, since, knownOn, Amounts.format(Amounts.of(delivered, currency))
                                + " has already been delivered, more than the revised amount");
                    }
                    amount = revised;
                    wasRevised = true;
                }
                case PAUSED -> {
                    pausedFrom = status;
                    status = require(steps, i, status, since, knownOn, status.isLive(), "only a live pledge can be paused", Status.PAUSED);
                }
                case RESUMED -> status = require(steps, i, status, since, knownOn, status == Status.PAUSED,
                        "only a paused pledge can resume", pausedFrom);
                case WITHDRAWN -> status = require(steps, i, status, since, knownOn, !status.isFinal(), "it is already final",
                        Status.WITHDRAWN);
                case FULFILLED -> status = require(steps, i, status, since, knownOn, status.isLive(), "it needs a live status",
                        Status.FULFILLED);
                default -> throw new IllegalStateException("Event " + steps.event(i).id() + " has kind " + kind + ", which no pledge event has");
            }
            applied++;
            if (status != before) {
                since = effective;
                // the basis is the state's alone
                basis = live == null ? null : steps.basis(i);
            }
        }
        if (announcement < 0 || live == null) {
            return null;
        }
        Pledge pledge = steps.pledge(announcement);
        @SuppressWarnings("unchecked") // a pledge's timeline holds only pledge events
        List<PledgeEvent> history = (List<PledgeEvent>) (List<?>) (applied == live.size() ? live : live.subList(0, applied));
        // the pledge's own amount while unrevised, and the number delivered: a view of a million
        // pledges makes no amount for each; the history is (a prefix of) the ledger's timeline or
        // of the live list, unmodifiable either way
        return PledgeState.folded(pledge, wasRevised ? Amounts.of(amount, currency) : null, status, date(since), basis, delivered,
                history);
    }

    /** The date of an epoch day, or null for {@link #NO_DAY}. */
    private static LocalDate date(long day) {
        return day == NO_DAY ? null : LocalDate.ofEpochDay(day);
    }

    /** The error for an event that cannot apply, naming the state it met: its words made only now. */
    private static IllegalMove move(Steps steps, int i, Status status, long since, LocalDate knownOn, String rule) {
        return IllegalMove.of(steps.event(i), IllegalMove.state(status, date(since)), knownOn, rule);
    }

    /** Returns {@code next} if the move is allowed, else throws as {@link #move}. */
    private static Status require(Steps steps, int i, Status status, long since, LocalDate knownOn, boolean allowed, String rule,
            Status next) {
        if (!allowed) {
            throw move(steps, i, status, since, knownOn, rule);
        }
        return next;
    }
}
