package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.pledgeledger.condition.Conditions;
import org.pledgeledger.data.BundledRates;
import org.pledgeledger.data.TechProsperityDeal;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeState;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.MissingRateException;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;

class PledgeTotalsTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final Source SOURCE = Source.of("P", "T", LocalDate.of(2025, 1, 1), "Q.");

    @Test
    void theDealsPledgesTotalAsThePledgeTablesPledgedColumnDoes() {
        LedgerView view = TechProsperityDeal.load().ledger().asOf(LocalDate.of(2025, 12, 31));
        for (Valuation v : List.of(Valuation.atStatedEquivalents(), Valuation.atDate(BundledRates.table(), TechProsperityDeal.SIGNED))) {
            PledgeTotals.Builder b = PledgeTotals.builder(v, GBP);
            view.pledges().stream().map(PledgeState::pledge).forEach(b::add);
            PledgeTotals totals = b.build();
            PledgeTable byPledger = PledgeTable.of(view, Conditions.none(), PledgeTable.Grouping.PLEDGER, v, GBP);
            PledgeTable bySector = PledgeTable.of(view, Conditions.none(), PledgeTable.Grouping.SECTOR, v, GBP);
            assertThat(totals.total()).isEqualTo(byPledger.total().pledged());
            assertThat(totals.pledges()).isEqualTo(2);
            byPledger.rows().forEach(r -> assertThat(totals.byPledger().get(r.key())).isEqualTo(r.pledged()));
            bySector.rows().forEach(r -> assertThat(totals.bySector().get(r.key())).isEqualTo(r.pledged()));
            assertThat(totals.byPledger()).hasSize(byPledger.rows().size());
        }
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atStatedEquivalents(), GBP);
        view.pledges().stream().map(PledgeState::pledge).forEach(b::add);
        assertThat(b.build().toString()).isEqualTo("2 pledges: GBP 27000000000.00 (at stated equivalents), 2 pledgers, 2 sectors");
    }

    @Test
    void theTotalsOfALedgerAsOfADateAreThoseOfItsPledgesAnnouncedByThen() {
        Ledger ledger = TechProsperityDeal.load().ledger();
        Valuation v = Valuation.atDate(BundledRates.table(), TechProsperityDeal.SIGNED);
        for (LocalDate asOf : List.of(LocalDate.of(2025, 1, 1), TechProsperityDeal.SIGNED, LocalDate.of(2026, 12, 31))) {
            PledgeTotals.Builder b = PledgeTotals.builder(v, GBP);
            ledger.asOf(asOf).pledges().stream().map(PledgeState::pledge).forEach(b::add);
            PledgeTotals expected = b.build();
            PledgeTotals totals = PledgeTotals.of(ledger, asOf, v, GBP);
            assertThat(totals.pledges()).as(asOf.toString()).isEqualTo(expected.pledges());
            assertThat(totals.total()).as(asOf.toString()).isEqualTo(expected.total());
            assertThat(totals.byPledger()).as(asOf.toString()).isEqualTo(expected.byPledger());
            assertThat(totals.bySector()).as(asOf.toString()).isEqualTo(expected.bySector());
        }
        assertThat(PledgeTotals.of(ledger, LocalDate.of(2025, 1, 1), v, GBP).pledges()).as("before the deal").isZero();
        assertThat(PledgeTotals.of(ledger, LocalDate.of(2026, 12, 31), v, GBP).pledges()).isEqualTo(2);
    }

    @Test
    void theTotalsOfALedgerRefuseANullArgumentAndNameAMissingRate() {
        Ledger ledger = TechProsperityDeal.load().ledger();
        Valuation v = Valuation.atStatedEquivalents();
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> PledgeTotals.of(null, d, v, GBP)).isInstanceOf(NullPointerException.class).hasMessage("ledger");
        assertThatThrownBy(() -> PledgeTotals.of(ledger, null, v, GBP)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> PledgeTotals.of(ledger, d, null, GBP)).isInstanceOf(NullPointerException.class).hasMessage("valuation");
        assertThatThrownBy(() -> PledgeTotals.of(ledger, d, v, null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> PledgeTotals.of(ledger, d, Valuation.atOwnDates(RateTable.empty()), GBP))
                .isInstanceOf(MissingRateException.class);
    }

    /** Property: summing by currency and date, then converting, equals converting every pledge and adding. */
    @Test
    void seededRandomPledgesTotalExactlyAsConvertingEachAndAdding() {
        Random random = new Random(2026_11_22L);
        List<DatedRate> rates = new ArrayList<>();
        for (int day = 0; day < 20; day++) {
            rates.add(DatedRate.of(LocalDate.of(2025, 1, 1).plusDays(day), Amounts.currency("USD"), GBP,
                    BigDecimal.valueOf(700_000 + random.nextInt(100_000), 6), "r"));
            rates.add(DatedRate.of(LocalDate.of(2025, 1, 1).plusDays(day), GBP, Amounts.currency("EUR"),
                    BigDecimal.valueOf(11_000 + random.nextInt(2_000), 4), "r"));
        }
        Valuation valuation = Valuation.atOwnDates(RateTable.of(rates));
        List<String> codes = List.of("GBP", "USD", "EUR");
        for (int round = 0; round < 20; round++) {
            PledgeTotals.Builder b = PledgeTotals.builder(valuation, GBP);
            List<Pledge> pledges = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(300); i++) {
                Pledge.Builder p = Pledge.builder(PledgeId.of("p" + i), Party.company("C" + random.nextInt(7)), "UK",
                        // a fifth in thousandths, which the totals keep exactly, apart from the hundredths
                        Amounts.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), random.nextInt(5) == 0 ? 3 : 2),
                                Amounts.currency(codes.get(random.nextInt(3)))),
                        LocalDate.of(2025, 1, 1).plusDays(random.nextInt(20))).sector(Sector.of("s" + random.nextInt(4))).source(SOURCE);
                if (random.nextInt(4) == 0) {
                    p.sector(Sector.of("s" + (4 + random.nextInt(2))));
                }
                pledges.add(p.build());
            }
            pledges.forEach(b::add);
            PledgeTotals totals = b.build();
            ConvertedAmount each = pledges.stream().map(p -> valuation.convert(p.datedAmount(), GBP)).reduce(ConvertedAmount::plus).orElseThrow();
            assertThat(totals.total().exactTotal()).isEqualByComparingTo(each.exactTotal());
            assertThat(totals.total().total()).isEqualTo(each.total());
            BigDecimal sectors = totals.bySector().values().stream().map(ConvertedAmount::exactTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal pledgers = totals.byPledger().values().stream().map(ConvertedAmount::exactTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sectors).as("the sector groups add up to the total").isEqualByComparingTo(each.exactTotal());
            assertThat(pledgers).as("the pledger groups add up to the total").isEqualByComparingTo(each.exactTotal());
            for (String pledger : totals.byPledger().keySet()) {
                ConvertedAmount own = pledges.stream().filter(p -> p.pledger().name().equals(pledger))
                        .map(p -> valuation.convert(p.datedAmount(), GBP)).reduce(ConvertedAmount::plus).orElseThrow();
                assertThat(totals.byPledger().get(pledger).exactTotal()).as(pledger).isEqualByComparingTo(own.exactTotal());
            }
        }
    }

    @Test
    void equalSectorSetsShareAGroupWhetherOneInstanceOrManyAndMixedWithOthers() {
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP);
        Set<Sector> shared = Set.of(Sector.of("Cloud"));
        for (int i = 0; i < 300; i++) {
            // the same instance, an equal new one, a set of two in either order, and a set of another sector
            Set<Sector> sectors = switch (i % 5) {
                case 0 -> shared;
                case 1 -> Set.of(Sector.of("cloud"));
                case 2 -> Set.of(Sector.of("AI"), Sector.of("Cloud"));
                case 3 -> Set.of(Sector.of("Cloud"), Sector.of("AI"));
                default -> Set.of(Sector.of("Defence"));
            };
            b.add(Pledge.builder(PledgeId.of("p" + i), Party.company("C"), "UK", Amounts.parse("GBP 1.00"), LocalDate.of(2025, 3, 1))
                    .sectors(sectors).source(SOURCE).build());
        }
        PledgeTotals totals = b.build();
        assertThat(totals.bySector()).containsOnlyKeys("Cloud", "AI + Cloud", "Defence");
        assertThat(totals.bySector().get("Cloud").total()).isEqualTo(Amounts.parse("GBP 120.00"));
        assertThat(totals.bySector().get("AI + Cloud").total()).isEqualTo(Amounts.parse("GBP 120.00"));
        assertThat(totals.bySector().get("Defence").total()).isEqualTo(Amounts.parse("GBP 60.00"));
    }

    @Test
    void sectorSetsWrittenAlikeAreOneGroupSoThatTheSectorsAddUpToTheTotal() {
        // a sector named "AI + Cloud" and the set of AI and Cloud; a sector named "(no sector)" and none
        List<Set<Sector>> sets = List.of(Set.of(Sector.of("AI + Cloud")), Set.of(Sector.of("AI"), Sector.of("Cloud")),
                Set.of(Sector.of("(no sector)")), Set.of());
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP);
        for (int i = 0; i < sets.size(); i++) {
            b.add(Pledge.builder(PledgeId.of("p" + i), Party.company("C"), "UK", Amounts.parse("GBP 1.00").multiply(i + 1),
                    LocalDate.of(2025, 3, 1)).sectors(sets.get(i)).source(SOURCE).build());
        }

        PledgeTotals totals = b.build();

        assertThat(totals.bySector()).containsOnlyKeys("AI + Cloud", "(no sector)");
        assertThat(totals.bySector().get("AI + Cloud").total()).isEqualTo(Amounts.parse("GBP 3.00"));
        assertThat(totals.bySector().get("(no sector)").total()).isEqualTo(Amounts.parse("GBP 7.00"));
        assertThat(totals.total().total()).isEqualTo(Amounts.parse("GBP 10.00"));
    }

    @Test
    void aPledgerIsOneGroupByNameWhetherOneInstanceOrMany() {
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP);
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            parties.add(Party.company("C" + i));
        }
        for (int i = 0; i < 15_000; i++) {
            // the same instance, then an equal new one, then the same instance again
            Party party = i / 5_000 == 1 ? Party.company("C" + i % 5_000) : parties.get(i % 5_000);
            b.add(Pledge.builder(PledgeId.of("p" + i), party, "UK", Amounts.parse("GBP 1.00"), LocalDate.of(2025, 3, 1))
                    .sector(Sector.of("s" + i % 3)).source(SOURCE).build());
        }
        PledgeTotals totals = b.build();
        assertThat(totals.byPledger()).hasSize(5_000);
        assertThat(totals.byPledger().values()).allSatisfy(sum -> assertThat(sum.total()).isEqualTo(Amounts.parse("GBP 3.00")));
        assertThat(totals.bySector().values()).allSatisfy(sum -> assertThat(sum.total()).isEqualTo(Amounts.parse("GBP 5000.00")));
        assertThat(totals.total().total()).isEqualTo(Amounts.parse("GBP 15000.00"));
    }

    @Test
    void morePledgersThanTheBuilderRemembersByInstanceEachKeepTheirOwnSums() {
        // beyond the parties a builder finds by identity, interleaved so that their slots collide and are replaced
        int count = 20_000;
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP);
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parties.add(Party.company("C" + i));
        }
        Random random = new Random(2026_12_02L);
        int id = 0;
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < count; k++) {
                int i = random.nextInt(count);
                // the same instance, an equal new one, or one of another kind under the same name
                Party party = switch (random.nextInt(3)) {
                    case 0 -> parties.get(i);
                    case 1 -> Party.company("C" + i);
                    default -> Party.government("C" + i);
                };
                b.add(Pledge.builder(PledgeId.of("p" + id++), party, "UK", BigDecimal.valueOf(i + 1, 2), GBP, LocalDate.of(2025, 3, 1))
                        .sector(Sector.of("s")).source(SOURCE).build());
            }
        }
        Random again = new Random(2026_12_02L);
        java.util.Map<String, BigDecimal> expected = new java.util.HashMap<>();
        for (int n = 0; n < 3 * count; n++) {
            int i = again.nextInt(count);
            again.nextInt(3);
            expected.merge("C" + i, BigDecimal.valueOf(i + 1, 2), BigDecimal::add);
        }

        PledgeTotals totals = b.build();

        assertThat(totals.byPledger()).hasSameSizeAs(expected);
        expected.forEach((name, sum) -> assertThat(totals.byPledger().get(name).exactTotal()).as(name).isEqualByComparingTo(sum));
    }

    @Test
    void hugeSumsAndFinerDecimalsStayExact() {
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP);
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 1_000; i++) {
            BigDecimal number = i % 10 == 0 ? new BigDecimal("0.125") : new BigDecimal("9999999999999999.99");
            expected = expected.add(number);
            b.add(Pledge.builder(PledgeId.of("p" + i), Party.company("C"), "UK", Amounts.of(number, GBP), LocalDate.of(2025, 3, 1))
                    .sector(Sector.of("s")).source(SOURCE).build());
        }
        PledgeTotals totals = b.build();
        assertThat(totals.total().exactTotal()).as("past Long.MAX_VALUE hundredths, with thousandths").isEqualByComparingTo(expected);
        assertThat(totals.byPledger().get("C").exactTotal()).isEqualByComparingTo(expected);
        assertThat(totals.bySector().get("s").exactTotal()).isEqualByComparingTo(expected);
    }

    @Test
    void pledgesMillenniaApartAreDatedAndTotalledAsAnyOthers() {
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP);
        List<LocalDate> days = List.of(LocalDate.of(1900, 1, 1), LocalDate.of(5000, 6, 30), LocalDate.of(-3000, 2, 28));
        for (int i = 0; i < days.size(); i++) {
            b.add(Pledge.builder(PledgeId.of("p" + i), Party.company("C" + i), "UK", Amounts.parse("GBP 1.50"), days.get(i))
                    .source(SOURCE).build());
        }
        PledgeTotals totals = b.build();
        assertThat(totals.total().total()).isEqualTo(Amounts.parse("GBP 4.50"));
        assertThat(totals.byPledger()).hasSize(3);
        assertThat(totals.byPledger().values()).allSatisfy(c -> assertThat(c.total()).isEqualTo(Amounts.parse("GBP 1.50")));
    }

    @Test
    void aPledgeIsCountedOnceAndAMissingRateIsNamed() {
        Pledge p = Pledge.builder(PledgeId.of("p"), Party.company("C"), "UK", Amounts.parse("USD 10.00"), LocalDate.of(2025, 3, 1))
                .source(SOURCE).build();
        PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP).add(p);
        assertThatThrownBy(() -> b.add(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pledge p is counted already: a total counts each pledge once");
        assertThatThrownBy(b::build).isInstanceOf(MissingRateException.class);
        Pledge faraway = Pledge.builder(PledgeId.of("far"), Party.company("C"), "UK", Amounts.parse("GBP 10.00"),
                LocalDate.of(9_000_000, 1, 1)).source(SOURCE).build();
        PledgeTotals.Builder gbp = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP);
        assertThatThrownBy(() -> gbp.add(faraway)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pledge far is announced on +9000000-01-01, beyond the dates a total can key (years within about 5.8 million of 1970)");
        assertThat(gbp.build().pledges()).as("the refused pledge is not counted").isZero();
        PledgeTotals none = PledgeTotals.builder(Valuation.atOwnDates(RateTable.empty()), GBP).build();
        assertThat(none.total().total()).isEqualTo(Amounts.parse("GBP 0.00"));
        assertThat(none.bySector()).isEmpty();
    }
}
