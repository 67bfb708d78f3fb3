package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.condition.Deal.NATION_CYMRU;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;

class ConditionTest {

    private static final ConditionId ID = ConditionId.of("c");
    private static final ConditionId A = ConditionId.of("a");
    private static final ConditionId B = ConditionId.of("b");

    @Test
    void everyConditionHasANameAndASource() {
        assertThatThrownBy(() -> Condition.judgement(ID, " ", "j", List.of(NATION_CYMRU))).hasMessage("Condition c has a blank name");
        assertThatThrownBy(() -> Condition.judgement(ID, "n", "j", List.of())).hasMessageContaining("Condition c has no source");
        assertThatThrownBy(() -> Condition.judgement(ID, "n", " ", List.of(NATION_CYMRU))).hasMessage("Condition c has a blank judgement");
        assertThatThrownBy(() -> Condition.milestone(ID, "n", "", List.of(NATION_CYMRU))).hasMessage("Condition c has a blank milestone");
    }

    @Test
    void anAgreementConditionWaitsForAStep() {
        assertThatThrownBy(() -> Condition.agreementReaches(ID, "n", AgreementId.of("a"), AgreementStatus.PAUSED, List.of(NATION_CYMRU)))
                .hasMessageContaining("waits for agreement a to reach PAUSED");
    }

    @Test
    void aCombinationHasAtLeastTwoDifferentPartsNotItself() {
        assertThatThrownBy(() -> Condition.allOf(ID, "n", List.of(A), List.of(NATION_CYMRU))).hasMessageContaining("combines 1 part(s)");
        assertThatThrownBy(() -> Condition.anyOf(ID, "n", List.of(A, A), List.of(NATION_CYMRU))).hasMessageContaining("lists a part twice");
        assertThatThrownBy(() -> Condition.allOf(ID, "n", List.of(A, ID), List.of(NATION_CYMRU))).hasMessageContaining("lists itself");
        assertThat(Condition.anyOf(ID, "n", List.of(A, B), List.of(NATION_CYMRU))).isInstanceOf(Condition.AnyOf.class);
    }

    @Test
    void aThresholdHasExactlyOneSensibleTarget() {
        Set<PledgeId> ps = Set.of(PledgeId.of("p"));
        Valuation v = Valuation.atStatedEquivalents();
        var usd = Amounts.currency("USD");
        assertThatThrownBy(() -> new Condition.ThresholdReached(ID, "n", ps, Condition.ThresholdReached.Measure.DELIVERED,
                Optional.empty(), Optional.empty(), v, usd, Optional.empty(), List.of(NATION_CYMRU))).hasMessageContaining("exactly one target");
        assertThatThrownBy(() -> Condition.ThresholdReached.share(ID, "n", ps, Condition.ThresholdReached.Measure.COMMITTED,
                new BigDecimal("1.5"), v, usd, List.of(NATION_CYMRU))).hasMessageContaining("share of 1.5: a share is above 0 and at most 1");
        assertThatThrownBy(() -> new Condition.ThresholdReached(ID, "n", ps, Condition.ThresholdReached.Measure.DELIVERED,
                Optional.of(Amounts.parse("GBP 1.00")), Optional.empty(), v, usd, Optional.empty(), List.of(NATION_CYMRU)))
                .hasMessageContaining("targets GBP 1.00: the target must be positive and in USD");
        assertThatThrownBy(() -> Condition.ThresholdReached.amount(ID, "n", Set.of(), Condition.ThresholdReached.Measure.DELIVERED,
                Amounts.parse("USD 1.00"), v, List.of(NATION_CYMRU))).hasMessageContaining("counts no pledges");
    }
}
