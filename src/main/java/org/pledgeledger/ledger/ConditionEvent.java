package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.Objects;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Source;

/**
 * A fact that conditions depend on: a milestone recorded, or a judgement assessed.
 * <pre>{@code
 *   new ConditionEvent.Assessed(EventId.of("epd-progress-2025-12"), "EPD substantive progress",
 *       LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 16), source, Basis.ESTIMATE,
 *       Assessment.NOT_YET_MET, "US officials frustrated by a lack of progress on wider trade talks");
 * }</pre>
 * Milestones and judgements are named; a condition refers to them by name. There is no lifecycle
 * to check: a milestone counts from its effective date, and the latest assessment of a judgement
 * counts. Mistakes are corrected by a {@link Correction}.
 * <p>
 * All implementations are immutable and thread-safe.
 */
public sealed interface ConditionEvent extends LedgerEvent permits ConditionEvent.MilestoneRecorded, ConditionEvent.Assessed {

    /**
     * Returns the name of the milestone or judgement.
     *
     * @return the name, never null
     */
    String name();

    /**
     * A milestone reached, such as "EPD text published".
     *
     * @param id  the caller's event id, not null
     * @param name  the milestone, not blank
     * @param effective  the date it was reached, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     */
    record MilestoneRecorded(EventId id, String name, LocalDate effective, LocalDate recorded, Source source, Basis basis)
            implements ConditionEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param name  the milestone, not blank
         * @param effective  the date it was reached, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @throws IllegalArgumentException if the name is blank
         */
        public MilestoneRecorded {
            Events.requireCommon(id, effective, recorded, source, basis);
            Events.requireText(name, "name", id);
        }

        @Override
        public String describe() {
            return "milestone reached: " + name;
        }
    }

    /**
     * An assessment of a judgement, such as whether "substantive progress" has been made, with its source and basis.
     *
     * @param id  the caller's event id, not null
     * @param name  the judgement, not blank
     * @param effective  the date the assessment applies from, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known (an analyst's view is an estimate), not null
     * @param assessment  met, not yet met, or failed, not null
     * @param note  the reasoning, not blank
     */
    record Assessed(EventId id, String name, LocalDate effective, LocalDate recorded, Source source, Basis basis,
            Assessment assessment, String note) implements ConditionEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param name  the judgement, not blank
         * @param effective  the date it applies from, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param assessment  the assessment, not null
         * @param note  the reasoning, not blank
         * @throws IllegalArgumentException if the name or note is blank
         */
        public Assessed {
            Events.requireCommon(id, effective, recorded, source, basis);
            Events.requireText(name, "name", id);
            Objects.requireNonNull(assessment, "assessment");
            Events.requireText(note, "note", id);
        }

        @Override
        public String describe() {
            return name + " assessed " + assessment + " (" + note + ")";
        }
    }
}
