package org.pledgeledger.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.condition.Deal.EPD_PROGRESS;
import static org.pledgeledger.condition.Deal.GOOGLE;
import static org.pledgeledger.condition.Deal.MICROSOFT;
import static org.pledgeledger.condition.Deal.MOU;
import static org.pledgeledger.condition.Deal.TPD_OPERATIVE;
import static org.pledgeledger.condition.Deal.day;

import java.time.LocalDate;
import java.util.List;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.Status;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;

/** The Tech Prosperity Deal's conditions through 2025, as of and as known on each date. */
class OutlookTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private final Ledger ledger = Deal.ledger();
    private final Conditions conditions = Deal.conditions();

    @Test
    void atTheEndOfSeptemberThePledgesAreContingentOnTheMemorandumBecomingOperative() {
        Outlook sep = conditions.evaluate(ledger.asOf(day(9, 30)));
        assertThat(sep.condition(EPD_PROGRESS).state()).isEqualTo(ConditionState.PENDING);
        assertThat(sep.condition(EPD_PROGRESS).reason()).isEqualTo("'EPD substantive progress' not yet assessed by 2025-09-30");
        assertThat(sep.condition(TPD_OPERATIVE).state()).isEqualTo(ConditionState.PENDING);
        assertThat(sep.condition(TPD_OPERATIVE).isAtRisk()).isFalse();
        assertThat(sep.agreement(MOU).kind()).isEqualTo(Contingency.Kind.CONTINGENT);
        assertThat(sep.pledge(MICROSOFT)).hasToString("CONTINGENT by tpd-operative");
        assertThat(sep.agreement(Deal.EPD).kind()).isEqualTo(Contingency.Kind.UNCONDITIONAL);
    }

    @Test
    void atTheEndOfDecemberThePledgesAreAtRiskOnAReportedPause() {
        Outlook dec = conditions.evaluate(ledger.asOf(day(12, 31)));
        ConditionOutcome tpd = dec.condition(TPD_OPERATIVE);
        assertThat(tpd.state()).isEqualTo(ConditionState.PENDING);
        assertThat(tpd.riskBasis()).contains(Basis.PRESS_REPORT);
        assertThat(tpd.reason()).isEqualTo("agreement tech-prosperity-deal-mou is PAUSED since 2025-12-09 (press report),"
                + " paused while SIGNED; needs OPERATIVE");
        assertThat(dec.pledge(MICROSOFT)).hasToString("AT_RISK (press report) by tpd-operative");
        assertThat(dec.pledge(GOOGLE).kind()).isEqualTo(Contingency.Kind.AT_RISK);
        assertThat(dec.view().pledge(MICROSOFT).orElseThrow().status()).as("the pledge's own lifecycle is untouched")
                .isEqualTo(Status.ANNOUNCED);
    }

    @Test
    void asKnownOnTenDecemberNobodyKnewOfThePauseYet() {
        Outlook known = conditions.evaluate(ledger.asKnownOn(day(12, 10)));
        assertThat(known.pledge(MICROSOFT).kind()).isEqualTo(Contingency.Kind.CONTINGENT);
        assertThat(conditions.evaluate(ledger.asOf(day(12, 10))).pledge(MICROSOFT).kind()).isEqualTo(Contingency.Kind.AT_RISK);
        assertThat(conditions.evaluate(ledger.asKnownOn(day(12, 16))).pledge(MICROSOFT).kind()).isEqualTo(Contingency.Kind.AT_RISK);
    }

    @Test
    void anAssessmentThatProgressFailedMakesTheMemorandumAndThePledgesVoid() {
        ledger.append(Deal.assessed("epd-failed", day(12, 20), org.pledgeledger.ledger.Assessment.FAILED));
        Outlook dec = conditions.evaluate(ledger.asOf(day(12, 31)));
        assertThat(dec.condition(EPD_PROGRESS).state()).isEqualTo(ConditionState.FAILED);
        assertThat(dec.agreement(MOU)).hasToString("VOID by epd-substantive-progress");
        assertThat(dec.condition(TPD_OPERATIVE).state()).isEqualTo(ConditionState.FAILED);
        assertThat(dec.condition(TPD_OPERATIVE).reason()).endsWith("and void: its condition [epd-substantive-progress] failed");
        assertThat(dec.pledge(MICROSOFT).kind()).isEqualTo(Contingency.Kind.VOID);
        assertThat(conditions.evaluate(ledger.asOf(day(12, 19))).pledge(MICROSOFT).kind()).isEqualTo(Contingency.Kind.AT_RISK);
    }

    /** Hand-computed: nothing delivered, so all is outstanding; 22bn + 5bn as stated; 30e9 / 1.3547 + 5e9 at 18 September. */
    @Test
    void exposureIsTheOutstandingMoneyThatHingesOnTheConditionDirectlyOrThroughTheMemorandum() {
        Outlook dec = conditions.evaluate(ledger.asOf(day(12, 31)));
        Exposure tpd = dec.exposure(TPD_OPERATIVE, Valuation.atStatedEquivalents(), GBP);
        assertThat(tpd.pledges()).containsExactly(GOOGLE, MICROSOFT);
        assertThat(tpd.outstanding()).hasToString("[GBP 5000000000.00, USD 30000000000.00]");
        assertThat(Amounts.format(tpd.outstandingConverted().total())).isEqualTo("GBP 27000000000.00");
        assertThat(tpd.outstandingConverted().lines()).hasSize(2);
        Exposure epd = dec.exposure(EPD_PROGRESS, Valuation.atDate(Deal.RATES, day(9, 18)), GBP);
        assertThat(epd.pledges()).containsExactly(GOOGLE, MICROSOFT);
        assertThat(Amounts.format(epd.pledgedConverted().total())).isEqualTo("GBP 27145124381.78");
        assertThat(epd.pledgedConverted().rates()).singleElement().satisfies(r -> assertThat(r.source()).contains("Equals Money"));
        assertThat(dec.exposures(Valuation.atStatedEquivalents(), GBP)).hasSize(2);
        assertThat(tpd.toString()).isEqualTo("tpd-operative: 2 pledges, outstanding GBP 27000000000.00 at stated equivalents"
                + " [GBP 5000000000.00, USD 30000000000.00]");
    }

    @Test
    void exposureCountsOnlyWhatIsStillOutstandingAndDropsAStatedEquivalentOnceTheAmountDiffers() {
        ledger.append(new org.pledgeledger.ledger.PledgeEvent.DeliveryRecorded(org.pledgeledger.ledger.EventId.of("g-d1"), GOOGLE,
                day(11, 1), day(11, 1), Deal.NATION_CYMRU, Basis.OFFICIAL_STATEMENT, Amounts.parse("GBP 1000000000.00"),
                java.util.Optional.empty()));
        Exposure e = conditions.evaluate(ledger.asOf(day(12, 31))).exposure(TPD_OPERATIVE,
                Valuation.atStatedEquivalents(Valuation.atDate(Deal.RATES, day(9, 18))), GBP);
        assertThat(Amounts.format(e.outstandingConverted().total())).isEqualTo("GBP 26000000000.00");
        assertThat(Amounts.format(e.pledgedConverted().total())).isEqualTo("GBP 27000000000.00");
    }

    @Test
    void scenariosAnswerWithoutChangingTheLedger() {
        List<LedgerEvent> before = ledger.events();
        Outlook asRecorded = conditions.evaluate(ledger.asOf(day(12, 31)));
        Outlook epdFails = conditions.evaluate(ledger.asOf(day(12, 31)),
                Scenario.of("if the Economic Prosperity Deal condition fails", Assumption.conditionFails(EPD_PROGRESS)));
        assertThat(epdFails.pledge(MICROSOFT).kind()).isEqualTo(Contingency.Kind.VOID);
        assertThat(epdFails.condition(EPD_PROGRESS).reason()).isEqualTo("assumed FAILED in scenario 'if the Economic Prosperity Deal condition fails'");
        Outlook confirmed = conditions.evaluate(ledger.asOf(day(12, 31)),
                Scenario.of("if the pause is confirmed", Assumption.pauseConfirmed(MOU)));
        assertThat(confirmed.pledge(MICROSOFT)).hasToString("AT_RISK (official statement) by tpd-operative");
        Outlook operative = conditions.evaluate(ledger.asOf(day(12, 31)), Scenario.of("if the memorandum becomes operative",
                Assumption.agreementStatus(MOU, AgreementStatus.OPERATIVE, Basis.OFFICIAL_STATEMENT), Assumption.conditionMet(EPD_PROGRESS)));
        assertThat(operative.pledge(MICROSOFT).kind()).isEqualTo(Contingency.Kind.UNCONDITIONAL);
        Outlook progress = conditions.evaluate(ledger.asOf(day(12, 31)), Scenario.of("if progress is assessed as made",
                Assumption.judgement(Deal.JUDGEMENT, org.pledgeledger.ledger.Assessment.MET)));
        assertThat(progress.agreement(MOU).kind()).isEqualTo(Contingency.Kind.UNCONDITIONAL);
        assertThat(ledger.events()).isEqualTo(before);
        assertThat(conditions.evaluate(ledger.asOf(day(12, 31))).toString()).isEqualTo(asRecorded.toString());
    }

    @Test
    void aScenarioAboutAnUnknownConditionIsRejected() {
        assertThatThrownBy(() -> conditions.evaluate(ledger.asOf(day(12, 31)),
                Scenario.of("typo", Assumption.conditionFails(ConditionId.of("epd-progres")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assumes unknown condition epd-progres");
    }

    @Test
    void asksForUnknownThingsAreRejectedNamingThem() {
        Outlook dec = conditions.evaluate(ledger.asOf(day(12, 31)));
        assertThatThrownBy(() -> dec.condition(ConditionId.of("nope"))).hasMessageContaining("Unknown condition nope");
        assertThatThrownBy(() -> dec.pledge(PledgeId.of("nope"))).hasMessageContaining("Pledge nope is not in the ledger as of 2025-12-31");
        assertThat(conditions.evaluate(ledger.asOf(LocalDate.of(2025, 9, 1))).pledges()).isEmpty();
    }

    @Test
    void printsOneLinePerConditionAgreementAndPledge() {
        assertThat(conditions.evaluate(ledger.asKnownOn(day(12, 10))).toString())
                .startsWith("Outlook as of 2025-12-10, as known on 2025-12-10, as recorded\n  condition epd-substantive-progress PENDING")
                .contains("\n  agreement tech-prosperity-deal-mou: CONTINGENT by epd-substantive-progress")
                .contains("\n  pledge microsoft-uk-2025: CONTINGENT by tpd-operative");
    }
}
