package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgeledger.data.BundledRates;
import org.pledgeledger.data.TechProsperityDeal;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.report.PledgeTable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportFilesTest {

    private static PledgeTable table() {
        LedgerDocument deal = TechProsperityDeal.load();
        return PledgeTable.of(deal.ledger().asOf(LocalDate.of(2025, 12, 31)), deal.conditions(), PledgeTable.Grouping.PLEDGER,
                Valuation.atDate(BundledRates.table(), TechProsperityDeal.SIGNED), Amounts.currency("GBP"));
    }

    /** Hand-computed: 30e9 / 1.3547 = 22,145,124,381.78; plus Google's 5bn. */
    @Test
    void writesCsvWithPlainDecimals() {
        assertThat(ReportFiles.csv(table())).isEqualTo("""
                group,pledges,pledged,delivered,outstanding,contingent,currency
                Google,1,5000000000.00,0.00,5000000000.00,5000000000.00,GBP
                Microsoft,1,22145124381.78,0.00,22145124381.78,22145124381.78,GBP
                Total,2,27145124381.78,0.00,27145124381.78,27145124381.78,GBP
                """);
    }

    @Test
    void writesJsonWithSchemaValuationRowsTotalAndRates() {
        JsonNode json = JsonMapper.builder().build().readTree(new StringReader(ReportFiles.json(table())));
        assertThat(json.get("schema").stringValue()).isEqualTo("pledge-ledger-report/1");
        assertThat(json.get("valuation").stringValue()).isEqualTo("at rates of 2025-09-18");
        assertThat(json.get("rows").get(1).get("pledged").toString()).isEqualTo("{\"amount\":\"22145124381.78\",\"currency\":\"GBP\"}");
        assertThat(json.get("total").get("pledged").toString()).isEqualTo("{\"amount\":\"27145124381.78\",\"currency\":\"GBP\"}");
        assertThat(json.get("rates").get(0).get("rate").stringValue()).isEqualTo("0.7381708127260648113973573484904407");
        assertThat(json.get("rates").get(0).get("source").stringValue()).contains("Equals Money");
    }

    /** Hand-computed: £31bn less 22bn + 5bn is 4bn; £150bn less the £31bn is 119bn; 27bn + 4bn + 119bn = 150bn. */
    @Test
    void writesTheGrandTotalAsCsvAndJson() {
        LedgerDocument deal = TechProsperityDeal.load();
        org.pledgeledger.report.Headlines nested = org.pledgeledger.report.Headlines.of(
                deal.headlines().headline(TechProsperityDeal.DEAL_150BN).orElseThrow(),
                deal.headlines().headline(TechProsperityDeal.US_TECH_31BN).orElseThrow());
        org.pledgeledger.report.GrandTotal t = org.pledgeledger.report.GrandTotal.of(nested, deal.ledger().asOf(LocalDate.of(2025, 12, 31)),
                Valuation.atStatedEquivalents(), Amounts.currency("GBP"));
        assertThat(ReportFiles.csv(t)).isEqualTo("""
                depth,headline,stated,itemised,not_itemised,currency
                0,tpd-150bn,150000000000.00,31000000000.00,119000000000.00,GBP
                1,us-tech-31bn,31000000000.00,27000000000.00,4000000000.00,GBP
                ,total,150000000000.00,27000000000.00,123000000000.00,GBP
                """);
        JsonNode json = JsonMapper.builder().build().readTree(new StringReader(ReportFiles.json(t)));
        assertThat(json.get("total").toString()).isEqualTo("{\"amount\":\"150000000000.00\",\"currency\":\"GBP\"}");
        assertThat(json.get("headlines").get(0).get("headlines").get(0).get("notItemised").toString()).isEqualTo("{\"amount\":\"4000000000.00\",\"currency\":\"GBP\"}");
        assertThat(json.get("warnings")).isEmpty();
    }
}
