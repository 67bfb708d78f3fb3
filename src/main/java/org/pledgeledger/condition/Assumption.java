package org.pledgeledger.condition;

import java.util.Objects;

import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Assessment;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;

/**
 * One assumption of a {@link Scenario}: a condition's state, an agreement's status, or a
 * judgement's assessment, taken as given instead of what the ledger says.
 * <pre>{@code
 *   Assumption.conditionFails(ConditionId.of("tpd-needs-epd-progress"));
 *   Assumption.pauseConfirmed(AgreementId.of("tech-prosperity-deal-mou"));
 * }</pre>
 * All implementations are immutable and thread-safe.
 */
public sealed interface Assumption permits Assumption.ConditionAssumed, Assumption.AgreementAssumed, Assumption.JudgementAssumed {

    /**
     * Returns the assumption that a condition has failed.
     *
     * @param id  the condition, not null
     * @return the assumption, never null
     */
    static Assumption conditionFails(ConditionId id) {
        return new ConditionAssumed(id, ConditionState.FAILED);
    }

    /**
     * Returns the assumption that a condition is met.
     *
     * @param id  the condition, not null
     * @return the assumption, never null
     */
    static Assumption conditionMet(ConditionId id) {
        return new ConditionAssumed(id, ConditionState.MET);
    }

    /**
     * Returns the assumption that an agreement's pause is confirmed: paused, on an official statement.
     *
     * @param id  the agreement, not null
     * @return the assumption, never null
     */
    static Assumption pauseConfirmed(AgreementId id) {
        return new AgreementAssumed(id, AgreementStatus.PAUSED, Basis.OFFICIAL_STATEMENT);
    }

    /**
     * Returns the assumption that an agreement stands at a status, on a basis.
     *
     * @param id  the agreement, not null
     * @param status  the status, not null
     * @param basis  the basis, not null
     * @return the assumption, never null
     */
    static Assumption agreementStatus(AgreementId id, AgreementStatus status, Basis basis) {
        return new AgreementAssumed(id, status, basis);
    }

    /**
     * Returns the assumption that a judgement is assessed a certain way.
     *
     * @param judgement  the judgement's name, not blank
     * @param assessment  the assessment, not null
     * @return the assumption, never null
     */
    static Assumption judgement(String judgement, Assessment assessment) {
        return new JudgementAssumed(judgement, assessment);
    }

    /**
     * A condition taken to be in a state.
     *
     * @param condition  the condition, not null
     * @param state  MET or FAILED (a pending condition needs no assumption), not null
     */
    record ConditionAssumed(ConditionId condition, ConditionState state) implements Assumption {

        /**
         * Validates the assumption.
         *
         * @param condition  the condition, not null
         * @param state  MET or FAILED, not null
         * @throws IllegalArgumentException if the state is PENDING
         */
        public ConditionAssumed {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(state, "state");
            if (state == ConditionState.PENDING) {
                throw new IllegalArgumentException("Assumption on " + condition + ": assume MET or FAILED; PENDING assumes nothing");
            }
        }

        @Override
        public String toString() {
            return "if " + condition + " is " + state;
        }
    }

    /**
     * An agreement taken to stand at a status; a pause keeps the status it interrupted.
     *
     * @param agreement  the agreement, not null
     * @param status  the status, not null
     * @param basis  the basis it is taken on, not null
     */
    record AgreementAssumed(AgreementId agreement, AgreementStatus status, Basis basis) implements Assumption {

        /**
         * Validates the assumption.
         *
         * @param agreement  the agreement, not null
         * @param status  the status, not null
         * @param basis  the basis, not null
         */
        public AgreementAssumed {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(basis, "basis");
        }

        @Override
        public String toString() {
            return "if " + agreement + " is " + status + " (" + basis + ")";
        }
    }

    /**
     * A judgement taken to be assessed a certain way.
     *
     * @param judgement  the judgement, not blank
     * @param assessment  the assessment, not null
     */
    record JudgementAssumed(String judgement, Assessment assessment) implements Assumption {

        /**
         * Validates the assumption.
         *
         * @param judgement  the judgement, not blank
         * @param assessment  the assessment, not null
         * @throws IllegalArgumentException if the judgement is blank
         */
        public JudgementAssumed {
            Objects.requireNonNull(judgement, "judgement");
            Objects.requireNonNull(assessment, "assessment");
            if (judgement.isBlank()) {
                throw new IllegalArgumentException("Assumption names a blank judgement");
            }
        }

        @Override
        public String toString() {
            return "if " + judgement + " is assessed " + assessment;
        }
    }
}
