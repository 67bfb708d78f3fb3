/**
 * Conditions: what pledges and agreements hinge on, and where they stand because of it.
 * <p>
 * A {@link org.pledgeledger.condition.Condition} is a named, sourced requirement: an agreement
 * reaching a status, a milestone, a judgement such as "substantive progress", a threshold of
 * delivered or committed money, or a combination. {@link org.pledgeledger.condition.Conditions}
 * says which pledges and agreements depend on which, and evaluates a ledger view into an
 * {@link org.pledgeledger.condition.Outlook}: each condition met, pending or failed (and at risk
 * when an agreement it rests on is paused, confirmed or only reported), each pledge and agreement
 * unconditional, contingent, at risk or void, the money exposed to each condition, and all of it
 * again under a {@link org.pledgeledger.condition.Scenario}'s assumptions, without touching the ledger.
 * <pre>{@code
 *   Outlook dec = conditions.evaluate(ledger.asOf(LocalDate.of(2025, 12, 31)));
 *   Outlook ifEpdFails = conditions.evaluate(ledger.asOf(LocalDate.of(2025, 12, 31)),
 *       Scenario.of("if the EPD condition fails", Assumption.conditionFails(ConditionId.of("epd-substantive-progress"))));
 * }</pre>
 * This package uses {@code ledger}, {@code model} and {@code money}, and knows nothing of reports or files.
 */
package org.pledgeledger.condition;
