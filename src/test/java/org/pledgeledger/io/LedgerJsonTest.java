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
import org.pledgeledger.ledger.Status;
import org.pledgeledger.model.PledgeId;

class LedgerJsonTest {

    private static final String SOURCE = "\"sources\": {\"s\": {\"publisher\": \"P\", \"title\": \"T\", \"date\": \"2025-09-16\", \"quote\": \"Q.\"}}";
    private static final String PLEDGE = "{\"id\": \"p\", \"pledger\": {\"name\": \"X\", \"kind\": \"COMPANY\"}, \"beneficiary\": \"UK\","
            + " \"amount\": \"GBP 5.00\", \"announced\": \"2025-09-16\", \"sources\": [\"s\"]}";
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

    @Test
    void rejectsABadValueNamingItsPath() {
        assertThatThrownBy(() -> read(doc(PLEDGE.replace("GBP 5.00", "GBP 5,00"), "")))
                .hasMessageStartingWith("doc.json $.pledges[0].amount: Amount 'GBP 5,00' is not in the form");
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
        assertThatThrownBy(() -> read("{\"schema\": \"pledge-ledger/1\", " + SOURCE + ", \"conditions\": [{\"type\": \"threshold\","
                + " \"id\": \"c\"}]}")).hasMessageStartingWith("doc.json $.conditions[0].type: 'threshold' is not a condition type");
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
}
