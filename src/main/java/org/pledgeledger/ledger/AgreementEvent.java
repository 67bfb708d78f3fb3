package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Source;

/**
 * Something that happened to an agreement, as an immutable fact appended to a {@link Ledger}.
 * <pre>{@code
 *   new AgreementEvent.Paused(EventId.of("tpd-pause-report"), AgreementId.of("tech-prosperity-deal-mou"),
 *       LocalDate.of(2025, 12, 9), LocalDate.of(2025, 12, 16), source, Basis.PRESS_REPORT,
 *       "US reportedly paused talks on implementing the deal");
 * }</pre>
 * The same rules hold as for pledge events: the caller's id is the idempotency key, events are
 * only appended, a mistake is corrected by a {@link Correction}, and every move must be possible
 * in the status it meets (see {@link AgreementStatus}).
 * <p>
 * All implementations are immutable and thread-safe.
 */
public sealed interface AgreementEvent extends LedgerEvent permits AgreementEvent.Recorded, AgreementEvent.Moved,
        AgreementEvent.Paused, AgreementEvent.Resumed, AgreementEvent.NoticeGiven, AgreementEvent.Terminated {

    /**
     * Returns the agreement this event concerns.
     *
     * @return the agreement id, never null
     */
    AgreementId agreementId();

    /**
     * The first record of an agreement, as proposed: taking effect on the day it was announced.
     *
     * @param id  the caller's event id, not null
     * @param agreement  the agreement, not null
     * @param recorded  the date it was recorded, not null
     * @param basis  how firmly it is known, not null
     */
    record Recorded(EventId id, Agreement agreement, LocalDate recorded, Basis basis) implements AgreementEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param agreement  the agreement, not null
         * @param recorded  the date it was recorded, not null
         * @param basis  how firmly it is known, not null
         */
        public Recorded {
            Objects.requireNonNull(agreement, "agreement");
            Events.requireCommon(id, agreement.announced(), recorded, agreement.sources().get(0), basis);
        }

        @Override
        public AgreementId agreementId() {
            return agreement.id();
        }

        @Override
        public LocalDate effective() {
            return agreement.announced();
        }

        /**
         * Returns the agreement's first source.
         *
         * @return the source, never null
         */
        @Override
        public Source source() {
            return agreement.sources().get(0);
        }

        @Override
        public String describe() {
            return "recorded " + agreement.name();
        }
    }

    /**
     * A step forward: negotiating, signed or operative (steps may be skipped, never retraced).
     *
     * @param id  the caller's event id, not null
     * @param agreementId  the agreement it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param to  the status reached: NEGOTIATING, SIGNED or OPERATIVE, not null
     */
    record Moved(EventId id, AgreementId agreementId, LocalDate effective, LocalDate recorded, Source source, Basis basis, AgreementStatus to) implements AgreementEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param agreementId  the agreement it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param to  the status reached: NEGOTIATING, SIGNED or OPERATIVE, not null
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Moved {
            Objects.requireNonNull(agreementId, "agreementId");
            Events.requireCommon(id, effective, recorded, source, basis);
            Objects.requireNonNull(to, "to");
            if (to == AgreementStatus.PROPOSED || !to.isLive()) {
                throw new IllegalArgumentException("Event " + id + " moves agreement " + agreementId + " to " + to
                        + ": a move goes to NEGOTIATING, SIGNED or OPERATIVE; use Paused, Resumed, NoticeGiven or Terminated");
            }
        }

        @Override
        public String describe() {
            return "now " + to.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A suspension of talks or of operation, confirmed or only reported (see the basis).
     *
     * @param id  the caller's event id, not null
     * @param agreementId  the agreement it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, as the source gives it, not blank
     */
    record Paused(EventId id, AgreementId agreementId, LocalDate effective, LocalDate recorded, Source source, Basis basis, String reason) implements AgreementEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param agreementId  the agreement it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Paused {
            Objects.requireNonNull(agreementId, "agreementId");
            Events.requireCommon(id, effective, recorded, source, basis);
            Events.requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "paused (" + reason + ")";
        }
    }

    /**
     * The end of a pause: the agreement returns to the status it was paused in.
     *
     * @param id  the caller's event id, not null
     * @param agreementId  the agreement it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, as the source gives it, not blank
     */
    record Resumed(EventId id, AgreementId agreementId, LocalDate effective, LocalDate recorded, Source source, Basis basis, String reason) implements AgreementEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param agreementId  the agreement it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Resumed {
            Objects.requireNonNull(agreementId, "agreementId");
            Events.requireCommon(id, effective, recorded, source, basis);
            Events.requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "resumed (" + reason + ")";
        }
    }

    /**
     * Written notice to end the agreement: it terminates when its notice period has run from the effective date.
     *
     * @param id  the caller's event id, not null
     * @param agreementId  the agreement it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, as the source gives it, not blank
     */
    record NoticeGiven(EventId id, AgreementId agreementId, LocalDate effective, LocalDate recorded, Source source, Basis basis, String reason) implements AgreementEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param agreementId  the agreement it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public NoticeGiven {
            Objects.requireNonNull(agreementId, "agreementId");
            Events.requireCommon(id, effective, recorded, source, basis);
            Events.requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "notice of termination given (" + reason + ")";
        }
    }

    /**
     * The end of the agreement, at once.
     *
     * @param id  the caller's event id, not null
     * @param agreementId  the agreement it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, as the source gives it, not blank
     */
    record Terminated(EventId id, AgreementId agreementId, LocalDate effective, LocalDate recorded, Source source, Basis basis, String reason) implements AgreementEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param agreementId  the agreement it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Terminated {
            Objects.requireNonNull(agreementId, "agreementId");
            Events.requireCommon(id, effective, recorded, source, basis);
            Events.requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "terminated (" + reason + ")";
        }
    }
}
