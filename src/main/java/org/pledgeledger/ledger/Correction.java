package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.Objects;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Source;

/**
 * A correction: the event it supersedes no longer counts, from the day the correction is recorded.
 * <p>
 * {@code new Correction(EventId.of("fix-1"), EventId.of("d-7"), date, date, source, Basis.OFFICIAL_STATEMENT, "entered twice")}
 * <p>
 * A mistake is never edited away: to replace an event, append a correction of it and the right
 * event. A correction of a correction restores the event the first one superseded. A correction
 * belongs to the pledge, agreement or condition of the event it supersedes; "as known on" a day
 * before it was recorded, the superseded event still counts.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the caller's event id, not null
 * @param supersedes  the id of the event that no longer counts, not this event's id, not null
 * @param effective  the date the correction took effect, not null
 * @param recorded  the date it was recorded, not null
 * @param source  where it is reported, not null
 * @param basis  how firmly it is known, not null
 * @param reason  why, not blank
 */
public record Correction(EventId id, EventId supersedes, LocalDate effective, LocalDate recorded, Source source, Basis basis,
        String reason) implements LedgerEvent, LedgerEvent.Reasoned {

    /**
     * Validates the correction.
     *
     * @param id  the caller's event id, not null
     * @param supersedes  the superseded event's id, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, not blank
     * @throws IllegalArgumentException if it supersedes itself or the reason is blank
     */
    public Correction {
        Events.requireCommon(id, effective, recorded, source, basis);
        Objects.requireNonNull(supersedes, "supersedes");
        if (supersedes.equals(id)) {
            throw new IllegalArgumentException("Correction " + id + " supersedes itself");
        }
        Events.requireText(reason, "reason", id);
    }

    @Override
    public String describe() {
        return "correction of " + supersedes + " (" + reason + ")";
    }
}
