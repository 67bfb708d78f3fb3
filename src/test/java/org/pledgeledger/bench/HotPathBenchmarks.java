package org.pledgeledger.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pledgeledger.condition.Conditions;
import org.pledgeledger.io.Journal;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Sector;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.MultiCurrencyAmount;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.report.PledgeTable;
import org.pledgeledger.report.PledgeTotals;

/**
 * JMH benchmarks of the hot paths, each over {@code size} seeded W1M-like pledges: conversion at
 * own dates, bag addition (the library's and Moneta's against plain BigDecimal), the ledger fold,
 * grouping, and a journal's replay. Run by {@code src/bench/run --jmh}; one operation is one pass over all pledges.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class HotPathBenchmarks {

    /** How many pledges one operation covers. */
    @Param("100000")
    public int size;

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private List<Pledge> pledges;
    private List<DatedAmount> dated;
    private List<MonetaryAmount> amounts;
    private List<BigDecimal> numbers;
    private Valuation valuation;
    private Ledger ledger;
    private LocalDate asOf;
    private Path journal;

    /** Builds the pledges, their rates and a ledger with a status event for every pledge, and writes its journal. */
    @Setup
    public void setUp() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        RateTable.Builder rates = RateTable.builder();
        for (int day = 0; day < 1_096; day++) {
            LocalDate d = W1M.FIRST.plusDays(day);
            rates.add(DatedRate.of(d, Amounts.currency("USD"), GBP, BigDecimal.valueOf(700_000 + random.nextInt(160_000), 6), "r"));
            rates.add(DatedRate.of(d, Amounts.currency("EUR"), GBP, BigDecimal.valueOf(800_000 + random.nextInt(120_000), 6), "r"));
        }
        valuation = Valuation.atOwnDates(rates.build());
        List<String> codes = List.of("GBP", "USD", "EUR");
        pledges = new ArrayList<>(size);
        List<LedgerEvent> events = new ArrayList<>(2 * size);
        for (int i = 0; i < size; i++) {
            LocalDate d = W1M.FIRST.plusDays(random.nextInt(1_096));
            Pledge p = Pledge.builder(PledgeId.of("w" + i), Party.company(W1M.pledger(random.nextInt(5_000))), "United Kingdom",
                    Amounts.of(BigDecimal.valueOf(100_000_000L + random.nextLong(2_999_900_000_000L), 2),
                            Amounts.currency(codes.get(random.nextInt(3)))), d)
                    .sector(Sector.of(W1M.SECTORS.get(random.nextInt(11)))).source(W1M.SOURCE).build();
            pledges.add(p);
            events.add(new PledgeEvent.Announced(EventId.of("w" + i + "/a"), p, d, Basis.OFFICIAL_STATEMENT));
            events.add(new PledgeEvent.Committed(EventId.of("w" + i + "/c"), p.id(), d.plusDays(5), d.plusDays(5), W1M.SOURCE,
                    Basis.OFFICIAL_STATEMENT));
        }
        dated = pledges.stream().map(Pledge::datedAmount).toList();
        amounts = pledges.stream().map(Pledge::amount).toList();
        numbers = amounts.stream().map(Amounts::number).toList();
        ledger = Ledger.create();
        ledger.appendAll(events);
        asOf = W1M.LAST.plusYears(1);
        Path dir = Files.createTempDirectory("pledge-ledger-bench");
        journal = dir.resolve("journal.jsonl");
        try (Journal written = Journal.open(journal)) {
            written.appendAll(events);
        }
    }

    /** Deletes the journal written for {@link #journalReplay()}. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(journal);
        Files.deleteIfExists(journal.getParent());
    }

    /** Converting every pledge at its own date's rate into one total with its rates. */
    @Benchmark
    public Object convertAtOwnDates() {
        return valuation.convert(dated, GBP);
    }

    /** Adding every amount into a multi-currency bag. */
    @Benchmark
    public Object bagAddition() {
        return MultiCurrencyAmount.of(amounts);
    }

    /** The same sums with Moneta's own {@code Money.add}, one object per addition (Moneta issue 320). */
    @Benchmark
    public Object monetaAddition() {
        MonetaryAmount[] sums = {Amounts.zero(GBP), Amounts.zero(Amounts.currency("USD")), Amounts.zero(Amounts.currency("EUR"))};
        for (MonetaryAmount a : amounts) {
            int i = a.getCurrency() == GBP ? 0 : a.getCurrency().getCurrencyCode().equals("USD") ? 1 : 2;
            sums[i] = sums[i].add(a);
        }
        return sums;
    }

    /** The hand-written limit for bag addition: BigDecimal sums, currency known in advance. */
    @Benchmark
    public Object bigDecimalAddition() {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < numbers.size(); i++) {
            String code = amounts.get(i).getCurrency().getCurrencyCode();
            int k = code.equals("GBP") ? 0 : code.equals("USD") ? 1 : 2;
            sums[k] = sums[k].add(numbers.get(i));
        }
        return sums;
    }

    /** Folding every pledge's events into its state as of a date. */
    @Benchmark
    public LedgerView foldAsOf() {
        return ledger.asOf(asOf);
    }

    /** Grouping by pledger and sector and converting, streaming. */
    @Benchmark
    public PledgeTotals groupTotals() {
        PledgeTotals.Builder b = PledgeTotals.builder(valuation, GBP);
        pledges.forEach(b::add);
        return b.build();
    }

    /** Replaying a journal of every pledge's announcement and commitment: reading its lines, and the ledger's checks. */
    @Benchmark
    public int journalReplay() {
        try (Journal replayed = Journal.open(journal)) {
            return replayed.ledger().size();
        }
    }

    /** Grouping a folded view by pledger into a table of pledged, delivered, outstanding and contingent money. */
    @Benchmark
    public PledgeTable groupTable() {
        return PledgeTable.of(ledger.asOf(asOf), Conditions.none(), PledgeTable.Grouping.PLEDGER, valuation, GBP);
    }
}
