package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.MOU;
import static org.pledgeledger.ledger.Fixtures.SOURCE;
import static org.pledgeledger.ledger.Fixtures.day;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Novelty;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;

class EventLogTest {

    /** The timeline order, as its definition reads: effective date, the opening event first, recorded date. */
    private static final Comparator<LedgerEvent> TIMELINE_ORDER = Comparator.comparing(LedgerEvent::effective)
            .thenComparing(e -> !Timeline.opens(e)).thenComparing(LedgerEvent::recorded);

    /** A pledge whose id and events' ids pack, as a generated journal's do. */
    private static final Pledge W1 = Fixtures.pledge("w1", "Google", "GBP 5000000000.00");

    private static PledgeEvent.Announced announced(String id, Pledge pledge) {
        return new PledgeEvent.Announced(EventId.of(id), pledge, pledge.announced().plusDays(1), Basis.PRESS_REPORT);
    }

    private static EventLog log(LedgerEvent... events) {
        EventLog log = new EventLog();
        for (LedgerEvent e : events) {
            log.add(e);
        }
        return log;
    }

    static Stream<Arguments> eventsKeptAsRows() {
        return Stream.of(
                Arguments.of("an announcement", announced("w1/a", W1)),
                Arguments.of("a commitment", Fixtures.committed("w1/c", W1, day(10, 1))),
                Arguments.of("a delivery without a rate", Fixtures.delivered("w1/d", W1, day(10, 2), "GBP 1000000.50")),
                Arguments.of("a pause recorded later", Fixtures.paused("w1/p", W1, day(10, 3), day(11, 4), Basis.ESTIMATE)),
                Arguments.of("a resumption", Fixtures.resumed("w1/r", W1, day(10, 4))),
                Arguments.of("a withdrawal", Fixtures.withdrawn("w1/w", W1, day(10, 5))),
                Arguments.of("a fulfilment", Fixtures.fulfilled("w1/f", W1, day(10, 6))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsKeptAsRows")
    void keepsAnEventInACommonShapeAsARowAndMakesAnEqualEventFromIt(String what, LedgerEvent event) {
        EventLog log = log(event);
        LedgerEvent back = log.get(0);
        assertThat(back).isEqualTo(event).hasSameHashCodeAs(event).isNotSameAs(event);
        assertThat(back.toString()).isEqualTo(event.toString());
        assertThat(log.rowPledgeId(0)).isEqualTo(W1.id());
        assertThat(log.id(0)).isEqualTo(event.id());
        assertThat(log.hasId(0, EventId.of(event.id().value()))).isTrue();
        assertThat(log.hasId(0, EventId.of("w1/other"))).isFalse();
        assertThat(log.idHash(0)).isEqualTo(event.id().hashCode());
        assertThat(log.effectiveDay(0)).isEqualTo(event.effective().toEpochDay());
        assertThat(log.recordedDay(0)).isEqualTo(event.recorded().toEpochDay());
        assertThat(log.opens(0)).isEqualTo(Timeline.opens(event));
        assertThat(log.isCorrection(0)).isFalse();
        assertThat(log.isPledgeOrAgreementEvent(0)).isTrue();
    }

    static Stream<Arguments> eventsKeptWhole() {
        DatedRate rate = DatedRate.of(day(10, 1), Amounts.currency("USD"), Amounts.currency("GBP"), new java.math.BigDecimal("0.74"), "x");
        Pledge longId = Fixtures.pledge("a-pledge-id-too-long-to-pack", "Google", "GBP 5000000000.00");
        return Stream.of(
                Arguments.of("an event whose id does not pack", Fixtures.paused("Paused-Upper-Case", W1, day(10, 3))),
                Arguments.of("an announcement whose id does not pack", Fixtures.announced(longId)),
                Arguments.of("a revision", Fixtures.revised("w1/v", W1, day(10, 1), "GBP 6000000000.00")),
                Arguments.of("an announcement of a pledge with a stated equivalent", announced("w1/a",
                        W1.toBuilder().equivalent(Amounts.parse("USD 6700000000.00"), "Reuters").build())),
                Arguments.of("an announcement of a pledge with stated phasing", announced("w1/a", W1.toBuilder()
                        .phasing(Map.of(Year.of(2025), Amounts.parse("GBP 2000000000.00"), Year.of(2026), Amounts.parse("GBP 3000000000.00")))
                        .build())),
                Arguments.of("an announcement of an amount of 19 digits", announced("w1/a",
                        Fixtures.pledge("w1", "Google", "GBP 12345678901234567.89"))),
                Arguments.of("a delivery with a rate", Fixtures.delivered("w1/d", W1, day(10, 2), "USD 100.00", rate)),
                Arguments.of("a pause dated beyond the days an int holds",
                        new PledgeEvent.Paused(EventId.of("w1/p"), W1.id(), LocalDate.of(9_000_000, 1, 1), LocalDate.of(9_000_000, 1, 1),
                                SOURCE, Basis.ESTIMATE, "far off")),
                Arguments.of("an announcement recorded beyond the days an int holds",
                        new PledgeEvent.Announced(EventId.of("w1/a"), W1, LocalDate.of(9_000_000, 1, 1), Basis.ESTIMATE)),
                Arguments.of("a correction", Fixtures.corrected("w1/x", day(10, 1), "w1/a")),
                Arguments.of("an agreement's record", Fixtures.recorded(MOU)),
                Arguments.of("a milestone", Fixtures.milestone("m1", "EPD progress", day(10, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsKeptWhole")
    void keepsAnyOtherEventWholeAndGivesItBack(String what, LedgerEvent event) {
        EventLog log = log(event);
        assertThat(log.get(0)).isSameAs(event);
        assertThat(log.rowPledgeId(0)).isNull();
        assertThat(log.id(0)).isSameAs(event.id());
        assertThat(log.hasId(0, EventId.of(event.id().value()))).isTrue();
        assertThat(log.idHash(0)).isEqualTo(event.id().hashCode());
        assertThat(log.effectiveDay(0)).isEqualTo(event.effective().toEpochDay());
        assertThat(log.recordedDay(0)).isEqualTo(event.recorded().toEpochDay());
        assertThat(log.opens(0)).isEqualTo(Timeline.opens(event));
        assertThat(log.isCorrection(0)).isEqualTo(event instanceof Correction);
        assertThat(log.isPledgeOrAgreementEvent(0)).isEqualTo(event instanceof PledgeEvent || event instanceof AgreementEvent);
    }

    @Test
    void announcementsOfPledgesAlikeButForPledgerAmountAndSourcesShareTheRest() {
        // W1's number is 5E+9, of scale -9, as Moneta keeps it; this one is 1E+10, of the same scale
        BigDecimal twice = W1.amountNumber().multiply(BigDecimal.valueOf(2));
        Pledge other = Pledge.builder(PledgeId.of("w2"), Party.company("Acme"), new String("United Kingdom"),
                twice, W1.currency(), W1.announced().plusDays(3)).sectors(Set.copyOf(W1.sectors()))
                .period(W1.period()).source(Fixtures.REPORT).build();
        EventLog log = log(announced("w1/a", W1), announced("w2/a", other));

        Pledge first = ((PledgeEvent.Announced) log.get(0)).pledge();
        Pledge second = ((PledgeEvent.Announced) log.get(1)).pledge();

        assertThat(first).isEqualTo(W1);
        assertThat(second).isEqualTo(other);
        assertThat(second.beneficiary()).isSameAs(first.beneficiary()).isNotSameAs(other.beneficiary());
        assertThat(second.sectors()).isSameAs(first.sectors());
        assertThat(second.amountNumber()).isEqualTo(twice).hasScaleOf(-9);
        assertThat(second.pledger()).isSameAs(other.pledger());
        assertThat(log.announcedPledge(1)).isEqualTo(other);
    }

    @Test
    void pledgesSharingTheirSectorsPeriodAndCurrencyButDifferingInAnyOtherPartKeepThatPart() {
        // one sector set, period and currency for all, as a reader shares them; each pledge differs from W1 in one part
        Pledge.Builder like = Pledge.builder(PledgeId.of("w2"), W1.pledger(), W1.beneficiary(), W1.amountNumber(), W1.currency(),
                W1.announced()).sectors(W1.sectors()).period(W1.period()).source(Fixtures.REPORT);
        List<Pledge> pledges = List.of(W1,
                like.build(),
                Pledge.builder(PledgeId.of("w3"), W1.pledger(), "United States", W1.amountNumber(), W1.currency(), W1.announced())
                        .sectors(W1.sectors()).period(W1.period()).source(Fixtures.REPORT).build(),
                Pledge.builder(PledgeId.of("w4"), W1.pledger(), W1.beneficiary(), W1.amountNumber(), W1.currency(), W1.announced())
                        .sectors(W1.sectors()).period(W1.period()).novelty(Novelty.reannouncementOf(W1.id())).source(Fixtures.REPORT).build(),
                Pledge.builder(PledgeId.of("w5"), W1.pledger(), W1.beneficiary(), new BigDecimal("5000000000.25"), W1.currency(),
                        W1.announced()).sectors(W1.sectors()).period(W1.period()).source(Fixtures.REPORT).build(),
                Pledge.builder(PledgeId.of("w6"), W1.pledger(), W1.beneficiary(), W1.amountNumber(), W1.currency(), W1.announced())
                        .sectors(W1.sectors()).period(W1.period()).source(Fixtures.REPORT).build());
        EventLog log = log(pledges.stream().map(p -> announced(p.id().value() + "/a", p)).toArray(LedgerEvent[]::new));

        for (int i = 0; i < pledges.size(); i++) {
            assertThat(log.announcedPledge(i)).as(pledges.get(i).id().value()).isEqualTo(pledges.get(i));
        }
        assertThat(log.announcedPledge(5).novelty()).isEqualTo(W1.novelty()).isNotEqualTo(log.announcedPledge(3).novelty());
    }

    @Test
    void refusesToGiveThePledgeOfAnEventThatIsNotAnAnnouncement() {
        EventLog log = log(Fixtures.paused("w1/p", W1, day(10, 1)), Fixtures.corrected("w1/x", day(10, 1), "w1/a"));
        assertThatThrownBy(() -> log.announcedPledge(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event w1/p at 0 is not a pledge's announcement");
        assertThatThrownBy(() -> log.announcedPledge(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsManyEventsAcrossChunksInOrderAndReadsEachBack() {
        List<LedgerEvent> added = new ArrayList<>();
        EventLog log = new EventLog();
        for (int i = 0; i < 2 * EventLog.CHUNK + 100; i++) {
            LedgerEvent e = i % 3 == 0 ? Fixtures.paused("w1/p" + i, W1, day(10, 1).plusDays(i % 300))
                    : i % 3 == 1 ? Fixtures.delivered("w1/d" + i, W1, day(10, 1), "GBP " + i + ".25")
                    : Fixtures.revised("w1/v" + i, W1, day(10, 1), "GBP 6000000000.00");
            added.add(e);
            log.add(e);
        }
        assertThat(log).hasSize(added.size()).isEqualTo(added);
    }

    @Test
    void forgetsTheRowsBeyondASizeAndTakesNewOnesInTheirPlace() {
        EventLog log = log(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)), Fixtures.resumed("w1/r", W1, day(10, 2)));
        log.truncate(1);
        assertThat(log).containsExactly(announced("w1/a", W1));
        log.add(Fixtures.fulfilled("w1/f", W1, day(10, 3)));
        assertThat(log).containsExactly(announced("w1/a", W1), Fixtures.fulfilled("w1/f", W1, day(10, 3)));
        log.truncate(log.size());
        assertThat(log).hasSize(2);
    }

    @Test
    void refusesToForgetBeyondItsSizeOrBelowNothing() {
        EventLog log = log(announced("w1/a", W1));
        assertThatThrownBy(() -> log.truncate(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> log.truncate(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(log).hasSize(1);
    }

    @Test
    void aFrozenViewKeepsWhatTheLogHeldWhenTakenAndRefusesAdditions() {
        EventLog log = log(announced("w1/a", W1));
        EventLog view = log.frozen();
        for (int i = 0; i < 100; i++) {
            // the first chunk grows (is copied) while the view still reads the old one
            log.add(Fixtures.paused("w1/p" + i, W1, day(10, 1)));
        }
        assertThat(view).containsExactly(announced("w1/a", W1));
        assertThat(log).hasSize(101);
        assertThatThrownBy(() -> view.add(announced("w1/b", W1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("This is a view of a log as it was, to read only");
        assertThatThrownBy(() -> view.truncate(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLogHandedOverIsFrozenAndTheTakerGoesOnFromItsRows() {
        EventLog log = log(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)));
        EventLog taker = log.handOver();
        taker.add(Fixtures.resumed("w1/r", W1, day(10, 2)));

        assertThat(log.isFrozen()).isTrue();
        assertThat(taker.isFrozen()).isFalse();
        assertThat(log).containsExactly(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)));
        assertThat(taker).containsExactly(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)),
                Fixtures.resumed("w1/r", W1, day(10, 2)));
        assertThatThrownBy(() -> log.add(Fixtures.fulfilled("w1/f", W1, day(10, 3)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(log::handOver).isInstanceOf(IllegalStateException.class);
        EventLog copy = log.copy();
        copy.add(Fixtures.fulfilled("w1/f", W1, day(10, 3)));
        assertThat(copy).containsExactly(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)),
                Fixtures.fulfilled("w1/f", W1, day(10, 3)));
        assertThat(taker).hasSize(3).last().isEqualTo(Fixtures.resumed("w1/r", W1, day(10, 2)));
    }

    @Test
    void knowsWhetherAnyOfItsEventsIsACorrectionAsEventsAreAddedCopiedAndForgotten() {
        EventLog log = log(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)));
        assertThat(log.hasCorrections()).isFalse();
        assertThat(log.isCorrection(1)).isFalse();
        log.add(Fixtures.corrected("w1/x", day(10, 2), "w1/p"));
        EventLog before = log.frozen();
        assertThat(log.hasCorrections()).isTrue();
        assertThat(log.isCorrection(2)).isTrue();
        EventLog copy = new EventLog();
        copy.addRow(log, 0);
        assertThat(copy.hasCorrections()).isFalse();
        copy.addRow(log, 2);
        assertThat(copy.hasCorrections()).isTrue();
        log.truncate(2);
        assertThat(log.hasCorrections()).isFalse();
        assertThat(before.hasCorrections()).as("a view as it was").isTrue();
        log.add(Fixtures.corrected("w1/y", day(10, 2), "w1/p"));
        assertThat(log.handOver().hasCorrections()).isTrue();
    }

    @Test
    void copiesARowOfAnotherLogAsItIsKept() {
        LedgerEvent whole = Fixtures.revised("w1/v", W1, day(10, 1), "GBP 6000000000.00");
        EventLog from = log(announced("w1/a", W1), whole);
        EventLog to = new EventLog();
        to.addRow(from, 1);
        to.addRow(from, 0);
        assertThat(to).containsExactly(whole, announced("w1/a", W1));
        assertThat(to.get(0)).isSameAs(whole);
        assertThatThrownBy(() -> to.addRow(from, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aRowTakesAnEqualPledgeIdToShare() {
        PledgeId shared = PledgeId.of("w1");
        EventLog log = log(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)));
        log.sharePledgeId(0, shared);
        log.sharePledgeId(1, shared);
        assertThat(((PledgeEvent) log.get(1)).pledgeId()).isSameAs(shared);
        assertThat(((PledgeEvent.Announced) log.get(0)).pledge().id()).isSameAs(shared);
        assertThat(log.rowPledgeId(1)).isSameAs(shared);
        assertThat(log).containsExactly(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)));
    }

    @Test
    void refusesToShareADifferentPledgeIdOrOneWithAnEventKeptWhole() {
        EventLog log = log(announced("w1/a", W1), Fixtures.paused("w1/p", W1, day(10, 1)),
                Fixtures.revised("w1/v", W1, day(10, 1), "GBP 6000000000.00"));
        assertThatThrownBy(() -> log.sharePledgeId(1, PledgeId.of("w2"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 1 is not a row of an event of pledge w2");
        assertThatThrownBy(() -> log.sharePledgeId(0, PledgeId.of("w2"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.sharePledgeId(2, PledgeId.of("w1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(((PledgeEvent) log.get(1)).pledgeId()).isEqualTo(W1.id());
    }

    @Test
    void comparesRowsAndWholeEventsAsTheTimelinesOrderDoes() {
        Random random = new Random(20251216L);
        List<LedgerEvent> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            LocalDate on = W1.announced().plusDays(random.nextInt(3));
            LocalDate recorded = on.plusDays(random.nextInt(3));
            events.add(switch (random.nextInt(4)) {
                case 0 -> Fixtures.paused("w1/p" + i, W1, on, recorded, Basis.ESTIMATE);
                case 1 -> Fixtures.paused("Whole-" + i, W1, on, recorded, Basis.ESTIMATE);
                case 2 -> announced("w1/a" + i, W1);
                default -> new PledgeEvent.Announced(EventId.of("Whole-a" + i), W1, recorded, Basis.ESTIMATE);
            });
        }
        EventLog log = log(events.toArray(LedgerEvent[]::new));
        for (int p = 0; p < events.size(); p++) {
            for (int q = 0; q < events.size(); q++) {
                assertThat(Integer.signum(log.compareInOrder(p, q))).as("%s against %s", events.get(p), events.get(q))
                        .isEqualTo(Integer.signum(TIMELINE_ORDER.compare(events.get(p), events.get(q))));
                assertThat(log.sameId(p, q)).isEqualTo(events.get(p).id().equals(events.get(q).id()));
            }
        }
    }

    @Test
    void aRowAndAWholeEventUnderOneIdHaveTheSameId() {
        LedgerEvent row = Fixtures.paused("w1/x", W1, day(10, 1));
        LedgerEvent whole = Fixtures.corrected("w1/x", day(10, 1), "w1/a");
        EventLog log = log(row, whole);
        assertThat(log.sameId(0, 1)).isTrue();
        assertThat(log.sameId(1, 0)).isTrue();
        assertThat(log.idHash(0)).isEqualTo(log.idHash(1));
    }

    @Test
    void refusesANullEventAndAPositionOutOfRange() {
        EventLog log = new EventLog();
        assertThatThrownBy(() -> log.add(null)).isInstanceOf(NullPointerException.class).hasMessage("event");
        assertThatThrownBy(() -> log.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(log).isEmpty();
    }
}
