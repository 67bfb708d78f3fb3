package org.pledgeledger.model;

import java.util.Objects;

/**
 * A sector a pledge is for, such as {@code AI infrastructure} or {@code quantum computing}.
 * <p>
 * {@code Sector.of("AI infrastructure")}
 * <p>
 * Names are trimmed; two sectors are the same if their names are equal ignoring case, and the
 * first spelling given is kept.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the name, not blank
 */
public record Sector(String name) implements Comparable<Sector> {

    /**
     * Validates and trims the name.
     *
     * @param name  the name, not blank
     * @throws IllegalArgumentException if the name is blank
     */
    public Sector {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Sector name is blank");
        }
    }

    /**
     * Returns the sector of that name.
     *
     * @param name  the name, not blank
     * @return the sector, never null
     */
    public static Sector of(String name) {
        return new Sector(name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Sector other && name.equalsIgnoreCase(other.name);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}: over each character as
     * {@link String#equalsIgnoreCase} compares it, upper-cased then lower-cased, without making a
     * string.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // an ASCII character folds to its ASCII lower case, as the general rule gives, without its tables
            int folded = c < 128 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : Character.toLowerCase(Character.toUpperCase(c));
            h = 31 * h + folded;
        }
        return h;
    }

    @Override
    public int compareTo(Sector other) {
        return name.compareToIgnoreCase(other.name);
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
