package org.pledgeledger.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;

/**
 * Something that happened to a pledge, as an immutable fact appended to a {@link Ledger}.
 * <pre>{@code
 *   new PledgeEvent.Paused(EventId.of("tpd-pause-report"), PledgeId.of("microsoft-uk-2025"),
 *       LocalDate.of(2025, 12, 9), LocalDate.of(2025, 12, 16), source, Basis.PRESS_REPORT,
 *       "US reportedly paused talks on implementing the deal");
 * }</pre>
 * Every event carries the caller's id (the idempotency key), the pledge it concerns, the date it
 * took effect, the date it was recorded (for "as known on" questions), its source, and its basis:
 * a pause reported by the press is told apart from a confirmed one. Events are never edited; a
 * mistake is corrected by a {@link Correction}.
 * <p>
 * All implementations are immutable and thread-safe.
 */
public sealed interface PledgeEvent extends LedgerEvent permits PledgeEvent.Announced, PledgeEvent.Committed,
        PledgeEvent.DeliveryRecorded, PledgeEvent.AmountRevised, PledgeEvent.Paused, PledgeEvent.Resumed, PledgeEvent.Withdrawn,
        PledgeEvent.Fulfilled {


    /**
     * Returns the pledge this event concerns.
     *
     * @return the pledge id, never null
     */
    PledgeId pledgeId();






    private static void requireCommon(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source,
            Basis basis) {
        Objects.requireNonNull(pledgeId, "pledgeId");
        Events.requireCommon(id, effective, recorded, source, basis);
    }

    private static void requireText(String text, String name, EventId id) {
        Events.requireText(text, name, id);
    }

    /**
     * The announcement of a pledge: the first event of every pledge, taking effect on the day it was announced.
     *
     * @param id  the caller's event id, not null
     * @param pledge  the pledge as announced, not null
     * @param recorded  the date it was recorded, not null
     * @param basis  how firmly it is known, not null
     */
    record Announced(EventId id, Pledge pledge, LocalDate recorded, Basis basis) implements PledgeEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledge  the pledge, not null
         * @param recorded  the date it was recorded, not null
         * @param basis  how firmly it is known, not null
         */
        public Announced {
            Objects.requireNonNull(pledge, "pledge");
            requireCommon(id, pledge.id(), pledge.announced(), recorded, pledge.sources().get(0), basis);
        }

        @Override
        public PledgeId pledgeId() {
            return pledge.id();
        }

        @Override
        public LocalDate effective() {
            return pledge.announced();
        }

        /**
         * Returns the pledge's first source.
         *
         * @return the source, never null
         */
        @Override
        public Source source() {
            return pledge.sources().get(0);
        }

        @Override
        public String describe() {
            return "announced " + Amounts.format(pledge.amount());
        }
    }

    /**
     * A firm written obligation to the pledge: the pledge moves from announced to committed.
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     */
    record Committed(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis) implements PledgeEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledgeId  the pledge it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Committed {
            requireCommon(id, pledgeId, effective, recorded, source, basis);
        }

        @Override
        public String describe() {
            return "committed";
        }
    }

    /**
     * Money delivered under the pledge: in the pledge's currency, or in another currency with an
     * explicit rate into the pledge's currency.
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param amount  the amount delivered, positive, not null
     * @param rate  the rate from the amount's currency into the pledge's, if they differ, not null
     */
    record DeliveryRecorded(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis, MonetaryAmount amount, Optional<DatedRate> rate) implements PledgeEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledgeId  the pledge it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param amount  the amount delivered, positive, not null
         * @param rate  the rate from the amount's currency into the pledge's, if they differ, not null
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public DeliveryRecorded {
            requireCommon(id, pledgeId, effective, recorded, source, basis);
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(rate, "rate");
            if (!amount.isPositive()) {
                throw notPositive(id, amount);
            }
            rate.ifPresent(r -> {
                if (!r.base().equals(amount.getCurrency())) {
                    throw new IllegalArgumentException("Delivery " + id + " of " + Amounts.format(amount) + " comes with rate "
                            + r + ", which does not convert from " + amount.getCurrency().getCurrencyCode());
                }
            });
        }

        /**
         * Checks the values of a delivery without a rate, its amount given as a number and a
         * currency, as the constructor checks them, without making the amount: for a log that keeps
         * such a delivery as a row ({@link EventBatch#addDelivery}).
         *
         * @throws IllegalArgumentException if a value breaks a rule, or the number has more
         *     significant digits than an amount holds ({@link Amounts#requireExact})
         */
        static void requireValid(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis,
                BigDecimal number, CurrencyUnit currency) {
            // in the order a reader that makes the amount first meets the rules
            Amounts.requireExact(number, currency);
            requireCommon(id, pledgeId, effective, recorded, source, basis);
            if (number.signum() <= 0) {
                throw notPositive(id, Amounts.of(number, currency));
            }
        }

        private static IllegalArgumentException notPositive(EventId id, MonetaryAmount amount) {
            return new IllegalArgumentException("Delivery " + id + " of " + Amounts.format(amount) + ": a delivery must be positive");
        }

        /**
         * Returns the amount delivered in the pledge's currency: as given, or converted exactly at the rate.
         *
         * @param pledgeCurrency  the pledge's currency, not null
         * @return the delivered amount in that currency, never null
         * @throws IllegalArgumentException if the currencies differ and no rate into the pledge's currency was given
         */
        public MonetaryAmount deliveredIn(CurrencyUnit pledgeCurrency) {
            Objects.requireNonNull(pledgeCurrency, "pledgeCurrency");
            if (amount.getCurrency().equals(pledgeCurrency)) {
                return amount;
            }
            DatedRate r = rate.filter(x -> x.term().equals(pledgeCurrency)).orElseThrow(() -> new IllegalArgumentException(
                    "Delivery " + id + " of " + Amounts.format(amount) + " to pledge " + pledgeId + " in "
                            + pledgeCurrency.getCurrencyCode() + " needs an explicit " + amount.getCurrency().getCurrencyCode()
                            + "/" + pledgeCurrency.getCurrencyCode() + " rate"));
            return Amounts.of(r.convert(Amounts.number(amount)), pledgeCurrency);
        }

        @Override
        public String describe() {
            return "delivery of " + Amounts.format(amount) + rate.map(r -> " at " + r.pair() + " " + r.rate().toPlainString()).orElse("");
        }
    }

    /**
     * A change to the amount pledged, with the reason; deliveries so far must not exceed it.
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param newAmount  the amount pledged from now on, in the pledge's currency, positive, not null
     * @param reason  why, as the source gives it, not blank
     */
    record AmountRevised(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis, MonetaryAmount newAmount, String reason) implements PledgeEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledgeId  the pledge it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param newAmount  the amount pledged from now on, in the pledge's currency, positive, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public AmountRevised {
            requireCommon(id, pledgeId, effective, recorded, source, basis);
            Objects.requireNonNull(newAmount, "newAmount");
            if (!newAmount.isPositive()) {
                throw new IllegalArgumentException("Revision " + id + " to " + Amounts.format(newAmount) + ": a pledge must stay positive; withdraw it instead");
            }
            requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "amount revised to " + Amounts.format(newAmount) + " (" + reason + ")";
        }
    }

    /**
     * A suspension, confirmed or only reported (see the basis): a live pledge moves to paused.
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, as the source gives it, not blank
     */
    record Paused(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis, String reason) implements PledgeEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledgeId  the pledge it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Paused {
            requireCommon(id, pledgeId, effective, recorded, source, basis);
            requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "paused (" + reason + ")";
        }
    }

    /**
     * The end of a pause: the pledge returns to the state it was paused in.
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, as the source gives it, not blank
     */
    record Resumed(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis, String reason) implements PledgeEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledgeId  the pledge it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Resumed {
            requireCommon(id, pledgeId, effective, recorded, source, basis);
            requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "resumed (" + reason + ")";
        }
    }

    /**
     * A withdrawal for good: a live or paused pledge moves to withdrawn, which is final.
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     * @param reason  why, as the source gives it, not blank
     */
    record Withdrawn(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis, String reason) implements PledgeEvent, LedgerEvent.Reasoned {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledgeId  the pledge it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @param reason  why, as the source gives it, not blank
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Withdrawn {
            requireCommon(id, pledgeId, effective, recorded, source, basis);
            requireText(reason, "reason", id);
        }

        @Override
        public String describe() {
            return "withdrawn (" + reason + ")";
        }
    }

    /**
     * The pledge reported delivered in full: a live pledge moves to fulfilled, which is final.
     *
     * @param id  the caller's event id, not null
     * @param pledgeId  the pledge it concerns, not null
     * @param effective  the date it took effect, not null
     * @param recorded  the date it was recorded, not null
     * @param source  where it is reported, not null
     * @param basis  how firmly it is known, not null
     */
    record Fulfilled(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis) implements PledgeEvent {

        /**
         * Validates the event.
         *
         * @param id  the caller's event id, not null
         * @param pledgeId  the pledge it concerns, not null
         * @param effective  the date it took effect, not null
         * @param recorded  the date it was recorded, not null
         * @param source  where it is reported, not null
         * @param basis  how firmly it is known, not null
         * @throws IllegalArgumentException if a value breaks a rule
         */
        public Fulfilled {
            requireCommon(id, pledgeId, effective, recorded, source, basis);
        }

        @Override
        public String describe() {
            return "fulfilled";
        }
    }
}
