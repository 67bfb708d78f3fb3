package org.pledgeledger.model;

import java.util.Objects;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;

/**
 * Whether a pledge is new money or re-announces an earlier pledge, wholly or in part.
 * <pre>{@code
 *   Novelty.newMoney();
 *   Novelty.reannouncementOf(PledgeId.of("google-uk-2024"));
 *   Novelty.partlyReannounced(PledgeId.of("google-uk-2024"), Amounts.parse("GBP 1000000000.00"));
 * }</pre>
 * Totals show re-announced money apart from new money, so nothing is counted twice.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  new, wholly or partly re-announced, not null
 * @param earlier  the earlier pledge re-announced, present unless new, not null
 * @param reannounced  the part re-announced, present only when partly re-announced, not null
 */
public record Novelty(Kind kind, Optional<PledgeId> earlier, Optional<MonetaryAmount> reannounced) {

    /** The kinds of novelty. */
    public enum Kind {
        /** All of the amount is new money. */
        NEW,
        /** All of the amount was pledged before. */
        REANNOUNCED,
        /** Part of the amount was pledged before. */
        PARTLY_REANNOUNCED
    }

    /**
     * Validates that the parts present match the kind.
     *
     * @param kind  the kind, not null
     * @param earlier  the earlier pledge, not null
     * @param reannounced  the re-announced part, not null
     * @throws IllegalArgumentException if the parts do not match the kind, or the part is not positive
     */
    public Novelty {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(reannounced, "reannounced");
        if ((kind == Kind.NEW) == earlier.isPresent()) {
            throw new IllegalArgumentException("Novelty " + kind + (earlier.isPresent()
                    ? " cannot point at an earlier pledge (" + earlier.get() + ")" : " must name the earlier pledge"));
        }
        if ((kind == Kind.PARTLY_REANNOUNCED) != reannounced.isPresent()) {
            throw new IllegalArgumentException("Novelty " + kind + (reannounced.isPresent()
                    ? " cannot carry a re-announced part" : " must say how much was re-announced"));
        }
        reannounced.ifPresent(part -> {
            if (!part.isPositive()) {
                throw new IllegalArgumentException("Re-announced part " + Amounts.format(part) + " must be positive");
            }
        });
    }

    /**
     * Returns the novelty of new money.
     *
     * @return new money, never null
     */
    public static Novelty newMoney() {
        return NEW_MONEY;
    }

    /** Immutable, so one instance serves every pledge of new money. */
    private static final Novelty NEW_MONEY = new Novelty(Kind.NEW, Optional.empty(), Optional.empty());

    /**
     * Returns the novelty of a pledge that wholly re-announces an earlier one.
     *
     * @param earlier  the earlier pledge, not null
     * @return the novelty, never null
     */
    public static Novelty reannouncementOf(PledgeId earlier) {
        return new Novelty(Kind.REANNOUNCED, Optional.of(Objects.requireNonNull(earlier, "earlier")), Optional.empty());
    }

    /**
     * Returns the novelty of a pledge part of which re-announces an earlier one.
     *
     * @param earlier  the earlier pledge, not null
     * @param part  how much of the amount was pledged before, positive, not null
     * @return the novelty, never null
     */
    public static Novelty partlyReannounced(PledgeId earlier, MonetaryAmount part) {
        return new Novelty(Kind.PARTLY_REANNOUNCED, Optional.of(Objects.requireNonNull(earlier, "earlier")),
                Optional.of(Objects.requireNonNull(part, "part")));
    }

    /**
     * Returns how much of a pledge's amount was pledged before.
     *
     * @param amount  the pledge's amount, not null
     * @return zero, the part, or the whole amount, never null
     */
    public MonetaryAmount reannouncedAmount(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return switch (kind) {
            case NEW -> Amounts.zero(amount.getCurrency());
            case REANNOUNCED -> amount;
            case PARTLY_REANNOUNCED -> reannounced.orElseThrow();
        };
    }

    /**
     * Returns how much of a pledge's amount is new money.
     *
     * @param amount  the pledge's amount, not null
     * @return the amount less what was re-announced, never null
     */
    public MonetaryAmount newAmount(MonetaryAmount amount) {
        return amount.subtract(reannouncedAmount(amount));
    }

    /**
     * Checks whether another object is a novelty with equal components.
     * <p>
     * Written out rather than generated, as in {@code Source}: a record's generated methods are
     * linked through method handles when first called, and spin classes at start-up, and a
     * journal's reader compares the novelty of every pledge it reads.
     *
     * @param o  the object to compare, may be null
     * @return whether it is a novelty with equal components
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Novelty n && kind == n.kind && earlier.equals(n.earlier) && reannounced.equals(n.reannounced);
    }

    /**
     * A hash of every component, consistent with {@link #equals}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + earlier.hashCode()) * 31 + reannounced.hashCode();
    }

    /**
     * Returns {@code new money}, {@code re-announces google-uk-2024} or
     * {@code partly re-announces google-uk-2024 (GBP 1000000000.00)}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return switch (kind) {
            case NEW -> "new money";
            case REANNOUNCED -> "re-announces " + earlier.orElseThrow();
            case PARTLY_REANNOUNCED -> "partly re-announces " + earlier.orElseThrow() + " ("
                    + Amounts.format(reannounced.orElseThrow()) + ")";
        };
    }
}
