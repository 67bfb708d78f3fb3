package org.pledgeledger.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import javax.money.CurrencyUnit;
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
 * A state holds the facts a record of its seven accessors would, and equals another with equal
 * facts. It is a class rather than a record so that a state whose amount is still the one
 * announced holds none of its own: {@link #amount()} returns the pledge's, and the fold of a
 * million pledges makes no amount for each; nor a delivered amount, which the fold gives as a
 * number and {@link #delivered()} makes when first asked.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PledgeState {

    private final Pledge pledge;
    private final Status status;
    private final LocalDate statusSince;
    private final Basis statusBasis;
    /** The amount pledged now, or null while it is the pledge's own, unrevised. */
    private final MonetaryAmount revised;
    /**
     * The amount delivered; where the fold gave a number, null until first asked, then made and
     * kept (a benign race, as {@code String}'s hash: any thread makes an equal amount).
     */
    private MonetaryAmount delivered;
    /** The number delivered, in the pledge's currency, where the fold gave one; else null. */
    private final BigDecimal deliveredNumber;
    private final List<PledgeEvent> history;

    /**
     * Creates a state.
     *
     * @param pledge  the pledge as announced, not null
     * @param status  its lifecycle status, not null
     * @param statusSince  the effective date of the event that set the status, not null
     * @param statusBasis  the basis of that event: a pause may be only reported, not null
     * @param amount  the amount pledged now, after revisions, in the pledge's currency, not null
     * @param delivered  the amount delivered so far, in the pledge's currency, not null
     * @param history  the events that count, in effective-date order, not null, no null elements
     */
    public PledgeState(Pledge pledge, Status status, LocalDate statusSince, Basis statusBasis, MonetaryAmount amount,
            MonetaryAmount delivered, List<PledgeEvent> history) {
        this(pledge, Objects.requireNonNull(amount, "amount"), status, statusSince, statusBasis,
                Objects.requireNonNull(delivered, "delivered"), null, List.copyOf(Objects.requireNonNull(history, "history")));
    }

    /**
     * The one constructor that sets the fields: the amount pledged now, or null for the pledge's
     * own; the amount delivered, or null with the number delivered; the history, kept as given.
     */
    private PledgeState(Pledge pledge, MonetaryAmount revised, Status status, LocalDate statusSince, Basis statusBasis,
            MonetaryAmount delivered, BigDecimal deliveredNumber, List<PledgeEvent> history) {
        this.pledge = Objects.requireNonNull(pledge, "pledge");
        this.status = Objects.requireNonNull(status, "status");
        this.statusSince = Objects.requireNonNull(statusSince, "statusSince");
        this.statusBasis = Objects.requireNonNull(statusBasis, "statusBasis");
        this.revised = revised;
        this.delivered = delivered;
        this.deliveredNumber = deliveredNumber;
        this.history = history;
    }

    /**
     * A state as the fold makes it: the amount pledged now, or null while it is the pledge's own;
     * the number delivered in the pledge's currency, of which no amount is made until asked; and
     * the history, kept without a copy, as the fold passes an unmodifiable list of events that no
     * one changes (a view of the ledger's timeline, or a list of its own).
     */
    static PledgeState folded(Pledge pledge, MonetaryAmount revised, Status status, LocalDate statusSince, Basis statusBasis,
            BigDecimal delivered, List<PledgeEvent> history) {
        return new PledgeState(pledge, revised, status, statusSince, statusBasis, null, Objects.requireNonNull(delivered, "delivered"),
                Objects.requireNonNull(history, "history"));
    }

    /**
     * Returns the pledge as announced.
     *
     * @return the pledge, never null
     */
    public Pledge pledge() {
        return pledge;
    }

    /**
     * Returns the lifecycle status.
     *
     * @return the status, never null
     */
    public Status status() {
        return status;
    }

    /**
     * Returns the effective date of the event that set the status.
     *
     * @return the date, never null
     */
    public LocalDate statusSince() {
        return statusSince;
    }

    /**
     * Returns the basis of the event that set the status: a pause may be only reported.
     *
     * @return the basis, never null
     */
    public Basis statusBasis() {
        return statusBasis;
    }

    /**
     * Returns the amount pledged now, after revisions, in the pledge's currency.
     *
     * @return the amount, never null
     */
    public MonetaryAmount amount() {
        return revised != null ? revised : pledge.amount();
    }

    /**
     * Returns the amount delivered so far, in the pledge's currency.
     *
     * @return the amount, never null
     */
    public MonetaryAmount delivered() {
        MonetaryAmount d = delivered;
        if (d == null) {
            CurrencyUnit currency = pledge.currency();
            d = deliveredNumber.signum() == 0 ? Amounts.zero(currency) : Amounts.of(deliveredNumber, currency);
            delivered = d;
        }
        return d;
    }

    /**
     * Returns the events that count, in effective-date order.
     *
     * @return the events, never null
     */
    public List<PledgeEvent> history() {
        return history;
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
        return dated(amount());
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
        return dated(delivered());
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
        return amount().subtract(delivered());
    }

    /**
     * Compares the seven facts: pledge, status, its date and basis, amount, delivered and history.
     *
     * @param obj  the other object, may be null
     * @return true if a state with equal facts
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof PledgeState o && pledge.equals(o.pledge) && status == o.status
                && statusSince.equals(o.statusSince) && statusBasis == o.statusBasis && amount().equals(o.amount())
                && delivered().equals(o.delivered()) && history.equals(o.history));
    }

    @Override
    public int hashCode() {
        return Objects.hash(pledge, status, statusSince, statusBasis, amount(), delivered(), history);
    }

    /**
     * Returns a one-line summary such as
     * {@code google-uk-2025 ANNOUNCED since 2025-09-16 (official statement): pledged GBP 5000000000.00, delivered GBP 0.00, outstanding GBP 5000000000.00}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return id() + " " + status + " since " + statusSince + " (" + statusBasis.words() + "): pledged " + Amounts.format(amount()) + ", delivered " + Amounts.format(delivered())
                + ", outstanding " + Amounts.format(outstanding());
    }
}
