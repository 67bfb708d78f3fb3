package org.pledgeledger.io;

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
}
