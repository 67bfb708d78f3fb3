package org.pledgeledger.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;

/**
 * Static helpers to create, read, print and round {@link MonetaryAmount}s exactly.
 * <p>
 * The text form is the ISO 4217 code, one space and the plain decimal number, with at least the
 * currency's minor-unit digits and never fewer digits than the number has:
 * <pre>{@code
 *   MonetaryAmount a = Amounts.parse("GBP 22000000000.00");
 *   Amounts.format(a);                  // "GBP 22000000000.00"
 *   Amounts.format(Amounts.of("0.125", "GBP"));   // "GBP 0.125", nothing rounded away
 * }</pre>
 * The form is locale-independent and {@link #parse(CharSequence)} reads back whatever
 * {@link #format(MonetaryAmount)} writes. Amounts are Moneta {@code Money} values, backed by
 * {@link BigDecimal}; no method here goes through binary floating point.
 * <p>
 * Rounding happens in exactly one place, {@link #roundToMinorUnits(BigDecimal, CurrencyUnit)}:
 * HALF_EVEN to the currency's default fraction digits. The library calls it once, on a final
 * figure, never on intermediate sums or products.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Amounts {

    private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?)");

    /**
     * The most significant digits an amount holds: 256, what Moneta's {@code Money} keeps. A
     * number with more is refused, never rounded.
     */
    public static final int MAX_DIGITS = 256;

    private Amounts() {
    }

    /**
     * Returns the currency for an ISO 4217 code.
     * <p>
     * {@code Amounts.currency("GBP")}
     *
     * @param code  the three-letter code, not null
     * @return the currency, never null
     * @throws IllegalArgumentException if the code is not a currency known to the JDK and Moneta
     */
    public static CurrencyUnit currency(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return Moneta.currency(code);
        } catch (UnknownCurrencyException e) {
            throw new IllegalArgumentException(
                    "Unknown currency code '" + code + "': not an ISO 4217 code known to this JDK", e);
        }
    }

    /**
     * Returns an amount holding exactly the given number.
     * <p>
     * {@code Amounts.of(new BigDecimal("5000000000"), Amounts.currency("GBP"))}
     *
     * @param number  the exact number, at most {@link #MAX_DIGITS} significant digits, not null
     * @param currency  the currency, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the number has more than {@link #MAX_DIGITS} significant
     *     digits
     */
    public static MonetaryAmount of(BigDecimal number, CurrencyUnit currency) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        return Moneta.money(number, currency);
    }

    /**
     * Checks that an amount of a number can be made exactly, without making it: for a value that
     * keeps a number and its currency, and makes the amount only when asked.
     * <p>
     * {@code Amounts.requireExact(new BigDecimal("22000000000.00"), GBP)} returns the number.
     *
     * @param number  the exact number, not null
     * @param currency  the currency, named in the error, not null
     * @return the number, never null
     * @throws IllegalArgumentException if the number has more than {@link #MAX_DIGITS} significant
     *     digits
     */
    public static BigDecimal requireExact(BigDecimal number, CurrencyUnit currency) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        Moneta.checkPrecision(number, currency);
        return number;
    }

    /**
     * Returns an amount from a decimal string and a currency code.
     * <p>
     * {@code Amounts.of("22000000000", "GBP")}
     *
     * @param number  a plain decimal such as {@code "1234.56"}, not null
     * @param currencyCode  an ISO 4217 code, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the number is not a decimal, has more than
     *     {@link #MAX_DIGITS} significant digits, or the code is unknown
     */
    public static MonetaryAmount of(String number, String currencyCode) {
        Objects.requireNonNull(number, "number");
        return of(decimal(number, "amount"), currency(currencyCode));
    }

    /**
     * Returns the zero amount in a currency; the same instance for the same currency (amounts are
     * immutable).
     *
     * @param currency  the currency, not null
     * @return zero in that currency, never null
     */
    public static MonetaryAmount zero(CurrencyUnit currency) {
        return Moneta.zero(Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Reads the text form written by {@link #format(MonetaryAmount)}.
     * <p>
     * {@code Amounts.parse("USD 30000000000.00")}
     *
     * @param text  such as {@code "GBP 22000000000.00"}, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the text is not a code, one space and a plain decimal,
     *     the code is unknown, or the number has more than {@link #MAX_DIGITS} significant digits
     */
    public static MonetaryAmount parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Amount '" + text
                    + "' is not in the form 'CCC 1234.56' (ISO code, one space, plain decimal)");
        }
        return of(new BigDecimal(m.group(2)), currency(m.group(1)));
    }

    /**
     * Writes an amount as its code, a space and its plain decimal number.
     * <p>
     * {@code Amounts.format(Amounts.of("22e9", "GBP"))} is {@code "GBP 22000000000.00"}.
     *
     * @param amount  the amount, not null
     * @return the stable text form, never null
     */
    public static String format(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.getCurrency().getCurrencyCode() + ' '
                + plain(number(amount), amount.getCurrency());
    }

    /**
     * Writes an amount's number alone, as {@link #format(MonetaryAmount)} writes it after the code:
     * at least the currency's minor-unit digits, never fewer digits than the number has.
     * <p>
     * {@code Amounts.formatNumber(Amounts.parse("USD 30000000000"))} is {@code "30000000000.00"},
     * for a CSV cell beside a currency column.
     *
     * @param amount  the amount, not null
     * @return the plain decimal, never null
     */
    public static String formatNumber(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return plain(number(amount), amount.getCurrency());
    }

    /**
     * Returns the exact number of an amount, never through binary floating point.
     *
     * @param amount  the amount, not null
     * @return the exact number, never null
     */
    public static BigDecimal number(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return Moneta.number(amount);
    }

    /**
     * Rounds a figure HALF_EVEN to the currency's minor units: the library's only rounding rule.
     * <p>
     * {@code Amounts.roundToMinorUnits(new BigDecimal("1.005"), GBP)} is {@code 1.00}. A currency
     * without a defined number of minor units (such as gold, XAU) is returned unrounded.
     *
     * @param figure  the exact figure, not null
     * @param currency  the currency whose minor units apply, not null
     * @return the rounded figure, never null
     */
    public static BigDecimal roundToMinorUnits(BigDecimal figure, CurrencyUnit currency) {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? figure : figure.setScale(digits, RoundingMode.HALF_EVEN);
    }

    /**
     * Adds amounts that must all be in one currency.
     * <p>
     * {@code Amounts.sum(List.of(gbp22bn, gbp5bn), GBP)} is {@code GBP 27000000000.00}.
     * Amounts in several currencies belong in a {@link MultiCurrencyAmount} instead.
     *
     * @param amounts  the amounts, not null, no null elements
     * @param currency  the currency they must share, not null
     * @return the exact sum, zero for no amounts, never null
     * @throws CurrencyMismatchException if any amount is in another currency
     */
    public static MonetaryAmount sum(Iterable<? extends MonetaryAmount> amounts, CurrencyUnit currency) {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(currency, "currency");
        BigDecimal total = BigDecimal.ZERO;
        for (MonetaryAmount amount : amounts) {
            Objects.requireNonNull(amount, "amounts element");
            if (!amount.getCurrency().equals(currency)) {
                throw new CurrencyMismatchException(currency, amount.getCurrency(),
                        "Cannot add " + format(amount) + " to a " + currency.getCurrencyCode()
                                + " sum: convert it with a Valuation or collect it in a MultiCurrencyAmount");
            }
            total = total.add(number(amount));
        }
        return of(total, currency);
    }

    /** The plain decimal with at least the currency's minor-unit digits. */
    static String plain(BigDecimal number, CurrencyUnit currency) {
        BigDecimal n = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        int minScale = Math.max(0, currency.getDefaultFractionDigits());
        if (n.scale() < minScale) {
            n = n.setScale(minScale);
        }
        return n.toPlainString();
    }

    /** Parses a plain decimal, naming the field when it is not one. */
    static BigDecimal decimal(String text, String field) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not a decimal number", e);
        }
    }
}
