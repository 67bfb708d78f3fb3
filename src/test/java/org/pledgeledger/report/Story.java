package org.pledgeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.model.Novelty;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;

/** The deal's headlines for the report tests: around £150bn, containing £31bn from US tech firms, containing two pledges. */
final class Story {

    static final Source FELIX = Source.of("Felix", "Senior British and American officials gather on South Kensington campus following"
            + " US-UK Tech Prosperity Deal", LocalDate.of(2025, 9, 19), "US companies have pledged to invest 31 billion pounds in the UK,"
            + " of which 22 billion will come from Microsoft to strengthen the British digital infrastructure.");
    static final LocalDate SEP16 = LocalDate.of(2025, 9, 16);
    static final LocalDate SEP19 = LocalDate.of(2025, 9, 19);
    static final PledgeId MICROSOFT = PledgeId.of("microsoft-uk-2025");
    static final PledgeId GOOGLE = PledgeId.of("google-uk-2025");
    static final HeadlineId US_TECH = HeadlineId.of("us-tech-31bn");
    static final HeadlineId TPD = HeadlineId.of("tpd-150bn");
    static final RateTable RATES = RateTable.of(DatedRate.of(LocalDate.of(2025, 9, 18), Amounts.currency("GBP"), Amounts.currency("USD"),
            new BigDecimal("1.3547"), "Equals Money"));

    private Story() {
    }

    static Pledge pledge(PledgeId id, String company, String amount, Optional<String> equivalent, Novelty novelty) {
        Pledge.Builder b = Pledge.builder(id, Party.company(company), "United Kingdom", Amounts.parse(amount), SEP16).source(FELIX)
                .novelty(novelty);
        equivalent.ifPresent(e -> b.equivalent(Amounts.parse(e), "Nation.Cymru"));
        return b.build();
    }

    static LedgerEvent announced(Pledge p) {
        return new PledgeEvent.Announced(EventId.of(p.id() + "/announced"), p, SEP16, Basis.OFFICIAL_STATEMENT);
    }

    static Ledger ledger() {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(
                announced(pledge(MICROSOFT, "Microsoft", "USD 30000000000.00", Optional.of("GBP 22000000000.00"), Novelty.newMoney())),
                announced(pledge(GOOGLE, "Google", "GBP 5000000000.00", Optional.empty(), Novelty.newMoney()))));
        return ledger;
    }

    static Headline usTech() {
        return Headline.builder(US_TECH, "US tech firms' investment in the UK", Amounts.parse("GBP 31000000000.00"), SEP19)
                .pledge(MICROSOFT).pledge(GOOGLE).source(FELIX).build();
    }

    static Headline tpd() {
        return Headline.builder(TPD, "the whole Tech Prosperity Deal", Amounts.parse("GBP 150000000000.00"), SEP19).approximate()
                .headline(US_TECH).source(FELIX).build();
    }
}
