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
 * Pledge ids, a million in such a journal, are shared only when longer than
 * {@link #PACKED_ID_LENGTH} characters, and kept apart from the few thousand other values, so that
 * looking those up stays within the processor's cache. A shorter id is packed by {@link PledgeId}
 * into 24 bytes, less than the map entry that would share it, and finding it in a map of a million
 * took a tenth of a journal's reading time.
 * <p>
 * Thread-safe: the workers of one read share it.
 */
final class Shared {

    /** The most dates one read remembers by their text; beyond it, further dates are parsed each time. */
    static final int MAX_DATES = 1 << 16;
    /** The longest slug that {@link PledgeId} packs into a {@code long}; such an id is not shared. */
    static final int PACKED_ID_LENGTH = 12;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    private final Map<PledgeId, PledgeId> pledgeIds = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();
    private final Map<String, PledgePeriod> periods = new ConcurrentHashMap<>();

    /** The instance already read equal to a value, or the value, which is then remembered. */
    @SuppressWarnings("unchecked") // a value is remembered under itself, so the one found is of its class
    <T> T share(T value) {
        return (T) remembered(values, value, v -> v, Integer.MAX_VALUE);
    }

    /**
     * The pledge id of a text: when longer than {@link #PACKED_ID_LENGTH}, the instance already read
     * equal to it, or the new one, which is then remembered.
     *
     * @throws IllegalArgumentException if the text is not a slug
     */
    PledgeId pledgeId(String text) {
        PledgeId id = PledgeId.of(text);
        return text.length() <= PACKED_ID_LENGTH ? id : remembered(pledgeIds, id, i -> i, Integer.MAX_VALUE);
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
