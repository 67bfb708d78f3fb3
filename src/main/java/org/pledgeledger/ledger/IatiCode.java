package org.pledgeledger.ledger;

import java.util.Objects;

/**
 * A code from an IATI codelist, such as transaction type 12 (outgoing pledge).
 * <p>
 * {@code new IatiCode("TransactionType", "12", "Outgoing Pledge")}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param codelist  the IATI codelist, such as {@code TransactionType} or {@code ActivityStatus}, not blank
 * @param code  the code in that list, not blank
 * @param name  the code's name in the list, not blank
 */
public record IatiCode(String codelist, String code, String name) {

    /**
     * Validates the code.
     *
     * @param codelist  the codelist, not blank
     * @param code  the code, not blank
     * @param name  the name, not blank
     * @throws IllegalArgumentException if any part is blank
     */
    public IatiCode {
        Objects.requireNonNull(codelist, "codelist");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (codelist.isBlank() || code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("IATI code '" + codelist + " " + code + " " + name + "' has a blank part");
        }
    }

    /**
     * Returns {@code TransactionType 12 (Outgoing Pledge)}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return codelist + " " + code + " (" + name + ")";
    }
}
