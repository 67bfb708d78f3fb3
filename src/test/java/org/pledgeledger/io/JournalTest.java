package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.pledgeledger.data.TechProsperityDeal;
import org.pledgeledger.internal.ChunkedList;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;

class JournalTest {

    private static final Source SOURCE = Source.of("P", "T", LocalDate.of(2025, 9, 16), "Q.");
    private static final LocalDate D = LocalDate.of(2025, 9, 16);

    private static Pledge pledge(String id) {
        return Pledge.builder(PledgeId.of(id), Party.company("C"), "UK", Amounts.parse("GBP 100.00"), D).sector(Sector.of("Energy")).source(SOURCE).build();
    }

    private static LedgerEvent announced(String id) {
        return new PledgeEvent.Announced(EventId.of(id + "/a"), pledge(id), D, Basis.OFFICIAL_STATEMENT);
    }

    private static LedgerEvent delivered(String id, String eid, int day, String amount) {
        return new PledgeEvent.DeliveryRecorded(EventId.of(eid), PledgeId.of(id), D.plusDays(day), D.plusDays(day), SOURCE,
                Basis.OFFICIAL_STATEMENT, Amounts.parse(amount), Optional.empty());
    }

    @Test
    void appendedEventsAreReplayedWhenTheJournalIsOpenedAgain(@TempDir Path dir) {
        Path file = dir.resolve("deal.jsonl");
        List<LedgerEvent> events = TechProsperityDeal.load().ledger().events();
        try (Journal journal = Journal.open(file)) {
            events.forEach(journal::append);
            assertThat(journal.ledger().events()).isEqualTo(events);
        }
        try (Journal again = Journal.open(file)) {
            assertThat(again.ledger().events()).isEqualTo(events);
            assertThat(again.tornTail()).isEmpty();
            assertThat(again).hasToString("Journal[deal.jsonl, " + events.size() + " events]");
        }
    }

    @Test
    void aBatchIsWrittenWholeOrNotAtAllAndReadBackAcrossChunkBoundaries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("batch.jsonl");
        List<LedgerEvent> batch = new ArrayList<>();
        for (int i = 0; i < 17_000; i++) {
            batch.add(announced("p" + i));
            batch.add(delivered("p" + i, "d" + i, 1, "GBP 10.00"));
        }
        assertThat(batch).as("more events than one of the replay's arrays holds").hasSizeGreaterThan(ChunkedList.CHUNK);
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.appendAll(batch)).isEqualTo(34_000);
            assertThat(journal.appendAll(batch)).as("the same events again").isZero();
            long size = Files.size(file);
            assertThatThrownBy(() -> journal.appendAll(List.of(announced("q"), delivered("q", "too-much", 1, "GBP 100.01"))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(Files.size(file)).as("a rejected batch writes nothing").isEqualTo(size);
            assertThat(size).as("more than one read chunk").isGreaterThan(Journal.CHUNK_BYTES);
        }
        try (Journal again = Journal.open(file)) {
            assertThat(again.ledger().events()).isEqualTo(batch);
            assertThat(again.tornTail()).isEmpty();
        }
    }

    @Test
    void aReplaySharesThePledgersSourceListsAndSectorSetsItReadsAgain(@TempDir Path dir) {
        Path file = dir.resolve("shared.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.appendAll(List.of(announced("p"), announced("q"), delivered("p", "p/d", 1, "GBP 1.00")));
        }
        try (Journal again = Journal.open(file)) {
            Pledge p = ((PledgeEvent.Announced) again.ledger().event(EventId.of("p/a")).orElseThrow()).pledge();
            Pledge q = ((PledgeEvent.Announced) again.ledger().event(EventId.of("q/a")).orElseThrow()).pledge();
            assertThat(q).isEqualTo(pledge("q"));
            assertThat(q.pledger()).isSameAs(p.pledger());
            assertThat(q.sources()).isSameAs(p.sources());
            assertThat(q.sectors()).isSameAs(p.sectors());
            // the ledger keeps dates as days in its rows, and makes them when asked
            assertThat(q.announced()).isEqualTo(p.announced());
            assertThat(q.beneficiary()).isSameAs(p.beneficiary());
            PledgeEvent.DeliveryRecorded d = (PledgeEvent.DeliveryRecorded) again.ledger().event(EventId.of("p/d")).orElseThrow();
            // a short id is packed into 24 bytes, less than sharing it would take (Shared.pledgeId)
            assertThat(d.pledgeId()).isEqualTo(p.id());
        }
    }

    @Test
    void theSameEventAgainWritesNothingAndARejectedEventIsNeverWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.append(announced("p"))).isTrue();
            long size = Files.size(file);
            assertThat(journal.append(announced("p"))).isFalse();
            assertThat(Files.size(file)).isEqualTo(size);
            assertThatThrownBy(() -> journal.append(delivered("p", "too-much", 1, "GBP 100.01"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("more than the GBP 100.00 pledged");
            assertThatThrownBy(() -> journal.append(delivered("nobody", "d", 1, "GBP 1.00"))).isInstanceOf(IllegalArgumentException.class);
            assertThat(Files.size(file)).isEqualTo(size);
            assertThat(journal.ledger().size()).isEqualTo(1);
        }
    }

    /** Cut the journal at every byte: complete lines are all recovered, the torn tail is reported and cut only on request. */
    @Test
    void aJournalCutAtEveryByteOffsetRecoversEveryCompleteLine(@TempDir Path dir) throws IOException {
        Path full = dir.resolve("full.jsonl");
        try (Journal journal = Journal.open(full)) {
            journal.append(announced("p"));
            journal.append(delivered("p", "d1", 1, "GBP 10.00"));
            journal.append(delivered("p", "d2", 2, "GBP 20.00"));
        }
        byte[] bytes = Files.readAllBytes(full);
        for (int k = 0; k <= bytes.length; k++) {
            Path cut = dir.resolve("cut-" + k + ".jsonl");
            Files.write(cut, java.util.Arrays.copyOf(bytes, k));
            int newlines = 0;
            for (int i = 0; i < k; i++) {
                newlines += bytes[i] == '\n' ? 1 : 0;
            }
            boolean atBoundary = k == 0 || bytes[k - 1] == '\n';
            try (Journal journal = Journal.open(cut)) {
                assertThat(journal.ledger().size()).as("events recovered at offset " + k).isEqualTo(Math.max(0, newlines - 1));
                assertThat(journal.tornTail().isPresent()).as("torn at offset " + k).isEqualTo(!atBoundary);
                if (!atBoundary) {
                    Journal.TornTail tail = journal.tornTail().orElseThrow();
                    assertThat(tail.line()).isEqualTo(newlines + 1);
                    assertThat(tail.offset() + tail.bytes()).isEqualTo(k);
                    assertThat(Files.size(cut)).as("not cut until asked").isEqualTo(k);
                    assertThatThrownBy(() -> journal.append(announced("q"))).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("torn last line").hasMessageContaining("recover()");
                    assertThat(journal.recover()).contains(tail);
                }
                journal.append(announced("q"));
            }
            try (Journal reopened = Journal.open(cut)) {
                assertThat(reopened.tornTail()).isEmpty();
                assertThat(reopened.ledger().size()).isEqualTo(Math.max(0, newlines - 1) + 1);
            }
        }
    }

    @Test
    void aMalformedLineBeforeTheLastIsAnErrorNamingItAndNothingIsLoaded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(announced("p"));
            journal.append(delivered("p", "d1", 1, "GBP 10.00"));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        List<String> broken = new ArrayList<>(lines);
        broken.set(1, broken.get(1).substring(0, 40));
        Files.write(file, (String.join("\n", broken) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("j.jsonl line 2: malformed JSON");
        Files.write(file, (lines.get(0) + "\n" + lines.get(1).replace("pledge.announced", "pledge.vanished") + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Journal.open(file)).hasMessageStartingWith("j.jsonl line 2 $.type: 'pledge.vanished' is not an event type");
        Files.write(file, ("{\"schema\":\"pledge-ledger-journal/9\"}\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Journal.open(file)).hasMessageStartingWith("j.jsonl line 1: header is");
        Files.write(file, (lines.get(0) + "\n" + lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Journal.open(file)).hasMessageContaining("its events do not form a valid ledger");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"schema\":\"pledge-ledger-journal/1\"}", "{ \"schema\" : \"pledge-ledger-journal/1\" }",
        "{\"schema\":\"pledge-ledger-journal/1\"}\r"})
    void aHeaderOfTheSchemaIsReadWhetherWrittenAsTheLibraryWritesItOrOtherwise(String header, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(announced("p"));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).as("the header the library writes").isEqualTo("{\"schema\":\"pledge-ledger-journal/1\"}");
        Files.write(file, (header + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.ledger().size()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"schema\":\"pledge-ledger-journal/1\"} x", "{\"schema\":\"pledge-ledger-journal/1\",\"more\":1}",
        "{\"schema\":\"pledge-ledger-journal/1\"", "[]", ""})
    void aHeaderThatIsNotExactlyTheSchemaIsRejectedNamingIt(String header, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(announced("p"));
        }
        List<String> lines = Files.readAllLines(file);
        Files.write(file, (header + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("j.jsonl line 1: ");
        assertThat(Files.readAllBytes(file)).as("the file is untouched").isEqualTo(before);
    }

    @Test
    void aLineThatIsNotExactlyOneEventIsAnErrorNamingItWhereverItIs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        List<LedgerEvent> batch = announcements(file, 3_000);
        List<String> lines = Files.readAllLines(file);
        // line 2500 is well past the first read chunk
        String twoOnOneLine = lines.get(2499) + " " + lines.get(2500);
        assertThatThrownBy(() -> Journal.open(write(file, lines, 2499, twoOnOneLine)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("j.jsonl line 2500: malformed JSON");
        assertThatThrownBy(() -> Journal.open(write(file, lines, 2499, lines.get(2499).replace(",\"id\"", ",\n\"id\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("j.jsonl line 2500: malformed JSON");
        assertThatThrownBy(() -> Journal.open(write(file, lines, 2499, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("j.jsonl line 2500");
        assertThatThrownBy(() -> Journal.open(write(file, lines, 2499, "[]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("j.jsonl line 2500");
        assertThatThrownBy(() -> Journal.open(write(file, lines, 2999, lines.get(2999).replace("pledge.announced", "pledge.vanished"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("j.jsonl line 3000 $.type: 'pledge.vanished'");
        try (Journal again = Journal.open(write(file, lines, 2499, lines.get(2499)))) {
            assertThat(again.ledger().events()).isEqualTo(batch);
        }
    }

    @Test
    void aLineLongerThanAReadChunkIsReadWholeBetweenItsNeighbours(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        Pledge.Builder cited = Pledge.builder(PledgeId.of("big"), Party.company("C"), "UK", Amounts.parse("GBP 100.00"), D);
        for (int i = 0; i < Journal.CHUNK_BYTES / 50; i++) {
            cited.source(Source.of("Publisher " + i, "T", D, "Q."));
        }
        LedgerEvent big = new PledgeEvent.Announced(EventId.of("big/a"), cited.build(), D, Basis.OFFICIAL_STATEMENT);
        List<LedgerEvent> events = List.of(announced("p"), big, announced("q"));
        try (Journal journal = Journal.open(file)) {
            journal.appendAll(events);
        }
        assertThat(Files.readAllLines(file).get(2).length()).as("the middle line").isGreaterThan(Journal.CHUNK_BYTES);
        try (Journal again = Journal.open(file)) {
            assertThat(again.ledger().events()).isEqualTo(events);
            assertThat(again.tornTail()).isEmpty();
        }
    }

    @Test
    void anEventWhoseLineWouldNotReadBackIsRefusedLeavingTheFileAndLedgerUntouched(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        Source quoted = Source.of("P", "T", D, "Q".repeat(LedgerJson.MAX_STRING_CHARS + 1));
        LedgerEvent unreadable = new PledgeEvent.Announced(EventId.of("long/a"),
                Pledge.builder(PledgeId.of("long"), Party.company("C"), "UK", Amounts.parse("GBP 1.00"), D).source(quoted).build(),
                D, Basis.OFFICIAL_STATEMENT);
        try (Journal journal = Journal.open(file)) {
            journal.append(announced("p"));
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> journal.appendAll(List.of(announced("q"), unreadable)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Event long/a cannot be journalled, as a replay could not read it back: its line: ")
                    .hasMessageContaining("String value length")
                    .hasMessageEndingWith("; nothing is appended");
            assertThat(Files.readAllBytes(file)).as("the file is untouched").isEqualTo(before);
            assertThat(journal.ledger().events()).as("the ledger is untouched").containsExactly(announced("p"));
            assertThat(journal.append(announced("q"))).as("the journal goes on").isTrue();
        }
        try (Journal again = Journal.open(file)) {
            assertThat(again.ledger().events()).containsExactly(announced("p"), announced("q"));
        }
    }

    @Test
    void theFirstBadLineInTheFileIsTheOneNamedThoughLaterChunksAreReadAhead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        announcements(file, 8_000);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        assertThat(Files.size(file)).as("several read chunks").isGreaterThan(3L * Journal.CHUNK_BYTES);
        lines.set(7_500, "{\"type\":\"pledge.vanished\"}");
        write(file, lines, 4_000, lines.get(4_000).replace("OFFICIAL_STATEMENT", "RUMOUR"));

        assertThatThrownBy(() -> Journal.open(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("j.jsonl line 4001 $.basis: 'RUMOUR' is not one of");
    }

    @Test
    void anAmountWithMoreDigitsThanAnAmountHoldsIsAnErrorNotRounded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        announcements(file, 2);
        List<String> lines = Files.readAllLines(file);
        String digits = "1".repeat(300);

        assertThatThrownBy(() -> Journal.open(write(file, lines, 2, lines.get(2).replace("\"100.00\"", "\"" + digits + "\""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("j.jsonl line 3 $.pledge.amount.amount: Amount 111111111111... GBP has 300 significant digits;"
                        + " an amount holds at most 256 exactly, and is never rounded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0.00     | j.jsonl line 4 $: Delivery p0/d of GBP 0.00: a delivery must be positive",
            "-5.00    | j.jsonl line 4 $: Delivery p0/d of GBP -5.00: a delivery must be positive",
            "TOO_MANY | j.jsonl line 4 $.amount.amount: Amount 111111111111... GBP has 300 significant digits",
    })
    void aDeliveryTheReaderKeepsAsItsValuesIsStillCheckedAndAnErrorNamesItsLine(String amount, String message, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("j.jsonl");
        announcements(file, 2);
        try (Journal journal = Journal.open(file)) {
            journal.append(delivered("p0", "p0/d", 1, "GBP 5.00"));
            journal.append(delivered("p1", "p1/d", 1, "GBP 6.00"));
        }
        List<String> lines = Files.readAllLines(file);
        String bad = amount.equals("TOO_MANY") ? "1".repeat(300) : amount;
        assertThat(lines.get(3)).contains("\"5.00\"");

        assertThatThrownBy(() -> Journal.open(write(file, lines, 3, lines.get(3).replace("\"5.00\"", "\"" + bad + "\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);

        try (Journal good = Journal.open(write(file, lines, 3, lines.get(3)))) {
            assertThat(good.ledger().asOf(D.plusDays(1)).pledge(PledgeId.of("p0")).orElseThrow().delivered())
                    .isEqualTo(Amounts.parse("GBP 5.00"));
        }
    }

    /** A journal of pledges p0, p1 and so on announced, written to a file; returns its events. */
    private static List<LedgerEvent> announcements(Path file, int count) {
        List<LedgerEvent> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(announced("p" + i));
        }
        try (Journal journal = Journal.open(file)) {
            journal.appendAll(batch);
        }
        return batch;
    }

    /** The journal's lines with one replaced, written back. */
    private static Path write(Path file, List<String> lines, int index, String replacement) throws IOException {
        List<String> changed = new ArrayList<>(lines);
        changed.set(index, replacement);
        Files.write(file, (String.join("\n", changed) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void aFileWithoutLineBreaksIsRefusedBeforeItFillsMemory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        byte[] noBreaks = new byte[Journal.MAX_LINE_BYTES + 10];
        java.util.Arrays.fill(noBreaks, (byte) 'x');
        Files.write(file, ("{\"schema\":\"pledge-ledger-journal/1\"}\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, noBreaks, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("j.jsonl line 2: longer than " + Journal.MAX_LINE_BYTES + " bytes without a line break; not a journal line");
    }

    @Test
    void anOversizedLineIsStoppedByTheStreamLimits(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("j.jsonl");
        String huge = "{\"type\":\"pledge.announced\",\"id\":\"" + "x".repeat(70_000) + "\"}";
        Files.write(file, ("{\"schema\":\"pledge-ledger-journal/1\"}\n" + huge + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Journal.open(file)).hasMessageStartingWith("j.jsonl line 2: malformed JSON")
                .hasMessageContaining("String value length");
    }

    @Test
    void eightThreadsAppendingLoseNothingAndWriteNothingTwice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j.jsonl");
        int threads = 8;
        int each = 25;
        try (Journal journal = Journal.open(file)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        journal.append(announced("t" + thread + "-" + i));
                        journal.append(announced("shared-" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(journal.ledger().size()).isEqualTo(threads * each + each);
        }
        assertThat(Files.readAllLines(file)).hasSize(1 + threads * each + each);
        try (Journal again = Journal.open(file)) {
            assertThat(again.ledger().size()).isEqualTo(threads * each + each);
        }
    }

    @Test
    void aSecondOpenForWritingIsRefusedInThisJvmAndFromAnotherProcess(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (Journal journal = Journal.open(file)) {
            assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is open for writing elsewhere");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), JournalLockProbe.class.getName(),
                    file.toString()).redirectErrorStream(true).start();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("refused: Journal " + file + " is open for writing elsewhere");
            journal.append(announced("p"));
        }
        try (Journal after = Journal.open(file)) {
            assertThat(after.ledger().size()).isEqualTo(1);
        }
        Journal closed = Journal.open(file);
        closed.close();
        assertThatThrownBy(() -> closed.append(announced("q"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
    }
}
