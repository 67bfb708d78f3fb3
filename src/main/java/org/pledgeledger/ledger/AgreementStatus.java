package org.pledgeledger.ledger;

/**
 * Where an agreement stands.
 * <pre>
 *   PROPOSED -&gt; NEGOTIATING -&gt; SIGNED -&gt; OPERATIVE   (forward moves; steps may be skipped)
 *   any live status -&gt; PAUSED -&gt; (resume) the status it was paused in
 *   any status but TERMINATED -&gt; TERMINATED, at once or when a notice period has run
 * </pre>
 */
public enum AgreementStatus {
    /** Proposed or being drafted. */
    PROPOSED,
    /** Under negotiation. */
    NEGOTIATING,
    /** Signed, not yet in force or operative. */
    SIGNED,
    /** In force: operative. */
    OPERATIVE,
    /** Talks or operation suspended; may resume. */
    PAUSED,
    /** Ended, for good. */
    TERMINATED;

    /**
     * Checks whether the agreement can still move forward: proposed, negotiating, signed or operative.
     *
     * @return true for a live status
     */
    public boolean isLive() {
        return this != PAUSED && this != TERMINATED;
    }

    /**
     * Checks whether this live status is at or beyond another along PROPOSED, NEGOTIATING, SIGNED, OPERATIVE.
     *
     * @param target  a live status, not null
     * @return true if this status is live and not before the target
     * @throws IllegalArgumentException if the target is not a live status
     */
    public boolean isAtLeast(AgreementStatus target) {
        if (!target.isLive()) {
            throw new IllegalArgumentException("Status " + target + " is not a step along PROPOSED, NEGOTIATING, SIGNED, OPERATIVE");
        }
        return isLive() && ordinal() >= target.ordinal();
    }
}
