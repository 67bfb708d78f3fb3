/**
 * Helpers shared by the library's own packages, not part of its API: the module does not export
 * this package, and a class-path user should not rely on anything here.
 * <p>
 * {@link org.pledgeledger.internal.PackedText} packs short ids into a {@code long}, so that a
 * ledger of a million pledges does not keep three million id strings;
 * {@link org.pledgeledger.internal.ChunkedList} holds millions of elements in arrays it never
 * copies into larger ones, so that a journal's replay makes no large arrays for the collector to
 * mark its way to; {@link org.pledgeledger.internal.PackedIds} reads a pledge id's packed slug,
 * which the id keeps private, for the totals' set of the ids counted.
 * <p>
 * This package uses nothing else of the library.
 */
package org.pledgeledger.internal;
