/**
 * The ledger: immutable events appended to a {@link org.pledgeledger.ledger.Ledger}, folded into
 * each pledge's status and balances as of a date, or as known on a date.
 * <p>
 * It follows TigerBeetle's rules: events are only appended; a mistake is corrected by a new
 * event; the caller's event id is the idempotency key; states are derived by folding, never
 * stored and edited.
 * <pre>{@code
 *   Ledger ledger = Ledger.create();
 *   ledger.append(new PledgeEvent.Announced(EventId.of("google/announced"), google, LocalDate.of(2025, 9, 16),
 *           Basis.OFFICIAL_STATEMENT));
 *   ledger.asOf(LocalDate.of(2025, 9, 30));
 *   ledger.asKnownOn(LocalDate.of(2025, 12, 10));
 * }</pre>
 * This package uses {@code model} and {@code money}, and knows nothing of reports or files.
 */
package org.pledgeledger.ledger;
