/**
 * The bundled UK-US Tech Prosperity Deal data and the main report.
 * <p>
 * Every figure cites its publisher, title, date and the sentence it came from.
 * <pre>{@code
 *   System.out.print(DealReport.render(BundledRates.table()));
 * }</pre>
 */
package org.pledgeledger.data;
