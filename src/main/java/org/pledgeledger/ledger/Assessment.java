package org.pledgeledger.ledger;

/**
 * An analyst's or a source's assessment of a judgement, such as whether "substantive progress" has been made.
 */
public enum Assessment {
    /** The judgement is met. */
    MET,
    /** Not met yet; it still can be. */
    NOT_YET_MET,
    /** It can no longer be met. */
    FAILED
}
