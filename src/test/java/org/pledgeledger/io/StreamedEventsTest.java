package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgeledger.ledger.AgreementEvent;
import org.pledgeledger.ledger.Correction;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Novelty;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.PledgePeriod;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;

import tools.jackson.databind.node.ObjectNode;

class StreamedEventsTest {

    private static final LocalDate D = LocalDate.of(2025, 9, 16);
    private static final Source SOURCE = Source.of("GOV.UK", "Tech Prosperity Deal", D, "Microsoft will invest $30bn.");
    private static final Source CITED = SOURCE.withUrl(URI.create("https://www.gov.uk/deal")).withNote("Headline only.");
    private static final PledgeId P = PledgeId.of("msft");

    private static Pledge.Builder pledge(String id) {
        return Pledge.builder(PledgeId.of(id), Party.company("Microsoft"), "United Kingdom", Amounts.parse("USD 30000000000.00"), D)
                .source(SOURCE);
    }

    private static LedgerEvent announced(Pledge pledge) {
        return new PledgeEvent.Announced(EventId.of(pledge.id().value() + "/a"), pledge, D, Basis.OFFICIAL_STATEMENT);
    }

    static Stream<LedgerEvent> commonShapes() {
        return Stream.of(
                announced(pledge("msft").build()),
                announced(pledge("msft").sector(Sector.of("Cloud")).sector(Sector.of("AI")).period(PledgePeriod.of(2025, 2028))
                        .novelty(Novelty.newMoney()).source(CITED).build()),
                new PledgeEvent.Committed(EventId.of("c"), P, D, D.plusDays(1), SOURCE, Basis.PRESS_REPORT),
                new PledgeEvent.DeliveryRecorded(EventId.of("d"), P, D, D, CITED, Basis.OFFICIAL_STATEMENT,
                        Amounts.parse("USD 1000000.50"), Optional.empty()),
                new PledgeEvent.AmountRevised(EventId.of("r"), P, D, D, SOURCE, Basis.OFFICIAL_STATEMENT, Amounts.parse("USD 20000000000"),
                        "halved"),
                new PledgeEvent.Paused(EventId.of("p"), P, D, D, SOURCE, Basis.PRESS_REPORT, "talks paused"),
                new PledgeEvent.Resumed(EventId.of("q"), P, D, D, SOURCE, Basis.PRESS_REPORT, "talks resumed"),
                new PledgeEvent.Withdrawn(EventId.of("w"), P, D, D, SOURCE, Basis.PRESS_REPORT, "withdrawn"),
                new PledgeEvent.Fulfilled(EventId.of("f"), P, D, D, SOURCE, Basis.OFFICIAL_STATEMENT));
    }

    static Stream<LedgerEvent> otherShapes() {
        Agreement mou = Agreement.builder(AgreementId.of("mou"), "MoU", Agreement.Kind.MEMORANDUM_OF_UNDERSTANDING, D)
                .party(Party.government("United Kingdom")).party(Party.government("United States")).source(SOURCE).build();
        return Stream.of(
                announced(pledge("eq").equivalent(Amounts.parse("GBP 22000000000"), "GOV.UK").build()),
                announced(pledge("phased").phasing(Map.of(Year.of(2025), Amounts.parse("USD 30000000000.00"))).build()),
                announced(pledge("again").novelty(Novelty.reannouncementOf(P)).build()),
                new PledgeEvent.DeliveryRecorded(EventId.of("d"), P, D, D, SOURCE, Basis.OFFICIAL_STATEMENT, Amounts.parse("GBP 1.00"),
                        Optional.of(DatedRate.of(D, Amounts.currency("GBP"), Amounts.currency("USD"), new BigDecimal("1.35"), "BoE"))),
                new AgreementEvent.Recorded(EventId.of("mou/r"), mou, D, Basis.OFFICIAL_STATEMENT),
                new Correction(EventId.of("x"), EventId.of("c"), D, D, SOURCE, Basis.OFFICIAL_STATEMENT, "wrong date"));
    }

    private static String line(LedgerEvent e) {
        return LedgerJson.mapper().writeValueAsString(LedgerJsonWriter.selfContained(e));
    }

    private static byte[] lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static LedgerEvent[] streamed(byte[] run) {
        StreamedEvents.Lines lines = new StreamedEvents(new Shared()).readAll(run);
        int start = 0;
        for (int end : lines.ends()) {
            assertThat(run[end]).as("each line's end is its newline").isEqualTo((byte) '\n');
            assertThat(end).isGreaterThanOrEqualTo(start);
            start = end + 1;
        }
        assertThat(start).as("the last line ends the run").isEqualTo(run.length);
        LedgerEvent[] events = new LedgerEvent[lines.events().length];
        for (int k = 0; k < events.length; k++) {
            events[k] = lines.event(k);
        }
        return events;
    }

    private static LedgerEvent tree(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return new LedgerJson.EventReader().readTree(bytes, 0, bytes.length, "test");
    }

    @ParameterizedTest
    @MethodSource("commonShapes")
    void readsAPledgeEventInTheCommonShapeAsTheTreeReaderDoes(LedgerEvent event) {
        LedgerEvent[] read = streamed(lines(line(event)));

        assertThat(read).containsExactly(event);
        assertThat(read[0]).isEqualTo(tree(line(event))).hasToString(event.toString());
    }

    @Test
    void aPledgeReadKeepsItsNumberAsWrittenAndEqualsTheTreeReadersPledge() {
        String line = line(announced(pledge("msft").build()));
        Pledge read = ((PledgeEvent.Announced) streamed(lines(line))[0]).pledge();
        Pledge tree = ((PledgeEvent.Announced) tree(line)).pledge();

        assertThat(read.amountNumber()).isEqualTo(new BigDecimal("30000000000.00"));
        assertThat(tree.amountNumber()).isEqualByComparingTo("30000000000.00");
        assertThat(read).isEqualTo(tree).hasSameHashCodeAs(tree);
        assertThat(read.amount()).isEqualTo(tree.amount());
    }

    /** The line of an event with its fields in another order: the type first or last, the others reversed. */
    private static String reordered(LedgerEvent e, boolean typeFirst) {
        ObjectNode written = (ObjectNode) LedgerJson.mapper().readTree(line(e));
        List<String> names = new ArrayList<>(written.propertyNames());
        Collections.reverse(names);
        names.remove("type");
        names.add(typeFirst ? 0 : names.size(), "type");
        ObjectNode moved = LedgerJson.mapper().createObjectNode();
        names.forEach(name -> moved.set(name, written.get(name)));
        return moved.toString();
    }

    @ParameterizedTest
    @MethodSource("commonShapes")
    void readsTheFieldsAfterTheTypeInAnyOrderAndLeavesALineNotStartingWithItsTypeToTheTreeReader(LedgerEvent event) {
        String typeFirst = reordered(event, true);
        String typeLast = reordered(event, false);
        assertThat(typeFirst).startsWith("{\"type\":").isNotEqualTo(line(event));

        assertThat(streamed(lines(typeFirst, typeLast, typeFirst))).containsExactly(event, null, event);
        assertThat(tree(typeLast)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("otherShapes")
    void leavesEveryOtherShapeToTheTreeReader(LedgerEvent event) {
        assertThat(streamed(lines(line(event)))).containsExactly((LedgerEvent) null);
        assertThat(tree(line(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"basis\":\"PRESS_REPORT\"->\"basis\":null",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":\" \"",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":\"RUMOUR\"",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":\"PRESS_REPORT\",\"basis\":\"PRESS_REPORT\"",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":\"PRESS_REPORT\",\"extra\":1",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":7",
        "\"effective\":\"2025-09-16\"->\"effective\":\"16/09/2025\"",
        "\"effective\":\"2025-09-16\"->\"effective\":\"2025-02-30\"",
        "\"effective\":\"2025-09-16\"->\"effective\":20250916",
        "\"date\":\"2025-09-16\"->\"date\":\"2025-9-16\"",
        "\"type\":\"pledge.committed\"->\"type\":\"pledge.commited\"",
        "\"type\":\"pledge.committed\"->\"type\":\"pledge.committed \"",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":\"press_report\"",
        "\"pledge\":\"msft\"->\"pledge\":\"Not A Slug\"",
        "\"pledge\":\"msft\"->\"pledge\":{\"id\":\"msft\"}",
        "\"id\":\"c\"->\"id\":\"\"",
        "\"source\":{->\"source\":\"gov-uk\",\"was\":{",
        ",\"basis\"->\"basis\"",
        ",\"basis\"->,,\"basis\"",
        "\"basis\":->\"basis\"",
        "\"basis\":->\"basis\"::",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":\"PRESS_REPORT",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":\"PRESS_REPORT\t\"",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":[\"PRESS_REPORT\"]",
        "\"basis\":\"PRESS_REPORT\"->\"basis\":true",
        "\"basis\"->basis",
        "}->}}",
        "}->},",
        "}->} {}",
        "}->} x",
        "}->} \"",
        "}->",
        "{->[{",
    })
    void leavesALineThatIsNotOneValidEventInTheCommonShapeToTheTreeReaderAndReadsTheNextLine(String change) {
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE, Basis.PRESS_REPORT);
        String[] fromTo = change.split("->", -1);
        String good = line(committed);
        String bad = fromTo[0].equals("}") ? good.substring(0, good.length() - 1) + fromTo[1]
                : good.replaceFirst(java.util.regex.Pattern.quote(fromTo[0]), java.util.regex.Matcher.quoteReplacement(fromTo[1]));
        assertThat(bad).isNotEqualTo(good);

        assertThat(streamed(lines(bad, good, bad, good))).containsExactly(null, committed, null, committed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"GBP\"->\"XYZ\"",
        "\"GBP\"->\"gbp\"",
        "\"GBP\"->\"\"",
        "\"1.00\"->\"1e3\"",
        "\"1.00\"->\"1,000.00\"",
        "\"1.00\"->\"\"",
        "\"1.00\"->1.00",
    })
    void leavesADeliveryWhoseAmountIsNotAPlainDecimalInAKnownCurrencyToTheTreeReader(String change) {
        LedgerEvent delivered = new PledgeEvent.DeliveryRecorded(EventId.of("d"), P, D, D, SOURCE, Basis.PRESS_REPORT,
                Amounts.parse("GBP 1.00"), Optional.empty());
        String[] fromTo = change.split("->", -1);
        String good = line(delivered);
        String bad = good.replace(fromTo[0], fromTo[1]);
        assertThat(bad).isNotEqualTo(good);

        assertThat(streamed(lines(bad, good))).containsExactly(null, delivered);
    }

    @Test
    void leavesValuesWrittenWithEscapesToTheTreeReaderWhichReadsThemAsTheirCharacters() {
        LedgerEvent delivered = new PledgeEvent.DeliveryRecorded(EventId.of("d"), P, D, D, SOURCE, Basis.PRESS_REPORT,
                Amounts.parse("USD 12345678901234567890.5"), Optional.empty());
        String good = line(delivered);
        String escaped = good.replace("\"2025-09-16\"", "\"2025\\u002d09-16\"").replace("\"PRESS_REPORT\"", "\"PRESS\\u005fREPORT\"")
                .replace("\"USD\"", "\"\\u0055SD\"").replace("\"pledge.delivered\"", "\"pledge\\u002edelivered\"");
        assertThat(escaped).isNotEqualTo(good).doesNotContain("2025-09-16", "PRESS_REPORT", "\"USD\"");

        assertThat(streamed(lines(escaped, good))).containsExactly(null, delivered);
        assertThat(tree(escaped)).isEqualTo(delivered);
    }

    @Test
    void readsALineWithWhitespaceBetweenItsTokens() {
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE, Basis.PRESS_REPORT);
        String spaced = " \t" + line(committed).replace(",", " ,\t").replace(":", "\t: ").replace("{", "{ ").replace("}", " }") + " \r";

        assertThat(streamed(lines(spaced))).containsExactly(committed);
    }

    @Test
    void leavesTextOutsideAsciiToTheTreeReader() {
        Source pounds = Source.of("GOV.UK", "Tech Prosperity Deal", D, "Microsoft will invest £22bn – its largest.");
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), P, D, D, pounds, Basis.PRESS_REPORT);
        LedgerEvent plain = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE, Basis.PRESS_REPORT);

        assertThat(streamed(lines(line(committed), line(plain)))).containsExactly(null, plain);
        assertThat(tree(line(committed))).isEqualTo(committed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[]", "\"text\"", "{}"})
    void leavesALineThatIsNotAnObjectOfAnEventToTheTreeReader(String bad) {
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE, Basis.PRESS_REPORT);

        assertThat(streamed(lines(line(committed), bad, line(committed)))).containsExactly(committed, null, committed);
    }

    @Test
    void tellsApartAPledgerOfTheSameNameButAnotherKindAndASourceUnlikeTheOneBefore() {
        Pledge byCompany = pledge("msft").build();
        Pledge byGovernment = Pledge.builder(PledgeId.of("uk"), Party.government("Microsoft"), "United Kingdom",
                Amounts.parse("GBP 1.00"), D).source(CITED).build();
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE, Basis.PRESS_REPORT);
        LedgerEvent cited = new PledgeEvent.Committed(EventId.of("d"), P, D, D, CITED, Basis.PRESS_REPORT);

        LedgerEvent[] read = streamed(lines(line(announced(byCompany)), line(announced(byGovernment)), line(committed),
                line(cited), line(committed)));

        assertThat(read).containsExactly(announced(byCompany), announced(byGovernment), committed, cited, committed);
        assertThat(((PledgeEvent.Announced) read[1]).pledge().pledger().kind()).isEqualTo(Party.Kind.GOVERNMENT);
    }

    @Test
    void readsASourceWrittenAsTheOneBeforeAsThatSourceAndOneThatDiffersInAnyByteAfresh() {
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE, Basis.PRESS_REPORT);
        String same = line(committed);
        String quote = "\"quote\":\"" + SOURCE.quote() + "\"";
        assertThat(same).contains(quote + "}");
        // the same source spaced otherwise, then with a note after its quote, then as before
        String spaced = same.replace(quote, "\"quote\": \"" + SOURCE.quote() + "\"");
        String noted = same.replace(quote + "}", quote + ",\"note\":\"Headline only.\"}");
        LedgerEvent withNote = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE.withNote("Headline only."), Basis.PRESS_REPORT);

        LedgerEvent[] read = streamed(lines(same, same, spaced, noted, same, same.replace("\"pledge\":", "\"pledge\":1,\"x\":"), same));

        assertThat(read).containsExactly(committed, committed, committed, withNote, committed, null, committed);
        assertThat(((PledgeEvent) read[1]).source()).isSameAs(((PledgeEvent) read[0]).source());
        assertThat(((PledgeEvent) read[2]).source()).isSameAs(((PledgeEvent) read[0]).source());
    }

    @Test
    void sharesThePledgersSourcesSectorsAndDatesItReadsAgain() {
        Pledge first = pledge("msft").sector(Sector.of("Cloud")).build();
        Pledge second = pledge("goog").sector(Sector.of("Cloud")).build();
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), P, D, D, SOURCE, Basis.PRESS_REPORT);

        LedgerEvent[] read = streamed(lines(line(announced(first)), line(announced(second)), line(committed)));

        Pledge a = ((PledgeEvent.Announced) read[0]).pledge();
        Pledge b = ((PledgeEvent.Announced) read[1]).pledge();
        PledgeEvent.Committed c = (PledgeEvent.Committed) read[2];
        assertThat(b.pledger()).isSameAs(a.pledger());
        assertThat(b.sources()).isSameAs(a.sources());
        assertThat(c.source()).isSameAs(a.sources().get(0));
        assertThat(b.sectors()).isSameAs(a.sectors());
        assertThat(b.announced()).isSameAs(a.announced()).isSameAs(c.effective());
        assertThat(c.pledgeId()).isEqualTo(a.id());
    }

    @Test
    void tellsApartPledgersWhoseNamesHaveTheSameHashAndFindsEachAgain() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        Pledge aa = Pledge.builder(PledgeId.of("aa"), Party.company("Aa"), "United Kingdom", Amounts.parse("GBP 1.00"), D).source(SOURCE).build();
        Pledge bb = Pledge.builder(PledgeId.of("bb"), Party.company("BB"), "United Kingdom", Amounts.parse("GBP 1.00"), D).source(SOURCE).build();
        Pledge cc = Pledge.builder(PledgeId.of("cc"), Party.government("Aa"), "United Kingdom", Amounts.parse("GBP 1.00"), D).source(SOURCE).build();

        LedgerEvent[] read = streamed(lines(line(announced(aa)), line(announced(bb)), line(announced(cc)), line(announced(aa))));

        assertThat(read).containsExactly(announced(aa), announced(bb), announced(cc), announced(aa));
        assertThat(((PledgeEvent.Announced) read[3]).pledge().pledger()).isSameAs(((PledgeEvent.Announced) read[0]).pledge().pledger());
    }

    @Test
    void readsMorePledgersThanItsTableOfShortTextsKeepsAndFindsEachAgainWithItsKind() {
        // 20,000 short names, beyond the 12,288 the table keeps: the later ones take home slots from earlier ones
        int names = 20_000;
        List<String> lines = new ArrayList<>();
        List<LedgerEvent> expected = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < names; i++) {
                // the second round names each pledger again, every third under another kind
                Party pledger = round == 1 && i % 3 == 0 ? Party.government("P" + i) : Party.company("P" + i);
                Pledge pledge = Pledge.builder(PledgeId.of("p" + i + "-" + round), pledger, "United Kingdom", Amounts.parse("GBP 1.00"), D)
                        .source(SOURCE).build();
                lines.add(line(announced(pledge)));
                expected.add(announced(pledge));
            }
        }

        LedgerEvent[] read = streamed(lines(lines.toArray(String[]::new)));

        assertThat(List.of(read)).isEqualTo(expected);
        for (int i = 0; i < names; i++) {
            Party first = ((PledgeEvent.Announced) read[i]).pledge().pledger();
            Party again = ((PledgeEvent.Announced) read[names + i]).pledge().pledger();
            assertThat(again.name()).as("name %s", i).isSameAs(first.name());
            if (i % 3 != 0) {
                assertThat(again).as("pledger %s", i).isSameAs(first);
            }
        }
    }

    @Test
    void tellsApartTextsOfTheSameHashAndReadsTextsTooLongToKeepByTheirBytes() {
        // two texts of the same hash, found by search, meet in the reader's table of texts
        String[] same = sameHash();
        String aText = same[0];
        String bText = same[1];
        assertThat(aText).isNotEqualTo(bText);
        String longQuote = "Microsoft will invest. ".repeat(20);
        Source cited = Source.of("GOV.UK", "Tech Prosperity Deal", D, longQuote);
        Pledge aa = Pledge.builder(PledgeId.of("aa"), Party.company(aText), aText, Amounts.parse("GBP 1.00"), D).source(cited).build();
        Pledge bb = Pledge.builder(PledgeId.of("bb"), Party.company(bText), bText, Amounts.parse("GBP 1.00"), D).source(cited).build();
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), PledgeId.of("aa"), D, D, cited, Basis.PRESS_REPORT);

        LedgerEvent[] read = streamed(lines(line(announced(aa)), line(announced(bb)), line(announced(aa)), line(committed)));

        assertThat(read).containsExactly(announced(aa), announced(bb), announced(aa), committed);
        Pledge first = ((PledgeEvent.Announced) read[0]).pledge();
        assertThat(((PledgeEvent.Announced) read[2]).pledge().beneficiary()).isSameAs(first.beneficiary());
        assertThat(((PledgeEvent.Committed) read[3]).source()).isSameAs(first.sources().get(0));
        assertThat(first.sources().get(0).quote()).hasSizeGreaterThan(256).isEqualTo(longQuote);
    }

    /** The first two texts "t0", "t1", ... whose bytes have the same {@link Bytes#hash}. */
    private static String[] sameHash() {
        Map<Integer, String> seen = new HashMap<>();
        for (int i = 0; ; i++) {
            byte[] text = ("t" + i).getBytes(StandardCharsets.US_ASCII);
            String before = seen.putIfAbsent(Bytes.hash(text, 0, text.length), "t" + i);
            if (before != null) {
                return new String[] {before, "t" + i};
            }
        }
    }

    @Test
    void sharesAPledgeIdTooLongToPackBetweenTheEventsThatNameIt() {
        PledgeId longId = PledgeId.of("microsoft-uk-2025");
        Pledge pledge = pledge(longId.value()).build();
        LedgerEvent committed = new PledgeEvent.Committed(EventId.of("c"), longId, D, D, SOURCE, Basis.PRESS_REPORT);

        LedgerEvent[] read = streamed(lines(line(announced(pledge)), line(committed)));

        assertThat(((PledgeEvent.Committed) read[1]).pledgeId()).isSameAs(((PledgeEvent.Announced) read[0]).pledge().id());
    }
}
