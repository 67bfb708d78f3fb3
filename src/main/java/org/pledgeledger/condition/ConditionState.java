package org.pledgeledger.condition;

/**
 * Where a condition stands on a date.
 */
public enum ConditionState {
    /** The requirement is met. */
    MET,
    /** Not met yet, and it still can be. */
    PENDING,
    /** It can no longer be met. */
    FAILED
}
