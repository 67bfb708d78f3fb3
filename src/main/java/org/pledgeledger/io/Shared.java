package org.pledgeledger.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.PledgePeriod;

/**
 * The values of one read, one instance for each equal value: a journal of a million pledges names a
 * few thousand pledgers, sources, sectors, dates and reasons, and each pledge again in its later
 * events, and without sharing they would take most of its memory.
 * <p>
 * Pledge ids, a million in such a journal, are kept apart from the few thousand other values, so
 * that looking those up stays within the processor's cache.
 * <p>
 * Thread-safe: the workers of one read share it.
 */
final class Shared {

    /** The most dates one read remembers by their text; beyond it, further dates are parsed each time. */
    static final int MAX_DATES = 1 << 16;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    private final Map<PledgeId, PledgeId> pledgeIds = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();
    private final Map<String, PledgePeriod> periods = new ConcurrentHashMap<>();

    /** The instance already read equal to a value, or the value, which is then remembered. */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        // most values were met before: a lookup takes no lock
        Object known = values.get(value);
        if (known == null) {
            known = values.putIfAbsent(value, value);
        }
        return known == null ? value : (T) known;
    }

    /** The instance already read equal to a pledge id, or the id, which is then remembered. */
    PledgeId shareId(PledgeId id) {
        PledgeId known = pledgeIds.get(id);
        if (known == null) {
            known = pledgeIds.putIfAbsent(id, id);
        }
        return known == null ? id : known;
    }

    /**
     * The date an ISO text names, parsed once per text for the first {@link #MAX_DATES} texts.
     *
     * @throws DateTimeParseException if the text is not an ISO date
     */
    LocalDate date(String text) {
        LocalDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        LocalDate date = LocalDate.parse(text);
        if (dates.size() < MAX_DATES) {
            known = dates.putIfAbsent(text, date);
        }
        return known == null ? date : known;
    }

    /**
     * The period a text names, parsed once per text.
     *
     * @throws IllegalArgumentException if the text is not a period
     */
    PledgePeriod period(String text) {
        PledgePeriod known = periods.get(text);
        if (known != null) {
            return known;
        }
        PledgePeriod period = PledgePeriod.parse(text);
        known = periods.putIfAbsent(text, period);
        return known == null ? period : known;
    }
}
