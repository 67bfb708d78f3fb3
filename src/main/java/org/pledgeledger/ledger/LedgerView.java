package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.PledgeId;

/**
 * What the ledger said on a date: every pledge and agreement recorded by then, with its folded
 * state, the milestones reached and the latest assessment of each judgement.
 * <pre>{@code
 *   LedgerView now = ledger.asOf(LocalDate.of(2025, 12, 31));
 *   LedgerView then = ledger.asKnownOn(LocalDate.of(2025, 12, 10));   // only what was recorded by then
 *   now.pledge(PledgeId.of("google-uk-2025")).map(PledgeState::status);
 *   now.agreement(AgreementId.of("tech-prosperity-deal-mou")).map(AgreementState::status);
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param asOf  the effective date of the view, not null
 * @param knownOn  the recorded date the view is limited to, empty for everything recorded, not null
 * @param pledges  the pledges announced by then, in id order, not null
 * @param agreements  the agreements recorded by then, in id order, not null
 * @param milestones  each milestone reached by then, with the event that first recorded it, not null
 * @param assessments  each judgement assessed by then, with its latest assessment, not null
 */
public record LedgerView(LocalDate asOf, Optional<LocalDate> knownOn, List<PledgeState> pledges, List<AgreementState> agreements,
        Map<String, ConditionEvent.MilestoneRecorded> milestones, Map<String, ConditionEvent.Assessed> assessments) {

    /**
     * Validates the view.
     *
     * @param asOf  the effective date, not null
     * @param knownOn  the recorded-date limit, not null
     * @param pledges  the pledge states, not null
     * @param agreements  the agreement states, not null
     * @param milestones  the milestones reached, not null
     * @param assessments  the latest assessments, not null
     */
    public LedgerView {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(knownOn, "knownOn");
        pledges = List.copyOf(pledges);
        agreements = List.copyOf(agreements);
        milestones = Collections.unmodifiableMap(new TreeMap<>(milestones));
        assessments = Collections.unmodifiableMap(new TreeMap<>(assessments));
    }

    /**
     * Returns the state of one pledge.
     *
     * @param id  the pledge id, not null
     * @return the state, or empty if the pledge was not announced (or not known) by then, never null
     */
    public Optional<PledgeState> pledge(PledgeId id) {
        Objects.requireNonNull(id, "id");
        return pledges.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Returns the state of one agreement.
     *
     * @param id  the agreement id, not null
     * @return the state, or empty if the agreement was not recorded (or not known) by then, never null
     */
    public Optional<AgreementState> agreement(AgreementId id) {
        Objects.requireNonNull(id, "id");
        return agreements.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Returns the event recording that a milestone was reached, if it was by then.
     *
     * @param name  the milestone, not null
     * @return the event, or empty, never null
     */
    public Optional<ConditionEvent.MilestoneRecorded> milestone(String name) {
        return Optional.ofNullable(milestones.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns the latest assessment of a judgement, if there is one by then.
     *
     * @param name  the judgement, not null
     * @return the assessment, or empty, never null
     */
    public Optional<ConditionEvent.Assessed> assessment(String name) {
        return Optional.ofNullable(assessments.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns one line per pledge and agreement under a heading naming the dates.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return "Ledger as of " + asOf + knownOn.map(d -> ", as known on " + d).orElse("") + ": " + pledges.size()
                + (pledges.size() == 1 ? " pledge" : " pledges") + ", " + agreements.size()
                + (agreements.size() == 1 ? " agreement" : " agreements")
                + pledges.stream().map(p -> "\n  " + p).collect(Collectors.joining())
                + agreements.stream().map(a -> "\n  " + a).collect(Collectors.joining())
                + milestones.values().stream().map(m -> "\n  milestone " + m.name() + " reached " + m.effective()).collect(Collectors.joining())
                + assessments.values().stream().map(a -> "\n  judgement " + a.name() + ": " + a.assessment() + " (" + a.effective() + ")")
                        .collect(Collectors.joining());
    }
}
