package org.pledgeledger.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
    @SuppressWarnings("unchecked") // a value is remembered under itself, so the one found is of its class
    <T> T share(T value) {
        return (T) remembered(values, value, v -> v, Integer.MAX_VALUE);
    }

    /** The instance already read equal to a pledge id, or the id, which is then remembered. */
    PledgeId shareId(PledgeId id) {
        return remembered(pledgeIds, id, i -> i, Integer.MAX_VALUE);
    }

    /**
     * The date an ISO text names, parsed once per text for the first {@link #MAX_DATES} texts.
     *
     * @throws DateTimeParseException if the text is not an ISO date
     */
    LocalDate date(String text) {
        return remembered(dates, text, LocalDate::parse, MAX_DATES);
    }

    /**
     * The period a text names, parsed once per text.
     *
     * @throws IllegalArgumentException if the text is not a period
     */
    PledgePeriod period(String text) {
        return remembered(periods, text, PledgePeriod::parse, Integer.MAX_VALUE);
    }

    /**
     * The value remembered for a key, or else the one made from it, remembered while the map holds
     * fewer than {@code limit}; the first one remembered wins when threads race. Most keys were met
     * before, and a lookup takes no lock.
     */
    private static <K, V> V remembered(Map<K, V> map, K key, Function<? super K, ? extends V> make, int limit) {
        V known = map.get(key);
        if (known != null) {
            return known;
        }
        V made = make.apply(key);
        if (limit < Integer.MAX_VALUE && map.size() >= limit) {
            return made;
        }
        known = map.putIfAbsent(key, made);
        return known == null ? made : known;
    }
}
