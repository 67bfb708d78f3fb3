package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.GOOGLE;
import static org.pledgeledger.ledger.Fixtures.MICROSOFT;
import static org.pledgeledger.ledger.Fixtures.SEP16;
import static org.pledgeledger.ledger.Fixtures.announced;
import static org.pledgeledger.ledger.Fixtures.committed;
import static org.pledgeledger.ledger.Fixtures.corrected;
import static org.pledgeledger.ledger.Fixtures.day;
import static org.pledgeledger.ledger.Fixtures.delivered;
import static org.pledgeledger.ledger.Fixtures.fulfilled;
import static org.pledgeledger.ledger.Fixtures.paused;
import static org.pledgeledger.ledger.Fixtures.resumed;
import static org.pledgeledger.ledger.Fixtures.revised;
import static org.pledgeledger.ledger.Fixtures.withdrawn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;

class LedgerTest {

    private static Ledger ledgerWith(LedgerEvent... events) {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(events));
        return ledger;
    }

    private static PledgeState google(Ledger ledger, LocalDate date) {
        return ledger.asOf(date).pledge(GOOGLE.id()).orElseThrow();
    }

    @Test
    void forEachPledgeHandsOverTheStatesOfTheViewAsOfADateOneAtATime() {
        Ledger ledger = ledgerWith(announced(GOOGLE), announced(MICROSOFT), committed("g/c", GOOGLE, day(10, 1)),
                paused("m/p", MICROSOFT, day(12, 10)));
        for (LocalDate date : List.of(day(9, 1), SEP16, day(10, 1), day(12, 31))) {
            List<PledgeState> states = new ArrayList<>();

            ledger.forEachPledge(date, states::add);

            assertThat(states).as("as of %s", date).containsExactlyInAnyOrderElementsOf(ledger.asOf(date).pledges());
        }
    }

    @Test
    void forEachPledgeRejectsANullDateOrAction() {
        Ledger ledger = ledgerWith(announced(GOOGLE));

        assertThatThrownBy(() -> ledger.forEachPledge(null, s -> { })).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> ledger.forEachPledge(SEP16, null)).isInstanceOf(NullPointerException.class).hasMessage("action");
    }

    @Test
    void forEachAnnouncedHandsOverThePledgesOfTheStatesAsOfADateOneAtATime() {
        // Google's announcement is corrected and restated; w1, whose events are kept as rows, is announced later
        Pledge restated = Fixtures.pledge(GOOGLE.id().value(), "Google", "GBP 6000000000.00");
        Pledge w1 = Fixtures.pledge("w1", "Acme", "USD 7000000.00");
        PledgeEvent.Announced w1Announced = new PledgeEvent.Announced(EventId.of("w1/a"), w1, day(11, 2), Basis.PRESS_REPORT);
        Ledger ledger = ledgerWith(announced(GOOGLE), announced(MICROSOFT), committed("g/c", GOOGLE, day(10, 1)),
                paused("m/p", MICROSOFT, day(12, 10)), new PledgeEvent.Announced(EventId.of("g/a2"), restated, day(10, 1), Basis.OFFICIAL_STATEMENT),
                corrected("g/fix", day(10, 1), GOOGLE.id() + "/announced"), w1Announced, paused("w1/p", w1, day(11, 3)));
        for (LocalDate date : List.of(day(9, 1), SEP16, day(10, 1), day(12, 31))) {
            List<Pledge> pledges = new ArrayList<>();

            ledger.forEachAnnounced(date, pledges::add);

            assertThat(pledges).as("as of %s", date)
                    .containsExactlyInAnyOrderElementsOf(ledger.asOf(date).pledges().stream().map(PledgeState::pledge).toList());
        }
        List<Pledge> all = new ArrayList<>();
        ledger.forEachAnnounced(day(12, 31), all::add);
        assertThat(all).containsExactlyInAnyOrder(restated, MICROSOFT, w1);
    }

    @Test
    void aPledgesEventsAppendedTogetherShareOnePledgeIdAndReadBackEqual() {
        Pledge w1 = Fixtures.pledge("w1", "Acme", "USD 7000000.00");
        // the status events name the pledge by ids of their own, as events read from a file do
        Pledge sameId = Fixtures.pledge("w1", "Acme", "USD 7000000.00");
        List<LedgerEvent> events = List.of(new PledgeEvent.Announced(EventId.of("w1/a"), w1, SEP16, Basis.PRESS_REPORT),
                committed("w1/c", sameId, day(10, 1)), paused("w1/p", sameId, day(10, 2)));
        Ledger ledger = ledgerWith(events.toArray(LedgerEvent[]::new));

        assertThat(ledger.events()).isEqualTo(events);
        assertThat(((PledgeEvent) ledger.events().get(1)).pledgeId()).isNotSameAs(((PledgeEvent) events.get(1)).pledgeId())
                .isSameAs(((PledgeEvent) ledger.events().get(2)).pledgeId()).isSameAs(w1.id());
    }

    @Test
    void aRejectedAppendLeavesTheEventsAsTheyWereAndTheirIdsFree() {
        Pledge w1 = Fixtures.pledge("w1", "Acme", "USD 7000000.00");
        Ledger ledger = ledgerWith(new PledgeEvent.Announced(EventId.of("w1/a"), w1, SEP16, Basis.PRESS_REPORT));
        List<LedgerEvent> before = ledger.events();

        assertThatThrownBy(() -> ledger.appendAll(List.of(paused("w1/p", w1, day(10, 2)), committed("w1/c", w1, day(10, 3)))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(ledger.events()).isEqualTo(before);
        assertThat(ledger.event(EventId.of("w1/p"))).isEmpty();
        assertThat(ledger.appendAll(List.of(committed("w1/c", w1, day(10, 3)), paused("w1/p", w1, day(10, 4))))).isEqualTo(2);
        assertThat(ledger.asOf(day(10, 5)).pledge(w1.id()).orElseThrow().status()).isEqualTo(Status.PAUSED);
    }

    /** What appending an event did: appended or not, or the exception's class and message. */
    private static String outcome(Ledger ledger, LedgerEvent e) {
        try {
            return "appended " + ledger.append(e);
        } catch (RuntimeException x) {
            return x.getClass().getSimpleName() + ": " + x.getMessage();
        }
    }

    private static LedgerEvent randomEvent(int kind, String id, Pledge p, LocalDate on, String amount) {
        return switch (kind) {
            case 0 -> committed(id, p, on);
            case 1 -> delivered(id, p, on, amount);
            case 2 -> paused(id, p, on);
            case 3 -> resumed(id, p, on);
            case 4 -> withdrawn(id, p, on);
            case 5 -> fulfilled(id, p, on);
            default -> revised(id, p, on, amount);
        };
    }

    /**
     * The same events under ids that pack (kept as rows, folded from them) and under ids that do not
     * (kept whole): every append has the same outcome and message, and the views agree.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aLedgerAnswersAlikeWhetherItKeepsEventsAsRowsOrWhole(long seed) {
        Random random = new Random(seed);
        String suffix = "-kept-whole";
        Pledge w1 = Fixtures.pledge("w1", "Acme", "GBP 1000.00");
        Ledger rows = ledgerWith(new PledgeEvent.Announced(EventId.of("w1/a"), w1, SEP16, Basis.OFFICIAL_STATEMENT));
        Ledger whole = ledgerWith(new PledgeEvent.Announced(EventId.of("w1/a" + suffix), w1, SEP16, Basis.OFFICIAL_STATEMENT));
        int appended = 0;
        for (int i = 0; i < 60; i++) {
            // withdrawals and fulfilments, which end the pledge, are rare
            int kind = new int[] {0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 3, 6, 6}[random.nextInt(13)];
            kind = random.nextInt(40) == 0 ? 4 + random.nextInt(2) : kind;
            LocalDate on = SEP16.plusDays(random.nextInt(90) - 5);
            String amount = (random.nextInt(6) == 0 ? "USD " : "GBP ") + (1 + random.nextInt(600)) + ".00";
            String asRow = outcome(rows, randomEvent(kind, "w1/e" + i, w1, on, amount));
            String asWhole = outcome(whole, randomEvent(kind, "w1/e" + i + suffix, w1, on, amount));
            assertThat(asWhole.replace(suffix, "")).as("event %d", i).isEqualTo(asRow);
            appended += asRow.equals("appended true") ? 1 : 0;
        }
        assertThat(appended).as("some appends succeed, some fail").isBetween(3, 57);
        for (LocalDate date : List.of(SEP16, day(10, 15), day(12, 31))) {
            // folded from rows (the history made when read) and from whole events: alike
            PledgeState a = rows.asOf(date).pledge(w1.id()).orElseThrow();
            PledgeState b = whole.asOf(date).pledge(w1.id()).orElseThrow();
            assertThat(List.of(b.status(), b.delivered(), b.amount(), b.statusSince(), b.statusBasis(), b.pledge()))
                    .isEqualTo(List.of(a.status(), a.delivered(), a.amount(), a.statusSince(), a.statusBasis(), a.pledge()));
            assertThat(b.history()).extracting(e -> e.id().value().replace(suffix, ""))
                    .containsExactlyElementsOf(a.history().stream().map(e -> e.id().value()).toList());
            assertThat(a.history()).isEqualTo(rows.events().stream().filter(e -> !e.effective().isAfter(date))
                    .sorted(java.util.Comparator.comparing(LedgerEvent::effective)).toList());
        }
    }

    @Test
    void forEachAnnouncedRejectsANullDateOrAction() {
        Ledger ledger = ledgerWith(announced(GOOGLE));

        assertThatThrownBy(() -> ledger.forEachAnnounced(null, p -> { })).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> ledger.forEachAnnounced(SEP16, null)).isInstanceOf(NullPointerException.class).hasMessage("action");
    }

    @Test
    void aPledgeExistsFromItsAnnouncement() {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        assertThat(ledger.asOf(day(9, 15)).pledges()).isEmpty();
        PledgeState s = google(ledger, SEP16);
        assertThat(s.status()).isEqualTo(Status.ANNOUNCED);
        assertThat(s.amount()).isEqualTo(Amounts.parse("GBP 5000000000.00"));
        assertThat(s.delivered()).isEqualTo(Amounts.parse("GBP 0.00"));
        assertThat(s.outstanding()).isEqualTo(Amounts.parse("GBP 5000000000.00"));
        assertThat(s.statusSince()).isEqualTo(SEP16);
        assertThat(s.statusBasis()).isEqualTo(Basis.OFFICIAL_STATEMENT);
    }

    @Test
    void followsTheLifecycleToFulfilmentWithBalancesAtEachDate() {
        Ledger ledger = ledgerWith(announced(GOOGLE), committed("c", GOOGLE, day(10, 1)),
                delivered("d1", GOOGLE, day(11, 1), "GBP 2000000000.00"), delivered("d2", GOOGLE, day(12, 1), "GBP 3000000000.00"),
                fulfilled("f", GOOGLE, day(12, 2)));
        assertThat(google(ledger, day(9, 30)).status()).isEqualTo(Status.ANNOUNCED);
        assertThat(google(ledger, day(10, 1)).status()).isEqualTo(Status.COMMITTED);
        PledgeState nov = google(ledger, day(11, 15));
        assertThat(nov.status()).isEqualTo(Status.DELIVERING);
        assertThat(nov.delivered()).isEqualTo(Amounts.parse("GBP 2000000000.00"));
        assertThat(nov.outstanding()).isEqualTo(Amounts.parse("GBP 3000000000.00"));
        PledgeState end = google(ledger, day(12, 31));
        assertThat(end.status()).isEqualTo(Status.FULFILLED);
        assertThat(end.outstanding()).isEqualTo(Amounts.parse("GBP 0.00"));
        assertThat(end.history()).extracting(e -> e.id().value())
                .containsExactly("google-uk-2025/announced", "c", "d1", "d2", "f");
    }

    @Test
    void aResumedPledgeReturnsToTheStateItWasPausedIn() {
        Ledger ledger = ledgerWith(announced(GOOGLE), committed("c", GOOGLE, day(10, 1)), paused("p", GOOGLE, day(11, 1)),
                resumed("r", GOOGLE, day(11, 20)));
        assertThat(google(ledger, day(11, 10)).status()).isEqualTo(Status.PAUSED);
        assertThat(google(ledger, day(11, 20)).status()).isEqualTo(Status.COMMITTED);
        assertThat(google(ledger, day(11, 20)).statusSince()).isEqualTo(day(11, 20));
    }

    static Stream<Arguments> illegalMoves() {
        return Stream.of(
                Arguments.of("commit twice", List.of(committed("c", GOOGLE, day(10, 1))), committed("c2", GOOGLE, day(10, 2)),
                        "is COMMITTED since 2025-10-01; event c2 (committed) dated 2025-10-02 cannot apply: it needs ANNOUNCED"),
                Arguments.of("resume without pause", List.of(), resumed("r", GOOGLE, day(10, 1)),
                        "is ANNOUNCED since 2025-09-16; event r (resumed (talks resumed)) dated 2025-10-01 cannot apply: only a paused pledge can resume"),
                Arguments.of("pause twice", List.of(paused("p", GOOGLE, day(10, 1))), paused("p2", GOOGLE, day(10, 2)),
                        "is PAUSED since 2025-10-01; event p2"),
                Arguments.of("deliver while paused", List.of(paused("p", GOOGLE, day(10, 1))),
                        delivered("d", GOOGLE, day(10, 2), "GBP 1.00"), "cannot apply: it needs a live status"),
                Arguments.of("commit after withdrawal", List.of(withdrawn("w", GOOGLE, day(10, 1))),
                        committed("c", GOOGLE, day(10, 2)), "is WITHDRAWN since 2025-10-01"),
                Arguments.of("resume after withdrawal", List.of(paused("p", GOOGLE, day(10, 1)), withdrawn("w", GOOGLE, day(10, 2))),
                        resumed("r", GOOGLE, day(10, 3)), "is WITHDRAWN since 2025-10-02"),
                Arguments.of("withdraw twice", List.of(withdrawn("w", GOOGLE, day(10, 1))), withdrawn("w2", GOOGLE, day(10, 2)),
                        "it is already final"),
                Arguments.of("fulfil twice", List.of(fulfilled("f", GOOGLE, day(10, 1))), fulfilled("f2", GOOGLE, day(10, 2)),
                        "is FULFILLED since 2025-10-01"),
                Arguments.of("revise after fulfilment", List.of(fulfilled("f", GOOGLE, day(10, 1))),
                        revised("v", GOOGLE, day(10, 2), "GBP 6000000000.00"), "a final pledge cannot be revised"),
                Arguments.of("pause a fulfilled pledge", List.of(fulfilled("f", GOOGLE, day(10, 1))), paused("p", GOOGLE, day(10, 2)),
                        "only a live pledge can be paused"),
                Arguments.of("an earlier commit that a later event contradicts", List.of(withdrawn("w", GOOGLE, day(10, 1))),
                        paused("p", GOOGLE, day(10, 5)), "is WITHDRAWN"),
                Arguments.of("deliver beyond the amount", List.of(delivered("d1", GOOGLE, day(10, 1), "GBP 4000000000.00")),
                        delivered("d2", GOOGLE, day(10, 2), "GBP 1000000000.01"),
                        "deliveries would reach GBP 5000000000.01, more than the GBP 5000000000.00 pledged; record a revision first"),
                Arguments.of("deliver beyond the amount at once, named in the status it met", List.of(),
                        delivered("d", GOOGLE, day(10, 2), "GBP 5000000000.01"),
                        "Pledge google-uk-2025 is ANNOUNCED since 2025-09-16; event d (delivery of GBP 5000000000.01) dated 2025-10-02"
                                + " cannot apply: deliveries would reach"),
                Arguments.of("revise below what was delivered", List.of(delivered("d1", GOOGLE, day(10, 1), "GBP 4000000000.00")),
                        revised("v", GOOGLE, day(10, 2), "GBP 3000000000.00"), "GBP 4000000000.00 has already been delivered"),
                Arguments.of("revise into another currency", List.of(), revised("v", GOOGLE, day(10, 2), "USD 1.00"),
                        "a revision cannot change its currency"),
                Arguments.of("an insertion before a delivery it would overdraw",
                        List.of(delivered("d1", GOOGLE, day(10, 5), "GBP 5000000000.00")),
                        revised("v", GOOGLE, day(10, 1), "GBP 4000000000.00"),
                        "event d1 (delivery of GBP 5000000000.00) dated 2025-10-05 cannot apply: deliveries would reach"
                                + " GBP 5000000000.00, more than the GBP 4000000000.00 pledged; record a revision first;"
                                + " this follows from appending v (amount revised to GBP 4000000000.00 (revised), pledge"
                                + " google-uk-2025, 2025-10-01)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalMoves")
    void anIllegalMoveIsRejectedNamingPledgeStateEventAndDateAndChangesNothing(String name, List<PledgeEvent> before,
            PledgeEvent illegal, String message) {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        ledger.appendAll(before);
        List<LedgerEvent> events = ledger.events();
        LedgerView view = ledger.asOf(day(12, 31));
        assertThatThrownBy(() -> ledger.append(illegal))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Pledge google-uk-2025 is ")
                .hasMessageContaining(message);
        assertThat(ledger.events()).isEqualTo(events);
        assertThat(ledger.asOf(day(12, 31))).isEqualTo(view);
    }

    @Test
    void theSameEventAgainIsANoOp() {
        Ledger ledger = ledgerWith(announced(GOOGLE), committed("c", GOOGLE, day(10, 1)));
        assertThat(ledger.append(committed("c", GOOGLE, day(10, 1)))).isFalse();
        assertThat(ledger.appendAll(List.of(announced(GOOGLE), committed("c", GOOGLE, day(10, 1))))).isZero();
        assertThat(ledger.size()).isEqualTo(2);
    }

    @Test
    void theFirstBatchsEventsAreFoundByIdAndKeepTheirIdsAfterLaterAppends() {
        Ledger ledger = Ledger.create();
        assertThat(ledger.appendAll(List.of(announced(GOOGLE), committed("c", GOOGLE, day(10, 1))))).isEqualTo(2);
        assertThat(ledger.append(announced(MICROSOFT))).isTrue();
        assertThat(ledger.event(EventId.of("c"))).contains(committed("c", GOOGLE, day(10, 1)));
        assertThat(ledger.event(announced(MICROSOFT).id())).contains(announced(MICROSOFT));
        assertThat(ledger.append(committed("c", GOOGLE, day(10, 1)))).isFalse();
        assertThatThrownBy(() -> ledger.append(committed("c", GOOGLE, day(10, 2)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Event id c is already used by a different event");
        assertThat(ledger.events()).containsExactly(announced(GOOGLE), committed("c", GOOGLE, day(10, 1)), announced(MICROSOFT));
    }

    @Test
    void aDifferentEventUnderAUsedIdIsRejectedAndChangesNothing() {
        Ledger ledger = ledgerWith(announced(GOOGLE), committed("c", GOOGLE, day(10, 1)));
        List<LedgerEvent> events = ledger.events();
        assertThatThrownBy(() -> ledger.append(committed("c", GOOGLE, day(10, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Event id c is already used by a different event: c (committed, pledge google-uk-2025, 2025-10-01)")
                .hasMessageContaining("rejected: c (committed, pledge google-uk-2025, 2025-10-02)");
        assertThat(ledger.events()).isEqualTo(events);
    }

    @Test
    void aBatchIsAllOrNothing() {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        List<LedgerEvent> events = ledger.events();
        assertThatThrownBy(() -> ledger.appendAll(List.of(announced(MICROSOFT), committed("c", GOOGLE, day(10, 1)),
                resumed("r", GOOGLE, day(10, 2))))).isInstanceOf(IllegalStateException.class).hasMessageContaining("event r");
        assertThat(ledger.events()).isEqualTo(events);
        assertThat(ledger.asOf(day(12, 31)).pledge(MICROSOFT.id())).isEmpty();
        assertThat(ledger.appendAll(List.of(announced(MICROSOFT), committed("c", GOOGLE, day(10, 1))))).isEqualTo(2);
    }

    @Test
    void aBatchWithTwoDifferentEventsUnderOneIdIsRejected() {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        assertThatThrownBy(() -> ledger.appendAll(List.of(committed("x", GOOGLE, day(10, 1)), paused("x", GOOGLE, day(10, 2)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Event id x is already used");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void anEventForAnUnannouncedPledgeIsRejected() {
        Ledger ledger = Ledger.create();
        assertThatThrownBy(() -> ledger.append(committed("c", GOOGLE, day(10, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concerns pledge google-uk-2025, which has not been announced");
        assertThat(ledger.size()).isZero();
    }

    @Test
    void anEventDatedBeforeItsPledgesAnnouncementIsRejected() {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        assertThatThrownBy(() -> ledger.append(committed("c", GOOGLE, day(9, 15))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c (committed, pledge google-uk-2025, 2025-09-15) is dated 2025-09-15, before pledge"
                        + " google-uk-2025 was announced on 2025-09-16");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aSecondAnnouncementOfOnePledgeIsRejected() {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        PledgeEvent.Announced again = new PledgeEvent.Announced(EventId.of("again"), GOOGLE, day(9, 17), Basis.PRESS_REPORT);
        assertThatThrownBy(() -> ledger.append(again)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already announced");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aDeliveryInAnotherCurrencyNeedsAnExplicitRateAndIsConvertedExactly() {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        assertThatThrownBy(() -> ledger.append(delivered("d", GOOGLE, day(10, 1), "USD 1354.70")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Delivery d of USD 1354.70 to pledge google-uk-2025 in GBP needs an explicit USD/GBP rate");
        assertThat(ledger.size()).isEqualTo(1);
        DatedRate rate = DatedRate.of(day(10, 1), Amounts.currency("USD"), Amounts.currency("GBP"), new BigDecimal("0.7382"), "x");
        ledger.append(delivered("d", GOOGLE, day(10, 1), "USD 1354.70", rate));
        assertThat(google(ledger, day(10, 1)).delivered()).isEqualTo(Amounts.parse("GBP 1000.03954"));
    }

    @Test
    void aRevisionChangesTheAmountAndAllowsMoreDeliveries() {
        Ledger ledger = ledgerWith(announced(GOOGLE), delivered("d1", GOOGLE, day(10, 1), "GBP 5000000000.00"),
                revised("v", GOOGLE, day(10, 2), "GBP 6000000000.00"), delivered("d2", GOOGLE, day(10, 3), "GBP 1000000000.00"));
        PledgeState s = google(ledger, day(10, 3));
        assertThat(s.amount()).isEqualTo(Amounts.parse("GBP 6000000000.00"));
        assertThat(s.outstanding()).isEqualTo(Amounts.parse("GBP 0.00"));
        assertThat(s.history()).extracting(PledgeEvent::describe).contains("amount revised to GBP 6000000000.00 (revised)");
        assertThat(google(ledger, day(10, 1)).amount()).isEqualTo(Amounts.parse("GBP 5000000000.00"));
    }

    @Test
    void eventsOnTheSameEffectiveAndRecordedDateApplyInAppendOrder() {
        Ledger pauseFirst = ledgerWith(announced(GOOGLE), paused("p", GOOGLE, day(10, 1)), resumed("r", GOOGLE, day(10, 1)));
        assertThat(google(pauseFirst, day(10, 1)).status()).isEqualTo(Status.ANNOUNCED);
        Ledger resumeFirst = ledgerWith(announced(GOOGLE));
        assertThatThrownBy(() -> resumeFirst.append(resumed("r", GOOGLE, day(10, 1)))).isInstanceOf(IllegalStateException.class);
        PledgeEvent.Paused laterRecorded = paused("p", GOOGLE, day(10, 1), day(10, 2), Basis.OFFICIAL_STATEMENT);
        Ledger byRecordedDate = ledgerWith(announced(GOOGLE), laterRecorded);
        assertThat(google(byRecordedDate, day(10, 1)).status()).isEqualTo(Status.PAUSED);
    }

    @Test
    void aHistoryAlreadyHandedOutStaysAsItWasWhenItsPledgeGetsMoreEvents() {
        Ledger ledger = ledgerWith(announced(GOOGLE), delivered("d", GOOGLE, day(11, 1), "GBP 1.00"));
        List<PledgeEvent> before = google(ledger, day(12, 1)).history();
        List<PledgeEvent> copy = List.copyOf(before);
        ledger.append(committed("c", GOOGLE, day(10, 1)));
        ledger.append(delivered("e", GOOGLE, day(11, 2), "GBP 2.00"));
        assertThat(before).isEqualTo(copy).hasSize(2);
        assertThat(google(ledger, day(12, 1)).history()).extracting(e -> e.id().value())
                .containsExactly("google-uk-2025/announced", "c", "d", "e");
        assertThatThrownBy(() -> before.set(0, before.get(1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eventsAppendedOutOfOrderAreFoldedByEffectiveDate() {
        Ledger ledger = ledgerWith(announced(GOOGLE), delivered("d", GOOGLE, day(11, 1), "GBP 1.00"));
        ledger.append(committed("c", GOOGLE, day(10, 1)));
        assertThat(google(ledger, day(10, 15)).status()).isEqualTo(Status.COMMITTED);
        assertThat(google(ledger, day(11, 1)).history()).extracting(e -> e.id().value())
                .containsExactly("google-uk-2025/announced", "c", "d");
    }

    @Test
    void aCorrectionVoidsAnEventFromTheDayItIsKnown() {
        PledgeEvent.DeliveryRecorded wrong = delivered("d", GOOGLE, day(10, 1), "GBP 500000000.00");
        Correction fix = corrected("fix", day(10, 20), "d");
        Ledger ledger = ledgerWith(announced(GOOGLE), wrong, fix);
        assertThat(google(ledger, day(10, 5)).delivered()).isEqualTo(Amounts.parse("GBP 0.00"));
        assertThat(google(ledger, day(10, 5)).status()).isEqualTo(Status.ANNOUNCED);
        assertThat(ledger.asKnownOn(day(10, 10)).pledge(GOOGLE.id()).orElseThrow().delivered())
                .isEqualTo(Amounts.parse("GBP 500000000.00"));
        assertThat(ledger.events()).contains(wrong, fix);
    }

    @Test
    void aCorrectionOfACorrectionRestoresTheEvent() {
        Ledger ledger = ledgerWith(announced(GOOGLE), delivered("d", GOOGLE, day(10, 1), "GBP 1.00"),
                corrected("fix", day(10, 2), "d"), corrected("unfix", day(10, 3), "fix"));
        assertThat(google(ledger, day(10, 31)).delivered()).isEqualTo(Amounts.parse("GBP 1.00"));
        assertThat(ledger.asKnownOn(day(10, 2)).pledge(GOOGLE.id()).orElseThrow().delivered()).isEqualTo(Amounts.parse("GBP 0.00"));
    }

    @Test
    void correctionsSupersedingOneAnotherInACycleAreRejectedAndLeaveTheLedgerUnchanged() {
        Ledger ledger = ledgerWith(announced(GOOGLE), delivered("d", GOOGLE, day(10, 1), "GBP 1.00"));
        assertThatThrownBy(() -> ledger.appendAll(List.of(corrected("a", day(10, 2), "b"), corrected("b", day(10, 3), "a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Correction a supersedes b, and the corrections of this batch supersede one another in a cycle");
        assertThatThrownBy(() -> ledger.appendAll(List.of(corrected("x", day(10, 2), "y"), corrected("y", day(10, 3), "z"),
                corrected("z", day(10, 4), "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in a cycle");
        assertThat(ledger.size()).isEqualTo(2);
        assertThat(google(ledger, day(10, 31)).delivered()).isEqualTo(Amounts.parse("GBP 1.00"));
    }

    @Test
    void aCorrectionMustNameAnEventInTheLedger() {
        Ledger ledger = ledgerWith(announced(GOOGLE));
        assertThatThrownBy(() -> ledger.append(corrected("fix", day(10, 2), "nothing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supersedes nothing, which is not in the ledger");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aCorrectionBelongsToTheSubjectOfTheEventItSupersedes() {
        Ledger ledger = ledgerWith(announced(GOOGLE), announced(MICROSOFT), committed("mc", MICROSOFT, day(10, 1)),
                corrected("fix", day(10, 2), "mc"));
        assertThat(ledger.asOf(day(10, 3)).pledge(MICROSOFT.id()).orElseThrow().status()).isEqualTo(Status.ANNOUNCED);
        assertThat(google(ledger, day(10, 3)).history()).hasSize(1);
    }

    @Test
    void aCorrectionThatWouldLeaveAnImpossibleHistoryIsRejectedUnlessItsPartnerComesInTheSameBatch() {
        Ledger ledger = ledgerWith(announced(GOOGLE), paused("p", GOOGLE, day(10, 1)), resumed("r", GOOGLE, day(10, 5)));
        assertThatThrownBy(() -> ledger.append(corrected("no-pause", day(10, 20), "p")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only a paused pledge can resume");
        assertThat(ledger.size()).isEqualTo(3);
        ledger.appendAll(List.of(corrected("no-pause", day(10, 20), "p"), corrected("no-resume", day(10, 20), "r")));
        assertThat(google(ledger, day(10, 3)).status()).isEqualTo(Status.ANNOUNCED);
    }

    /** The December 2025 reports: a pause effective 9 December, reported on 16 December, disputed by No 10. */
    @Test
    void asKnownOnShowsOnlyWhatWasRecordedByThen() {
        Ledger ledger = ledgerWith(announced(MICROSOFT),
                paused("reported-pause", MICROSOFT, day(12, 9), day(12, 16), Basis.PRESS_REPORT));
        PledgeState asOf = ledger.asOf(day(12, 10)).pledge(MICROSOFT.id()).orElseThrow();
        assertThat(asOf.status()).isEqualTo(Status.PAUSED);
        assertThat(asOf.statusBasis()).isEqualTo(Basis.PRESS_REPORT);
        assertThat(ledger.asKnownOn(day(12, 10)).pledge(MICROSOFT.id()).orElseThrow().status()).isEqualTo(Status.ANNOUNCED);
        assertThat(ledger.asOf(day(12, 31), day(12, 15)).pledge(MICROSOFT.id()).orElseThrow().status()).isEqualTo(Status.ANNOUNCED);
        assertThat(ledger.asOf(day(12, 31), day(12, 16)).pledge(MICROSOFT.id()).orElseThrow().status()).isEqualTo(Status.PAUSED);
        assertThat(ledger.asKnownOn(day(9, 1)).pledges()).isEmpty();
    }

    @Test
    void whatWasKnownOnEachRecordedDateMustAlsoBePossible() {
        Ledger ledger = ledgerWith(announced(GOOGLE), paused("p", GOOGLE, day(10, 1), day(10, 25), Basis.OFFICIAL_STATEMENT));
        PledgeEvent.Resumed early = new PledgeEvent.Resumed(EventId.of("r"), GOOGLE.id(), day(10, 5), day(10, 6),
                Fixtures.SOURCE, Basis.OFFICIAL_STATEMENT, "resumed");
        assertThatThrownBy(() -> ledger.append(early)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("as known on 2025-10-06").hasMessageContaining("only a paused pledge can resume");
        assertThat(ledger.size()).isEqualTo(2);
    }

    @Test
    void changesBetweenTwoDatesListStatesBeforeAndAfterAndTheEvents() {
        Ledger ledger = ledgerWith(announced(GOOGLE), announced(MICROSOFT), committed("c", GOOGLE, day(10, 1)),
                paused("p", MICROSOFT, day(12, 9), day(12, 16), Basis.PRESS_REPORT), delivered("d", GOOGLE, day(12, 20), "GBP 1.00"));
        List<PledgeChange> changes = ledger.changes(day(9, 30), day(12, 31));
        assertThat(changes).extracting(PledgeChange::toString)
                .containsExactly("google-uk-2025: ANNOUNCED -> DELIVERING (2 events)", "microsoft-uk-2025: ANNOUNCED -> PAUSED (1 event)");
        assertThat(ledger.changes(day(8, 1), day(9, 16))).extracting(c -> c.before().isPresent()).containsExactly(false, false);
        assertThat(ledger.changes(day(12, 21), day(12, 31))).isEmpty();
        assertThatThrownBy(() -> ledger.changes(day(12, 31), day(9, 30))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the end is before the start");
    }

    @Test
    void findsEventsByIdAndSummarises() {
        Ledger ledger = ledgerWith(announced(GOOGLE), committed("c", GOOGLE, day(10, 1)));
        assertThat(ledger.event(EventId.of("c"))).hasValueSatisfying(e -> assertThat(((PledgeEvent) e).pledgeId()).isEqualTo(GOOGLE.id()));
        assertThat(ledger.event(EventId.of("nope"))).isEmpty();
        assertThat(ledger).hasToString("Ledger[2 events, 1 pledges, 0 agreements]");
        assertThat(ledger.asOf(day(10, 1)).pledge(PledgeId.of("nope"))).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsNulls() {
        Ledger ledger = Ledger.create();
        assertThatThrownBy(() -> ledger.append(null)).isInstanceOf(NullPointerException.class).hasMessage("event");
        List<LedgerEvent> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> ledger.appendAll(withNull)).isInstanceOf(NullPointerException.class).hasMessage("events element");
        assertThatThrownBy(() -> ledger.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    /** Property: the answers depend on the events, never on the order they were appended in. */
    @Nested
    class AppendOrder {

        private final Random random = new Random(2025_12_16L);

        /** A random valid history: each pledge walks its lifecycle; recorded dates never go backwards. */
        private List<LedgerEvent> randomHistory(int pledges) {
            List<LedgerEvent> events = new ArrayList<>();
            for (int p = 0; p < pledges; p++) {
                Pledge pledge = Fixtures.pledge("p" + p, "Company " + p, "GBP 1000.00");
                events.add(announced(pledge));
                Status status = Status.ANNOUNCED;
                Status pausedFrom = null;
                BigDecimal delivered = BigDecimal.ZERO;
                BigDecimal amount = new BigDecimal("1000.00");
                LocalDate effective = SEP16;
                LocalDate recorded = SEP16;
                List<String> deliveries = new ArrayList<>();
                for (int i = 0; i < 12 && !status.isFinal(); i++) {
                    // strictly later each time: on equal effective and recorded dates, append order decides by design
                    effective = effective.plusDays(1 + random.nextInt(3));
                    recorded = max(recorded, effective).plusDays(random.nextInt(3));
                    String id = pledge.id() + "/" + i;
                    Source source = Fixtures.SOURCE;
                    LedgerEvent e = null;
                    int pick = random.nextInt(8);
                    if (status == Status.PAUSED) {
                        e = pick < 6 ? new PledgeEvent.Resumed(EventId.of(id), pledge.id(), effective, recorded, source, Basis.OFFICIAL_STATEMENT, "r")
                                : new PledgeEvent.Withdrawn(EventId.of(id), pledge.id(), effective, recorded, source, Basis.OFFICIAL_STATEMENT, "w");
                        status = pick < 6 ? pausedFrom : Status.WITHDRAWN;
                    } else if (pick == 0 && status == Status.ANNOUNCED) {
                        e = new PledgeEvent.Committed(EventId.of(id), pledge.id(), effective, recorded, source, Basis.OFFICIAL_STATEMENT);
                        status = Status.COMMITTED;
                    } else if (pick <= 3 && delivered.compareTo(amount) < 0) {
                        BigDecimal d = amount.subtract(delivered).min(BigDecimal.valueOf(1 + random.nextInt(300)));
                        e = new PledgeEvent.DeliveryRecorded(EventId.of(id), pledge.id(), effective, recorded, source,
                                Basis.OFFICIAL_STATEMENT, Amounts.of(d, Amounts.currency("GBP")), Optional.empty());
                        delivered = delivered.add(d);
                        status = Status.DELIVERING;
                        deliveries.add(id);
                    } else if (pick == 4) {
                        amount = amount.add(BigDecimal.valueOf(random.nextInt(200)));
                        e = new PledgeEvent.AmountRevised(EventId.of(id), pledge.id(), effective, recorded, source,
                                Basis.ESTIMATE, Amounts.of(amount, Amounts.currency("GBP")), "more");
                    } else if (pick == 5) {
                        pausedFrom = status;
                        status = Status.PAUSED;
                        e = new PledgeEvent.Paused(EventId.of(id), pledge.id(), effective, recorded, source, Basis.PRESS_REPORT, "p");
                    } else if (pick == 6 && !deliveries.isEmpty()) {
                        e = new Correction(EventId.of(id), EventId.of(deliveries.remove(0)), effective, recorded, source,
                                Basis.OFFICIAL_STATEMENT, "wrong");
                    } else if (pick == 7 && random.nextInt(4) == 0) {
                        e = new PledgeEvent.Fulfilled(EventId.of(id), pledge.id(), effective, recorded, source, Basis.OFFICIAL_STATEMENT);
                        status = Status.FULFILLED;
                    }
                    if (e != null) {
                        events.add(e);
                    }
                }
            }
            return events;
        }

        private LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        /**
         * Appends one at a time in the given order, deferring any event the ledger cannot take yet.
         * Some events only make sense together (a pause and its resumption slotted in before later
         * events): when a pass makes no progress, the rest go in as one atomic batch, which must succeed.
         */
        private Ledger appendEventually(List<LedgerEvent> order) {
            Ledger ledger = Ledger.create();
            List<LedgerEvent> pending = new ArrayList<>(order);
            while (!pending.isEmpty()) {
                List<LedgerEvent> deferred = new ArrayList<>();
                for (LedgerEvent e : pending) {
                    try {
                        ledger.append(e);
                    } catch (IllegalStateException | IllegalArgumentException rejected) {
                        deferred.add(e);
                    }
                }
                if (deferred.size() == pending.size()) {
                    assertThat(ledger.appendAll(deferred)).isEqualTo(deferred.size());
                    deferred.clear();
                }
                pending = deferred;
            }
            return ledger;
        }

        @Test
        void asOfAndAsKnownOnAnswersDoNotDependOnAppendOrder() {
            for (int round = 0; round < 30; round++) {
                List<LedgerEvent> history = randomHistory(1 + random.nextInt(6));
                Ledger inOrder = Ledger.create();
                inOrder.appendAll(history);
                List<LedgerEvent> shuffled = new ArrayList<>(history);
                Collections.shuffle(shuffled, random);
                Ledger anyOrder = appendEventually(shuffled);
                Ledger batched = Ledger.create();
                batched.appendAll(shuffled);
                assertThat(anyOrder.size()).isEqualTo(history.size());
                for (LocalDate d = SEP16.minusDays(1); d.isBefore(SEP16.plusDays(60)); d = d.plusDays(3)) {
                    assertThat(anyOrder.asOf(d)).isEqualTo(inOrder.asOf(d));
                    assertThat(batched.asOf(d)).isEqualTo(inOrder.asOf(d));
                    assertThat(anyOrder.asKnownOn(d)).isEqualTo(inOrder.asKnownOn(d));
                }
            }
        }
    }

    /** Many threads appending at once: every event is there exactly once. */
    @Nested
    class Concurrency {

        @Test
        void eightThreadsAppendingLoseNothingAndApplyNothingTwice() throws Exception {
            Ledger ledger = Ledger.create();
            int threads = 8;
            int pledgesPerThread = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int appended = 0;
                    for (int p = 0; p < pledgesPerThread; p++) {
                        Pledge pledge = Fixtures.pledge("t" + thread + "-p" + p, "Company", "GBP 100.00");
                        appended += ledger.append(announced(pledge)) ? 1 : 0;
                        appended += ledger.append(delivered("t" + thread + "-p" + p + "-d", pledge, day(10, 1), "GBP 10.00")) ? 1 : 0;
                        // every thread also appends the same shared events: only one append of each may count
                        appended += ledger.append(announced(GOOGLE)) ? 1 : 0;
                        appended += ledger.append(delivered("shared-" + p, GOOGLE, day(10, 1), "GBP 1.00")) ? 1 : 0;
                    }
                    return appended;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            int expected = threads * pledgesPerThread * 2 + 1 + pledgesPerThread;
            assertThat(total).isEqualTo(expected);
            assertThat(ledger.size()).isEqualTo(expected);
            assertThat(ledger.events()).extracting(LedgerEvent::id).doesNotHaveDuplicates();
            LedgerView view = ledger.asOf(day(12, 31));
            assertThat(view.pledges()).hasSize(threads * pledgesPerThread + 1);
            assertThat(view.pledge(GOOGLE.id()).orElseThrow().delivered()).isEqualTo(Amounts.parse("GBP 50.00"));
        }

        /**
         * Readers that take views while another thread appends, as the log's rows grow (its first
         * chunk copied into larger ones, then a second chunk made), see whole events and views of
         * the ledger as it was at one moment.
         */
        @Test
        void readersSeeTheLedgerAsItWasAtOneMomentWhileAnotherThreadAppends() throws Exception {
            Ledger ledger = Ledger.create();
            List<LedgerEvent> events = new ArrayList<>();
            for (int p = 0; p < EventLog.CHUNK * 3 / 4; p++) {
                Pledge pledge = Fixtures.pledge("w" + p, "Company", "GBP 100.00");
                events.add(new PledgeEvent.Announced(EventId.of("w" + p + "/a"), pledge, SEP16, Basis.OFFICIAL_STATEMENT));
                events.add(delivered("w" + p + "/d", pledge, day(10, 1), "GBP 10.00"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(3);
            Future<?> writer = pool.submit(() -> events.forEach(ledger::append));
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int looks = 0;
                    while (!writer.isDone() || looks < 3) {
                        List<LedgerEvent> seen = ledger.events();
                        assertThat(seen).isEqualTo(events.subList(0, seen.size()));
                        int[] pledges = {0};
                        ledger.forEachAnnounced(day(12, 31), pledge -> pledges[0]++);
                        assertThat(pledges[0]).isBetween(seen.size() / 2, events.size() / 2);
                        ledger.forEachPledge(day(12, 31), state -> assertThat(state.delivered())
                                .isIn(Amounts.parse("GBP 0.00"), Amounts.parse("GBP 10.00")));
                        looks++;
                    }
                    return looks;
                }));
            }
            writer.get(120, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(120, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
            }
            pool.shutdown();
            assertThat(ledger.events()).isEqualTo(events);
        }
    }
}
