package org.pledgeledger.io;

import java.time.DateTimeException;
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
    PledgeId pledgeId(CharSequence text) {
        PledgeId id = PledgeId.of(text);
        return text.length() <= PACKED_ID_LENGTH ? id : remembered(pledgeIds, id, i -> i, Integer.MAX_VALUE);
    }

    /**
     * The date an ISO text names, parsed once per text, and the instance already read equal to it
     * ({@link #share}). A date of a four-digit year written {@code yyyy-MM-dd} is found by its
     * digits in an array, without hashing its text; any other is remembered by its text, the first
     * {@link #MAX_DATES} of them.
     *
     * @throws DateTimeParseException if the text is not an ISO date
     */
    LocalDate date(CharSequence text) {
        int day = dayOfYear(text);
        if (day < 0) {
            return remembered(dates, text.toString(), t -> share(LocalDate.parse(t)), MAX_DATES);
        }
        int year = (text.charAt(0) - '0') * 1000 + (text.charAt(1) - '0') * 100 + (text.charAt(2) - '0') * 10 + text.charAt(3) - '0';
        // racing threads may each make a year's array or a date: all are equal, and a lost one is made again
        LocalDate[] days = years[year];
        if (days == null) {
            days = new LocalDate[DAYS_A_YEAR];
            years[year] = days;
        }
        LocalDate date = days[day];
        if (date == null) {
            date = share(ofDigits(text, year, day));
            days[day] = date;
        }
        return date;
    }

    /** The date of a {@code yyyy-MM-dd} text from its digits, or the parser's error if it names none (30 February). */
    private static LocalDate ofDigits(CharSequence text, int year, int day) {
        try {
            return LocalDate.of(year, day / 31 + 1, day % 31 + 1);
        } catch (DateTimeException e) {
            return LocalDate.parse(text);
        }
    }

    /** Each month of a year takes 31 places, whether it has them or not. */
    private static final int DAYS_A_YEAR = 12 * 31;
    /** Dates of years 0000 to 9999 by year, then by {@link #dayOfYear}; a year's array is made when a date in it is first read. */
    private final LocalDate[][] years = new LocalDate[10_000][];

    /**
     * The place of a {@code yyyy-MM-dd} text within its year, its month's 31 places counted from 0,
     * or -1 for any other text. A place may name no date (30 February); parsing it fails.
     */
    private static int dayOfYear(CharSequence text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return -1;
        }
        for (int i : DIGITS) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        int month = (text.charAt(5) - '0') * 10 + text.charAt(6) - '0';
        int day = (text.charAt(8) - '0') * 10 + text.charAt(9) - '0';
        return month < 1 || month > 12 || day < 1 || day > 31 ? -1 : (month - 1) * 31 + day - 1;
    }

    private static final int[] DIGITS = {0, 1, 2, 3, 5, 6, 8, 9};

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
