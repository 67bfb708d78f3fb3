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
 * Linear in the number of events. This class is immutable and thread-safe.
 */
final class PledgeFold {

    private PledgeFold() {
    }

    /**
     * Folds a pledge's timeline.
     *
     * @param timeline  the pledge's events in {@link Timeline#ORDER}
     * @param asOf  the last effective date to apply, or null for all
     * @param knownOn  the last recorded date to consider, or null for all
     * @return the state, or null if the pledge is not announced in this view
     * @throws IllegalMove if an event cannot apply in the state it meets
     */
    static PledgeState fold(List<LedgerEvent> timeline, LocalDate asOf, LocalDate knownOn) {
        return fold(timeline, asOf, knownOn, true);
    }

    /**
     * Checks that a pledge's timeline folds, as {@link #fold} does with every event applied, and
     * makes no state: a ledger checks every pledge of an append so.
     *
     * @param timeline  the pledge's events in {@link Timeline#ORDER}
     * @param knownOn  the last recorded date to consider, or null for all
     * @throws IllegalMove if an event cannot apply in the state it meets
     */
    static void check(List<LedgerEvent> timeline, LocalDate knownOn) {
        fold(timeline, null, knownOn, false);
    }

    private static PledgeState fold(List<LedgerEvent> timeline, LocalDate asOf, LocalDate knownOn, boolean state) {
        Pledge pledge = null;
        CurrencyUnit currency = null;
        Status status = null;
        Status pausedFrom = null;
        LocalDate since = null;
        Basis basis = null;
        // the pledged number, made only when a delivery is checked against it or a revision sets it
        BigDecimal amount = null;
        BigDecimal delivered = BigDecimal.ZERO;
        boolean wasRevised = false;
        List<LedgerEvent> live = Timeline.live(timeline, knownOn);
        // the events applied are the first of the live ones: the history is that prefix
        int applied = 0;
        for (int i = 0; i < live.size(); i++) {
            PledgeEvent e = (PledgeEvent) live.get(i);
            if (asOf != null && e.effective().isAfter(asOf)) {
                break;
            }
            if (pledge == null && !(e instanceof PledgeEvent.Announced)) {
                throw IllegalMove.of(e, "not announced", knownOn, "the pledge has not been announced before it");
            }
            Status before = status;
            if (e instanceof PledgeEvent.Announced a) {
                if (pledge != null) {
                    throw IllegalMove.of(e, IllegalMove.state(before, since), knownOn, "the pledge was already announced by another event");
                }
                pledge = a.pledge();
                currency = pledge.currency();
                status = Status.ANNOUNCED;
            } else if (e instanceof PledgeEvent.Committed) {
                status = IllegalMove.require(e, status, since, knownOn, status == Status.ANNOUNCED, "it needs ANNOUNCED", Status.COMMITTED);
            } else if (e instanceof PledgeEvent.DeliveryRecorded d) {
                status = IllegalMove.require(e, status, since, knownOn, status.isLive(), "it needs a live status", Status.DELIVERING);
                BigDecimal add = Amounts.number(d.deliveredIn(currency));
                if (amount == null) {
                    amount = pledge.amountNumber();
                }
                if (delivered.add(add).compareTo(amount) > 0) {
                    throw IllegalMove.of(e, IllegalMove.state(before, since), knownOn, "deliveries would reach "
                            + Amounts.format(Amounts.of(delivered.add(add), currency)) + ", more than the "
                            + Amounts.format(Amounts.of(amount, currency)) + " pledged; record a revision first");
                }
                delivered = delivered.add(add);
            } else if (e instanceof PledgeEvent.AmountRevised r) {
                IllegalMove.require(e, status, since, knownOn, !status.isFinal(), "a final pledge cannot be revised", status);
                if (!r.newAmount().getCurrency().equals(currency)) {
                    throw IllegalMove.of(e, IllegalMove.state(before, since), knownOn, "the pledge is in " + currency.getCurrencyCode()
                            + "; a revision cannot change its currency");
                }
                BigDecimal revised = Amounts.number(r.newAmount());
                if (revised.compareTo(delivered) < 0) {
                    throw IllegalMove.of(e, IllegalMove.state(before, since), knownOn, Amounts.format(Amounts.of(delivered, currency))
                            + " has already been delivered, more than the revised amount");
                }
                amount = revised;
                wasRevised = true;
            } else if (e instanceof PledgeEvent.Paused) {
                pausedFrom = status;
                status = IllegalMove.require(e, status, since, knownOn, status.isLive(), "only a live pledge can be paused", Status.PAUSED);
            } else if (e instanceof PledgeEvent.Resumed) {
                status = IllegalMove.require(e, status, since, knownOn, status == Status.PAUSED, "only a paused pledge can resume", pausedFrom);
            } else if (e instanceof PledgeEvent.Withdrawn) {
                status = IllegalMove.require(e, status, since, knownOn, !status.isFinal(), "it is already final", Status.WITHDRAWN);
            } else if (e instanceof PledgeEvent.Fulfilled) {
                status = IllegalMove.require(e, status, since, knownOn, status.isLive(), "it needs a live status", Status.FULFILLED);
            }
            applied++;
            if (status != before) {
                since = e.effective();
                basis = e.basis();
            }
        }
        if (pledge == null || !state) {
            return null;
        }
        @SuppressWarnings("unchecked") // a pledge's timeline holds only pledge events
        List<PledgeEvent> history = (List<PledgeEvent>) (List<?>) (applied == live.size() ? live : live.subList(0, applied));
        // the pledge's own amount while unrevised, and the number delivered: a view of a million
        // pledges makes no amount for each; the history is (a prefix of) the ledger's timeline or
        // of the live list, unmodifiable either way
        return PledgeState.folded(pledge, wasRevised ? Amounts.of(amount, currency) : null, status, since, basis, delivered, history);
    }
}
