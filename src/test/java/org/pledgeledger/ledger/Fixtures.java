package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

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

/** Pledges and events for the ledger tests: each event is recorded on its effective date unless said. */
final class Fixtures {

    static final LocalDate SEP16 = LocalDate.of(2025, 9, 16);
    static final Source SOURCE = Source.of("Tech Digest", "Google opens Waltham Cross data centre as part of £5 billion UK investment",
            SEP16, "as a cornerstone of its two-year, £5 billion investment in the UK.");
    static final Source REPORT = Source.of("Nation.Cymru", "No 10 insists talks with US on tech deal ongoing amid reports of pause",
            LocalDate.of(2025, 12, 16), "there have been reports that Washington paused further negotiations on its implementation last week.");

    static final Pledge GOOGLE = pledge("google-uk-2025", "Google", "GBP 5000000000.00");
    static final Pledge MICROSOFT = pledge("microsoft-uk-2025", "Microsoft", "USD 30000000000.00");

    static final Agreement MOU = Agreement.builder(AgreementId.of("tech-prosperity-deal-mou"),
            "Memorandum of Understanding on the Technology Prosperity Deal", Agreement.Kind.MEMORANDUM_OF_UNDERSTANDING, day(9, 18))
            .party(Party.government("United Kingdom")).party(Party.government("United States")).noticePeriod(Period.ofDays(180))
            .source(SOURCE).build();
    static final Agreement EPD = Agreement.builder(AgreementId.of("economic-prosperity-deal"), "Economic Prosperity Deal",
            Agreement.Kind.TRADE_DEAL, LocalDate.of(2025, 5, 8))
            .party(Party.government("United Kingdom")).party(Party.government("United States")).source(SOURCE).build();

    private Fixtures() {
    }

    static AgreementEvent.Recorded recorded(Agreement a) {
        return new AgreementEvent.Recorded(EventId.of(a.id() + "/recorded"), a, a.announced(), Basis.OFFICIAL_STATEMENT);
    }

    static AgreementEvent.Moved moved(String id, Agreement a, LocalDate on, AgreementStatus to) {
        return new AgreementEvent.Moved(EventId.of(id), a.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT, to);
    }

    static AgreementEvent.Paused agreementPaused(String id, Agreement a, LocalDate on, LocalDate recorded, Basis basis) {
        return new AgreementEvent.Paused(EventId.of(id), a.id(), on, recorded, REPORT, basis, "talks paused");
    }

    static AgreementEvent.Resumed agreementResumed(String id, Agreement a, LocalDate on) {
        return new AgreementEvent.Resumed(EventId.of(id), a.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT, "talks resumed");
    }

    static AgreementEvent.NoticeGiven notice(String id, Agreement a, LocalDate on) {
        return new AgreementEvent.NoticeGiven(EventId.of(id), a.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT, "written notice");
    }

    static AgreementEvent.Terminated terminated(String id, Agreement a, LocalDate on) {
        return new AgreementEvent.Terminated(EventId.of(id), a.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT, "ended");
    }

    static ConditionEvent.MilestoneRecorded milestone(String id, String name, LocalDate on) {
        return new ConditionEvent.MilestoneRecorded(EventId.of(id), name, on, on, SOURCE, Basis.OFFICIAL_STATEMENT);
    }

    static ConditionEvent.Assessed assessed(String id, String judgement, LocalDate on, LocalDate recorded, Assessment a) {
        return new ConditionEvent.Assessed(EventId.of(id), judgement, on, recorded, REPORT, Basis.ESTIMATE, a, "analyst view");
    }

    static Pledge pledge(String id, String company, String amount) {
        return Pledge.builder(PledgeId.of(id), Party.company(company), "United Kingdom", Amounts.parse(amount), SEP16)
                .period(PledgePeriod.of(2025, 2026)).source(SOURCE).build();
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    static PledgeEvent.Announced announced(Pledge p) {
        return new PledgeEvent.Announced(EventId.of(p.id() + "/announced"), p, p.announced(), Basis.OFFICIAL_STATEMENT);
    }

    static PledgeEvent.Committed committed(String id, Pledge p, LocalDate on) {
        return new PledgeEvent.Committed(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT);
    }

    static PledgeEvent.DeliveryRecorded delivered(String id, Pledge p, LocalDate on, String amount) {
        return new PledgeEvent.DeliveryRecorded(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT,
                Amounts.parse(amount), Optional.empty());
    }

    static PledgeEvent.DeliveryRecorded delivered(String id, Pledge p, LocalDate on, String amount, DatedRate rate) {
        return new PledgeEvent.DeliveryRecorded(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT,
                Amounts.parse(amount), Optional.of(rate));
    }

    static PledgeEvent.AmountRevised revised(String id, Pledge p, LocalDate on, String amount) {
        return new PledgeEvent.AmountRevised(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT,
                Amounts.parse(amount), "revised");
    }

    static PledgeEvent.Paused paused(String id, Pledge p, LocalDate on, LocalDate recorded, Basis basis) {
        return new PledgeEvent.Paused(EventId.of(id), p.id(), on, recorded, REPORT, basis, "talks paused");
    }

    static PledgeEvent.Paused paused(String id, Pledge p, LocalDate on) {
        return paused(id, p, on, on, Basis.OFFICIAL_STATEMENT);
    }

    static PledgeEvent.Resumed resumed(String id, Pledge p, LocalDate on) {
        return new PledgeEvent.Resumed(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT, "talks resumed");
    }

    static PledgeEvent.Withdrawn withdrawn(String id, Pledge p, LocalDate on) {
        return new PledgeEvent.Withdrawn(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT, "withdrawn");
    }

    static PledgeEvent.Fulfilled fulfilled(String id, Pledge p, LocalDate on) {
        return new PledgeEvent.Fulfilled(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT);
    }

    static Correction corrected(String id, LocalDate on, String supersedes) {
        return new Correction(EventId.of(id), EventId.of(supersedes), on, on, SOURCE, Basis.OFFICIAL_STATEMENT, "entered in error");
    }
}
