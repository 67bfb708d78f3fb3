// Walkthrough 4: pledges from a spreadsheet (CSV), a JSON document, and the journal.
// Run from the project root: examples/jshell.sh, then /open examples/04-spreadsheets-and-files.jsh

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.pledgeledger.condition.*;
import org.pledgeledger.data.*;
import org.pledgeledger.io.*;
import org.pledgeledger.ledger.*;
import org.pledgeledger.money.*;
import org.pledgeledger.report.*;

// Import the illustrative spreadsheet: three made-up pledges and their events, all rows or none.
Ledger ledger = Ledger.create();
PledgeCsv.importInto(ledger, Path.of("examples/csv/illustrative-pledges.csv"), Path.of("examples/csv/illustrative-events.csv"));
System.out.println(ledger.size() + " events");

// The pledges by status at the end of 2026, in pounds at each amount's own date
// (a made-up rate of 1.35 dollars to the pound on 15 Jan and 30 Jun 2026).
RateTable rates = RateTable.builder().
        add("example 1", LocalDate.of(2026, 1, 15), "GBP", "USD", new BigDecimal("1.35"), "Illustrative rate").
        add("example 2", LocalDate.of(2026, 6, 30), "GBP", "USD", new BigDecimal("1.35"), "Illustrative rate").
        build();
PledgeTable table = PledgeTable.of(ledger.asOf(LocalDate.of(2026, 12, 31)), Conditions.none(), PledgeTable.Grouping.STATUS,
        Valuation.atOwnDates(rates), Amounts.currency("GBP"));
System.out.println(table);

// A bad cell is refused with its line and column, and the ledger is untouched.
Path bad = Files.createTempFile("pledges", ".csv");
Files.writeString(bad, Files.readString(Path.of("examples/csv/illustrative-pledges.csv")).replace("50000000.00", "\"50,000,000\""));
int before = ledger.size();
try {
    PledgeCsv.importInto(Ledger.create(), bad);
    throw new AssertionError("accepted a thousands separator");
} catch (IllegalArgumentException e) {
    System.out.println(e.getMessage());
}
if (ledger.size() != before) throw new AssertionError("the ledger changed");

// The whole deal as a JSON document, and back: equal events, conditions and headlines.
LedgerDocument deal = TechProsperityDeal.load();
StringWriter json = new StringWriter();
LedgerJson.write(deal, json);
LedgerDocument back = LedgerJson.read(new StringReader(json.toString()), "deal.json");
if (!back.ledger().events().equals(deal.ledger().events())) throw new AssertionError("JSON round trip changed the events");
System.out.println(json.toString().lines().filter(l -> l.contains("\"currency\"")).findFirst().orElseThrow().strip());

// A journal: each append is on disk before it returns; opening it again replays it.
Path file = Files.createTempDirectory("journal").resolve("ledger.jsonl");
try (Journal journal = Journal.open(file)) {
    for (LedgerEvent e : ledger.events()) journal.append(e);
}
try (Journal journal = Journal.open(file)) {
    if (journal.ledger().size() != ledger.size()) throw new AssertionError("journal lost events");
    System.out.println(journal.ledger().size() + " events replayed from " + file.getFileName());
}
