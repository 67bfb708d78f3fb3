package org.pledgeledger.model;

import java.util.Locale;

/**
 * How firmly a fact is known: stated officially, reported by the press, or estimated.
 * <p>
 * A pause reported by a newspaper and disputed by the government is a {@link #PRESS_REPORT}; the
 * same pause confirmed by either government is an {@link #OFFICIAL_STATEMENT}.
 */
public enum Basis {
    /** Stated by a party to the pledge or agreement, or by a government, on the record. */
    OFFICIAL_STATEMENT,
    /** Reported by the press, not confirmed on the record. */
    PRESS_REPORT,
    /** An estimate by the source or an analyst, not a statement of fact. */
    ESTIMATE;

    /**
     * Returns the basis in words: {@code official statement}, {@code press report} or {@code estimate}.
     *
     * @return the words, never null
     */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
