package org.pledgeledger.model;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a pledge covers, first and last inclusive, such as {@code 2025-2028}.
 * <p>
 * {@code PledgePeriod.of(2025, 2028).years()} is 2025, 2026, 2027, 2028.
 * {@link #toString()} is {@code 2025-2028} (or {@code 2025} for a single year) and
 * {@link #parse(CharSequence)} reads it back.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param first  the first year, not null
 * @param last  the last year, not before the first, not null
 */
public record PledgePeriod(Year first, Year last) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})(?:-([0-9]{4}))?");

    /**
     * Validates the period.
     *
     * @param first  the first year, not null
     * @param last  the last year, not null
     * @throws IllegalArgumentException if the last year is before the first
     */
    public PledgePeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Period " + first + "-" + last + " ends before it starts");
        }
    }

    /**
     * Returns the period from one year to another, inclusive.
     *
     * @param first  the first year
     * @param last  the last year, not before the first
     * @return the period, never null
     * @throws IllegalArgumentException if the last year is before the first
     */
    public static PledgePeriod of(int first, int last) {
        return new PledgePeriod(Year.of(first), Year.of(last));
    }

    /**
     * Returns the period of one year.
     *
     * @param year  the year, not null
     * @return the period, never null
     */
    public static PledgePeriod of(Year year) {
        return new PledgePeriod(year, year);
    }

    /**
     * Reads {@code 2025-2028} or {@code 2025}.
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws IllegalArgumentException if the text is not one or two four-digit years, or ends before it starts
     */
    public static PledgePeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Period '" + text + "' is not in the form 2025-2028 or 2025");
        }
        int first = Integer.parseInt(m.group(1));
        return of(first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
    }

    /**
     * Returns the years, first to last.
     *
     * @return the years, never null
     */
    public List<Year> years() {
        List<Year> years = new ArrayList<>();
        for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
            years.add(y);
        }
        return List.copyOf(years);
    }

    /**
     * Returns the number of years.
     *
     * @return one or more
     */
    public int length() {
        return last.getValue() - first.getValue() + 1;
    }

    /**
     * Checks whether the period includes a year.
     *
     * @param year  the year, not null
     * @return true if first &lt;= year &lt;= last
     */
    public boolean contains(Year year) {
        Objects.requireNonNull(year, "year");
        return !year.isBefore(first) && !year.isAfter(last);
    }

    /**
     * Checks whether another object is a period with the same first and last years.
     * <p>
     * Written out rather than generated, as in {@code Source}: a record's generated methods are
     * linked through method handles when first called, and spin classes at start-up.
     *
     * @param o  the object to compare, may be null
     * @return whether it is a period with the same years
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PledgePeriod p && first.equals(p.first) && last.equals(p.last);
    }

    /**
     * A hash of both years, consistent with {@link #equals}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return first.hashCode() * 31 + last.hashCode();
    }

    /**
     * Returns {@code 2025-2028}, or {@code 2025} for a single year.
     *
     * @return the stable text form, never null
     */
    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + "-" + last;
    }
}
