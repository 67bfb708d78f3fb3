/**
 * Input and output: reading and writing the library's values as files (CSV now, JSON to come).
 * <p>
 * Jackson is used here and nowhere else. Every reader checks its whole input before returning
 * anything, and names the line, column and value of the first problem:
 * <pre>{@code
 *   RateTable rates = RateTableCsv.readPlain(Path.of("rates.csv"));
 * }</pre>
 */
package org.pledgeledger.io;
