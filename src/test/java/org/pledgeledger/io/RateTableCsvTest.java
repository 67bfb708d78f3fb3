package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;

class RateTableCsvTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit EUR = Amounts.currency("EUR");

    private static RateTable plain(String csv) {
        return RateTableCsv.readPlain(new StringReader(csv), "rates.csv");
    }

    private static RateTable boe(String csv) {
        return RateTableCsv.readBankOfEngland(new StringReader(csv), "boe.csv");
    }

    @Test
    void readsThePlainLayoutWithSources() {
        RateTable t = plain("date,base,term,rate,source\n2025-09-16,GBP,USD,1.3646,\"FXStreet, 16 Sep 2025\"\n"
                + "2025-09-18,GBP,USD,1.3547,Equals Money\n");
        assertThat(t.rates()).containsExactly(
                DatedRate.of(LocalDate.of(2025, 9, 16), GBP, USD, new BigDecimal("1.3646"), "FXStreet, 16 Sep 2025"),
                DatedRate.of(LocalDate.of(2025, 9, 18), GBP, USD, new BigDecimal("1.3547"), "Equals Money"));
    }

    @Test
    void withoutASourceColumnTheFileNameIsTheSource() {
        RateTable t = plain("date,base,term,rate\n2025-09-16,GBP,USD,1.3646\n\n");
        assertThat(t.rates()).singleElement().satisfies(r -> assertThat(r.source()).isEqualTo("rates.csv"));
    }

    @Test
    void readsTheBankOfEnglandLayoutSkippingDaysWithoutAnObservation() {
        RateTable t = boe("\uFEFFDATE,XUDLUSS,XUDLERS\n16 Sep 2025,1.3646,1.1552\n17 Sep 2025,,1.1540\n18 Sep 2025,1.3547,\n");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.rate(GBP, USD, LocalDate.of(2025, 9, 17)).rate()).isEqualByComparingTo("1.3646");
        assertThat(t.rate(GBP, EUR, LocalDate.of(2025, 9, 17)).rate()).isEqualByComparingTo("1.1540");
        assertThat(t.rate(GBP, USD, LocalDate.of(2025, 9, 16)).source()).isEqualTo("Bank of England XUDLUSS (boe.csv)");
    }

    @Test
    void readsOtherBankOfEnglandSeriesWhenTheCallerNamesTheirPair() {
        RateTable t = RateTableCsv.readBankOfEngland(new StringReader("DATE,XUDLBK67\n16 Sep 2025,7.97\n"), "boe.csv",
                Map.of("XUDLBK67", "GBP/CNY"));
        assertThat(t.rates()).singleElement().satisfies(r -> assertThat(r.pair()).isEqualTo("GBP/CNY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-16", " 2025-09-16 ", "2024-02-29", "0001-01-01", "9999-12-31", "+10000-01-01", "-0001-06-30"})
    void readsEveryDateTheIsoFormatReads(String date) {
        RateTable t = plain("date,base,term,rate\n\"" + date + "\",GBP,USD,1.3646\n");
        assertThat(t.rates()).singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.parse(date.strip(), DateTimeFormatter.ISO_LOCAL_DATE)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'date,base,term\n'                                      | rates.csv line 1: header is 'date,base,term'",
        "'date,base,term,rate\n2025-09-16,GBP,USD\n'              | rates.csv line 2: 3 columns, expected 4",
        "'date,base,term,rate\n16/09/2025,GBP,USD,1.36\n'         | rates.csv line 2, column date: '16/09/2025' is not an ISO date",
        "'date,base,term,rate\n2025-02-30,GBP,USD,1.36\n'         | rates.csv line 2, column date: '2025-02-30' is not an ISO date",
        "'date,base,term,rate\n2025-13-01,GBP,USD,1.36\n'         | rates.csv line 2, column date: '2025-13-01' is not an ISO date",
        "'date,base,term,rate\n2025-9-16,GBP,USD,1.36\n'          | rates.csv line 2, column date: '2025-9-16' is not an ISO date",
        "'date,base,term,rate\n2025-09-16T00:00,GBP,USD,1.36\n'   | rates.csv line 2, column date: '2025-09-16T00:00' is not an ISO date",
        "'date,base,term,rate\n2025-09-16,GBP,USD,1,36\n'         | rates.csv line 2: 5 columns, expected 4",
        "'date,base,term,rate\n2025-09-16,GBP,USD,\"1,36\"\n'     | rates.csv line 2, column rate: '1,36' is not a decimal number",
        "'date,base,term,rate\n2025-09-16,GPB,USD,1.36\n'         | rates.csv line 2, base: Unknown currency code 'GPB'",
        "'date,base,term,rate\n2025-09-16,GBP,USD,0\n'            | rates.csv line 2: Rate GBP/USD on 2025-09-16 is 0: a rate must be positive",
        "'date,base,term,rate\n\n2025-09-16,GBP,USD,1.36\n2025-09-16,GBP,USD,1.37\n' | rates.csv line 4: 2025-09-16 GBP/USD 1.37 (rates.csv) contradicts rates.csv line 3",
        "'date,base,term,rate,source\n2025-09-16,GBP,USD,1.36,\n' | rates.csv line 2: Rate GBP/USD on 2025-09-16 has a blank source",
        "'date,base,term,rate\n2025-09-16,GBP,USD,\"1.36\n'       | rates.csv line 2: malformed CSV: the quoted cell in column 4 has no closing quote",
        "''                                                       | rates.csv: empty",
    })
    void rejectsABadPlainFileNamingLineColumnAndValue(String csv, String message) {
        assertThatThrownBy(() -> plain(csv)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'DATE,XUDLZZZ\n16 Sep 2025,1\n'          | boe.csv line 1, column XUDLZZZ: unknown Bank of England series",
        "'WHEN,XUDLUSS\n16 Sep 2025,1\n'          | boe.csv line 1: header is 'WHEN,XUDLUSS'",
        "'DATE,XUDLUSS\n2025-09-16,1.36\n'        | boe.csv line 2, column DATE: '2025-09-16' is not a date like 16 Sep 2025",
        "'DATE,XUDLUSS\n16 Sep 2025,n/a\n'        | boe.csv line 2, column XUDLUSS: 'n/a' is not a decimal number",
        "'DATE,XUDLUSS\n16 Sep 2025,-1.36\n'      | boe.csv line 2, column XUDLUSS: Rate GBP/USD on 2025-09-16 is -1.36",
        "'DATE,XUDLUSS\n16 Sep 2025\n'            | boe.csv line 2: 1 columns, expected 2",
    })
    void rejectsABadBankOfEnglandFileNamingLineColumnAndValue(String csv, String message) {
        assertThatThrownBy(() -> boe(csv)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void aSeriesMappedToSomethingThatIsNotAPairIsRejected() {
        assertThatThrownBy(() -> RateTableCsv.readBankOfEngland(new StringReader("DATE,X\n16 Sep 2025,1\n"), "boe.csv",
                Map.of("X", "pounds to dollars")))
                .hasMessageContaining("column X").hasMessageContaining("not BASE/TERM");
    }

    @Test
    void aBlankInputNameIsRejected() {
        assertThatThrownBy(() -> RateTableCsv.readPlain(new StringReader("date,base,term,rate\n"), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void readsAFileByPathNamingItByItsFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-rates.csv");
        Files.writeString(file, "date,base,term,rate\n2025-09-16,GBP,USD,1.3646\n", StandardCharsets.UTF_8);
        assertThat(RateTableCsv.readPlain(file).rates()).singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo("my-rates.csv"));
        Files.writeString(file, "date,base,term,rate\n2025-09-16,GBP,USD,x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RateTableCsv.readPlain(file)).hasMessageStartingWith("my-rates.csv line 2, column rate");
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> RateTableCsv.readPlain(dir.resolve("absent.csv")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent.csv");
    }

    /** Property: whatever is written is read back to the same rates, including awkward sources. */
    @Test
    void writeThenReadRoundTripsSeededRandomTables() {
        Random random = new Random(2025_09_18L);
        List<CurrencyUnit> currencies = List.of(GBP, USD, EUR, Amounts.currency("JPY"));
        List<String> sources = List.of("plain", "with, comma", "with \"quotes\"", "line\nbreak", "£ and €");
        for (int round = 0; round < 50; round++) {
            List<DatedRate> rates = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                CurrencyUnit base = currencies.get(random.nextInt(4));
                CurrencyUnit term = currencies.get((currencies.indexOf(base) + 1 + random.nextInt(3)) % 4);
                rates.add(DatedRate.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000) + 1000L * i), base, term,
                        BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), random.nextInt(12)),
                        sources.get(random.nextInt(sources.size()))));
            }
            RateTable table = RateTable.of(rates);
            StringWriter out = new StringWriter();
            RateTableCsv.writePlain(table, out);
            assertThat(plain(out.toString()).rates()).isEqualTo(table.rates());
        }
    }
}
