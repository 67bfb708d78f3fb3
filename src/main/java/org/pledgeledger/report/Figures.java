package org.pledgeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;

/**
 * How reports write amounts: exact with thousands separators, or on a billions scale for reading.
 * <pre>{@code
 *   Figures.grouped(Amounts.parse("GBP 27145124381.78"));                  // "GBP 27,145,124,381.78"
 *   Figures.scaled(Amounts.parse("GBP 27145124381.78"), Figures.Scale.BILLIONS);   // "£27.15bn"
 * }</pre>
 * {@link #grouped} never rounds. {@link #scaled} rounds HALF_EVEN to two decimals of the scale, for
 * reading only; reports say when they use it, and their exact figures stay available.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Figures {

    /** The scale figures are written on. */
    public enum Scale {
        /** Exact, in the currency's units, with thousands separators. */
        UNITS,
        /** In billions, two decimals, such as {@code £27.15bn} or {@code $30.00bn}. */
        BILLIONS
    }

    private Figures() {
    }

    /**
     * Writes an amount exactly, with thousands separators: {@code GBP 27,145,124,381.78}.
     *
     * @param amount  the amount, not null
     * @return the text, never null
     */
    public static String grouped(MonetaryAmount amount) {
        String text = Amounts.format(Objects.requireNonNull(amount, "amount"));
        int space = text.indexOf(' ');
        String number = text.substring(space + 1);
        boolean negative = number.startsWith("-");
        String digits = negative ? number.substring(1) : number;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return text.substring(0, space) + ' ' + (negative ? "-" : "") + sb + (point < 0 ? "" : digits.substring(point));
    }

    /**
     * Writes an amount on a scale.
     *
     * @param amount  the amount, not null
     * @param scale  the scale, not null
     * @return the text, never null
     */
    public static String scaled(MonetaryAmount amount, Scale scale) {
        Objects.requireNonNull(amount, "amount");
        if (Objects.requireNonNull(scale, "scale") == Scale.UNITS) {
            return grouped(amount);
        }
        String code = amount.getCurrency().getCurrencyCode();
        String symbol = switch (code) {
            case "GBP" -> "£";
            case "USD" -> "$";
            case "EUR" -> "€";
            default -> code + " ";
        };
        BigDecimal billions = Amounts.number(amount).movePointLeft(9).setScale(2, RoundingMode.HALF_EVEN);
        return (billions.signum() < 0 ? "-" : "") + symbol + billions.abs().toPlainString() + "bn";
    }
}
