package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.data.TechProsperityDeal;
import org.pledgeledger.ledger.Correction;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.ledger.Status;
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

class PledgeCsvTest {

    private static final String HEADER = "pledge_id,pledger,pledger_kind,beneficiary,amount,currency,announced,basis,"
            + "source_publisher,source_title,source_date,source_quote\n";
    private static final String ROW = "acme-2026,Acme,COMPANY,United Kingdom,1000000.00,GBP,2026-01-15,OFFICIAL_STATEMENT,"
            + "Acme,Acme invests,2026-01-15,We will invest £1m.\n";
    private static final String EVENT_HEADER = "event_id,type,pledge_id,effective,basis,amount,currency,reason,"
            + "source_publisher,source_title,source_date,source_quote\n";
    private static final String SOURCE_CELLS = "Acme,Acme update,2026-03-01,Quote.";

    @Test
    void pledgesOfOneSectorCellShareOneSectorSet() {
        String header = HEADER.replace("basis,", "basis,sectors,");
        String rows = "a-1,Acme,COMPANY,UK,1.00,GBP,2026-01-15,OFFICIAL_STATEMENT,Cloud,P,T,2026-01-15,Q.\n"
                + "a-2,Acme,COMPANY,UK,1.00,GBP,2026-01-15,OFFICIAL_STATEMENT,Cloud,P,T,2026-01-15,Q.\n"
                + "a-3,Acme,COMPANY,UK,1.00,GBP,2026-01-15,OFFICIAL_STATEMENT,Cloud;cloud,P,T,2026-01-15,Q.\n"
                + "a-4,Acme,COMPANY,UK,1.00,GBP,2026-01-15,OFFICIAL_STATEMENT,Cloud;AI,P,T,2026-01-15,Q.\n";
        List<PledgeEvent.Announced> read = pledges(header + rows);
        assertThat(read.get(1).pledge().sectors()).isSameAs(read.get(0).pledge().sectors()).containsExactly(Sector.of("Cloud"));
        assertThat(read.get(2).pledge().sectors()).containsExactly(Sector.of("Cloud"));
        assertThat(read.get(2).pledge().sectors().iterator().next().name()).as("the first spelling").isEqualTo("Cloud");
        assertThat(read.get(3).pledge().sectors()).containsExactly(Sector.of("AI"), Sector.of("Cloud"));
    }

    private static List<PledgeEvent.Announced> pledges(String csv) {
        return PledgeCsv.readPledges(new StringReader(csv), "pledges.csv");
    }

    private static List<PledgeEvent> events(String csv) {
        return PledgeCsv.readEvents(new StringReader(csv), "events.csv");
    }

    @Test
    void readsASpreadsheetRowWithDefaultsForTheOptionalColumns() {
        PledgeEvent.Announced a = pledges(HEADER + ROW).get(0);
        assertThat(a.id()).isEqualTo(EventId.of("acme-2026/announced"));
        assertThat(a.recorded()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(a.basis()).isEqualTo(Basis.OFFICIAL_STATEMENT);
        Pledge p = a.pledge();
        assertThat(p.amount()).isEqualTo(Amounts.parse("GBP 1000000.00"));
        assertThat(p.amountNumber()).as("the number as written").isEqualTo(new BigDecimal("1000000.00"));
        assertThat(p.pledger()).isEqualTo(Party.company("Acme"));
        assertThat(p.period()).isEqualTo(PledgePeriod.of(2026, 2026));
        assertThat(p.novelty().kind()).isEqualTo(Novelty.Kind.NEW);
        assertThat(p.sources()).containsExactly(Source.of("Acme", "Acme invests", LocalDate.of(2026, 1, 15), "We will invest £1m."));
    }

    @Test
    void aRowWithABlankPledgerAddsASourceAndAnEquivalentToThePledgeAbove() {
        String header = HEADER.strip() + ",equivalent_amount,equivalent_currency,equivalent_source\n";
        String csv = header + ROW.strip() + ",,,\n"
                + "acme-2026,,,,,,,,Other,Other title,2026-01-16,Another sentence.,1300000.00,USD,Other\n"
                + ",,,,,,,,Third,Third title,2026-01-17,\"A third, with a comma.\",,,\n";
        Pledge p = pledges(csv).get(0).pledge();
        assertThat(p.sources()).extracting(Source::publisher).containsExactly("Acme", "Other", "Third");
        assertThat(p.sources().get(2).quote()).isEqualTo("A third, with a comma.");
        assertThat(p.equivalents()).hasSize(1);
        assertThat(p.equivalents().get(0).amount()).isEqualTo(Amounts.parse("USD 1300000.00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1000000.00,GBP         | pledges.csv line 2, column amount: '1,000,000.00' is not a plain decimal (digits and one point: no thousands separators | `\"1,000,000.00\",GBP`",
        "1000000.00,GBP         | pledges.csv line 2, column currency: 'XXQ' is rejected: Unknown currency code 'XXQ' | 1000000.00,XXQ",
        "1000000.00,GBP         | pledges.csv line 2, column amount: '1e6' is not a plain decimal | 1e6,GBP",
        "1000000.00,GBP         | pledges.csv line 2, column pledge_id: 'Acme 2026' is rejected | 1000000.00,GBP",
        "2026-01-15,OFFICIAL    | pledges.csv line 2, column announced: '15/01/2026' is not an ISO date (yyyy-MM-dd) | 15/01/2026,OFFICIAL",
        "OFFICIAL_STATEMENT,Acme | pledges.csv line 2, column basis: 'RUMOUR' is not one of [OFFICIAL_STATEMENT, PRESS_REPORT, ESTIMATE] | RUMOUR,Acme",
        "COMPANY                | pledges.csv line 2, column pledger_kind: 'BANK' is not one of [COMPANY, GOVERNMENT, FUND] | BANK",
        "1000000.00,GBP         | pledges.csv line 2, column pledge_id: 'acme-2026' is rejected: Pledge acme-2026 has amount GBP -5.00: it must be positive | -5.00,GBP",
        "Acme invests,2026-01-15,We will invest £1m. | pledges.csv line 2, column source_quote: required, and empty | `Acme invests,2026-01-15, `",
    })
    void aRejectedRowNamesItsLineColumnValueAndRule(String cells, String message, String replacement) {
        String row = ROW.replace(cells, replacement);
        if (message.contains("'Acme 2026'")) {
            row = row.replace("acme-2026", "Acme 2026");
        }
        String csv = HEADER + row;
        assertThatThrownBy(() -> pledges(csv)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void anAmountWithMoreDigitsThanAnAmountHoldsIsRejectedNotRounded() {
        String digits = "1".repeat(300);
        String csv = HEADER + ROW.replace("1000000.00,GBP", digits + ",GBP");

        assertThatThrownBy(() -> pledges(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pledges.csv line 2, column amount: '" + digits + "' is rejected: Amount 111111111111... GBP has"
                        + " 300 significant digits; an amount holds at most 256 exactly, and is never rounded");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`pledge_id,pledger,colour`           | pledges.csv line 1, column 3: 'colour' is not a column of this layout",
        "`pledge_id,pledger,pledger`          | pledges.csv line 1: column 'pledger' appears twice",
        "`pledge_id,pledger,pledger_kind`     | pledges.csv line 1: the header lacks the required column 'beneficiary'",
    })
    void aBadHeaderIsRejectedNamingTheColumn(String header, String message) {
        assertThatThrownBy(() -> pledges(header + "\n")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "  "})
    void aBlankInputNameIsRejectedBeforeAnythingIsRead(String name) {
        assertThatThrownBy(() -> PledgeCsv.readPledges(new StringReader(HEADER + ROW), name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Input name is blank");
        assertThatThrownBy(() -> PledgeCsv.readEvents(new StringReader(EVENT_HEADER), name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Input name is blank");
        assertThatThrownBy(() -> org.pledgeledger.io.RateTableCsv.readPlain(new StringReader("date,base,term,rate\n"), name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Input name is blank");
    }

    @Test
    void anEmptyFileOrARowOfTheWrongWidthIsRejected() {
        assertThatThrownBy(() -> pledges("")).hasMessageStartingWith("pledges.csv: empty; expected a header");
        assertThatThrownBy(() -> pledges(HEADER + "acme,Acme\n")).hasMessage("pledges.csv line 2: 2 cells, but the header has 12 columns");
        assertThatThrownBy(() -> pledges(HEADER + "\"unclosed,\n")).hasMessageContaining("pledges.csv line");
    }

    @Test
    void aContinuationRowHoldsOnlySourcesAndEquivalents() {
        String stray = ",,,United Kingdom,,,,,Other,T,2026-01-16,Q.\n";
        assertThatThrownBy(() -> pledges(HEADER + stray)).hasMessage("pledges.csv line 2, column pledger: is blank, which makes this row a"
                + " continuation, but no pledge row comes before it");
        assertThatThrownBy(() -> pledges(HEADER + ROW + stray)).hasMessageStartingWith("pledges.csv line 3, column beneficiary: 'United"
                + " Kingdom' is not allowed in a continuation row");
        assertThatThrownBy(() -> pledges(HEADER + ROW + "other,,,,,,,,O,T,2026-01-16,Q.\n"))
                .hasMessageStartingWith("pledges.csv line 3, column pledge_id: 'other' differs from the pledge above (acme-2026)");
    }

    @Test
    void readsEveryEventTypeAndRejectsCellsThatDoNotBelong() {
        String csv = EVENT_HEADER
                + "c1,pledge.committed,acme-2026,2026-02-01,OFFICIAL_STATEMENT,,,," + SOURCE_CELLS + "\n"
                + "d1,pledge.delivered,acme-2026,2026-03-01,PRESS_REPORT,250000.00,GBP,," + SOURCE_CELLS + "\n"
                + "v1,pledge.revised,acme-2026,2026-04-01,ESTIMATE,1200000.00,GBP,more land," + SOURCE_CELLS + "\n"
                + "p1,pledge.paused,acme-2026,2026-05-01,PRESS_REPORT,,,talks paused," + SOURCE_CELLS + "\n"
                + "r1,pledge.resumed,acme-2026,2026-06-01,OFFICIAL_STATEMENT,,,talks resumed," + SOURCE_CELLS + "\n"
                + "w1,pledge.withdrawn,acme-2026,2026-07-01,OFFICIAL_STATEMENT,,,cancelled," + SOURCE_CELLS + "\n";
        List<PledgeEvent> events = events(csv);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Committed", "DeliveryRecorded", "AmountRevised", "Paused", "Resumed", "Withdrawn");
        Ledger ledger = Ledger.create();
        ledger.appendAll(pledges(HEADER + ROW));
        ledger.appendAll(events);
        assertThat(ledger.asOf(LocalDate.of(2026, 3, 31)).pledge(PledgeId.of("acme-2026")).orElseThrow().delivered())
                .isEqualTo(Amounts.parse("GBP 250000.00"));
        assertThat(ledger.asOf(LocalDate.of(2026, 7, 31)).pledge(PledgeId.of("acme-2026")).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);

        assertThatThrownBy(() -> events(EVENT_HEADER + "c1,pledge.committed,acme-2026,2026-02-01,OFFICIAL_STATEMENT,5.00,,," + SOURCE_CELLS))
                .hasMessage("events.csv line 2, column amount: '5.00' does not belong to a pledge.committed event; leave it blank");
        assertThatThrownBy(() -> events(EVENT_HEADER + "c1,pledge.exploded,acme-2026,2026-02-01,OFFICIAL_STATEMENT,,,," + SOURCE_CELLS))
                .hasMessageStartingWith("events.csv line 2, column type: 'pledge.exploded' is not an event type of this layout");
        assertThatThrownBy(() -> events(EVENT_HEADER + "p1,pledge.paused,acme-2026,2026-02-01,OFFICIAL_STATEMENT,,,," + SOURCE_CELLS))
                .hasMessage("events.csv line 2, column reason: required, and empty");
    }

    @Test
    void anImportIsAllOrNothingAndNamesTheRowTheLedgerRejects(@TempDir Path dir) throws Exception {
        Path pledgeFile = dir.resolve("pledges.csv");
        Path eventFile = dir.resolve("events.csv");
        Files.writeString(pledgeFile, HEADER + ROW);
        Files.writeString(eventFile, EVENT_HEADER
                + "d1,pledge.delivered,acme-2026,2026-03-01,PRESS_REPORT,250000.00,GBP,," + SOURCE_CELLS + "\n"
                + "d2,pledge.delivered,acme-2026,2026-03-02,PRESS_REPORT,900000.00,GBP,," + SOURCE_CELLS + "\n");
        Ledger ledger = Ledger.create();
        ledger.appendAll(TechProsperityDeal.load().ledger().events());
        int before = ledger.size();
        assertThatThrownBy(() -> PledgeCsv.importInto(ledger, pledgeFile, eventFile)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("events.csv line 3: ").hasMessageContaining("more than the GBP 1000000.00 pledged");
        assertThat(ledger.size()).isEqualTo(before);

        Files.writeString(eventFile, EVENT_HEADER + "d1,pledge.delivered,acme-2026,2026-03-01,PRESS_REPORT,250000.00,GBP,,"
                + SOURCE_CELLS + "\n" + "d2,pledge.delivered,acme-2026,2026-03-02,PRESS_REPORT,25O.00,GBP,," + SOURCE_CELLS + "\n");
        assertThatThrownBy(() -> PledgeCsv.importInto(ledger, pledgeFile, eventFile))
                .hasMessageStartingWith("events.csv line 3, column amount: '25O.00' is not a plain decimal");
        assertThat(ledger.size()).isEqualTo(before);

        Files.writeString(eventFile, EVENT_HEADER + "d1,pledge.delivered,acme-2026,2026-03-01,PRESS_REPORT,250000.00,GBP,,"
                + SOURCE_CELLS + "\n");
        assertThat(PledgeCsv.importInto(ledger, pledgeFile, eventFile)).isEqualTo(2);
        assertThat(PledgeCsv.importInto(ledger, pledgeFile, eventFile)).as("the same rows again are no-ops").isZero();
        assertThat(PledgeCsv.importInto(ledger, pledgeFile)).isZero();
        assertThatThrownBy(() -> PledgeCsv.importInto(ledger, dir.resolve("absent.csv"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void exportRefusesWhatTheLayoutCannotHoldRatherThanDropIt() {
        Ledger ledger = Ledger.create();
        Source s = Source.of("P", "T", LocalDate.of(2026, 1, 1), "Q.");
        Pledge p = Pledge.builder(PledgeId.of("p"), Party.company("C"), "UK", Amounts.parse("USD 100.00"), LocalDate.of(2026, 1, 1))
                .sector(Sector.of("AI; data")).source(s).build();
        ledger.append(new PledgeEvent.Announced(EventId.of("a"), p, LocalDate.of(2026, 1, 1), Basis.OFFICIAL_STATEMENT));
        assertThatThrownBy(() -> PledgeCsv.writePledges(ledger, new StringWriter()))
                .hasMessage("Pledge p has the sector 'AI; data', whose ';' the CSV layout uses between sectors; rename it or use LedgerJson");

        ledger.append(new PledgeEvent.DeliveryRecorded(EventId.of("d"), PledgeId.of("p"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1),
                s, Basis.OFFICIAL_STATEMENT, Amounts.parse("USD 1.00"), Optional.empty()));
        ledger.append(new Correction(EventId.of("c"), EventId.of("d"), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2), s,
                Basis.OFFICIAL_STATEMENT, "typed twice"));
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> PledgeCsv.writeEvents(ledger, out))
                .hasMessage("Correction c supersedes pledge event d, which the event CSV layout cannot express; use LedgerJson or the Journal");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theBundledPledgesExportAndImportToEqualAnnouncements() {
        Ledger deal = TechProsperityDeal.load().ledger();
        StringWriter out = new StringWriter();
        PledgeCsv.writePledges(deal, out);
        List<PledgeEvent.Announced> back = pledges(out.toString());
        assertThat(back).isEqualTo(deal.events().stream().filter(PledgeEvent.Announced.class::isInstance).toList());
        assertThat(back).hasSize(2);
    }

    @Test
    void theExampleFilesInExamplesImport() {
        Path examples = Path.of("examples", "csv");
        Ledger deal = Ledger.create();
        assertThat(PledgeCsv.importInto(deal, examples.resolve("tech-prosperity-deal-pledges.csv"))).isEqualTo(2);
        StringWriter out = new StringWriter();
        PledgeCsv.writePledges(TechProsperityDeal.load().ledger(), out);
        assertThat(out.toString()).as("the example is the bundled deal's export").isEqualTo(readString(examples.resolve(
                "tech-prosperity-deal-pledges.csv")));

        Ledger illustrative = Ledger.create();
        PledgeCsv.importInto(illustrative, examples.resolve("illustrative-pledges.csv"), examples.resolve("illustrative-events.csv"));
        assertThat(illustrative.asOf(LocalDate.of(2026, 12, 31)).pledges()).hasSize(3);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Property: seeded random ledgers of pledges and their events export and import to equal events. */
    @Test
    void seededRandomLedgersRoundTripThroughCsvExactly() {
        Random random = new Random(2026_11_22L);
        List<String> codes = List.of("GBP", "USD", "EUR");
        for (int round = 0; round < 40; round++) {
            Ledger ledger = Ledger.create();
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Source s = Source.of("Publisher " + i + ", Ltd", "Title \"" + round + "\"\nsecond line", LocalDate.of(2025, 1 + i, 2),
                        "We will invest £" + random.nextInt(100) + "bn; \"soon\".");
                s = random.nextBoolean() ? s.withUrl(URI.create("https://example.org/" + round + "/" + i)) : s;
                sources.add(random.nextBoolean() ? s.withNote("note, " + i) : s);
            }
            LocalDate d0 = LocalDate.of(2025, 1 + random.nextInt(6), 1 + random.nextInt(28));
            for (int n = 0; n < 1 + random.nextInt(6); n++) {
                String code = codes.get(random.nextInt(3));
                MonetaryAmount amount = Amounts.of(BigDecimal.valueOf(1_000_000 + random.nextInt(900_000_000), 2), Amounts.currency(code));
                PledgeId id = PledgeId.of("p" + n + "-" + round);
                int years = 1 + random.nextInt(3);
                Pledge.Builder b = Pledge.builder(id, new Party("Pledger " + n, Party.Kind.values()[random.nextInt(3)]), "Beneficiary, " + n,
                        amount, d0).period(PledgePeriod.of(d0.getYear(), d0.getYear() + years - 1));
                for (int k = 0; k < random.nextInt(3); k++) {
                    b.sector(Sector.of("sector " + random.nextInt(5)));
                }
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    b.source(sources.get(k));
                }
                List<String> others = codes.stream().filter(c -> !c.equals(code)).toList();
                for (int k = 0; k < random.nextInt(3); k++) {
                    String other = others.get(k);
                    b.equivalent(Amounts.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2), Amounts.currency(other)), "Stated by " + k);
                }
                if (random.nextInt(3) == 0) {
                    Map<Year, MonetaryAmount> phasing = new LinkedHashMap<>();
                    BigDecimal first = Amounts.number(amount).divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
                    phasing.put(Year.of(d0.getYear()), Amounts.of(first, amount.getCurrency()));
                    if (years > 1) {
                        phasing.put(Year.of(d0.getYear() + 1), amount.subtract(Amounts.of(first, amount.getCurrency())));
                    } else {
                        phasing.put(Year.of(d0.getYear()), amount);
                    }
                    b.phasing(phasing);
                }
                switch (random.nextInt(3)) {
                    case 0 -> b.novelty(Novelty.reannouncementOf(PledgeId.of("old-" + n)));
                    case 1 -> b.novelty(Novelty.partlyReannounced(PledgeId.of("old-" + n), Amounts.of(BigDecimal.ONE, amount.getCurrency())));
                    default -> { }
                }
                Pledge pledge = b.build();
                ledger.append(new PledgeEvent.Announced(EventId.of(id + "/a"), pledge, d0.plusDays(random.nextInt(3)),
                        Basis.values()[random.nextInt(3)]));
                List<LedgerEvent> more = new ArrayList<>();
                LocalDate day = d0.plusDays(5);
                if (random.nextBoolean()) {
                    more.add(new PledgeEvent.Committed(EventId.of(id + "/c"), id, day, day, sources.get(1), Basis.OFFICIAL_STATEMENT));
                }
                more.add(new PledgeEvent.DeliveryRecorded(EventId.of(id + "/d1"), id, day.plusDays(1), day.plusDays(2), sources.get(2),
                        Basis.PRESS_REPORT, Amounts.of(BigDecimal.ONE, amount.getCurrency()), Optional.empty()));
                if (!code.equals("GBP")) {
                    more.add(new PledgeEvent.DeliveryRecorded(EventId.of(id + "/d2"), id, day.plusDays(3), day.plusDays(3), sources.get(3),
                            Basis.ESTIMATE, Amounts.parse("GBP 2.00"), Optional.of(DatedRate.of(day.plusDays(3), Amounts.currency("GBP"),
                                    amount.getCurrency(), BigDecimal.valueOf(10_000 + random.nextInt(5_000), 4), "Rate desk, \"close\"."))));
                }
                more.add(new PledgeEvent.AmountRevised(EventId.of(id + "/v"), id, day.plusDays(4), day.plusDays(4), sources.get(0),
                        Basis.OFFICIAL_STATEMENT, amount.add(Amounts.of(BigDecimal.TEN, amount.getCurrency())), "extra, \"land\""));
                more.add(new PledgeEvent.Paused(EventId.of(id + "/p"), id, day.plusDays(5), day.plusDays(6), sources.get(1),
                        Basis.PRESS_REPORT, "paused"));
                more.add(new PledgeEvent.Resumed(EventId.of(id + "/r"), id, day.plusDays(7), day.plusDays(7), sources.get(1),
                        Basis.OFFICIAL_STATEMENT, "resumed"));
                if (random.nextBoolean()) {
                    more.add(new PledgeEvent.Withdrawn(EventId.of(id + "/w"), id, day.plusDays(8), day.plusDays(8), sources.get(2),
                            Basis.OFFICIAL_STATEMENT, "withdrawn"));
                }
                ledger.appendAll(more);
            }
            StringWriter pledgeCsv = new StringWriter();
            StringWriter eventCsv = new StringWriter();
            PledgeCsv.writePledges(ledger, pledgeCsv);
            PledgeCsv.writeEvents(ledger, eventCsv);
            Ledger back = Ledger.create();
            back.appendAll(pledges(pledgeCsv.toString()));
            back.appendAll(events(eventCsv.toString()));
            assertThat(back.events()).containsExactlyInAnyOrderElementsOf(ledger.events());
            assertThat(back.asOf(d0.plusDays(30))).isEqualTo(ledger.asOf(d0.plusDays(30)));
        }
    }
}
