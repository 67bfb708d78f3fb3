package org.pledgeledger.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.MissingRateException;
import org.pledgeledger.money.RateTable;

class DealReportTest {

    private static final String REPORT = DealReport.render(BundledRates.table());

    @Test
    void showsThePledgesInTheirOwnCurrenciesAndTheBag() {
        assertThat(REPORT).contains("microsoft-uk-2025  Microsoft     USD 30,000,000,000.00  announced 2025-09-16")
                .contains("GBP 22,000,000,000.00  stated equivalent (Nation.Cymru, 16 Dec 2025)")
                .contains("google-uk-2025     Google         GBP 5,000,000,000.00  announced 2025-09-16")
                .contains("[GBP 5000000000.00, USD 30000000000.00]");
    }

    /** Hand-computed: 22bn + 5bn as stated; 30e9 / 1.3547 = 22,145,124,381.7819... plus 5bn. */
    @Test
    void convertsUnderTwoStatedValuationsWithHandComputedTotals() {
        assertThat(REPORT).contains("(a) at stated equivalents                         GBP 27,000,000,000.00")
                .contains("(b) at rates of 2025-09-18                        GBP 27,145,124,381.78")
                .contains("USD 30,000,000,000.00 = GBP 22,145,124,381.78 at USD/GBP 0.73817081 = 1/GBP/USD 1.3547 on 2025-09-18");
    }

    /** Hand-computed: 31bn - 27bn; 31bn - 27,145,124,381.7819... = 3,854,875,618.2180... */
    @Test
    void setsTheHeadlineAgainstItsPartsWithoutAddingIt() {
        assertThat(REPORT).contains("US tech firms' investment in the UK               GBP 31,000,000,000.00")
                .contains("(a) not itemised, at stated equivalents            GBP 4,000,000,000.00")
                .contains("(b) not itemised, at rates of 2025-09-18           GBP 3,854,875,618.22")
                .doesNotContain("58,000,000,000");
    }

    @Test
    void listsTheRatesUsedAndCitesEverySource() {
        assertThat(REPORT).contains("2025-09-18 USD/GBP 0.7381708127260648113973573484904407 (inverse of GBP/USD Equals Money")
                .contains("Nation.Cymru, \"No 10 insists talks with US on tech deal ongoing amid reports of pause\", 16 Dec 2025")
                .contains("Tech Digest, \"Google opens Waltham Cross data centre as part of £5 billion UK investment\", 16 Sep 2025")
                .contains("Felix (Imperial College London)")
                .contains("several US tech investments totalling $42 billion");
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
        assertThatThrownBy(() -> DealReport.render(old)).isInstanceOf(MissingRateException.class)
                .hasMessageContaining("USD/GBP").hasMessageContaining("2025-09-18");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBP 0.00           | GBP 0.00",
        "GBP 999.99         | GBP 999.99",
        "GBP 1000           | GBP 1,000.00",
        "USD 30000000000.00 | USD 30,000,000,000.00",
        "GBP -1234567.891   | GBP -1,234,567.891",
        "JPY 1234567        | JPY 1,234,567",
    })
    void groupsThousandsWithoutRounding(String amount, String expected) {
        assertThat(DealReport.grouped(Amounts.parse(amount))).isEqualTo(expected);
    }
}
