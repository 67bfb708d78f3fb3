package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.Optional;

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

    private Fixtures() {
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

    static PledgeEvent.Corrected corrected(String id, Pledge p, LocalDate on, String supersedes) {
        return new PledgeEvent.Corrected(EventId.of(id), p.id(), on, on, SOURCE, Basis.OFFICIAL_STATEMENT,
                EventId.of(supersedes), "entered in error");
    }
}
