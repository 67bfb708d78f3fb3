package org.pledgeledger.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.money.CurrencyUnit;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.money.Amounts;

/**
 * Folds one pledge's events into its state: the only place the lifecycle rules live.
 * <p>
 * Linear in the number of events: the timeline is kept sorted, corrections are resolved in one
 * pass, and each event is applied once. This class is immutable and thread-safe.
 */
final class Fold {

    /** An event and its place in the append order. */
    record Entry(PledgeEvent event, long seq) {
    }

    /** The order a timeline is kept in: effective date, the announcement first, recorded date, append order. */
    static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.event().effective())
            .thenComparing(e -> !(e.event() instanceof PledgeEvent.Announced))
            .thenComparing(e -> e.event().recorded())
            .thenComparingLong(Entry::seq);

    private Fold() {
    }

    /**
     * Folds a sorted timeline.
     *
     * @param timeline  one pledge's entries in {@link #ORDER}
     * @param asOf  the last effective date to apply, or null for all
     * @param knownOn  the last recorded date to consider, or null for all
     * @return the state, or null if the pledge is not announced in this view
     * @throws IllegalStateException if an event cannot apply in the state it meets
     */
    static PledgeState fold(List<Entry> timeline, LocalDate asOf, LocalDate knownOn) {
        Map<EventId, List<EventId>> correctionsByTarget = Map.of();
        for (Entry e : timeline) {
            if (e.event() instanceof PledgeEvent.Corrected c && known(c, knownOn)) {
                if (correctionsByTarget.isEmpty()) {
                    correctionsByTarget = new HashMap<>();
                }
                correctionsByTarget.computeIfAbsent(c.supersedes(), k -> new ArrayList<>()).add(c.id());
            }
        }
        Map<EventId, Boolean> voided = correctionsByTarget.isEmpty() ? Map.of() : new HashMap<>();
        Pledge pledge = null;
        CurrencyUnit currency = null;
        Status status = null;
        Status pausedFrom = null;
        LocalDate since = null;
        Basis basis = null;
        BigDecimal amount = null;
        BigDecimal delivered = BigDecimal.ZERO;
        List<PledgeEvent> history = new ArrayList<>();
        for (Entry entry : timeline) {
            PledgeEvent e = entry.event();
            if (!known(e, knownOn) || e instanceof PledgeEvent.Corrected || isVoided(e.id(), correctionsByTarget, voided)) {
                continue;
            }
            if (asOf != null && e.effective().isAfter(asOf)) {
                break;
            }
            if (pledge == null && !(e instanceof PledgeEvent.Announced)) {
                throw illegal(e, null, null, knownOn, "the pledge has not been announced before it");
            }
            Status before = status;
            if (e instanceof PledgeEvent.Announced a) {
                if (pledge != null) {
                    throw illegal(e, before, since, knownOn, "the pledge was already announced by another event");
                }
                pledge = a.pledge();
                currency = pledge.amount().getCurrency();
                amount = Amounts.number(pledge.amount());
                status = Status.ANNOUNCED;
            } else if (e instanceof PledgeEvent.Committed) {
                status = require(e, status, since, knownOn, status == Status.ANNOUNCED, "it needs ANNOUNCED", Status.COMMITTED);
            } else if (e instanceof PledgeEvent.DeliveryRecorded d) {
                status = require(e, status, since, knownOn, status.isLive(), "it needs a live status", Status.DELIVERING);
                BigDecimal add = Amounts.number(d.deliveredIn(currency));
                if (delivered.add(add).compareTo(amount) > 0) {
                    throw illegal(e, before, since, knownOn, "deliveries would reach " + Amounts.format(Amounts.of(delivered.add(add), currency))
                            + ", more than the " + Amounts.format(Amounts.of(amount, currency)) + " pledged; record a revision first");
                }
                delivered = delivered.add(add);
            } else if (e instanceof PledgeEvent.AmountRevised r) {
                require(e, status, since, knownOn, !status.isFinal(), "a final pledge cannot be revised", status);
                if (!r.newAmount().getCurrency().equals(currency)) {
                    throw illegal(e, before, since, knownOn, "the pledge is in " + currency.getCurrencyCode()
                            + "; a revision cannot change its currency");
                }
                BigDecimal revised = Amounts.number(r.newAmount());
                if (revised.compareTo(delivered) < 0) {
                    throw illegal(e, before, since, knownOn, Amounts.format(Amounts.of(delivered, currency))
                            + " has already been delivered, more than the revised amount");
                }
                amount = revised;
            } else if (e instanceof PledgeEvent.Paused) {
                pausedFrom = status;
                status = require(e, status, since, knownOn, status.isLive(), "only a live pledge can be paused", Status.PAUSED);
            } else if (e instanceof PledgeEvent.Resumed) {
                status = require(e, status, since, knownOn, status == Status.PAUSED, "only a paused pledge can resume", pausedFrom);
            } else if (e instanceof PledgeEvent.Withdrawn) {
                status = require(e, status, since, knownOn, !status.isFinal(), "it is already final", Status.WITHDRAWN);
            } else if (e instanceof PledgeEvent.Fulfilled) {
                status = require(e, status, since, knownOn, status.isLive(), "it needs a live status", Status.FULFILLED);
            }
            history.add(e);
            if (status != before) {
                since = e.effective();
                basis = e.basis();
            }
        }
        if (pledge == null) {
            return null;
        }
        return new PledgeState(pledge, status, since, basis, Amounts.of(amount, currency), Amounts.of(delivered, currency),
                history);
    }

    private static boolean known(PledgeEvent e, LocalDate knownOn) {
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

    private static Status require(PledgeEvent e, Status status, LocalDate since, LocalDate knownOn, boolean allowed,
            String rule, Status next) {
        if (!allowed) {
            throw illegal(e, status, since, knownOn, rule);
        }
        return next;
    }

    private static IllegalMove illegal(PledgeEvent e, Status status, LocalDate since, LocalDate knownOn, String rule) {
        String state = status == null ? "not announced" : status + (since == null ? "" : " since " + since);
        return new IllegalMove(e, "Pledge " + e.pledgeId() + " is " + state
                + (knownOn == null ? "" : " as known on " + knownOn) + "; event " + e.id() + " (" + e.describe()
                + ") dated " + e.effective() + " cannot apply: " + rule);
    }

    /** An event that cannot apply in the state it meets; the ledger adds which append caused it. */
    static final class IllegalMove extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        /** The event that cannot apply. */
        private final transient PledgeEvent event;

        IllegalMove(PledgeEvent event, String message) {
            super(message);
            this.event = event;
        }

        PledgeEvent event() {
            return event;
        }
    }
}
