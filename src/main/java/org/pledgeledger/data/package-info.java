/**
 * The bundled UK-US Tech Prosperity Deal data and the main report.
 * <p>
 * Every figure cites its publisher, title, date and the sentence it came from.
 * <pre>{@code
 *   LedgerDocument deal = TechProsperityDeal.load();
 *   System.out.print(DealReport.render(deal, BundledRates.table()));
 * }</pre>
 * This package uses every other; nothing uses it.
 */
package org.pledgeledger.data;
