package org.pledgeledger.condition;

import java.util.Objects;
import java.util.Optional;

import org.pledgeledger.model.Basis;

/**
 * How a condition stands on a date, and why.
 * <pre>{@code
 *   ConditionOutcome o = outlook.condition(ConditionId.of("tpd-needs-epd-progress"));
 *   o.state();       // PENDING
 *   o.isAtRisk();    // true: the agreement it waits on is paused
 *   o.riskBasis();   // Optional[PRESS_REPORT]: the pause is only reported
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param condition  the condition, not null
 * @param state  met, pending or failed, not null
 * @param riskBasis  present when the condition is at risk (an agreement it rests on is paused):
 *     the basis of that pause, so a reported pause is told from a confirmed one, not null
 * @param reason  why, in words, with the figures and dates used, not null
 */
public record ConditionOutcome(Condition condition, ConditionState state, Optional<Basis> riskBasis, String reason) {

    /**
     * Validates the outcome.
     *
     * @param condition  the condition, not null
     * @param state  the state, not null
     * @param riskBasis  the risk basis, not null
     * @param reason  the reason, not null
     */
    public ConditionOutcome {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(riskBasis, "riskBasis");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Checks whether the condition is at risk: not failed, but an agreement it rests on is paused.
     *
     * @return true if at risk
     */
    public boolean isAtRisk() {
        return riskBasis.isPresent();
    }

    /**
     * Returns {@code tpd-needs-epd-progress PENDING, at risk (press report): reason}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return condition.id() + " " + state + riskBasis.map(b -> ", at risk (" + b.words() + ")")
                .orElse("") + ": " + reason;
    }
}
