/**
 * Helpers shared by the library's own packages, not part of its API: the module does not export
 * this package, and a class-path user should not rely on anything here.
 * <p>
 * {@link org.pledgeledger.internal.PackedText} packs short ids into a {@code long}, so that a
 * ledger of a million pledges does not keep three million id strings.
 * <p>
 * This package uses nothing else of the library.
 */
package org.pledgeledger.internal;
