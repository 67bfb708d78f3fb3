package org.pledgeledger.money;

import java.util.Objects;

import javax.money.CurrencyUnit;

/**
 * Thrown when two amounts in different currencies would be combined without a conversion.
 * <p>
 * The library never adds two currencies implicitly; a caller catching this exception learns
 * which currency was expected and which one arrived:
 * <pre>{@code
 *   try { Amounts.sum(List.of(gbp, usd), GBP); }
 *   catch (CurrencyMismatchException e) { e.expected(); e.actual(); }
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The currency the operation required. */
    private final transient CurrencyUnit expected;
    /** The currency that was given. */
    private final transient CurrencyUnit actual;

    /**
     * Creates the exception.
     *
     * @param expected  the currency the operation required, not null
     * @param actual  the currency that was given, not null
     * @param message  what was attempted and what to do instead, not null
     */
    public CurrencyMismatchException(CurrencyUnit expected, CurrencyUnit actual, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
    }

    /**
     * Returns the currency the operation required.
     *
     * @return the expected currency, never null after construction
     */
    public CurrencyUnit expected() {
        return expected;
    }

    /**
     * Returns the currency that was given.
     *
     * @return the actual currency, never null after construction
     */
    public CurrencyUnit actual() {
        return actual;
    }
}
