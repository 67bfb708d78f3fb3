package org.pledgeledger.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An amount with the date it belongs to and any equivalents its source stated: what a
 * {@link Valuation} converts.
 * <pre>{@code
 *   DatedAmount microsoft = DatedAmount.of(Amounts.parse("USD 30000000000.00"), LocalDate.of(2025, 9, 16))
 *       .withEquivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru, 16 Dec 2025");
 * }</pre>
 * The date is the one a valuation "at each amount's own date" uses, typically the date a pledge
 * was announced.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param amount  the amount, not null
 * @param date  the date it belongs to, not null
 * @param equivalents  equivalents stated by its source, at most one per currency, none in the
 *     amount's own currency, not null
 */
public record DatedAmount(MonetaryAmount amount, LocalDate date, List<StatedEquivalent> equivalents) {

    /**
     * Validates the amount and its equivalents.
     *
     * @param amount  the amount, not null
     * @param date  the date, not null
     * @param equivalents  the stated equivalents, not null
     * @throws IllegalArgumentException if an equivalent is in the amount's own currency, two share a
     *     currency, or an equivalent is given for a zero amount or with the opposite sign
     */
    public DatedAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(equivalents, "equivalents");
        equivalents = List.copyOf(equivalents);
        List<CurrencyUnit> seen = equivalents.isEmpty() ? List.of() : new ArrayList<>();
        for (StatedEquivalent eq : equivalents) {
            CurrencyUnit c = eq.amount().getCurrency();
            String what = "Stated equivalent " + eq + " of " + Amounts.format(amount) + " on " + date;
            if (c.equals(amount.getCurrency())) {
                throw new IllegalArgumentException(what + " is in the amount's own currency");
            }
            if (seen.contains(c)) {
                throw new IllegalArgumentException(what + " repeats " + c.getCurrencyCode()
                        + ": one stated equivalent per currency");
            }
            if (amount.signum() == 0 || eq.amount().signum() != amount.signum()) {
                throw new IllegalArgumentException(what
                        + " must have the same sign as a non-zero amount, or the rate it implies is meaningless");
            }
            seen.add(c);
        }
    }

    /**
     * Returns a dated amount without stated equivalents.
     *
     * @param amount  the amount, not null
     * @param date  the date it belongs to, not null
     * @return the dated amount, never null
     */
    public static DatedAmount of(MonetaryAmount amount, LocalDate date) {
        return new DatedAmount(amount, date, List.of());
    }

    /**
     * Returns a copy with one more stated equivalent.
     *
     * @param equivalent  the equivalent the source stated, not null
     * @param source  who stated it, not blank
     * @return the copy, never null
     * @throws IllegalArgumentException if the equivalent breaks a rule of the record
     */
    public DatedAmount withEquivalent(MonetaryAmount equivalent, String source) {
        List<StatedEquivalent> list = new ArrayList<>(equivalents);
        list.add(new StatedEquivalent(equivalent, source));
        return new DatedAmount(amount, date, list);
    }

    /**
     * Returns the equivalent stated in a currency, if any.
     *
     * @param currency  the currency, not null
     * @return the equivalent, or empty, never null
     */
    public Optional<StatedEquivalent> equivalent(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return equivalents.stream().filter(e -> e.amount().getCurrency().equals(currency)).findFirst();
    }

    /**
     * Returns the amount as {@code USD 30000000000.00 on 2025-09-16 (stated: GBP 22000000000.00 (source))}.
     *
     * @return the stable text form, never null
     */
    @Override
    public String toString() {
        String s = Amounts.format(amount) + " on " + date;
        return equivalents.isEmpty() ? s : s + " (stated: " + equivalents.stream()
                .map(StatedEquivalent::toString).reduce((a, b) -> a + ", " + b).orElse("") + ")";
    }
}
