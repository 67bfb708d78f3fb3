package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;

/**
 * What the ledger says about one agreement on a date: folded from its events, never stored.
 * <pre>{@code
 *   AgreementState s = view.agreement(AgreementId.of("tech-prosperity-deal-mou")).orElseThrow();
 *   s.status();          // PAUSED
 *   s.statusBasis();     // PRESS_REPORT: the pause is only reported
 *   s.hasReached(AgreementStatus.SIGNED);   // true: paused after signature
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param agreement  the agreement as recorded, not null
 * @param status  its status, not null
 * @param statusSince  the date the status took effect, not null
 * @param statusBasis  the basis of the event that set it, not null
 * @param pausedFrom  the status it was paused in, present when paused, not null
 * @param terminatesOn  the date notice of termination takes effect, if notice was given, not null
 * @param history  the events that count, in effective-date order, not null
 */
public record AgreementState(Agreement agreement, AgreementStatus status, LocalDate statusSince, Basis statusBasis,
        Optional<AgreementStatus> pausedFrom, Optional<LocalDate> terminatesOn, List<AgreementEvent> history) {

    /**
     * Validates the state.
     *
     * @param agreement  the agreement, not null
     * @param status  the status, not null
     * @param statusSince  the date of the status, not null
     * @param statusBasis  the basis of the status, not null
     * @param pausedFrom  the status paused in, not null
     * @param terminatesOn  the termination date under notice, not null
     * @param history  the events that count, not null
     */
    public AgreementState {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        Objects.requireNonNull(statusBasis, "statusBasis");
        Objects.requireNonNull(pausedFrom, "pausedFrom");
        Objects.requireNonNull(terminatesOn, "terminatesOn");
        history = List.copyOf(history);
    }

    /**
     * Returns the agreement's id.
     *
     * @return the id, never null
     */
    public AgreementId id() {
        return agreement.id();
    }

    /**
     * Checks whether the agreement has reached a step, counting the status a pause interrupted.
     *
     * @param target  PROPOSED, NEGOTIATING, SIGNED or OPERATIVE, not null
     * @return true if it stands at or beyond the step, or was paused there; false once terminated
     */
    public boolean hasReached(AgreementStatus target) {
        return status.isAtLeast(target) || (status == AgreementStatus.PAUSED && pausedFrom.orElseThrow().isAtLeast(target));
    }

    /**
     * Returns {@code tech-prosperity-deal-mou PAUSED since 2025-12-09 (press report)}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return id() + " " + status + " since " + statusSince + " (" + statusBasis.words()
                + ")" + terminatesOn.filter(d -> status != AgreementStatus.TERMINATED).map(d -> ", terminates on " + d).orElse("");
    }
}
