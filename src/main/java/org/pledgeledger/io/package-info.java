/**
 * Input and output: the library's values as files. {@link org.pledgeledger.io.LedgerJson} reads and
 * writes whole ledger documents, {@link org.pledgeledger.io.Journal} keeps an append-only JSON Lines
 * journal, {@link org.pledgeledger.io.PledgeCsv} imports and exports pledges and their events for
 * spreadsheets, {@link org.pledgeledger.io.RateTableCsv} reads rate tables and
 * {@link org.pledgeledger.io.ReportFiles} writes reports as CSV and JSON.
 * <p>
 * Jackson is used here and nowhere else. Every reader checks its whole input before returning
 * anything, and names the file, the line or JSON path, the value and the rule of the first problem:
 * <pre>{@code
 *   RateTable rates = RateTableCsv.readPlain(Path.of("rates.csv"));
 *   PledgeCsv.importInto(ledger, Path.of("pledges.csv"), Path.of("events.csv"));
 * }</pre>
 */
package org.pledgeledger.io;
