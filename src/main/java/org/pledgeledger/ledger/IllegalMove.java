package org.pledgeledger.ledger;

import java.time.LocalDate;

/**
 * An event that cannot apply in the state it meets. The ledger adds which append caused it.
 * <p>
 * Thrown as an {@link IllegalStateException}; the message names the subject, its state, the
 * event and its date, and the rule.
 */
final class IllegalMove extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The event that cannot apply. */
    private final transient LedgerEvent event;

    private IllegalMove(LedgerEvent event, String message) {
        super(message);
        this.event = event;
    }

    /**
     * Creates the exception: "{subject} is {state} [as known on D]; event E (what) dated D cannot apply: {rule}".
     */
    static IllegalMove of(LedgerEvent e, String subject, String state, LocalDate knownOn, String rule) {
        return new IllegalMove(e, subject + " is " + state + (knownOn == null ? "" : " as known on " + knownOn) + "; event "
                + e.id() + " (" + e.describe() + ") dated " + e.effective() + " cannot apply: " + rule);
    }

    /** Returns {@code next} if the move is allowed, else throws naming the rule. */
    static <S> S require(LedgerEvent e, String subject, String state, LocalDate knownOn, boolean allowed, String rule, S next) {
        if (!allowed) {
            throw of(e, subject, state, knownOn, rule);
        }
        return next;
    }

    LedgerEvent event() {
        return event;
    }
}
