/**
 * Money: exact amounts, a multi-currency bag, dated exchange rates and valuations with provenance.
 * <p>
 * Amounts are JSR 354 {@link javax.money.MonetaryAmount}s backed by {@link java.math.BigDecimal};
 * nothing here uses binary floating point. Two currencies are never added implicitly: amounts in
 * several currencies gather in a {@link org.pledgeledger.money.MultiCurrencyAmount}, and become
 * one figure only through a {@link org.pledgeledger.money.Valuation}, whose
 * {@link org.pledgeledger.money.ConvertedAmount} names every rate, its date and its source.
 * <pre>{@code
 *   RateTable rates = RateTable.of(DatedRate.of(LocalDate.of(2025, 9, 18), GBP, USD,
 *           new BigDecimal("1.3547"), "Equals Money, 19 Sep 2025"));
 *   MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("USD 30000000000.00"),
 *           Amounts.parse("GBP 5000000000.00"));
 *   Valuation.atDate(rates, LocalDate.of(2025, 9, 18)).convert(bag, GBP).total();
 * }</pre>
 * This package knows nothing of pledges.
 */
package org.pledgeledger.money;
