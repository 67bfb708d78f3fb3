package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.day;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Basis;

class ConditionEventTest {

    @Test
    void aViewHoldsTheFirstMilestoneRecordAndTheLatestAssessment() {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(Fixtures.milestone("m1", "EPD text published", day(6, 1)),
                Fixtures.milestone("m2", "EPD text published", day(6, 5)),
                Fixtures.assessed("a1", "substantive progress", day(10, 1), day(10, 1), Assessment.NOT_YET_MET),
                Fixtures.assessed("a2", "substantive progress", day(12, 16), day(12, 17), Assessment.FAILED)));
        LedgerView dec = ledger.asOf(day(12, 31));
        assertThat(dec.milestone("EPD text published")).hasValueSatisfying(m -> assertThat(m.id().value()).isEqualTo("m1"));
        assertThat(dec.assessment("substantive progress")).hasValueSatisfying(a -> assertThat(a.assessment()).isEqualTo(Assessment.FAILED));
        assertThat(ledger.asKnownOn(day(12, 16)).assessment("substantive progress"))
                .hasValueSatisfying(a -> assertThat(a.assessment()).isEqualTo(Assessment.NOT_YET_MET));
        assertThat(ledger.asOf(day(5, 31)).milestone("EPD text published")).isEmpty();
        assertThat(dec.toString()).contains("milestone EPD text published reached 2025-06-01")
                .contains("judgement substantive progress: FAILED (2025-12-16)");
    }

    @Test
    void aCorrectedAssessmentNoLongerCounts() {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(Fixtures.assessed("a1", "progress", day(10, 1), day(10, 1), Assessment.MET),
                Fixtures.corrected("fix", day(10, 2), "a1")));
        assertThat(ledger.asOf(day(12, 31)).assessment("progress")).isEmpty();
    }

    @Test
    void rejectsBlankNamesAndNotes() {
        assertThatThrownBy(() -> new ConditionEvent.MilestoneRecorded(EventId.of("m"), " ", day(6, 1), day(6, 1), Fixtures.SOURCE,
                Basis.OFFICIAL_STATEMENT)).hasMessageContaining("Event m has a blank name");
        assertThatThrownBy(() -> new ConditionEvent.Assessed(EventId.of("a"), "x", day(6, 1), day(6, 1), Fixtures.SOURCE,
                Basis.ESTIMATE, Assessment.MET, "")).hasMessageContaining("Event a has a blank note");
    }
}
