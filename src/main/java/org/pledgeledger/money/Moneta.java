package org.pledgeledger.money;

import java.math.BigDecimal;
import java.util.logging.Level;
import java.util.logging.Logger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

import org.javamoney.moneta.Money;

/**
 * The one place that touches Moneta's {@code Money} directly.
 * <p>
 * Moneta logs an INFO line ("Using custom MathContext: precision=256 ...") the first time
 * {@code Money} initialises. A library must not print on first use, so before loading
 * {@code Money} this class raises that single logger to WARNING, unless the application has
 * already given it a level of its own. The logger is held in a static field, because
 * {@code java.util.logging} forgets the level of a logger nobody references.
 */
final class Moneta {

    /** Held strongly so that the level set below is not lost to garbage collection. */
    private static final Logger CONTEXT_LOGGER =
            Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");

    static {
        if (CONTEXT_LOGGER.getLevel() == null) {
            CONTEXT_LOGGER.setLevel(Level.WARNING);
        }
    }

    private Moneta() {
    }

    /** The significant digits a {@code Money} keeps: its constructor rounds a number with more. */
    static final int PRECISION = Money.DEFAULT_MONETARY_CONTEXT.getPrecision();

    /**
     * Returns a Moneta {@code Money} holding exactly the given number.
     *
     * @throws IllegalArgumentException if the number has more significant digits than {@code Money}
     *     keeps, which it would round
     */
    static MonetaryAmount money(BigDecimal number, CurrencyUnit currency) {
        checkPrecision(number, currency);
        return Money.of(number, currency);
    }

    /**
     * Checks that a {@code Money} would hold the number exactly.
     *
     * @throws IllegalArgumentException if the number has more significant digits than {@code Money}
     *     keeps, which it would round
     */
    static void checkPrecision(BigDecimal number, CurrencyUnit currency) {
        if (PRECISION > 0 && number.precision() > PRECISION) {
            String digits = number.unscaledValue().abs().toString();
            throw new IllegalArgumentException("Amount " + (number.signum() < 0 ? "-" : "") + digits.substring(0, 12) + "... "
                    + currency.getCurrencyCode() + " has " + number.precision() + " significant digits; an amount holds at most "
                    + PRECISION + " exactly, and is never rounded");
        }
    }

    /** Returns the currency for an ISO 4217 code, or throws naming the code. */
    static CurrencyUnit currency(String code) {
        CurrencyUnit known = CURRENCIES.get(code);
        if (known == null) {
            // Moneta's own lookup walks its provider chain on every call; a known code is asked once
            known = Monetary.getCurrency(code);
            CURRENCIES.putIfAbsent(code, known);
        }
        return known;
    }

    private static final ConcurrentMap<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();

    /** Returns zero in a currency, one instance per currency: a million states with nothing delivered share it. */
    static MonetaryAmount zero(CurrencyUnit currency) {
        return ZEROS.computeIfAbsent(currency, c -> Money.of(BigDecimal.ZERO, c));
    }

    private static final ConcurrentMap<CurrencyUnit, MonetaryAmount> ZEROS = new ConcurrentHashMap<>();

    /** Returns the exact number of an amount, never through binary floating point. */
    static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }
}
