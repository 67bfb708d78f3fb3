package org.pledgeledger.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.MissingRateException;
import org.pledgeledger.money.RateTable;

class DealReportTest {

    private static final String REPORT = DealReport.render(TechProsperityDeal.load(), BundledRates.table());
    /** The report with runs of spaces collapsed: the figures matter here, not the column padding. */
    private static final String FLAT = REPORT.replaceAll(" +", " ");

    /**
     * Hand-computed: (a) Microsoft at its stated £22bn, Google £5bn, £4bn of the £31bn not itemised,
     * £119bn of the £150bn not itemised; (b) 30e9 / 1.3547 = 22,145,124,381.7819..., leaving
     * 3,854,875,618.2180... of the £31bn; the total is £150bn under both.
     */
    @Test
    void reconcilesTheHeadlinesWithTheirPartsUnderTwoValuations() {
        assertThat(FLAT)
                .contains("around £150bn: investment announced with the deal GBP 150,000,000,000.00 GBP 150,000,000,000.00")
                .contains("£31bn: pledged by US technology companies GBP 31,000,000,000.00 GBP 31,000,000,000.00")
                .contains("Microsoft (USD 30,000,000,000.00) GBP 22,000,000,000.00 GBP 22,145,124,381.78")
                .contains("Google (GBP 5,000,000,000.00) GBP 5,000,000,000.00 GBP 5,000,000,000.00")
                .contains(" not itemised GBP 4,000,000,000.00 GBP 3,854,875,618.22")
                .contains(" not itemised GBP 119,000,000,000.00 GBP 119,000,000,000.00")
                .contains("Total, every pound counted once GBP 150,000,000,000.00 GBP 150,000,000,000.00")
                .contains("of which the pledges (new money) GBP 27,000,000,000.00 GBP 27,145,124,381.78");
    }

    @Test
    void showsTheEstimateBesideTheTotalsAndSaysWhy() {
        assertThat(REPORT).contains("Beside the totals, not in them\n  investment the two AI growth zones in the North East are"
                + " estimated to unlock: GBP 30,000,000,000.00 (estimate)")
                .contains("so it is neither placed within that total nor added to it");
    }

    @Test
    void showsWhereThingsStoodInSeptemberAndDecemberTellingAReportedPauseFromAConfirmedOne() {
        assertThat(REPORT).containsPattern("Microsoft's pledge +ANNOUNCED contingent +ANNOUNCED at risk \\(press report\\)")
                .containsPattern("tech-prosperity-deal-mou +SIGNED contingent +PAUSED \\(press report\\) contingent")
                .contains("TPD talks continuing: MET (official statement, Nation.Cymru, 16 Dec 2025): Downing Street disputes the reported pause")
                .contains("as known on 10 Dec 2025, before\n  the report, the pledges were contingent.");
    }

    /** Hand-computed: nothing delivered, so all is outstanding: £27bn as stated, 27,145,124,381.78 at 18 Sep. */
    @Test
    void showsTheExposureToTheEconomicProsperityDealConditionAndWhatItsFailureMeans() {
        assertThat(FLAT).contains("outstanding pledges that hinge on it (2) GBP 27,000,000,000.00 GBP 27,145,124,381.78")
                .contains("If it fails: the memorandum is VOID, Microsoft's pledge VOID, Google's pledge VOID.")
                .contains("If the pause is confirmed: the pledges are at risk (official statement).");
    }

    @Test
    void listsTheRatesUsedAndCitesEverySource() {
        assertThat(REPORT).contains("2025-09-18 USD/GBP 0.73817081 = 1 / GBP/USD 1.3547: Equals Money")
                .contains("[nation-pause] Nation.Cymru, \"No 10 insists talks with US on tech deal ongoing amid reports of pause\", 16 Dec 2025:")
                .contains("[wion-150bn] WION");
        TechProsperityDeal.load().sources().keySet().forEach(key -> assertThat(REPORT).contains("[" + key + "] "));
    }

    @Test
    void mainPrintsTheRenderedReport() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            DealReport.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(REPORT);
    }

    @Test
    void withoutARateForTheSigningDateTheReportFailsNamingIt() {
        RateTable old = RateTable.of(DatedRate.of(LocalDate.of(2025, 1, 2), Amounts.currency("GBP"), Amounts.currency("USD"),
                new BigDecimal("1.25"), "old"));
        assertThatThrownBy(() -> DealReport.render(TechProsperityDeal.load(), old)).isInstanceOf(MissingRateException.class)
                .hasMessageContaining("USD/GBP").hasMessageContaining("2025-09-18");
    }
}
