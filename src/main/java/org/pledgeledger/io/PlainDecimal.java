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
    static boolean is(String c) {
        int i = c.startsWith("-") ? 1 : 0;
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
     * The text must pass {@link #is(String)}.
     */
    static BigDecimal parse(String c) {
        int length = c.length();
        boolean negative = c.charAt(0) == '-';
        int i = negative ? 1 : 0;
        if (length - i > (c.indexOf('.', i) < 0 ? 18 : 19)) {
            // more than 18 digits may not fit a long
            return new BigDecimal(c);
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
}
