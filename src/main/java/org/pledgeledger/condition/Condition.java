package org.pledgeledger.condition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;

/**
 * A named, sourced requirement that pledges and agreements can depend on.
 * <pre>{@code
 *   Condition epdProgress = Condition.judgement(ConditionId.of("epd-substantive-progress"),
 *       "Substantive progress to formalise and implement the Economic Prosperity Deal",
 *       "EPD substantive progress", List.of(source));
 * }</pre>
 * The kinds:
 * <ul>
 *   <li>{@link AgreementReaches}: an agreement reaches a status (signed, operative);</li>
 *   <li>{@link MilestoneReached}: a named milestone is recorded, optionally by a deadline;</li>
 *   <li>{@link JudgementMet}: a judgement such as "substantive progress", met when the latest
 *       recorded assessment says so;</li>
 *   <li>{@link ThresholdReached}: the delivered or committed sums of a set of pledges reach an
 *       amount or a share of what they pledge, under a stated valuation (the Green Climate Fund's
 *       50% rule);</li>
 *   <li>{@link AllOf} and {@link AnyOf}: combinations.</li>
 * </ul>
 * All implementations are immutable and thread-safe.
 */
public sealed interface Condition permits Condition.AgreementReaches, Condition.MilestoneReached, Condition.JudgementMet,
        Condition.ThresholdReached, Condition.AllOf, Condition.AnyOf {

    /**
     * Returns the condition's id.
     *
     * @return the id, never null
     */
    ConditionId id();

    /**
     * Returns the condition in words, as a source gives it.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Returns the sources of the condition.
     *
     * @return the sources, at least one, never null
     */
    List<Source> sources();

    /**
     * Returns the condition that an agreement reaches a status.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param agreement  the agreement, not null
     * @param status  PROPOSED, NEGOTIATING, SIGNED or OPERATIVE, not null
     * @param sources  the sources, not empty
     * @return the condition, never null
     */
    static Condition agreementReaches(ConditionId id, String name, AgreementId agreement, AgreementStatus status,
            List<Source> sources) {
        return new AgreementReaches(id, name, agreement, status, Optional.empty(), sources);
    }

    /**
     * Returns the condition that a milestone is recorded.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param milestone  the milestone's name in the ledger, not blank
     * @param sources  the sources, not empty
     * @return the condition, never null
     */
    static Condition milestone(ConditionId id, String name, String milestone, List<Source> sources) {
        return new MilestoneReached(id, name, milestone, Optional.empty(), sources);
    }

    /**
     * Returns the condition that a judgement is assessed as met.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param judgement  the judgement's name in the ledger, not blank
     * @param sources  the sources, not empty
     * @return the condition, never null
     */
    static Condition judgement(ConditionId id, String name, String judgement, List<Source> sources) {
        return new JudgementMet(id, name, judgement, sources);
    }

    /**
     * Returns the condition that all of some conditions are met.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param parts  the conditions, at least two, not null
     * @param sources  the sources, not empty
     * @return the condition, never null
     */
    static Condition allOf(ConditionId id, String name, List<ConditionId> parts, List<Source> sources) {
        return new AllOf(id, name, parts, sources);
    }

    /**
     * Returns the condition that any of some conditions is met.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param parts  the conditions, at least two, not null
     * @param sources  the sources, not empty
     * @return the condition, never null
     */
    static Condition anyOf(ConditionId id, String name, List<ConditionId> parts, List<Source> sources) {
        return new AnyOf(id, name, parts, sources);
    }

    private static void requireCommon(ConditionId id, String name, List<Source> sources) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sources, "sources");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Condition " + id + " has a blank name");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Condition " + id + " has no source: every condition cites where it came from");
        }
    }

    private static void requireText(ConditionId id, String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("Condition " + id + " has a blank " + what);
        }
    }

    /**
     * An agreement reaches a status: met while it stands at or beyond it (a pause keeps what was
     * reached, at risk); failed once the agreement is terminated or void, or the deadline passes.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param agreement  the agreement, not null
     * @param status  PROPOSED, NEGOTIATING, SIGNED or OPERATIVE, not null
     * @param deadline  the last date it can be met, if any, not null
     * @param sources  the sources, not empty
     */
    record AgreementReaches(ConditionId id, String name, AgreementId agreement, AgreementStatus status,
            Optional<LocalDate> deadline, List<Source> sources) implements Condition {

        /**
         * Validates the condition.
         *
         * @param id  the id, not null
         * @param name  the name, not blank
         * @param agreement  the agreement, not null
         * @param status  a live status, not null
         * @param deadline  the deadline, not null
         * @param sources  the sources, not empty
         * @throws IllegalArgumentException if the status is PAUSED or TERMINATED, or the name or sources are missing
         */
        public AgreementReaches {
            requireCommon(id, name, sources);
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(deadline, "deadline");
            if (!status.isLive()) {
                throw new IllegalArgumentException("Condition " + id + " waits for agreement " + agreement + " to reach " + status
                        + ": a condition waits for PROPOSED, NEGOTIATING, SIGNED or OPERATIVE");
            }
            sources = List.copyOf(sources);
        }
    }

    /**
     * A named milestone is recorded in the ledger; failed if the deadline passes first.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param milestone  the milestone's name in the ledger, not blank
     * @param deadline  the last date it can be reached, if any, not null
     * @param sources  the sources, not empty
     */
    record MilestoneReached(ConditionId id, String name, String milestone, Optional<LocalDate> deadline, List<Source> sources)
            implements Condition {

        /**
         * Validates the condition.
         *
         * @param id  the id, not null
         * @param name  the name, not blank
         * @param milestone  the milestone, not blank
         * @param deadline  the deadline, not null
         * @param sources  the sources, not empty
         * @throws IllegalArgumentException if a text is blank or there is no source
         */
        public MilestoneReached {
            requireCommon(id, name, sources);
            requireText(id, milestone, "milestone");
            Objects.requireNonNull(deadline, "deadline");
            sources = List.copyOf(sources);
        }
    }

    /**
     * A judgement, such as "substantive progress", stands as its latest recorded assessment says:
     * met, not yet met (pending) or failed; pending while unassessed.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param judgement  the judgement's name in the ledger, not blank
     * @param sources  the sources, not empty
     */
    record JudgementMet(ConditionId id, String name, String judgement, List<Source> sources) implements Condition {

        /**
         * Validates the condition.
         *
         * @param id  the id, not null
         * @param name  the name, not blank
         * @param judgement  the judgement, not blank
         * @param sources  the sources, not empty
         * @throws IllegalArgumentException if a text is blank or there is no source
         */
        public JudgementMet {
            requireCommon(id, name, sources);
            requireText(id, judgement, "judgement");
            sources = List.copyOf(sources);
        }
    }

    /**
     * The delivered or committed sums of a set of pledges reach an amount, or a share of what those
     * pledges pledge, converted under a stated valuation; failed if the deadline passes first.
     * <p>
     * Exactly one of {@code amount} and {@code share} is present.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param pledges  the pledges counted, not empty, not null
     * @param measure  what is counted, not null
     * @param amount  the amount to reach, in the valuation's currency, if an amount, not null
     * @param share  the share of the pledged total to reach, above 0 and at most 1, if a share, not null
     * @param valuation  how amounts in several currencies become one figure, not null
     * @param currency  the currency of the comparison, not null
     * @param deadline  the last date it can be reached, if any, not null
     * @param sources  the sources, not empty
     */
    record ThresholdReached(ConditionId id, String name, Set<PledgeId> pledges, Measure measure, Optional<MonetaryAmount> amount,
            Optional<BigDecimal> share, Valuation valuation, CurrencyUnit currency, Optional<LocalDate> deadline,
            List<Source> sources) implements Condition {

        /** What a threshold counts. */
        public enum Measure {
            /** The amounts delivered so far. */
            DELIVERED,
            /** The amounts of pledges that are committed, delivering or fulfilled. */
            COMMITTED
        }

        /**
         * Validates the condition.
         *
         * @param id  the id, not null
         * @param name  the name, not blank
         * @param pledges  the pledges, not empty
         * @param measure  the measure, not null
         * @param amount  the amount, not null
         * @param share  the share, not null
         * @param valuation  the valuation, not null
         * @param currency  the currency, not null
         * @param deadline  the deadline, not null
         * @param sources  the sources, not empty
         * @throws IllegalArgumentException if there are no pledges, not exactly one of amount and share,
         *     an amount not positive or not in the currency, or a share outside (0, 1]
         */
        public ThresholdReached {
            requireCommon(id, name, sources);
            Objects.requireNonNull(pledges, "pledges");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(valuation, "valuation");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(deadline, "deadline");
            if (pledges.isEmpty()) {
                throw new IllegalArgumentException("Condition " + id + " counts no pledges");
            }
            if (amount.isPresent() == share.isPresent()) {
                throw new IllegalArgumentException("Condition " + id + " needs exactly one target: an amount or a share");
            }
            amount.ifPresent(a -> {
                if (!a.isPositive() || !a.getCurrency().equals(currency)) {
                    throw new IllegalArgumentException("Condition " + id + " targets " + Amounts.format(a)
                            + ": the target must be positive and in " + currency.getCurrencyCode());
                }
            });
            share.ifPresent(s -> {
                if (s.signum() <= 0 || s.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("Condition " + id + " targets a share of " + s.toPlainString()
                            + ": a share is above 0 and at most 1");
                }
            });
            pledges = Collections.unmodifiableSet(new TreeSet<>(pledges));
            sources = List.copyOf(sources);
        }

        /**
         * Returns the condition that a share of what the pledges pledge is reached.
         * <p>
         * The Green Climate Fund: {@code ThresholdReached.share(id, name, pledges, Measure.COMMITTED,
         * new BigDecimal("0.5"), Valuation.atReferenceRates("GCF", rates), USD, sources)}.
         *
         * @param id  the id, not null
         * @param name  the condition in words, not blank
         * @param pledges  the pledges, not empty
         * @param measure  what is counted, not null
         * @param share  above 0 and at most 1, not null
         * @param valuation  the valuation, not null
         * @param currency  the currency of the comparison, not null
         * @param sources  the sources, not empty
         * @return the condition, never null
         */
        public static ThresholdReached share(ConditionId id, String name, Set<PledgeId> pledges, Measure measure, BigDecimal share,
                Valuation valuation, CurrencyUnit currency, List<Source> sources) {
            return new ThresholdReached(id, name, pledges, measure, Optional.empty(), Optional.of(share), valuation, currency,
                    Optional.empty(), sources);
        }

        /**
         * Returns the condition that an amount is reached.
         *
         * @param id  the id, not null
         * @param name  the condition in words, not blank
         * @param pledges  the pledges, not empty
         * @param measure  what is counted, not null
         * @param amount  the amount, positive, not null
         * @param valuation  the valuation, not null
         * @param sources  the sources, not empty
         * @return the condition, never null
         */
        public static ThresholdReached amount(ConditionId id, String name, Set<PledgeId> pledges, Measure measure,
                MonetaryAmount amount, Valuation valuation, List<Source> sources) {
            return new ThresholdReached(id, name, pledges, measure, Optional.of(amount), Optional.empty(), valuation,
                    amount.getCurrency(), Optional.empty(), sources);
        }
    }

    /**
     * All of its parts are met: failed as soon as one fails.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param parts  the conditions, at least two, no repeats, not null
     * @param sources  the sources, not empty
     */
    record AllOf(ConditionId id, String name, List<ConditionId> parts, List<Source> sources) implements Condition {

        /**
         * Validates the condition.
         *
         * @param id  the id, not null
         * @param name  the name, not blank
         * @param parts  the parts, not null
         * @param sources  the sources, not empty
         * @throws IllegalArgumentException if fewer than two parts, a repeated part, or itself as a part
         */
        public AllOf {
            requireCommon(id, name, sources);
            parts = Conditions.checkParts(id, parts);
            sources = List.copyOf(sources);
        }
    }

    /**
     * Any of its parts is met: failed only when all fail.
     *
     * @param id  the id, not null
     * @param name  the condition in words, not blank
     * @param parts  the conditions, at least two, no repeats, not null
     * @param sources  the sources, not empty
     */
    record AnyOf(ConditionId id, String name, List<ConditionId> parts, List<Source> sources) implements Condition {

        /**
         * Validates the condition.
         *
         * @param id  the id, not null
         * @param name  the name, not blank
         * @param parts  the parts, not null
         * @param sources  the sources, not empty
         * @throws IllegalArgumentException if fewer than two parts, a repeated part, or itself as a part
         */
        public AnyOf {
            requireCommon(id, name, sources);
            parts = Conditions.checkParts(id, parts);
            sources = List.copyOf(sources);
        }
    }
}
