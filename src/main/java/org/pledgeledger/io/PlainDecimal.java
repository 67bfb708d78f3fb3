package org.pledgeledger.io;

import java.math.BigDecimal;

/**
 * The one rule for an amount or rate written in a file: an optional minus, digits, and optionally a
 * point and digits, such as {@code 1234.56}. No thousands separators, currency signs or exponent,
 * so that nothing is guessed. Stateless and thread-safe.
 */
final class PlainDecimal {

    private PlainDecimal() {
    }

    /** Checks for optional minus, digits, and optionally a point and digits: what a plain decimal is. */
    static boolean is(CharSequence c) {
        int i = c.length() > 0 && c.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < c.length() && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == c.length()) {
            return true;
        }
        if (c.charAt(i++) != '.' || i == c.length()) {
            return false;
        }
        while (i < c.length() && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
            i++;
        }
        return i == c.length();
    }

    /**
     * The value of a plain decimal, exactly as {@code new BigDecimal(c)} gives it (the same scale),
     * without the copy of its characters that constructor makes when it has at most 18 digits.
     * The text must pass {@link #is(CharSequence)}.
     */
    static BigDecimal parse(CharSequence c) {
        int length = c.length();
        boolean negative = c.charAt(0) == '-';
        int i = negative ? 1 : 0;
        if (length - i > 18 && (length - i > 19 || !contains(c, '.'))) {
            // more than 18 digits may not fit a long
            return new BigDecimal(c.toString());
        }
        long unscaled = 0;
        int scale = -1;
        for (; i < length; i++) {
            char ch = c.charAt(i);
            if (ch == '.') {
                scale = length - i - 1;
            } else {
                unscaled = unscaled * 10 + (ch - '0');
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static boolean contains(CharSequence c, char ch) {
        for (int i = 0; i < c.length(); i++) {
            if (c.charAt(i) == ch) {
                return true;
            }
        }
        return false;
    }
}
