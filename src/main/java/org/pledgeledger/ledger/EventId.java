package org.pledgeledger.ledger;

import java.util.Objects;

/**
 * The caller's id for an event, and the ledger's idempotency key.
 * <p>
 * {@code EventId.of("microsoft-uk-2025/announced")}
 * <p>
 * Appending the same event under the same id again changes nothing; a different event under an
 * id already used is rejected.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the id, not blank, no surrounding spaces
 */
public record EventId(String value) implements Comparable<EventId> {

    /**
     * Validates the id.
     *
     * @param value  the id, not null
     * @throws IllegalArgumentException if it is blank or has surrounding spaces
     */
    public EventId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException("Event id '" + value + "' is blank or has surrounding spaces");
        }
    }

    /**
     * Returns the id.
     *
     * @param value  the id, not blank
     * @return the id, never null
     */
    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the id.
     *
     * @return the id, never null
     */
    @Override
    public String toString() {
        return value;
    }
}
