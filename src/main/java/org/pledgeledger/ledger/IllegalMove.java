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
     * Creates the exception: "{subject} is {state} [as known on D]; event E (what) dated D cannot apply: {rule}",
     * the subject being the event's pledge or agreement.
     */
    static IllegalMove of(LedgerEvent e, String state, LocalDate knownOn, String rule) {
        String subject = e instanceof PledgeEvent p ? "Pledge " + p.pledgeId()
                : e instanceof AgreementEvent a ? "Agreement " + a.agreementId() : "Event " + e.id();
        return new IllegalMove(e, subject + " is " + state + (knownOn == null ? "" : " as known on " + knownOn) + "; event "
                + e.id() + " (" + e.describe() + ") dated " + e.effective() + " cannot apply: " + rule);
    }

    /** The words for a status and the date it began: "COMMITTED since 2025-09-16". */
    static String state(Object status, LocalDate since) {
        return status + (since == null ? "" : " since " + since);
    }

    /**
     * Returns {@code next} if the move is allowed, else throws naming the status it met and the
     * rule. The words are made only for an error: a fold checks every event of every timeline.
     */
    static <S> S require(LedgerEvent e, Object status, LocalDate since, LocalDate knownOn, boolean allowed, String rule, S next) {
        if (!allowed) {
            throw of(e, state(status, since), knownOn, rule);
        }
        return next;
    }

    LedgerEvent event() {
        return event;
    }
}
