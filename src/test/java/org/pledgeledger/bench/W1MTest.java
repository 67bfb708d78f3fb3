package org.pledgeledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgeledger.io.Journal;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;

/** The benchmark's own correctness, on a small W1M: the generator's data and the penny check, no timing. */
class W1MTest {

    @Test
    void aSmallW1MIsValidAndEveryWayOfComputingTheReportAgreesToThePenny(@TempDir Path dir) throws Exception {
        new W1M(2_000, 20_251_217L).write(dir);
        try (Journal journal = Journal.open(dir.resolve("journal.jsonl"))) {
            List<LedgerEvent> events = journal.ledger().events();
            assertThat(events).as("as many status events as pledges").hasSize(4_000);
            assertThat(events.stream().filter(PledgeEvent.Announced.class::isInstance)).hasSize(2_000);
        }
        String hand = HandWrittenLoop.run(dir);
        assertThat(hand).startsWith("total GBP ").contains("\nsector AI GBP ").contains("\npledger P");
        assertThat(hand.lines().count()).as("total, 11 sectors and the pledgers").isGreaterThan(12);
        assertThat(LibraryFromCsv.run(dir)).isEqualTo(hand);
        assertThat(LibraryFromJournal.run(dir)).isEqualTo(hand);
        assertThat(Files.readString(dir.resolve("w1m.ledger"))).startsWith("P 2024-01-01 EUR 0.85 GBP\nP 2024-01-01 USD 0.78 GBP\n");
    }
}
