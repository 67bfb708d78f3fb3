package org.pledgeledger.condition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.pledgeledger.ledger.AgreementEvent;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Assessment;
import org.pledgeledger.ledger.ConditionEvent;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.PledgePeriod;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;

/**
 * The Tech Prosperity Deal in miniature for the condition tests: the May 2025 Economic Prosperity
 * Deal, the September 2025 memorandum that becomes operative only alongside "substantive
 * progress" on it, two company pledges that hinge on the memorandum, and the December 2025
 * reported pause (effective 9 December, reported 16 December).
 */
final class Deal {

    static final Source NATION_CYMRU = Source.of("Nation.Cymru", "No 10 insists talks with US on tech deal ongoing amid reports of pause",
            LocalDate.of(2025, 12, 16), "The memorandum on the tech deal noted it would become operative \u201calongside substantive"
                    + " progress being made to formalise and implement\u201d the May agreement, known as the economic prosperity deal.");

    static final AgreementId EPD = AgreementId.of("economic-prosperity-deal");
    static final AgreementId MOU = AgreementId.of("tech-prosperity-deal-mou");
    static final PledgeId MICROSOFT = PledgeId.of("microsoft-uk-2025");
    static final PledgeId GOOGLE = PledgeId.of("google-uk-2025");

    static final ConditionId EPD_PROGRESS = ConditionId.of("epd-substantive-progress");
    static final ConditionId TPD_OPERATIVE = ConditionId.of("tpd-operative");
    static final String JUDGEMENT = "EPD substantive progress";

    static final RateTable RATES = RateTable.of(DatedRate.of(day(9, 18), Amounts.currency("GBP"), Amounts.currency("USD"),
            new BigDecimal("1.3547"), "Equals Money"));

    private Deal() {
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    static Agreement agreement(AgreementId id, String name, Agreement.Kind kind, LocalDate on) {
        return Agreement.builder(id, name, kind, on).party(Party.government("United Kingdom")).party(Party.government("United States"))
                .noticePeriod(Period.ofDays(180)).source(NATION_CYMRU).build();
    }

    static Pledge pledge(PledgeId id, String company, String amount, Optional<String> equivalent) {
        Pledge.Builder b = Pledge.builder(id, Party.company(company), "United Kingdom", Amounts.parse(amount), day(9, 16))
                .period(PledgePeriod.of(2025, 2028)).source(NATION_CYMRU);
        equivalent.ifPresent(e -> b.equivalent(Amounts.parse(e), "Nation.Cymru"));
        return b.build();
    }

    /** The ledger as it stood on 31 December 2025. */
    static Ledger ledger() {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(
                new AgreementEvent.Recorded(EventId.of("epd/recorded"), agreement(EPD, "Economic Prosperity Deal", Agreement.Kind.TRADE_DEAL,
                        day(5, 8)), day(5, 8), Basis.OFFICIAL_STATEMENT),
                new AgreementEvent.Moved(EventId.of("epd/signed"), EPD, day(5, 8), day(5, 8), NATION_CYMRU, Basis.OFFICIAL_STATEMENT,
                        AgreementStatus.SIGNED),
                new AgreementEvent.Recorded(EventId.of("mou/recorded"), agreement(MOU, "Technology Prosperity Deal memorandum",
                        Agreement.Kind.MEMORANDUM_OF_UNDERSTANDING, day(9, 18)), day(9, 18), Basis.OFFICIAL_STATEMENT),
                new AgreementEvent.Moved(EventId.of("mou/signed"), MOU, day(9, 18), day(9, 18), NATION_CYMRU, Basis.OFFICIAL_STATEMENT,
                        AgreementStatus.SIGNED),
                new PledgeEvent.Announced(EventId.of("msft/announced"), pledge(MICROSOFT, "Microsoft", "USD 30000000000.00",
                        Optional.of("GBP 22000000000.00")), day(9, 16), Basis.OFFICIAL_STATEMENT),
                new PledgeEvent.Announced(EventId.of("google/announced"), pledge(GOOGLE, "Google", "GBP 5000000000.00", Optional.empty()),
                        day(9, 16), Basis.OFFICIAL_STATEMENT),
                new AgreementEvent.Paused(EventId.of("mou/pause-reported"), MOU, day(12, 9), day(12, 16), NATION_CYMRU,
                        Basis.PRESS_REPORT, "Washington paused further negotiations on its implementation")));
        return ledger;
    }

    static Condition epdProgress() {
        return Condition.judgement(EPD_PROGRESS, "substantive progress being made to formalise and implement the Economic Prosperity Deal",
                JUDGEMENT, List.of(NATION_CYMRU));
    }

    static Condition tpdOperative() {
        return Condition.agreementReaches(TPD_OPERATIVE, "the Technology Prosperity Deal memorandum becomes operative", MOU,
                AgreementStatus.OPERATIVE, List.of(NATION_CYMRU));
    }

    static Conditions conditions() {
        return Conditions.builder().add(epdProgress()).add(tpdOperative())
                .dependsOn(MOU, EPD_PROGRESS)
                .dependsOn(MICROSOFT, TPD_OPERATIVE).dependsOn(GOOGLE, TPD_OPERATIVE)
                .build();
    }

    static ConditionEvent.Assessed assessed(String id, LocalDate on, Assessment a) {
        return new ConditionEvent.Assessed(EventId.of(id), JUDGEMENT, on, on, NATION_CYMRU, Basis.ESTIMATE, a, "analyst view");
    }
}
