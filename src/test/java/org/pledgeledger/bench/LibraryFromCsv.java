package org.pledgeledger.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.pledgeledger.io.PledgeCsv;
import org.pledgeledger.io.RateTableCsv;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.report.PledgeTotals;

/**
 * Benchmark (a): the W1M report through the library, from its CSV: pledges streamed by
 * {@link PledgeCsv#readPledges(Reader, String, java.util.function.Consumer)} into
 * {@link PledgeTotals}, each converted at its own date's rate.
 * <p>
 * {@code java ... LibraryFromCsv target/bench/w1m}
 */
public final class LibraryFromCsv {

    private LibraryFromCsv() {
    }

    /**
     * Prints the report.
     *
     * @param args  the W1M folder
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.print(run(Path.of(args[0])));
    }

    /**
     * Computes the report.
     *
     * @param dir  the W1M folder
     * @return the canonical report
     * @throws IOException if a file cannot be read
     */
    static String run(Path dir) throws IOException {
        RateTable rates = RateTableCsv.readPlain(dir.resolve("rates.csv"));
        PledgeTotals.Builder totals = PledgeTotals.builder(Valuation.atOwnDates(rates), Amounts.currency("GBP"));
        try (Reader r = Files.newBufferedReader(dir.resolve("pledges.csv"), StandardCharsets.UTF_8)) {
            PledgeCsv.readPledges(r, "pledges.csv", a -> totals.add(a.pledge()));
        }
        return report(totals.build());
    }

    /** The canonical report of the totals. */
    static String report(PledgeTotals totals) {
        Map<String, BigDecimal> pledgers = new HashMap<>();
        totals.byPledger().forEach((k, v) -> pledgers.put(k, v.exactTotal()));
        Map<String, BigDecimal> sectors = new HashMap<>();
        totals.bySector().forEach((k, v) -> sectors.put(k, v.exactTotal()));
        return Report.of(totals.total().exactTotal(), pledgers, sectors);
    }
}
