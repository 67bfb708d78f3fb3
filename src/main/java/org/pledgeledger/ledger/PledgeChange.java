package org.pledgeledger.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pledgeledger.model.PledgeId;

/**
 * How one pledge changed between two dates: its state before and after, and the events in between.
 * <p>
 * {@code ledger.changes(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31))}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the pledge, not null
 * @param before  its state at the start, empty if not yet announced, not null
 * @param after  its state at the end, empty if no longer announced (its announcement corrected away), not null
 * @param events  the events (corrections included) that took effect after the start and on or before the end, not null
 */
public record PledgeChange(PledgeId id, Optional<PledgeState> before, Optional<PledgeState> after, List<LedgerEvent> events) {

    /**
     * Validates the change.
     *
     * @param id  the pledge, not null
     * @param before  the state at the start, not null
     * @param after  the state at the end, not null
     * @param events  the events in between, not null
     */
    public PledgeChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        events = List.copyOf(events);
    }

    /**
     * Returns {@code google-uk-2025: ANNOUNCED -> PAUSED (2 events)}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return id + ": " + before.map(s -> s.status().toString()).orElse("-") + " -> "
                + after.map(s -> s.status().toString()).orElse("-") + " (" + events.size()
                + (events.size() == 1 ? " event)" : " events)");
    }
}
