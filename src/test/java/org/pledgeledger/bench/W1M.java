package org.pledgeledger.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.pledgeledger.io.Journal;
import org.pledgeledger.io.PledgeCsv;
import org.pledgeledger.io.RateTableCsv;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;

/**
 * The seeded W1M data set: pledges from 5,000 pledgers in 11 sectors, amounts from 1 million to 30
 * billion with two decimals in GBP, USD or EUR, dates over 2024-2026, one USD-to-GBP and one
 * EUR-to-GBP rate a day, and as many status events (commitments, deliveries, pauses, resumptions,
 * withdrawals), each valid under the pledge lifecycle: the ledger that writes them checks it.
 * <p>
 * {@code java ... org.pledgeledger.bench.W1M 1000000 target/bench/w1m} writes {@code rates.csv},
 * {@code pledges.csv} and {@code events.csv} (the library's CSV layouts), {@code journal.jsonl} (the
 * library's journal, every event) and {@code w1m.ledger} (a ledger-cli journal with {@code P} price
 * directives, one transaction a pledge: its sector's account against its pledger's).
 */
public final class W1M {

    /** The 11 sectors. */
    public static final List<String> SECTORS = List.of("Energy", "AI", "DataCentres", "LifeSciences", "Semiconductors", "Quantum",
            "Telecoms", "Fintech", "Defence", "Space", "Nuclear");
    static final int PLEDGERS = 5_000;
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    static final Source SOURCE = Source.of("W1M generator", "Synthetic pledge", FIRST, "Synthetic data.");

    private final int pledges;
    private final SplittableRandom random;

    W1M(int pledges, long seed) {
        this.pledges = pledges;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Writes the data set.
     *
     * @param args  the number of pledges, and the folder to write into
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        new W1M(n, 20_251_217L).write(dir);
    }

    void write(Path dir) throws IOException {
        RateTable rates = rates();
        try (Writer w = Files.newBufferedWriter(dir.resolve("rates.csv"), StandardCharsets.UTF_8)) {
            RateTableCsv.writePlain(rates, w);
        }
        Ledger ledger = Ledger.create();
        List<PledgeEvent.Announced> announced = new ArrayList<>(pledges);
        for (int i = 0; i < pledges; i++) {
            announced.add(pledge(i));
        }
        ledger.appendAll(announced);
        ledger.appendAll(statusEvents(announced, pledges));
        try (Writer w = Files.newBufferedWriter(dir.resolve("pledges.csv"), StandardCharsets.UTF_8)) {
            PledgeCsv.writePledges(ledger, w);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("events.csv"), StandardCharsets.UTF_8)) {
            PledgeCsv.writeEvents(ledger, w);
        }
        Path journal = dir.resolve("journal.jsonl");
        Files.deleteIfExists(journal);
        try (Journal j = Journal.open(journal)) {
            j.appendAll(ledger.events());
        }
        writeLedgerCli(dir.resolve("w1m.ledger"), rates, announced);
        Files.writeString(dir.resolve("as-of.txt"), lastDate(ledger) + "\n");
    }

    private static LocalDate lastDate(Ledger ledger) {
        return ledger.events().stream().map(LedgerEvent::effective).max(LocalDate::compareTo).orElseThrow();
    }

    /** A rate a day for each pair, a bounded random walk with six decimals. */
    private RateTable rates() {
        RateTable.Builder b = RateTable.builder();
        BigDecimal usd = new BigDecimal("0.780000");
        BigDecimal eur = new BigDecimal("0.850000");
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            b.add(DatedRate.of(d, Amounts.currency("USD"), Amounts.currency("GBP"), usd, "W1M rate"));
            b.add(DatedRate.of(d, Amounts.currency("EUR"), Amounts.currency("GBP"), eur, "W1M rate"));
            usd = walk(usd, "0.70", "0.86");
            eur = walk(eur, "0.80", "0.92");
        }
        return b.build();
    }

    private BigDecimal walk(BigDecimal rate, String low, String high) {
        BigDecimal next = rate.add(BigDecimal.valueOf(random.nextInt(-2_000, 2_001), 6));
        return next.compareTo(new BigDecimal(low)) < 0 || next.compareTo(new BigDecimal(high)) > 0 ? rate : next;
    }

    private static final List<String> CURRENCIES = List.of("GBP", "USD", "EUR");

    private PledgeEvent.Announced pledge(int i) {
        long cents = 100_000_000L + random.nextLong(3_000_000_000_000L - 100_000_000L + 1);
        String currency = CURRENCIES.get(random.nextInt(3));
        LocalDate date = FIRST.plusDays(random.nextInt(1_096));
        PledgeId id = PledgeId.of("w" + i);
        Pledge p = Pledge.builder(id, Party.company(pledger(random.nextInt(PLEDGERS))), "United Kingdom",
                Amounts.of(BigDecimal.valueOf(cents, 2), Amounts.currency(currency)), date)
                .sector(Sector.of(SECTORS.get(random.nextInt(SECTORS.size())))).source(SOURCE).build();
        return new PledgeEvent.Announced(EventId.of("w" + i + "/a"), p, date, Basis.OFFICIAL_STATEMENT);
    }

    static String pledger(int n) {
        return String.format("P%04d", n);
    }

    /** Exactly as many status events as pledges, each pledge's a valid lifecycle prefix. */
    private List<LedgerEvent> statusEvents(List<PledgeEvent.Announced> announced, int count) {
        List<LedgerEvent> events = new ArrayList<>(count);
        for (PledgeEvent.Announced a : announced) {
            if (events.size() >= count) {
                break;
            }
            Pledge p = a.pledge();
            PledgeId id = p.id();
            LocalDate day = p.announced().plusDays(1 + random.nextInt(60));
            int kind = random.nextInt(20);
            List<LedgerEvent> mine = new ArrayList<>();
            if (kind < 6) {
                // no event
            } else if (kind < 11) {
                mine.add(committed(id, day));
            } else if (kind < 14) {
                mine.add(committed(id, day));
                mine.add(delivered(id, day.plusDays(1 + random.nextInt(90)), p, 1));
            } else if (kind < 17) {
                mine.add(new PledgeEvent.Paused(EventId.of(id + "/p"), id, day, day, SOURCE, Basis.PRESS_REPORT, "reported paused"));
                mine.add(new PledgeEvent.Resumed(EventId.of(id + "/r"), id, day.plusDays(1 + random.nextInt(90)), day.plusDays(100),
                        SOURCE, Basis.OFFICIAL_STATEMENT, "resumed"));
            } else if (kind < 19) {
                mine.add(new PledgeEvent.Withdrawn(EventId.of(id + "/w"), id, day, day, SOURCE, Basis.OFFICIAL_STATEMENT, "withdrawn"));
            } else {
                mine.add(committed(id, day));
                LocalDate first = day.plusDays(1 + random.nextInt(90));
                mine.add(delivered(id, first, p, 1));
                mine.add(delivered(id, first.plusDays(1 + random.nextInt(90)), p, 2));
            }
            events.addAll(mine.subList(0, Math.min(mine.size(), count - events.size())));
        }
        return events;
    }

    private static PledgeEvent.Committed committed(PledgeId id, LocalDate day) {
        return new PledgeEvent.Committed(EventId.of(id + "/c"), id, day, day, SOURCE, Basis.OFFICIAL_STATEMENT);
    }

    /** A tenth to a third of the pledge, in its currency, to two decimals. */
    private PledgeEvent.DeliveryRecorded delivered(PledgeId id, LocalDate day, Pledge p, int n) {
        BigDecimal share = BigDecimal.valueOf(10 + random.nextInt(24), 2);
        BigDecimal amount = Amounts.number(p.amount()).multiply(share).setScale(2, RoundingMode.DOWN);
        return new PledgeEvent.DeliveryRecorded(EventId.of(id + "/d" + n), id, day, day, SOURCE, Basis.PRESS_REPORT,
                Amounts.of(amount, p.amount().getCurrency()), Optional.empty());
    }

    /** A ledger-cli journal: P directives for the rates, one transaction a pledge, dated on its announcement. */
    private static void writeLedgerCli(Path file, RateTable rates, List<PledgeEvent.Announced> announced) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (DatedRate r : rates.rates()) {
                w.write("P " + r.date() + " " + r.base().getCurrencyCode() + " " + r.rate().toPlainString() + " "
                        + r.term().getCurrencyCode() + "\n");
            }
            w.write("\n");
            for (PledgeEvent.Announced a : announced) {
                Pledge p = a.pledge();
                w.write(p.announced() + " " + p.id() + "\n    Sector:" + p.sectors().iterator().next().name() + "    "
                        + Amounts.formatNumber(p.amount()) + " " + p.amount().getCurrency().getCurrencyCode() + "\n    Pledger:"
                        + p.pledger().name() + "\n\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
