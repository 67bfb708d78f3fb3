package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.Basis;

/**
 * Folds one agreement's events into its state: the only place the agreement lifecycle rules live.
 * <p>
 * This class is immutable and thread-safe.
 */
final class AgreementFold {

    private AgreementFold() {
    }

    /**
     * Folds an agreement's timeline.
     *
     * @param timeline  the agreement's events in {@linkplain Timeline timeline order}
     * @param asOf  the last effective date to apply, or null for all (a notice then counts as run)
     * @param knownOn  the last recorded date to consider, or null for all
     * @return the state, or null if the agreement is not recorded in this view
     * @throws IllegalMove if an event cannot apply in the status it meets
     */
    static AgreementState fold(List<LedgerEvent> timeline, LocalDate asOf, LocalDate knownOn) {
        Agreement agreement = null;
        AgreementStatus status = null;
        AgreementStatus pausedFrom = null;
        LocalDate since = null;
        Basis basis = null;
        LocalDate terminatesOn = null;
        Basis noticeBasis = null;
        List<AgreementEvent> history = new ArrayList<>();
        for (LedgerEvent le : Timeline.live(timeline, knownOn)) {
            AgreementEvent e = (AgreementEvent) le;
            if (asOf != null && e.effective().isAfter(asOf)) {
                break;
            }
            if (terminatesOn != null && !e.effective().isBefore(terminatesOn) && status != AgreementStatus.TERMINATED) {
                status = AgreementStatus.TERMINATED;
                since = terminatesOn;
                basis = noticeBasis;
            }
            if (agreement == null && !(e instanceof AgreementEvent.Recorded)) {
                throw IllegalMove.of(e, "not recorded", knownOn, "the agreement has not been recorded before it");
            }
            AgreementStatus before = status;
            if (e instanceof AgreementEvent.Recorded r) {
                if (agreement != null) {
                    throw IllegalMove.of(e, IllegalMove.state(before, since), knownOn, "the agreement was already recorded by another event");
                }
                agreement = r.agreement();
                status = AgreementStatus.PROPOSED;
            } else if (e instanceof AgreementEvent.Moved m) {
                status = IllegalMove.require(e, status, since, knownOn, status.isLive() && m.to().ordinal() > status.ordinal(),
                        "a move goes forward from a live status", m.to());
            } else if (e instanceof AgreementEvent.Paused) {
                pausedFrom = status;
                status = IllegalMove.require(e, status, since, knownOn, status.isLive(), "only a live agreement can be paused",
                        AgreementStatus.PAUSED);
            } else if (e instanceof AgreementEvent.Resumed) {
                status = IllegalMove.require(e, status, since, knownOn, status == AgreementStatus.PAUSED,
                        "only a paused agreement can resume", pausedFrom);
            } else if (e instanceof AgreementEvent.NoticeGiven) {
                IllegalMove.require(e, status, since, knownOn, status != AgreementStatus.TERMINATED && terminatesOn == null,
                        terminatesOn == null ? "it is already terminated" : "notice was already given", status);
                IllegalMove.require(e, status, since, knownOn, agreement.noticePeriod().isPresent(),
                        "the agreement has no notice period; record Terminated instead", status);
                terminatesOn = e.effective().plus(agreement.noticePeriod().get());
                noticeBasis = e.basis();
            } else if (e instanceof AgreementEvent.Terminated) {
                status = IllegalMove.require(e, status, since, knownOn, status != AgreementStatus.TERMINATED, "it is already terminated",
                        AgreementStatus.TERMINATED);
            }
            history.add(e);
            if (status != before) {
                since = e.effective();
                basis = e.basis();
            }
        }
        if (agreement == null) {
            return null;
        }
        if (terminatesOn != null && status != AgreementStatus.TERMINATED && (asOf == null || !asOf.isBefore(terminatesOn))) {
            status = AgreementStatus.TERMINATED;
            since = terminatesOn;
            basis = noticeBasis;
        }
        return new AgreementState(agreement, status, since, basis,
                Optional.ofNullable(status == AgreementStatus.PAUSED ? pausedFrom : null), Optional.ofNullable(terminatesOn), history);
    }
}
