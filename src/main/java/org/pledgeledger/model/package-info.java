/**
 * The model: pledges and what describes them, as plain immutable values.
 * <p>
 * A {@link org.pledgeledger.model.Pledge} is the announcement: pledger, beneficiary, amount in its
 * currency of record with any equivalents the source stated, sectors, period and phasing,
 * whether it is new money, and its {@link org.pledgeledger.model.Source}s.
 * <pre>{@code
 *   Pledge google = Pledge.builder(PledgeId.of("google-uk-2025"), Party.company("Google"), "United Kingdom",
 *           Amounts.parse("GBP 5000000000.00"), LocalDate.of(2025, 9, 16))
 *       .period(PledgePeriod.of(2025, 2026)).source(source).build();
 * }</pre>
 * This package uses {@code money} and knows nothing of events, files or reports.
 */
package org.pledgeledger.model;
