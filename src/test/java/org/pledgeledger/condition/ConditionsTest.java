package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.condition.Deal.NATION_CYMRU;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.PledgeId;

class ConditionsTest {

    private static final ConditionId A = ConditionId.of("a");
    private static final ConditionId B = ConditionId.of("b");
    private static final ConditionId X = ConditionId.of("x");

    private static Condition judgement(ConditionId id) {
        return Condition.judgement(id, "judgement " + id, "j-" + id, List.of(NATION_CYMRU));
    }

    @Test
    void knowsItsConditionsAndWhoDependsOnThem() {
        Conditions cs = Deal.conditions();
        assertThat(cs.conditions()).extracting(Condition::id).containsExactly(Deal.EPD_PROGRESS, Deal.TPD_OPERATIVE);
        assertThat(cs.conditionsOf(Deal.MICROSOFT)).containsExactly(Deal.TPD_OPERATIVE);
        assertThat(cs.conditionsOf(Deal.MOU)).containsExactly(Deal.EPD_PROGRESS);
        assertThat(cs.conditionsOf(PledgeId.of("other"))).isEmpty();
        assertThat(cs.condition(Deal.EPD_PROGRESS)).isPresent();
        assertThat(cs.closure(List.of(Deal.TPD_OPERATIVE))).containsExactlyInAnyOrder(Deal.TPD_OPERATIVE, Deal.EPD_PROGRESS);
        assertThat(cs.toString()).contains("pledge microsoft-uk-2025 depends on [tpd-operative]");
        assertThat(Conditions.none().conditions()).isEmpty();
    }

    @Test
    void aConditionWaitingOnItselfThroughAnAgreementIsACycleNamedInFull() {
        AgreementId mou = AgreementId.of("mou");
        assertThatThrownBy(() -> Conditions.builder()
                .add(Condition.agreementReaches(A, "mou operative", mou, AgreementStatus.OPERATIVE, List.of(NATION_CYMRU)))
                .add(Condition.allOf(B, "a and x", List.of(A, X), List.of(NATION_CYMRU))).add(judgement(X))
                .dependsOn(mou, B).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Dependency cycle: condition a -> agreement mou -> condition b -> condition a (a condition cannot wait on itself)");
    }

    @Test
    void combinationsThatContainEachOtherAreACycle() {
        assertThatThrownBy(() -> Conditions.builder()
                .add(Condition.allOf(A, "b and x", List.of(B, X), List.of(NATION_CYMRU)))
                .add(Condition.anyOf(B, "a or x", List.of(A, X), List.of(NATION_CYMRU))).add(judgement(X)).build())
                .hasMessageStartingWith("Dependency cycle: condition a -> condition b -> condition a");
    }

    @Test
    void unknownConditionsAreRejectedNamingWhoRefersToThem() {
        assertThatThrownBy(() -> Conditions.builder().add(Condition.allOf(A, "b and x", List.of(B, X), List.of(NATION_CYMRU))).build())
                .hasMessage("Condition a combines unknown condition b");
        assertThatThrownBy(() -> Conditions.builder().dependsOn(PledgeId.of("p"), A).build())
                .hasMessage("Pledge p depends on unknown condition a; add it first");
        assertThatThrownBy(() -> Conditions.builder().dependsOn(AgreementId.of("m"), A).build())
                .hasMessage("Agreement m depends on unknown condition a; add it first");
    }

    @Test
    void aSecondConditionUnderAnIdIsRejectedButTheSameOneAgainIsNot() {
        Conditions.Builder b = Conditions.builder().add(judgement(A)).add(judgement(A));
        assertThatThrownBy(() -> b.add(Condition.judgement(A, "another", "j", List.of(NATION_CYMRU))))
                .hasMessage("Condition id a is already used by 'judgement a'; rejected: 'another'");
        assertThat(b.build().conditions()).hasSize(1);
    }
}
