package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgeledger.condition.Deal.NATION_CYMRU;
import static org.pledgeledger.condition.Deal.day;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.ledger.AgreementEvent;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Assessment;
import org.pledgeledger.ledger.ConditionEvent;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.PledgePeriod;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;

/** Every condition kind, state and combination, through {@link Conditions#evaluate}. */
class EvaluatorTest {

    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final ConditionId C = ConditionId.of("c");

    private static Outlook evaluate(Condition condition, LocalDate on, LedgerEvent... events) {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(events));
        return Conditions.builder().add(condition).build().evaluate(ledger.asOf(on));
    }

    private static ConditionEvent.MilestoneRecorded milestone(String name, LocalDate on) {
        return new ConditionEvent.MilestoneRecorded(EventId.of("m-" + on), name, on, on, NATION_CYMRU, Basis.OFFICIAL_STATEMENT);
    }

    @Test
    void aMilestoneIsPendingUntilRecordedAndFailsAfterItsDeadline() {
        Condition m = new Condition.MilestoneReached(C, "EPD text published", "EPD text", Optional.of(day(12, 31)), List.of(NATION_CYMRU));
        assertThat(evaluate(m, day(6, 1)).condition(C).state()).isEqualTo(ConditionState.PENDING);
        assertThat(evaluate(m, day(6, 1)).condition(C).reason()).isEqualTo("milestone 'EPD text' not reached by 2025-06-01; deadline 2025-12-31");
        assertThat(evaluate(m, day(6, 1), milestone("EPD text", day(5, 20))).condition(C).state()).isEqualTo(ConditionState.MET);
        assertThat(evaluate(m, LocalDate.of(2026, 1, 1)).condition(C).state()).isEqualTo(ConditionState.FAILED);
        assertThat(evaluate(m, LocalDate.of(2026, 1, 1), milestone("EPD text", day(12, 30))).condition(C).state())
                .isEqualTo(ConditionState.MET);
    }

    @ParameterizedTest
    @CsvSource({"MET, MET", "NOT_YET_MET, PENDING", "FAILED, FAILED"})
    void aJudgementStandsAsItsLatestAssessment(Assessment assessment, ConditionState expected) {
        Condition j = Condition.judgement(C, "substantive progress", Deal.JUDGEMENT, List.of(NATION_CYMRU));
        Outlook o = evaluate(j, day(12, 31), Deal.assessed("a1", day(10, 1), Assessment.NOT_YET_MET), Deal.assessed("a2", day(12, 1), assessment));
        assertThat(o.condition(C).state()).isEqualTo(expected);
        assertThat(o.condition(C).reason()).startsWith("'EPD substantive progress' assessed " + assessment
                + " on 2025-12-01 by Nation.Cymru (estimate): analyst view");
    }

    private static LedgerEvent recorded(AgreementId id) {
        return new AgreementEvent.Recorded(EventId.of(id + "/r"), Deal.agreement(id, "A", Agreement.Kind.TRADE_DEAL, day(5, 1)),
                day(5, 1), Basis.OFFICIAL_STATEMENT);
    }

    private static LedgerEvent moved(AgreementId id, String eid, LocalDate on, AgreementStatus to) {
        return new AgreementEvent.Moved(EventId.of(eid), id, on, on, NATION_CYMRU, Basis.OFFICIAL_STATEMENT, to);
    }

    @Test
    void anAgreementConditionFollowsTheAgreement() {
        AgreementId a = AgreementId.of("a");
        Condition signed = new Condition.AgreementReaches(C, "A signed", a, AgreementStatus.SIGNED, Optional.of(day(9, 30)),
                List.of(NATION_CYMRU));
        assertThat(evaluate(signed, day(4, 1)).condition(C).reason()).isEqualTo("agreement a is not recorded by 2025-04-01; needs SIGNED; deadline 2025-09-30");
        assertThat(evaluate(signed, day(6, 1), recorded(a)).condition(C).state()).isEqualTo(ConditionState.PENDING);
        assertThat(evaluate(signed, day(6, 1), recorded(a), moved(a, "s", day(5, 20), AgreementStatus.OPERATIVE)).condition(C).state())
                .isEqualTo(ConditionState.MET);
        assertThat(evaluate(signed, day(10, 1), recorded(a)).condition(C).state()).isEqualTo(ConditionState.FAILED);
        LedgerEvent end = new AgreementEvent.Terminated(EventId.of("t"), a, day(7, 1), day(7, 1), NATION_CYMRU, Basis.OFFICIAL_STATEMENT, "ended");
        assertThat(evaluate(signed, day(8, 1), recorded(a), moved(a, "s", day(5, 20), AgreementStatus.SIGNED), end).condition(C).state())
                .isEqualTo(ConditionState.FAILED);
    }

    @Test
    void aPauseKeepsWhatWasReachedButPutsItAtRisk() {
        AgreementId a = AgreementId.of("a");
        Condition signed = Condition.agreementReaches(C, "A signed", a, AgreementStatus.SIGNED, List.of(NATION_CYMRU));
        LedgerEvent pause = new AgreementEvent.Paused(EventId.of("p"), a, day(7, 1), day(7, 1), NATION_CYMRU, Basis.OFFICIAL_STATEMENT, "x");
        ConditionOutcome o = evaluate(signed, day(8, 1), recorded(a), moved(a, "s", day(5, 20), AgreementStatus.SIGNED), pause).condition(C);
        assertThat(o.state()).isEqualTo(ConditionState.MET);
        assertThat(o.riskBasis()).contains(Basis.OFFICIAL_STATEMENT);
        assertThat(o).hasToString("c MET, at risk (official statement): agreement a is PAUSED since 2025-07-01 (official statement), paused while SIGNED");
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource({
        "ALL, MET,     MET,     MET",
        "ALL, MET,     PENDING, PENDING",
        "ALL, PENDING, FAILED,  FAILED",
        "ALL, MET,     FAILED,  FAILED",
        "ANY, MET,     FAILED,  MET",
        "ANY, PENDING, FAILED,  PENDING",
        "ANY, FAILED,  FAILED,  FAILED",
        "ANY, PENDING, PENDING, PENDING",
    })
    void combinationsFollowTheirParts(String kind, String first, String second, ConditionState expected) {
        Conditions.Builder b = Conditions.builder();
        List<ConditionId> parts = new ArrayList<>();
        List<LedgerEvent> events = new ArrayList<>();
        for (String state : List.of(first, second)) {
            ConditionId id = ConditionId.of("p" + parts.size());
            String judgement = "j" + parts.size();
            b.add(Condition.judgement(id, "part", judgement, List.of(NATION_CYMRU)));
            parts.add(id);
            if (!state.equals("PENDING")) {
                events.add(new ConditionEvent.Assessed(EventId.of("e" + parts.size()), judgement, day(6, 1), day(6, 1), NATION_CYMRU,
                        Basis.ESTIMATE, state.equals("MET") ? Assessment.MET : Assessment.FAILED, "n"));
            }
        }
        b.add(kind.equals("ALL") ? Condition.allOf(C, "both", parts, List.of(NATION_CYMRU)) : Condition.anyOf(C, "either", parts, List.of(NATION_CYMRU)));
        Ledger ledger = Ledger.create();
        ledger.appendAll(events);
        ConditionOutcome o = b.build().evaluate(ledger.asOf(day(6, 30))).condition(C);
        assertThat(o.state()).isEqualTo(expected);
        assertThat(o.reason()).isEqualTo((kind.equals("ALL") ? "all of " : "any of ") + "p0 " + first + ", p1 " + second);
    }

    @Test
    void aCombinationIsAtRiskWhenAPartItNeedsIs() {
        AgreementId a = AgreementId.of("a");
        ConditionId signed = ConditionId.of("signed");
        ConditionId judged = ConditionId.of("judged");
        Conditions cs = Conditions.builder()
                .add(Condition.agreementReaches(signed, "A signed", a, AgreementStatus.SIGNED, List.of(NATION_CYMRU)))
                .add(Condition.judgement(judged, "progress", "j", List.of(NATION_CYMRU)))
                .add(Condition.allOf(C, "both", List.of(signed, judged), List.of(NATION_CYMRU)))
                .dependsOn(PledgeId.of("p"), C).build();
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(recorded(a), new AgreementEvent.Paused(EventId.of("p"), a, day(6, 1), day(6, 1), NATION_CYMRU,
                Basis.PRESS_REPORT, "x")));
        ConditionOutcome o = cs.evaluate(ledger.asOf(day(6, 30))).condition(C);
        assertThat(o.state()).isEqualTo(ConditionState.PENDING);
        assertThat(o.riskBasis()).contains(Basis.PRESS_REPORT);
    }

    /** The Green Climate Fund's rule: it could commit only once signed contributions reached 50% of pledges. */
    @Test
    void aThresholdOfCommittedSharesIsMetWhenHalfThePledgedMoneyIsCommittedAtReferenceRates() {
        RateTable fixed = RateTable.of(
                DatedRate.of(day(1, 1), Amounts.currency("EUR"), USD, new BigDecimal("1.25"), "reference"),
                DatedRate.of(day(1, 1), Amounts.currency("GBP"), USD, new BigDecimal("1.50"), "reference"));
        Pledge usd = pledge("us", "USD 100.00");
        Pledge eur = pledge("eu", "EUR 80.00");
        Pledge gbp = pledge("uk", "GBP 40.00");
        ConditionId half = ConditionId.of("half-signed");
        Condition.ThresholdReached rule = Condition.ThresholdReached.share(half, "signed agreements reach 50% of pledges",
                Set.of(usd.id(), eur.id(), gbp.id()), Condition.ThresholdReached.Measure.COMMITTED, new BigDecimal("0.5"),
                Valuation.atReferenceRates("GCF-1", fixed), USD, List.of(NATION_CYMRU));
        Conditions cs = Conditions.builder().add(rule).dependsOn(usd.id(), half).dependsOn(eur.id(), half).dependsOn(gbp.id(), half).build();
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(announced(usd), announced(eur), announced(gbp), committed(gbp, day(3, 1))));
        // hand-computed: pledged 100 + 80 x 1.25 + 40 x 1.50 = 260 USD; half is 130; committed so far 60
        ConditionOutcome march = cs.evaluate(ledger.asOf(day(3, 31))).condition(half);
        assertThat(march.state()).isEqualTo(ConditionState.PENDING);
        assertThat(march.reason()).isEqualTo("committed USD 60.00 of USD 260.00 pledged by 1 of 3 pledges, at reference rates 'GCF-1';"
                + " needs 0.5 of the pledged total, USD 130.00");
        ledger.append(committed(eur, day(4, 1)));
        // 60 + 100 = 160 >= 130
        Outlook april = cs.evaluate(ledger.asOf(day(4, 30)));
        assertThat(april.condition(half).state()).isEqualTo(ConditionState.MET);
        assertThat(april.pledge(usd.id()).kind()).isEqualTo(Contingency.Kind.UNCONDITIONAL);
        assertThat(cs.evaluate(ledger.asOf(day(3, 31))).pledge(usd.id()).kind()).isEqualTo(Contingency.Kind.CONTINGENT);
    }

    @Test
    void aThresholdOfDeliveredMoneyAgainstAnAmountFailsAfterItsDeadline() {
        Pledge p = pledge("p", "USD 100.00");
        Condition.ThresholdReached t = new Condition.ThresholdReached(C, "USD 50 delivered", Set.of(p.id()),
                Condition.ThresholdReached.Measure.DELIVERED, Optional.of(Amounts.parse("USD 50.00")), Optional.empty(),
                Valuation.atDate(RateTable.empty(), day(1, 1)), USD, Optional.of(day(6, 30)), List.of(NATION_CYMRU));
        LedgerEvent delivered = new PledgeEvent.DeliveryRecorded(EventId.of("d"), p.id(), day(5, 1), day(5, 1), NATION_CYMRU,
                Basis.OFFICIAL_STATEMENT, Amounts.parse("USD 50.00"), Optional.empty());
        assertThat(evaluate(t, day(4, 30), announced(p)).condition(C).state()).isEqualTo(ConditionState.PENDING);
        assertThat(evaluate(t, day(5, 1), announced(p), delivered).condition(C).state()).isEqualTo(ConditionState.MET);
        assertThat(evaluate(t, day(7, 1), announced(p)).condition(C).reason()).endsWith("needs USD 50.00; deadline 2025-06-30 passed");
    }

    private static Pledge pledge(String id, String amount) {
        return Pledge.builder(PledgeId.of(id), Party.government(id), "Green Climate Fund", Amounts.parse(amount), day(1, 1))
                .period(PledgePeriod.of(2025, 2025)).source(NATION_CYMRU).build();
    }

    private static LedgerEvent announced(Pledge p) {
        return new PledgeEvent.Announced(EventId.of(p.id() + "/a"), p, p.announced(), Basis.OFFICIAL_STATEMENT);
    }

    private static LedgerEvent committed(Pledge p, LocalDate on) {
        return new PledgeEvent.Committed(EventId.of(p.id() + "/c"), p.id(), on, on, NATION_CYMRU, Basis.OFFICIAL_STATEMENT);
    }
}
