package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import javax.money.MonetaryAmount;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedAmount;

/**
 * What the ledger says about one pledge on a date: folded from its events, never stored.
 * <pre>{@code
 *   PledgeState s = ledger.asOf(LocalDate.of(2025, 12, 31)).pledge(PledgeId.of("microsoft-uk-2025")).orElseThrow();
 *   s.status();        // PAUSED
 *   s.statusBasis();   // PRESS_REPORT: the pause is only reported
 *   s.outstanding();   // pledged less delivered
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param pledge  the pledge as announced, not null
 * @param status  its lifecycle status, not null
 * @param statusSince  the effective date of the event that set the status, not null
 * @param statusBasis  the basis of that event: a pause may be only reported, not null
 * @param amount  the amount pledged now, after revisions, in the pledge's currency, not null
 * @param delivered  the amount delivered so far, in the pledge's currency, not null
 * @param history  the events that count, in effective-date order, not null
 */
public record PledgeState(Pledge pledge, Status status, LocalDate statusSince, Basis statusBasis, MonetaryAmount amount,
        MonetaryAmount delivered, List<PledgeEvent> history) {

    /**
     * Validates the state.
     *
     * @param pledge  the pledge, not null
     * @param status  the status, not null
     * @param statusSince  the date of the status, not null
     * @param statusBasis  the basis of the status, not null
     * @param amount  the amount pledged now, not null
     * @param delivered  the amount delivered, not null
     * @param history  the events that count, not null
     */
    public PledgeState {
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        Objects.requireNonNull(statusBasis, "statusBasis");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(delivered, "delivered");
        history = List.copyOf(history);
    }

    /**
     * Returns the pledge's id.
     *
     * @return the id, never null
     */
    public PledgeId id() {
        return pledge.id();
    }

    /**
     * Returns the amount pledged now, dated on the announcement, ready for a valuation.
     * <p>
     * It carries the equivalents the source stated only while the amount is still the one
     * announced: an equivalent is never scaled to a revised amount.
     *
     * @return the dated amount, never null
     */
    public DatedAmount datedAmount() {
        return dated(amount);
    }

    /**
     * Returns the amount outstanding, dated on the announcement, ready for a valuation; with the
     * stated equivalents only while nothing is delivered and the amount is unrevised.
     *
     * @return the dated amount, never null
     */
    public DatedAmount datedOutstanding() {
        return dated(outstanding());
    }

    /**
     * Returns the amount delivered, dated on the announcement, ready for a valuation; with the
     * stated equivalents only once exactly the announced amount is delivered.
     *
     * @return the dated amount, never null
     */
    public DatedAmount datedDelivered() {
        return dated(delivered);
    }

    private DatedAmount dated(MonetaryAmount a) {
        return new DatedAmount(a, pledge.announced(), a.isEqualTo(pledge.amount()) ? pledge.equivalents() : List.of());
    }

    /**
     * Returns the amount pledged and not yet delivered.
     *
     * @return pledged less delivered, never null
     */
    public MonetaryAmount outstanding() {
        return amount.subtract(delivered);
    }

    /**
     * Returns a one-line summary such as
     * {@code google-uk-2025 ANNOUNCED since 2025-09-16 (official statement): pledged GBP 5000000000.00, delivered GBP 0.00, outstanding GBP 5000000000.00}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return id() + " " + status + " since " + statusSince + " (" + statusBasis.words() + "): pledged " + Amounts.format(amount) + ", delivered " + Amounts.format(delivered)
                + ", outstanding " + Amounts.format(outstanding());
    }
}
