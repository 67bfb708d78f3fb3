package org.pledgeledger.condition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pledgeledger.model.Basis;

/**
 * Whether a pledge or an agreement hinges on conditions on a date: derived, and never a change to
 * its own lifecycle status.
 * <pre>{@code
 *   outlook.pledge(PledgeId.of("microsoft-uk-2025")).kind();   // AT_RISK
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param kind  unconditional, contingent, at risk or void, not null
 * @param conditions  the conditions that make it so (for unconditional: the conditions met, if any), not null
 * @param riskBasis  when at risk, the firmest basis among the pauses behind it, not null
 */
public record Contingency(Kind kind, List<ConditionId> conditions, Optional<Basis> riskBasis) {

    /** The kinds of contingency, from firmest to weakest. */
    public enum Kind {
        /** No conditions, or all met and none at risk. */
        UNCONDITIONAL,
        /** A condition is pending. */
        CONTINGENT,
        /** A condition rests on a paused agreement, the pause confirmed or only reported. */
        AT_RISK,
        /** A condition failed. */
        VOID
    }

    /**
     * Validates the contingency.
     *
     * @param kind  the kind, not null
     * @param conditions  the conditions behind it, not null
     * @param riskBasis  the risk basis, present exactly when at risk, not null
     * @throws IllegalArgumentException if a risk basis is given for another kind or missing when at risk
     */
    public Contingency {
        Objects.requireNonNull(kind, "kind");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(riskBasis, "riskBasis");
        if ((kind == Kind.AT_RISK) != riskBasis.isPresent()) {
            throw new IllegalArgumentException("Contingency " + kind + (riskBasis.isPresent() ? " carries" : " lacks") + " a risk basis");
        }
    }

    /**
     * Returns {@code AT_RISK (press report) by tpd-needs-epd-progress}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return kind + riskBasis.map(b -> " (" + b.words() + ")").orElse("")
                + (conditions.isEmpty() ? "" : " by " + String.join(", ", conditions.stream().map(ConditionId::value).toList()));
    }
}
