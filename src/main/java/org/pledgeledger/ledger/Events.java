package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.Objects;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Source;

/** Checks shared by every event's constructor. */
final class Events {

    private Events() {
    }

    static void requireCommon(EventId id, LocalDate effective, LocalDate recorded, Source source, Basis basis) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(basis, "basis");
    }

    static void requireText(String text, String name, EventId id) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException("Event " + id + " has a blank " + name);
        }
    }
}
