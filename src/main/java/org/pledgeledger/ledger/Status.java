package org.pledgeledger.ledger;

import java.util.Optional;

/**
 * Where a pledge stands in its lifecycle, mapped to IATI where IATI has a code.
 * <pre>
 *   ANNOUNCED -&gt; COMMITTED -&gt; DELIVERING -&gt; FULFILLED
 *   any live state -&gt; PAUSED -&gt; (resume) the state it was paused in
 *   any live state or PAUSED -&gt; WITHDRAWN
 * </pre>
 * The live states are ANNOUNCED, COMMITTED and DELIVERING. FULFILLED and WITHDRAWN are final.
 * A delivery moves ANNOUNCED or COMMITTED to DELIVERING; any live state may be marked FULFILLED.
 */
public enum Status {
    /** Announced and not yet firmly committed: IATI transaction type 12, Outgoing Pledge. */
    ANNOUNCED(new IatiCode("TransactionType", "12", "Outgoing Pledge")),
    /** A firm written obligation: IATI transaction type 2, Outgoing Commitment. */
    COMMITTED(new IatiCode("TransactionType", "2", "Outgoing Commitment")),
    /** Money is being delivered: IATI transaction type 3, Disbursement. */
    DELIVERING(new IatiCode("TransactionType", "3", "Disbursement")),
    /** Delivered in full, by the pledger's or a source's account: IATI activity status 4, Closed. */
    FULFILLED(new IatiCode("ActivityStatus", "4", "Closed")),
    /** Suspended, and may resume: IATI activity status 6, Suspended. */
    PAUSED(new IatiCode("ActivityStatus", "6", "Suspended")),
    /** Withdrawn for good: IATI activity status 5, Cancelled. */
    WITHDRAWN(new IatiCode("ActivityStatus", "5", "Cancelled"));

    private final IatiCode iati;

    Status(IatiCode iati) {
        this.iati = iati;
    }

    /**
     * Returns the IATI code this status corresponds to.
     *
     * @return the code, never null (empty is reserved for a status IATI has no code for)
     */
    public Optional<IatiCode> iati() {
        return Optional.ofNullable(iati);
    }

    /**
     * Checks whether money may still move: announced, committed or delivering.
     *
     * @return true for a live status
     */
    public boolean isLive() {
        return this == ANNOUNCED || this == COMMITTED || this == DELIVERING;
    }

    /**
     * Checks whether nothing can happen any more: fulfilled or withdrawn.
     *
     * @return true for a final status
     */
    public boolean isFinal() {
        return this == FULFILLED || this == WITHDRAWN;
    }
}
