package org.pledgeledger.ledger;

import java.time.LocalDate;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Source;

/**
 * An immutable fact appended to a {@link Ledger}: something that happened to a pledge, to an
 * agreement, or to a condition, or a correction of an earlier fact.
 * <p>
 * Every event carries the caller's id (the idempotency key), the date it took effect, the date it
 * was recorded (for "as known on" questions), its source, and its basis: official statement,
 * press report or estimate.
 * <p>
 * All implementations are immutable and thread-safe.
 */
public sealed interface LedgerEvent permits PledgeEvent, AgreementEvent, ConditionEvent, Correction {

    /**
     * Returns the caller's id for this event.
     *
     * @return the id, never null
     */
    EventId id();

    /**
     * Returns the date the event took effect.
     *
     * @return the date, never null
     */
    LocalDate effective();

    /**
     * Returns the date the event was recorded: what a reader could know from then on.
     *
     * @return the date, never null
     */
    LocalDate recorded();

    /**
     * Returns where the event is reported.
     *
     * @return the source, never null
     */
    Source source();

    /**
     * Returns how firmly the event is known.
     *
     * @return the basis, never null
     */
    Basis basis();

    /**
     * Returns what happened in a few words, such as {@code paused (reason)}.
     *
     * @return the description, never null
     */
    String describe();

    /**
     * An event that records why it happened, in the source's words: a revision, a pause, a
     * resumption, a withdrawal, a notice, a termination, or a correction.
     */
    interface Reasoned {

        /**
         * Returns why, in the source's words.
         *
         * @return the reason, never null
         */
        String reason();
    }
}
