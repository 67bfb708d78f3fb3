package org.pledgeledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.pledgeledger.io.Journal;
import org.pledgeledger.io.RateTableCsv;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.report.PledgeTotals;

/**
 * Benchmark (b): the W1M report through the library, from its JSON journal: every event replayed
 * into the ledger, which checks each pledge's lifecycle, the pledges folded as of the last date one
 * at a time and their pledged amounts totalled ({@link PledgeTotals#of}).
 * <p>
 * {@code java ... LibraryFromJournal target/bench/w1m}
 */
public final class LibraryFromJournal {

    private LibraryFromJournal() {
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
        LocalDate asOf = LocalDate.parse(Files.readString(dir.resolve("as-of.txt")).strip());
        try (Journal journal = Journal.open(dir.resolve("journal.jsonl"))) {
            return LibraryFromCsv.report(PledgeTotals.of(journal.ledger(), asOf, Valuation.atOwnDates(rates), Amounts.currency("GBP")));
        }
    }
}
