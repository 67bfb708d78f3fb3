package org.pledgeledger.model;

import java.util.Objects;

/**
 * The rule every readable id follows: lower-case letters and digits in groups joined by single
 * hyphens, such as {@code microsoft-uk-2025}.
 * <p>
 * {@code Slug.check("Pledge id", "microsoft-uk-2025")}
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Slug {

    private Slug() {
    }

    /**
     * Checks that a value is a slug.
     *
     * @param what  what the value is, such as {@code "Pledge id"}, for the error, not null
     * @param value  the value, not null
     * @return the value, never null
     * @throws IllegalArgumentException naming what, the value and the rule, if it is not a slug
     */
    public static String check(String what, String value) {
        Objects.requireNonNull(value, "value");
        if (!isSlug(value)) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' is not a slug: lower-case letters and digits joined by single hyphens, such as microsoft-uk-2025");
        }
        return value;
    }

    /** Lower-case letters and digits, joined by single hyphens: {@code [a-z0-9]+(-[a-z0-9]+)*}, without a regex or a string. */
    static boolean isSlug(CharSequence value) {
        boolean afterHyphen = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }
}
