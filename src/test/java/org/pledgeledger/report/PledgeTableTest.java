package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pledgeledger.data.BundledRates;
import org.pledgeledger.data.TechProsperityDeal;
import org.pledgeledger.io.LedgerDocument;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Basis;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.Valuation;

class PledgeTableTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final LocalDate DEC31 = LocalDate.of(2025, 12, 31);
    private static final Valuation STATED_OR_SIGNING_RATE = Valuation.atStatedEquivalents(
            Valuation.atDate(BundledRates.table(), TechProsperityDeal.SIGNED));

    private final LedgerDocument deal = TechProsperityDeal.load();

    private PledgeTable table(PledgeTable.Grouping grouping, LedgerView view) {
        return PledgeTable.of(view, deal.conditions(), grouping, STATED_OR_SIGNING_RATE, GBP);
    }

    @ParameterizedTest
    @EnumSource(PledgeTable.Grouping.class)
    void everyGroupingCountsEveryPledgeOnceAndItsRowsAddUpToTheTotalExactly(PledgeTable.Grouping grouping) {
        PledgeTable t = table(grouping, deal.ledger().asOf(DEC31));
        assertThat(PledgeTable.exact(t.rows(), PledgeTable.Row::pledged)).isEqualByComparingTo(t.total().pledged().exactTotal());
        assertThat(PledgeTable.exact(t.rows(), PledgeTable.Row::outstanding)).isEqualByComparingTo(t.total().outstanding().exactTotal());
        assertThat(t.total().pledges()).isEqualTo(2);
        assertThat(Amounts.format(t.total().pledged().total())).isEqualTo(grouping == PledgeTable.Grouping.YEAR
                ? "GBP 27145124381.78" : "GBP 27000000000.00");
    }

    /** Hand-computed: Microsoft at its stated £22bn, Google £5bn; both hinge on the memorandum, so all is contingent. */
    @Test
    void byPledgerShowsPledgedDeliveredOutstandingAndContingent() {
        PledgeTable t = table(PledgeTable.Grouping.PLEDGER, deal.ledger().asOf(DEC31));
        assertThat(t.rows()).extracting(PledgeTable.Row::key).containsExactly("Google", "Microsoft");
        assertThat(t.rows().get(1).figures()).extracting(Amounts::format)
                .containsExactly("GBP 22000000000.00", "GBP 0.00", "GBP 22000000000.00", "GBP 22000000000.00");
        assertThat(t.heading()).isEqualTo("Pledges by pledger as of 2025-12-31, at stated equivalents, otherwise at rates of 2025-09-18, in GBP");
        assertThat(t.toString()).contains("  Microsoft        1  GBP 22,000,000,000.00").contains("Total").contains("Rates used:");
    }

    @Test
    void byOtherKeysGroupsUnderCombinedNamesSoNothingIsCountedTwice() {
        LedgerView dec = deal.ledger().asOf(DEC31);
        assertThat(table(PledgeTable.Grouping.SECTOR, dec).rows()).extracting(PledgeTable.Row::key)
                .containsExactly("AI infrastructure + cloud computing", "AI research + data centres");
        assertThat(table(PledgeTable.Grouping.STATUS, dec).rows()).extracting(PledgeTable.Row::key).containsExactly("ANNOUNCED");
        assertThat(table(PledgeTable.Grouping.CONDITION, dec).rows()).extracting(PledgeTable.Row::key).containsExactly("tpd-memorandum-operative");
        assertThat(table(PledgeTable.Grouping.NOVELTY, dec).rows()).extracting(PledgeTable.Row::key).containsExactly("new");
    }

    /**
     * Hand-computed: Google's £5bn spread evenly over 2025-2027 is 1,666,666,666.67 + 1,666,666,666.67 +
     * 1,666,666,666.66 (the leftover penny to the earliest years); a £1bn delivery in November 2025
     * leaves 666,666,666.67 of 2025 outstanding. Microsoft's $30bn over 2025-2028 is $7.5bn a year at
     * the signing-day rate (no equivalent was stated for a part).
     */
    @Test
    void byYearSplitsThePhasingAndCountsDeliveriesInTheYearTheyTookEffect() {
        deal.ledger().append(new PledgeEvent.DeliveryRecorded(EventId.of("google/2025-11"), TechProsperityDeal.GOOGLE,
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1), deal.sources().get("tech-digest-google"), Basis.ESTIMATE,
                Amounts.parse("GBP 1000000000.00"), Optional.empty()));
        PledgeTable t = table(PledgeTable.Grouping.YEAR, deal.ledger().asOf(DEC31));
        assertThat(t.rows()).extracting(PledgeTable.Row::key).containsExactly("2025", "2026", "2027", "2028");
        PledgeTable.Row y2025 = t.rows().get(0);
        assertThat(y2025.pledges()).isEqualTo(2);
        BigDecimal microsoftYear = new BigDecimal("7500000000").multiply(BundledRates.table()
                .rate(Amounts.currency("USD"), GBP, TechProsperityDeal.SIGNED).rate());
        assertThat(y2025.pledged().exactTotal()).isEqualByComparingTo(new BigDecimal("1666666666.67").add(microsoftYear));
        assertThat(Amounts.format(y2025.delivered().total())).isEqualTo("GBP 1000000000.00");
        assertThat(t.rows().get(2).pledged().exactTotal()).isEqualByComparingTo(new BigDecimal("1666666666.66").add(microsoftYear));
        assertThat(Amounts.format(t.total().delivered().total())).isEqualTo("GBP 1000000000.00");
        assertThat(Amounts.format(t.total().outstanding().total())).isEqualTo("GBP 26145124381.78");
    }

    @Test
    void aRevisionNoSourcePhasedHasARowOfItsOwn() {
        deal.ledger().append(new PledgeEvent.AmountRevised(EventId.of("google/revised"), TechProsperityDeal.GOOGLE,
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1), deal.sources().get("tech-digest-google"), Basis.ESTIMATE,
                Amounts.parse("GBP 6000000000.00"), "illustration"));
        PledgeTable t = table(PledgeTable.Grouping.YEAR, deal.ledger().asOf(DEC31));
        assertThat(t.rows()).extracting(PledgeTable.Row::key).contains("(revision, not phased)");
        assertThat(t.rows().stream().filter(r -> r.key().startsWith("(revision")).findFirst().orElseThrow().pledged().total())
                .isEqualTo(Amounts.parse("GBP 1000000000.00"));
    }

    @Test
    void rendersAsMarkdownAndHtmlWithTheRates() {
        PledgeTable t = table(PledgeTable.Grouping.PLEDGER, deal.ledger().asOf(DEC31));
        assertThat(t.toMarkdown(Figures.Scale.BILLIONS)).contains("| pledger | pledges | pledged | delivered | outstanding | contingent |")
                .contains("| Microsoft | 1 | £22.00bn | £0.00bn | £22.00bn | £22.00bn |").contains("| **Total** | 2 | £27.00bn |");
        assertThat(t.toText(Figures.Scale.BILLIONS)).contains("(rounded to 0.01bn)");
        assertThat(t.toHtml()).startsWith("<table class=\"pledge-table\">\n<caption>Pledges by pledger")
                .contains("<tr><td>Microsoft</td><td>1</td><td>GBP 22,000,000,000.00</td>")
                .contains("<tfoot><tr><th>Total</th>").contains("<li>2025-09-16 USD/GBP");
    }

    @Test
    void anEmptyViewGivesAnEmptyTableWithAZeroTotal() {
        PledgeTable t = table(PledgeTable.Grouping.PLEDGER, deal.ledger().asOf(LocalDate.of(2025, 1, 1)));
        assertThat(t.rows()).isEmpty();
        assertThat(Amounts.format(t.total().pledged().total())).isEqualTo("GBP 0.00");
        assertThat(t.rates()).isEmpty();
        ConvertedAmount none = t.total().contingent();
        assertThat(none.lines()).isEmpty();
    }
}
