package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.pledgeledger.ledger.AgreementEvent;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Assessment;
import org.pledgeledger.ledger.ConditionEvent;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.ledger.Status;
import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgePeriod;
import org.pledgeledger.model.Sector;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.condition.Condition;
import org.pledgeledger.condition.ConditionId;
import org.pledgeledger.model.PledgeId;

class LedgerJsonTest {

    private static final String SOURCE = "\"sources\": {\"s\": {\"publisher\": \"P\", \"title\": \"T\", \"date\": \"2025-09-16\", \"quote\": \"Q.\"}}";
    private static final String PLEDGE = "{\"id\": \"p\", \"pledger\": {\"name\": \"X\", \"kind\": \"COMPANY\"}, \"beneficiary\": \"UK\","
            + " \"amount\": {\"amount\": \"5.00\", \"currency\": \"GBP\"}, \"announced\": \"2025-09-16\", \"sources\": [\"s\"]}";
    private static final String ANNOUNCED = "{\"type\": \"pledge.announced\", \"id\": \"a\", \"pledge\": \"p\", \"recorded\": \"2025-09-16\","
            + " \"basis\": \"OFFICIAL_STATEMENT\"}";

    private static LedgerDocument read(String json) {
        return LedgerJson.read(new StringReader(json), "doc.json");
    }

    private static String doc(String pledges, String events) {
        return "{\"schema\": \"pledge-ledger/1\", " + SOURCE + ", \"pledges\": [" + pledges + "], \"events\": [" + events + "]}";
    }

    @Test
    void readsPledgesAndEventsIntoALedger() {
        LedgerDocument d = read(doc(PLEDGE, ANNOUNCED + ", {\"type\": \"pledge.committed\", \"id\": \"c\", \"pledge\": \"p\","
                + " \"effective\": \"2025-10-01\", \"recorded\": \"2025-10-01\", \"source\": \"s\", \"basis\": \"OFFICIAL_STATEMENT\"}"));
        assertThat(d.ledger().asOf(LocalDate.of(2025, 10, 1)).pledge(PledgeId.of("p")).orElseThrow().status()).isEqualTo(Status.COMMITTED);
        assertThat(d.sources()).containsKey("s");
        assertThat(d.headlines().all()).isEmpty();
        assertThat(d.conditions().conditions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schema\": \"pledge-ledger/2\"}                       | doc.json $.schema: 'pledge-ledger/2' is not a schema this version reads",
        "{\"schema\": \"pledge-ledger/1\", \"extra\": 1}        | doc.json $.extra: unknown field",
        "[]                                                       | doc.json $: expected an object, found []",
        "{\"schema\": \"pledge-ledger/1\",                       | doc.json line",
    })
    void rejectsADocumentOfTheWrongShape(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    private static final String AMOUNT = "{\"amount\": \"5.00\", \"currency\": \"GBP\"}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"amount\": 5.00, \"currency\": \"GBP\"}          | doc.json $.pledges[0].amount.amount: expected a plain decimal written as a string, such as \"1234.56\", found 5.00",
        "{\"amount\": \"5,00\", \"currency\": \"GBP\"}    | doc.json $.pledges[0].amount.amount: '5,00' is not a plain decimal such as 1234.56",
        "{\"amount\": \"5E+2\", \"currency\": \"GBP\"}    | doc.json $.pledges[0].amount.amount: '5E+2' is not a plain decimal",
        "{\"amount\": \"5.00\", \"currency\": \"XXQ\"}    | doc.json $.pledges[0].amount.currency: Unknown currency code 'XXQ'",
        "{\"amount\": \"5.00\"}                               | doc.json $.pledges[0].amount.currency: missing",
        "{\"amount\": \"5.00\", \"currency\": \"GBP\", \"formatted\": \"£5\"} | doc.json $.pledges[0].amount.formatted: unknown field",
        "\"GBP 5.00\"                                            | doc.json $.pledges[0].amount: expected an object, found \"GBP 5.00\"",
    })
    void rejectsAnAmountThatIsNotAnExactQuotedDecimalWithItsCurrency(String amount, String message) {
        assertThatThrownBy(() -> read(doc(PLEDGE.replace(AMOUNT, amount), "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void readsAnAmountExactlyThroughTheMonetaModule() {
        String many = "{\"amount\": \"123456789012345678901234567890.123456789\", \"currency\": \"GBP\"}";
        LedgerDocument d = read(doc(PLEDGE.replace(AMOUNT, many), ANNOUNCED));
        assertThat(d.ledger().asOf(LocalDate.of(2025, 10, 1)).pledge(PledgeId.of("p")).orElseThrow().pledge().amount())
                .isEqualTo(Amounts.parse("GBP 123456789012345678901234567890.123456789"));
    }

    @Test
    void rejectsABadValueNamingItsPath() {
        assertThatThrownBy(() -> read(doc(PLEDGE.replace("2025-09-16\", \"sources", "16/09/2025\", \"sources"), "")))
                .hasMessage("doc.json $.pledges[0].announced: '16/09/2025' is not an ISO date (yyyy-MM-dd)");
        assertThatThrownBy(() -> read(doc(PLEDGE.replace("[\"s\"]", "[\"nope\"]"), "")))
                .hasMessage("doc.json $.pledges[0].sources[0]: source 'nope' is not defined in $.sources");
        assertThatThrownBy(() -> read(doc(PLEDGE.replace("COMPANY", "BANK"), "")))
                .hasMessageStartingWith("doc.json $.pledges[0].pledger.kind: 'BANK' is not one of [COMPANY, GOVERNMENT, FUND]");
        assertThatThrownBy(() -> read(doc(PLEDGE.replace("\"beneficiary\": \"UK\",", "\"beneficiary\": \"UK\", \"colour\": \"red\","), "")))
                .hasMessageStartingWith("doc.json $.pledges[0].colour: unknown field");
    }

    @Test
    void rejectsUnknownTypesListingTheKnownOnes() {
        assertThatThrownBy(() -> read(doc(PLEDGE, ANNOUNCED.replace("pledge.announced", "pledge.exploded"))))
                .hasMessageStartingWith("doc.json $.events[0].type: 'pledge.exploded' is not an event type; expected one of [pledge.announced");
        assertThatThrownBy(() -> read("{\"schema\": \"pledge-ledger/1\", " + SOURCE + ", \"conditions\": [{\"type\": \"quorum\","
                + " \"id\": \"c\"}]}")).hasMessageStartingWith("doc.json $.conditions[0].type: 'quorum' is not a condition type");
    }

    @Test
    void anEventTheLedgerRejectsRejectsTheDocument() {
        String resume = "{\"type\": \"pledge.resumed\", \"id\": \"r\", \"pledge\": \"p\", \"effective\": \"2025-10-01\","
                + " \"recorded\": \"2025-10-01\", \"source\": \"s\", \"basis\": \"OFFICIAL_STATEMENT\", \"reason\": \"x\"}";
        assertThatThrownBy(() -> read(doc(PLEDGE, ANNOUNCED + ", " + resume)))
                .hasMessageStartingWith("doc.json $.events: Pledge p is ANNOUNCED since 2025-09-16; event r");
        assertThatThrownBy(() -> read(doc(PLEDGE + ", " + PLEDGE, ""))).hasMessage("doc.json $.pledges[1].id: pledge p is defined twice");
    }

    @Test
    void aHostileDocumentIsStoppedByTheStreamLimits() {
        String huge = "{\"schema\": \"" + "x".repeat(70_000) + "\"}";
        assertThatThrownBy(() -> read(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a readable JSON document").hasMessageContaining("String value length");
        String deep = "{\"schema\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> read(deep)).hasMessageContaining("nesting depth");
    }

    @Test
    void readsAFileByPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deal.json");
        Files.writeString(file, doc(PLEDGE, ANNOUNCED));
        assertThat(LedgerJson.read(file).ledger().size()).isEqualTo(1);
        assertThatThrownBy(() -> LedgerJson.read(dir.resolve("absent.json"))).isInstanceOf(UncheckedIOException.class);
    }

    private static LedgerDocument roundTrip(LedgerDocument doc) {
        java.io.StringWriter out = new java.io.StringWriter();
        LedgerJson.write(doc, out);
        return LedgerJson.read(new StringReader(out.toString()), "written.json");
    }

    private static void assertSame(LedgerDocument back, LedgerDocument doc) {
        assertThat(back.ledger().events()).isEqualTo(doc.ledger().events());
        assertThat(back.conditions().conditions()).isEqualTo(doc.conditions().conditions());
        assertThat(back.conditions().pledgeDependencies()).isEqualTo(doc.conditions().pledgeDependencies());
        assertThat(back.conditions().agreementDependencies()).isEqualTo(doc.conditions().agreementDependencies());
        assertThat(back.headlines().all()).isEqualTo(doc.headlines().all());
    }

    @Test
    void theBundledDealRoundTripsExactly() {
        LedgerDocument deal = org.pledgeledger.data.TechProsperityDeal.load();
        LedgerDocument back = roundTrip(deal);
        assertSame(back, deal);
        assertThat(back.sources()).isEqualTo(deal.sources());
        assertThat(back.ledger().asOf(LocalDate.of(2025, 12, 31))).isEqualTo(deal.ledger().asOf(LocalDate.of(2025, 12, 31)));
    }

    /** Property: seeded random documents with every kind of event write and read back equal. */
    @Test
    void seededRandomDocumentsRoundTripExactly() {
        java.util.Random random = new java.util.Random(2026_11_22L);
        List<String> codes = List.of("GBP", "USD", "EUR");
        for (int round = 0; round < 40; round++) {
            List<org.pledgeledger.model.Source> sources = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                org.pledgeledger.model.Source s = org.pledgeledger.model.Source.of("Pub " + i, "Title \"" + i + "\", with, commas",
                        LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)), "Quote £" + random.nextInt(100) + "bn.");
                sources.add(random.nextBoolean() ? s.withNote("note " + i) : s);
            }
            Ledger ledger = Ledger.create();
            org.pledgeledger.condition.Conditions.Builder cb = org.pledgeledger.condition.Conditions.builder();
            List<org.pledgeledger.model.Headline> headlines = new java.util.ArrayList<>();
            LocalDate d0 = LocalDate.of(2025, 3, 1);
            AgreementId agreement = AgreementId.of("a" + round);
            ledger.append(new AgreementEvent.Recorded(EventId.of("a/r"), Agreement.builder(agreement, "Agreement " + round,
                    Agreement.Kind.values()[random.nextInt(4)], d0).party(Party.government("UK")).party(Party.company("X"))
                    .binding(random.nextBoolean()).noticePeriod(java.time.Period.ofDays(1 + random.nextInt(200)))
                    .source(sources.get(0)).build(), d0, Basis.OFFICIAL_STATEMENT));
            ledger.append(new AgreementEvent.Moved(EventId.of("a/m"), agreement, d0.plusDays(3), d0.plusDays(4), sources.get(1),
                    Basis.PRESS_REPORT, AgreementStatus.SIGNED));
            org.pledgeledger.condition.ConditionId judged = org.pledgeledger.condition.ConditionId.of("j" + round);
            org.pledgeledger.condition.ConditionId reaches = org.pledgeledger.condition.ConditionId.of("r" + round);
            cb.add(org.pledgeledger.condition.Condition.judgement(judged, "progress", "judgement " + round, List.of(sources.get(2))));
            cb.add(new org.pledgeledger.condition.Condition.AgreementReaches(reaches, "operative", agreement, AgreementStatus.OPERATIVE,
                    Optional.of(d0.plusYears(1)), List.of(sources.get(0))));
            cb.add(org.pledgeledger.condition.Condition.anyOf(org.pledgeledger.condition.ConditionId.of("any" + round), "either",
                    List.of(judged, reaches), List.of(sources.get(1))));
            cb.dependsOn(agreement, judged);
            ledger.append(new ConditionEvent.Assessed(EventId.of("j/1"), "judgement " + round, d0.plusDays(5), d0.plusDays(5),
                    sources.get(2), Basis.ESTIMATE, Assessment.values()[random.nextInt(3)], "view"));
            ledger.append(new ConditionEvent.MilestoneRecorded(EventId.of("m/1"), "milestone", d0.plusDays(6), d0.plusDays(6),
                    sources.get(1), Basis.OFFICIAL_STATEMENT));
            org.pledgeledger.model.Headline.Builder hb = org.pledgeledger.model.Headline.builder(
                    org.pledgeledger.model.HeadlineId.of("h" + round), "headline", Amounts.parse("GBP 1000000.00"), d0).source(sources.get(0));
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                String code = codes.get(random.nextInt(3));
                MonetaryAmount amount = Amounts.of(BigDecimal.valueOf(100_000 + random.nextInt(900_000), 2), Amounts.currency(code));
                Pledge.Builder pb = Pledge.builder(PledgeId.of("p" + p), Party.company("Company " + p), "United Kingdom", amount, d0)
                        .period(PledgePeriod.of(2025, 2025 + random.nextInt(3))).sector(Sector.of("sector " + random.nextInt(3)))
                        .source(sources.get(random.nextInt(3)));
                if (!code.equals("GBP") && random.nextBoolean()) {
                    pb.equivalent(Amounts.of(BigDecimal.valueOf(1 + random.nextInt(900_000), 2), Amounts.currency("GBP")), "Label " + p);
                }
                if (random.nextInt(3) == 0) {
                    pb.novelty(org.pledgeledger.model.Novelty.partlyReannounced(PledgeId.of("old" + p),
                            Amounts.of(BigDecimal.ONE, Amounts.currency(code))));
                }
                Pledge pledge = pb.build();
                PledgeId id = pledge.id();
                ledger.append(new PledgeEvent.Announced(EventId.of(id + "/a"), pledge, d0, Basis.OFFICIAL_STATEMENT));
                ledger.append(new PledgeEvent.DeliveryRecorded(EventId.of(id + "/d1"), id, d0.plusDays(10), d0.plusDays(11),
                        sources.get(0), Basis.OFFICIAL_STATEMENT, Amounts.of(BigDecimal.ONE, Amounts.currency(code)), Optional.empty()));
                if (!code.equals("GBP")) {
                    ledger.append(new PledgeEvent.DeliveryRecorded(EventId.of(id + "/d2"), id, d0.plusDays(12), d0.plusDays(12),
                            sources.get(1), Basis.PRESS_REPORT, Amounts.parse("GBP 1.00"), Optional.of(org.pledgeledger.money.DatedRate.of(
                                    d0.plusDays(12), Amounts.currency("GBP"), Amounts.currency(code),
                                    BigDecimal.valueOf(10_000 + random.nextInt(5_000), 4), "rate label, with comma"))));
                }
                ledger.append(new PledgeEvent.AmountRevised(EventId.of(id + "/v"), id, d0.plusDays(20), d0.plusDays(20), sources.get(2),
                        Basis.ESTIMATE, amount.add(Amounts.of(BigDecimal.TEN, Amounts.currency(code))), "more"));
                ledger.append(new PledgeEvent.Paused(EventId.of(id + "/p"), id, d0.plusDays(30), d0.plusDays(31), sources.get(0),
                        Basis.PRESS_REPORT, "paused"));
                ledger.append(new PledgeEvent.Resumed(EventId.of(id + "/r"), id, d0.plusDays(40), d0.plusDays(40), sources.get(0),
                        Basis.OFFICIAL_STATEMENT, "resumed"));
                ledger.append(new org.pledgeledger.ledger.Correction(EventId.of(id + "/c"), EventId.of(id + "/d1"), d0.plusDays(50),
                        d0.plusDays(50), sources.get(1), Basis.OFFICIAL_STATEMENT, "double entry"));
                cb.dependsOn(id, org.pledgeledger.condition.ConditionId.of("any" + round));
                hb.pledge(id);
            }
            headlines.add(hb.build());
            RateTable table = randomRates(random, d0);
            cb.add(randomThreshold(random, round, table, sources.get(2)));
            Map<String, RateTable> tables = random.nextBoolean() ? Map.of("kept", randomRates(random, d0.plusDays(1))) : Map.of();
            LedgerDocument doc = new LedgerDocument(ledger, cb.build(), org.pledgeledger.report.Headlines.of(headlines), Map.of(), tables);
            LedgerDocument back = roundTrip(doc);
            assertSame(back, doc);
            assertThat(back.ledger().asOf(d0.plusDays(60))).isEqualTo(doc.ledger().asOf(d0.plusDays(60)));
            assertThat(back.rateTables().values()).containsAll(tables.values());
        }
    }

    private static RateTable randomRates(java.util.Random random, LocalDate from) {
        RateTable.Builder b = RateTable.builder();
        for (int day = 0; day < 1 + random.nextInt(4); day++) {
            b.add(DatedRate.of(from.plusDays(day), Amounts.currency("GBP"), Amounts.currency("USD"),
                    BigDecimal.valueOf(10_000 + random.nextInt(5_000), 4), "FX desk, day " + day));
            b.add(DatedRate.of(from.plusDays(day), Amounts.currency("EUR"), Amounts.currency("GBP"),
                    new BigDecimal("0.8" + random.nextInt(1_000_000)), "ECB \"reference\""));
        }
        RateTable table = b.build().withMaxStaleness(java.time.Period.ofDays(1 + random.nextInt(30)));
        return random.nextBoolean() ? table.withPivot(Amounts.currency("GBP")) : table;
    }

    private static Condition randomThreshold(java.util.Random random, int round, RateTable table, org.pledgeledger.model.Source source) {
        LocalDate date = LocalDate.of(2025, 3, 1 + random.nextInt(5));
        Valuation rated = switch (random.nextInt(3)) {
            case 0 -> Valuation.atOwnDates(table);
            case 1 -> Valuation.atDate(table, date);
            default -> Valuation.atReferenceRates("Reference set " + round, RateTable.of(DatedRate.of(date, Amounts.currency("GBP"),
                    Amounts.currency("USD"), new BigDecimal("1.25"), "reference"), DatedRate.of(date, Amounts.currency("EUR"),
                    Amounts.currency("GBP"), new BigDecimal("0.85"), "reference")));
        };
        Valuation valuation = switch (random.nextInt(3)) {
            case 0 -> rated;
            case 1 -> Valuation.atStatedEquivalents(rated);
            default -> Valuation.atStatedEquivalents();
        };
        ConditionId id = ConditionId.of("t" + round);
        Set<PledgeId> pledges = Set.of(PledgeId.of("p0"));
        Optional<LocalDate> deadline = random.nextBoolean() ? Optional.of(date.plusYears(1)) : Optional.empty();
        return random.nextBoolean()
                ? new Condition.ThresholdReached(id, "half committed", pledges, Condition.ThresholdReached.Measure.COMMITTED,
                        Optional.empty(), Optional.of(new BigDecimal("0." + (1 + random.nextInt(9)))), valuation, Amounts.currency("USD"),
                        deadline, List.of(source))
                : new Condition.ThresholdReached(id, "a million delivered", pledges, Condition.ThresholdReached.Measure.DELIVERED,
                        Optional.of(Amounts.parse("GBP 1000000.00")), Optional.empty(), valuation, Amounts.currency("GBP"), deadline,
                        List.of(source));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"kind\": \"at-noon\", \"rates\": \"fx\"}                     | doc.json $.conditions[0].valuation.kind: 'at-noon' is not a valuation kind; expected one of [own-dates",
        "{\"kind\": \"own-dates\", \"rates\": \"nope\"}                 | doc.json $.conditions[0].valuation.rates: rate table 'nope' is not defined in $.rateTables",
        "{\"kind\": \"at-date\", \"rates\": \"fx\"}                     | doc.json $.conditions[0].valuation.date: missing",
        "{\"kind\": \"reference-rates\", \"name\": \" \", \"rates\": \"fx\"} | doc.json $.conditions[0].valuation.name: expected a non-blank string",
        "{\"kind\": \"own-dates\", \"rates\": \"fx\", \"date\": \"2025-01-01\"} | doc.json $.conditions[0].valuation.date: unknown field",
    })
    void rejectsABadValuationNamingItsPath(String valuation, String message) {
        String json = "{\"schema\": \"pledge-ledger/1\", " + SOURCE + ", \"rateTables\": {\"fx\": {\"rates\": [{\"date\": \"2025-09-16\","
                + " \"base\": \"GBP\", \"term\": \"USD\", \"rate\": \"1.3646\", \"source\": \"s\"}]}}, \"conditions\": [{\"type\": \"threshold\","
                + " \"id\": \"c\", \"name\": \"half\", \"pledges\": [\"p\"], \"measure\": \"COMMITTED\", \"share\": \"0.5\", \"valuation\": "
                + valuation + ", \"currency\": \"USD\", \"sources\": [\"s\"]}]}";
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
        String good = json.replace(valuation, "{\"kind\": \"own-dates\", \"rates\": \"fx\"}");
        assertThat(read(good).conditions().conditions()).hasSize(1);
    }

    @Test
    void aRateTableRejectsContradictoryRowsNamingBoth() {
        String rate = "{\"date\": \"2025-09-16\", \"base\": \"GBP\", \"term\": \"USD\", \"rate\": \"1.3646\", \"label\": \"FXStreet\"}";
        String json = "{\"schema\": \"pledge-ledger/1\", " + SOURCE + ", \"rateTables\": {\"fx\": {\"rates\": [" + rate + ", "
                + rate.replace("1.3646", "1.3700") + "]}}}";
        assertThatThrownBy(() -> read(json)).hasMessageStartingWith("doc.json $.rateTables.fx.rates: $.rateTables.fx.rates[1]:")
                .hasMessageContaining("contradicts $.rateTables.fx.rates[0]");
        assertThatThrownBy(() -> read(json.replace("[" + rate + ", ", "[").replace("{\"rates\"", "{\"pivot\": \"XXQ\", \"rates\"")))
                .hasMessageStartingWith("doc.json $.rateTables.fx.pivot: Unknown currency code 'XXQ'");
    }

    @Test
    void aDeliveryAtADerivedRateKeepsWhatTheRateWasWorkedOutFrom() {
        LocalDate d = LocalDate.of(2025, 10, 1);
        DatedRate eurUsd = DatedRate.of(d, Amounts.currency("EUR"), Amounts.currency("USD"), new BigDecimal("1.17"), "EUR/USD desk");
        DatedRate usdGbp = DatedRate.of(d, Amounts.currency("USD"), Amounts.currency("GBP"), new BigDecimal("0.74"), "USD/GBP desk");
        DatedRate cross = eurUsd.cross(usdGbp);
        assertThat(cross.isStated()).isFalse();
        Ledger ledger = Ledger.create();
        org.pledgeledger.model.Source s = org.pledgeledger.model.Source.of("P", "T", d, "Q.");
        Pledge p = Pledge.builder(PledgeId.of("p"), Party.company("C"), "UK", Amounts.parse("GBP 100.00"), d).source(s).build();
        ledger.append(new PledgeEvent.Announced(EventId.of("a"), p, d, Basis.OFFICIAL_STATEMENT));
        ledger.append(new PledgeEvent.DeliveryRecorded(EventId.of("d"), p.id(), d, d, s, Basis.OFFICIAL_STATEMENT,
                Amounts.parse("EUR 10.00"), Optional.of(cross)));
        LedgerDocument doc = new LedgerDocument(ledger, org.pledgeledger.condition.Conditions.none(),
                org.pledgeledger.report.Headlines.of(List.of()), Map.of());
        LedgerDocument back = roundTrip(doc);
        assertThat(back.ledger().events()).isEqualTo(ledger.events());
        PledgeEvent.DeliveryRecorded delivered = (PledgeEvent.DeliveryRecorded) back.ledger().events().get(1);
        assertThat(delivered.rate().orElseThrow().derivedFrom()).containsExactly(eurUsd, usdGbp);
    }

    @Test
    void aDocumentBeyondWhatAReadTakesIsRefusedAndNothingIsWritten() {
        LocalDate d = LocalDate.of(2025, 9, 16);
        Ledger ledger = Ledger.create();
        org.pledgeledger.model.Source s = org.pledgeledger.model.Source.of("P", "T", d, "Q".repeat(LedgerJson.MAX_STRING_CHARS + 1));
        ledger.append(new PledgeEvent.Announced(EventId.of("a"),
                Pledge.builder(PledgeId.of("p"), Party.company("C"), "UK", Amounts.parse("GBP 100.00"), d).source(s).build(),
                d, Basis.OFFICIAL_STATEMENT));
        LedgerDocument doc = new LedgerDocument(ledger, org.pledgeledger.condition.Conditions.none(),
                org.pledgeledger.report.Headlines.of(List.of()), Map.of());
        java.io.StringWriter out = new java.io.StringWriter();
        assertThatThrownBy(() -> LedgerJson.write(doc, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The ledger document is beyond what a read takes, and is not written: String value length");
        assertThat(out.toString()).as("nothing written").isEmpty();
    }

    @Test
    void anEquivalentNamesItsSourceByKeyOrByLabelButNotBoth() {
        String both = PLEDGE.replace("\"sources\": [\"s\"]", "\"equivalents\": [{\"amount\": {\"amount\": \"1.00\", \"currency\": \"USD\"}, \"source\": \"s\", \"label\": \"x\"}],"
                + " \"sources\": [\"s\"]");
        assertThatThrownBy(() -> read(doc(both, ""))).hasMessage("doc.json $.pledges[0].equivalents[0]: name who stated it with exactly one"
                + " of 'source' (a key) and 'label'");
    }
}
