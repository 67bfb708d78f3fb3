package org.pledgeledger.model;

import java.util.Objects;

/**
 * Who pledges: a company, a government or a fund.
 * <p>
 * {@code Party.company("Microsoft")}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the name as sources give it, not blank
 * @param kind  what kind of party it is, not null
 */
public record Party(String name, Kind kind) {

    /** The kinds of party. */
    public enum Kind {
        /** A company or group of companies. */
        COMPANY,
        /** A national, regional or local government, or one of its agencies. */
        GOVERNMENT,
        /** An investment fund, foundation or multilateral fund. */
        FUND
    }

    /**
     * Validates the party.
     *
     * @param name  the name, not blank
     * @param kind  the kind, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Party name is blank: a " + kind + " needs a name");
        }
    }

    /**
     * Returns a company.
     *
     * @param name  the name, not blank
     * @return the party, never null
     */
    public static Party company(String name) {
        return new Party(name, Kind.COMPANY);
    }

    /**
     * Returns a government.
     *
     * @param name  the name, not blank
     * @return the party, never null
     */
    public static Party government(String name) {
        return new Party(name, Kind.GOVERNMENT);
    }

    /**
     * Returns a fund.
     *
     * @param name  the name, not blank
     * @return the party, never null
     */
    public static Party fund(String name) {
        return new Party(name, Kind.FUND);
    }

    /**
     * Checks if this party is the same as another: the same name and kind.
     * <p>
     * Written out rather than left to the record's generated method, which a reader calls millions
     * of times when it shares the parties of a large file, and which the JIT does not always inline.
     *
     * @param other  the other object, null returns false
     * @return true if the other is a party of the same name and kind
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Party p && kind == p.kind && name.equals(p.name);
    }

    /**
     * Returns a hash code of the name and kind.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * name.hashCode() + kind.ordinal();
    }

    /**
     * Returns the name.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name;
    }
}
