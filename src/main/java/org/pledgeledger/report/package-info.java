/**
 * Reports: headline totals reconciled with their parts, and totals that count every pound once.
 * <p>
 * A {@link org.pledgeledger.report.Reconciliation} sets a headline ("£31bn from US tech firms")
 * against its itemised parts; a {@link org.pledgeledger.report.GrandTotal} adds every pledge once
 * and each headline's unattributed remainder, never a headline and its own parts, and shows
 * re-announced money apart from new money.
 * <pre>{@code
 *   GrandTotal t = GrandTotal.of(Headlines.of(tpd150bn, usTech31bn), ledger.asOf(date),
 *           Valuation.atStatedEquivalents(), Amounts.currency("GBP"));
 * }</pre>
 * This package uses the ledger, the model and money, and nothing uses it but files and the bundled data.
 */
package org.pledgeledger.report;
