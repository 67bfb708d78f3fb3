package org.pledgeledger.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.ledger.Correction;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
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
import org.pledgeledger.money.StatedEquivalent;

/**
 * Imports and exports pledges and their events as CSV, in a layout a spreadsheet user recognises:
 * one row a pledge (or an event), one column a field, ISO dates, plain decimal amounts beside an
 * ISO currency code.
 * <pre>{@code
 *   Ledger ledger = Ledger.create();
 *   PledgeCsv.importInto(ledger, Path.of("pledges.csv"), Path.of("events.csv"));   // all or nothing
 *   PledgeCsv.writePledges(ledger, writer);
 * }</pre>
 * <h2>Pledges</h2>
 * Columns, in any order, named by the header ({@link #PLEDGE_COLUMNS}); required are
 * {@code pledge_id, pledger, pledger_kind, beneficiary, amount, currency, announced, basis} and the
 * source's {@code source_publisher, source_title, source_date, source_quote}. The others may be
 * left out or blank: {@code event_id} (the announcement's id, by default {@code <pledge_id>/announced}),
 * {@code recorded} (by default the announcement date), {@code period} ({@code 2025-2028}),
 * {@code sectors} (separated by {@code ;}), {@code phasing} ({@code 2025=100.00;2026=200.00} in the
 * pledge's currency), {@code novelty} ({@code NEW}, {@code REANNOUNCED}, {@code PARTLY_REANNOUNCED})
 * with {@code earlier} and {@code reannounced}, a stated equivalent in {@code equivalent_amount,
 * equivalent_currency, equivalent_source}, and {@code source_url, source_note}. A pledge with more
 * sources or equivalents continues on the rows below it: a row whose {@code pledger} is blank adds
 * the source and the equivalent it holds to the pledge above, and must hold nothing else.
 * {@code examples/pledges.csv} is an example.
 * <h2>Events</h2>
 * One row an event of a pledge after its announcement ({@link #EVENT_COLUMNS}): {@code event_id},
 * {@code type} ({@code pledge.committed}, {@code pledge.delivered}, {@code pledge.revised},
 * {@code pledge.paused}, {@code pledge.resumed}, {@code pledge.withdrawn}, {@code pledge.fulfilled},
 * as in the JSON format), {@code pledge_id}, {@code effective}, {@code recorded} (by default the
 * effective date), {@code basis}, {@code amount} and {@code currency} for deliveries and revisions,
 * the optional rate of a delivery in another currency ({@code rate_date, rate_base, rate_term,
 * rate, rate_source}), {@code reason} for revisions, pauses, resumptions and withdrawals, and the
 * source columns. {@code examples/events.csv} is an example.
 * <h2>Rules</h2>
 * Files are CSV as RFC 4180 writes them (commas between cells; a cell holding a comma, a quote or
 * a line end in quotes, its quotes doubled; rows ending at {@code \n}, {@code \r\n} or
 * {@code \r}); a byte-order mark is dropped and blank lines are skipped.
 * A rejected row is an error naming the file, the line, the column, the value and the rule, and
 * an import is all or nothing: {@link #importInto(Ledger, Path, Path)} appends every row's event
 * atomically or none. Amounts are plain decimals (no thousands separators, no currency signs):
 * nothing is rounded or guessed. Export writes what import reads back to equal events; what the
 * layout cannot hold (a sector name with a {@code ;}, a delivery rate derived from others, a
 * correction of a pledge event) is refused with an error rather than dropped.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PledgeCsv {

    /** The columns of the pledge layout, in the order they are written. */
    public static final List<String> PLEDGE_COLUMNS = List.of("event_id", "pledge_id", "pledger", "pledger_kind", "beneficiary",
            "amount", "currency", "announced", "recorded", "basis", "period", "sectors", "phasing", "novelty", "earlier", "reannounced",
            "equivalent_amount", "equivalent_currency", "equivalent_source", "source_publisher", "source_title", "source_date",
            "source_url", "source_quote", "source_note");

    /** The columns of the event layout, in the order they are written. */
    public static final List<String> EVENT_COLUMNS = List.of("event_id", "type", "pledge_id", "effective", "recorded", "basis",
            "amount", "currency", "rate_date", "rate_base", "rate_term", "rate", "rate_source", "reason", "source_publisher",
            "source_title", "source_date", "source_url", "source_quote", "source_note");

    static final List<String> SOURCE_COLUMNS = List.of("source_publisher", "source_title", "source_date", "source_url", "source_quote",
            "source_note");
    private static final List<String> EQUIVALENT_COLUMNS = List.of("equivalent_amount", "equivalent_currency", "equivalent_source");
    private static final List<String> SOURCE_REQUIRED = List.of("source_publisher", "source_title", "source_date", "source_quote");
    private static final List<String> PLEDGE_REQUIRED = Stream.concat(Stream.of("pledge_id", "pledger", "pledger_kind", "beneficiary",
            "amount", "currency", "announced", "basis"), SOURCE_REQUIRED.stream()).toList();
    private static final List<String> EVENT_REQUIRED = Stream.concat(Stream.of("event_id", "type", "pledge_id", "effective", "basis"),
            SOURCE_REQUIRED.stream()).toList();
    /** The event types of the layout, named as in the JSON format ({@link LedgerJsonWriter#type}). */
    private static final List<String> EVENT_TYPES = List.of("pledge.committed", "pledge.delivered", "pledge.revised", "pledge.paused",
            "pledge.resumed", "pledge.withdrawn", "pledge.fulfilled");

    private PledgeCsv() {
    }

    // ------------------------------------------------------------------ import

    /**
     * Reads pledges, each as the event announcing it.
     *
     * @param reader  the CSV text, not null, not closed by this method
     * @param name  what to call the input in errors, not blank
     * @return the announcements, in file order, never null
     * @throws IllegalArgumentException naming the line, column, value and rule of the first bad row
     * @throws UncheckedIOException if the reader fails
     */
    public static List<PledgeEvent.Announced> readPledges(Reader reader, String name) {
        return readPledgeRows(reader, name).stream().map(Located::event).map(PledgeEvent.Announced.class::cast).toList();
    }

    /**
     * Reads pledges one at a time, passing each announcement on as soon as its rows are read, so
     * that a file of any size is read in little memory.
     * <p>
     * {@code PledgeCsv.readPledges(reader, "pledges.csv", a -> totals.add(a.pledge()))}
     *
     * @param reader  the CSV text, not null, not closed by this method
     * @param name  what to call the input in errors, not blank
     * @param each  receives each announcement in file order, not null
     * @return how many pledges were read
     * @throws IllegalArgumentException naming the line, column, value and rule of the first bad row;
     *     the pledges before it have been passed on already, so a caller that must be all or nothing
     *     collects them first, as {@link #readPledges(Reader, String)} does
     * @throws UncheckedIOException if the reader fails
     */
    public static int readPledges(Reader reader, String name, Consumer<? super PledgeEvent.Announced> each) {
        Objects.requireNonNull(each, "each");
        return streamPledgeRows(reader, name, row -> each.accept((PledgeEvent.Announced) row.event()));
    }

    /**
     * Reads the events of pledges after their announcement: commitments, deliveries, revisions,
     * pauses, resumptions, withdrawals and fulfilment.
     *
     * @param reader  the CSV text, not null, not closed by this method
     * @param name  what to call the input in errors, not blank
     * @return the events, in file order, never null
     * @throws IllegalArgumentException naming the line, column, value and rule of the first bad row
     * @throws UncheckedIOException if the reader fails
     */
    public static List<PledgeEvent> readEvents(Reader reader, String name) {
        return readEventRows(reader, name).stream().map(Located::event).map(PledgeEvent.class::cast).toList();
    }

    /**
     * Imports a pledge file into a ledger, all or nothing.
     *
     * @param ledger  the ledger, not null
     * @param pledges  the pledge CSV file, UTF-8, not null
     * @return how many events were new
     * @throws IllegalArgumentException naming the file, line, column, value and rule of the first
     *     bad row, or the row whose event the ledger rejects; the ledger is then unchanged
     * @throws IllegalStateException naming the file and line of an event the ledger cannot apply;
     *     the ledger is then unchanged
     * @throws UncheckedIOException if the file cannot be read
     */
    public static int importInto(Ledger ledger, Path pledges) {
        Objects.requireNonNull(ledger, "ledger");
        return append(ledger, read(pledges, PledgeCsv::readPledgeRows));
    }

    /**
     * Imports a pledge file and an event file into a ledger, all or nothing.
     *
     * @param ledger  the ledger, not null
     * @param pledges  the pledge CSV file, UTF-8, not null
     * @param events  the event CSV file, UTF-8, not null
     * @return how many events were new
     * @throws IllegalArgumentException naming the file, line, column, value and rule of the first
     *     bad row, or the row whose event the ledger rejects; the ledger is then unchanged
     * @throws IllegalStateException naming the file and line of an event the ledger cannot apply;
     *     the ledger is then unchanged
     * @throws UncheckedIOException if a file cannot be read
     */
    public static int importInto(Ledger ledger, Path pledges, Path events) {
        Objects.requireNonNull(ledger, "ledger");
        List<Located> all = new ArrayList<>(read(pledges, PledgeCsv::readPledgeRows));
        all.addAll(read(events, PledgeCsv::readEventRows));
        return append(ledger, all);
    }

    /** An event and the row it came from. */
    private record Located(LedgerEvent event, String name, int line) {

        /** The file and line, for an error: made only when one is reported. */
        String where() {
            return name + " line " + line;
        }
    }

    private interface RowsReader {
        List<Located> read(Reader reader, String name);
    }

    private static List<Located> read(Path file, RowsReader rows) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return rows.read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static int append(Ledger ledger, List<Located> rows) {
        List<LedgerEvent> events = rows.stream().map(Located::event).toList();
        try {
            return ledger.appendAll(events);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw locate(ledger, rows, e);
        }
    }

    /** Finds the row whose event the ledger rejects by replaying the rows one by one on a scratch copy. */
    private static RuntimeException locate(Ledger ledger, List<Located> rows, RuntimeException batchError) {
        Ledger scratch = Ledger.create();
        scratch.appendAll(ledger.events());
        for (Located row : rows) {
            try {
                scratch.append(row.event());
            } catch (IllegalArgumentException e) {
                return new IllegalArgumentException(row.where() + ": " + e.getMessage(), batchError);
            } catch (IllegalStateException e) {
                return new IllegalStateException(row.where() + ": " + e.getMessage(), batchError);
            }
        }
        return batchError;
    }

    private static List<Located> readPledgeRows(Reader reader, String name) {
        List<Located> rows = new ArrayList<>();
        streamPledgeRows(reader, name, rows::add);
        return rows;
    }

    private static int streamPledgeRows(Reader reader, String name, Consumer<Located> each) {
        Objects.requireNonNull(reader, "reader");
        CsvRows.checkName(name);
        PledgeRows rows = new PledgeRows(name, each);
        CsvRows.read(reader, name, rows::row);
        return rows.finish();
    }

    /** The pledges of one file, built as their rows arrive; a pledge is finished when the next starts. */
    private static final class PledgeRows {

        private final String name;
        private final Consumer<Located> done;
        /*
         * Values met again share one instance, found by their cell's text: a large file repeats a
         * few thousand pledgers, beneficiaries, periods, sector lists and sources a million times.
         * (Dates are shared by the header.)
         */
        private final Map<Source, Source> interned = new HashMap<>();
        private final Map<String, Party> parties = new HashMap<>();
        private final Map<String, String> beneficiaries = new HashMap<>();
        private final Map<String, PledgePeriod> periods = new HashMap<>();
        private final Map<String, Set<Sector>> sectors = new HashMap<>();
        private String[] lastSourceCells;
        private Optional<Source> lastSource = Optional.empty();
        private CsvLine.Header header;
        private Open open;
        private int count;

        PledgeRows(String name, Consumer<Located> done) {
            this.name = name;
            this.done = done;
        }

        /** A pledge whose continuation rows may still come. */
        private record Open(CsvLine first, PledgeId id, Pledge.Builder builder, EventId event, LocalDate recorded, Basis basis) {
        }

        void row(CsvRows.Row row) {
            if (header == null) {
                header = new CsvLine.Header(name, row, PLEDGE_COLUMNS, PLEDGE_REQUIRED);
                return;
            }
            CsvLine line = new CsvLine(name, header, row);
            if (line.cell("pledger").isEmpty()) {
                continuation(line);
                return;
            }
            close();
            PledgeId id = line.checked("pledge_id", line.cell("pledge_id"), () -> PledgeId.of(line.text("pledge_id")));
            Party pledger = party(line);
            // the number and currency, with no Moneta amount: the pledge makes one when asked
            BigDecimal number = line.decimal("amount");
            CurrencyUnit currency = line.currency("currency");
            line.checked("amount", line.cell("amount"), () -> Amounts.requireExact(number, currency));
            LocalDate announced = line.date("announced");
            String beneficiary = beneficiaries.computeIfAbsent(line.words("beneficiary"), w -> w);
            Pledge.Builder b = line.checked("beneficiary", beneficiary,
                    () -> Pledge.builder(id, pledger, beneficiary, number, currency, announced));
            String period = line.cell("period");
            if (!period.isEmpty()) {
                b.period(periods.computeIfAbsent(period, p -> line.checked("period", p, () -> PledgePeriod.parse(p))));
            }
            String sectorCell = line.cell("sectors");
            if (!sectorCell.isEmpty()) {
                Set<Sector> known = sectors.get(sectorCell);
                if (known == null) {
                    List<Sector> parsed = new ArrayList<>();
                    for (String sector : sectorCell.split(";", -1)) {
                        parsed.add(line.checked("sectors", sectorCell, () -> Sector.of(sector)));
                    }
                    known = Set.copyOf(parsed);
                    sectors.put(sectorCell, known);
                }
                // the same set for every pledge of the cell: a pledge keeps a set of one sector as given
                b.sectors(known);
            }
            line.opt("phasing").ifPresent(p -> b.phasing(phasing(line, p, currency)));
            novelty(line, currency).ifPresent(b::novelty);
            addEquivalentAndSource(line, b, true);
            EventId event = line.opt("event_id").map(e -> line.checked("event_id", e, () -> EventId.of(e)))
                    .orElseGet(() -> EventId.of(id.value() + "/announced"));
            LocalDate recorded = line.cell("recorded").isEmpty() ? announced : line.date("recorded");
            open = new Open(line, id, b, event, recorded, line.enumValue("basis", Basis.class));
        }

        private void continuation(CsvLine line) {
            if (open == null) {
                throw line.error("pledger", "", "is blank, which makes this row a continuation, but no pledge row comes before it");
            }
            String id = line.cell("pledge_id");
            if (!id.isEmpty() && !id.equals(open.id().value())) {
                throw line.error("pledge_id", id, "differs from the pledge above (" + open.id() + "); a continuation row, with a blank"
                        + " pledger, adds a source or an equivalent to the pledge above");
            }
            for (String column : PLEDGE_COLUMNS) {
                if (!column.equals("pledge_id") && !SOURCE_COLUMNS.contains(column) && !EQUIVALENT_COLUMNS.contains(column)
                        && !line.cell(column).isEmpty()) {
                    throw line.error(column, line.cell(column), "is not allowed in a continuation row (blank pledger), which holds"
                            + " only a source and an equivalent for the pledge above");
                }
            }
            addEquivalentAndSource(line, open.builder(), false);
        }

        private void addEquivalentAndSource(CsvLine line, Pledge.Builder b, boolean sourceRequired) {
            if (!line.cell("equivalent_amount").isEmpty() || !line.cell("equivalent_currency").isEmpty()) {
                MonetaryAmount equivalent = line.amount("equivalent_amount", "equivalent_currency");
                String by = line.words("equivalent_source");
                line.checked("equivalent_amount", line.cell("equivalent_amount"), () -> b.equivalent(equivalent, by));
            } else if (!line.cell("equivalent_source").isEmpty()) {
                throw line.error("equivalent_amount", "", "is empty, but equivalent_source names who stated an equivalent");
            }
            Optional<Source> source = source(line);
            if (source.isPresent()) {
                b.source(source.get());
            } else if (sourceRequired) {
                throw line.error("source_publisher", "", "required, and empty: every pledge cites where it came from");
            }
        }

        /** The pledger, the same instance for the same name and kind (a file names a few thousand pledgers a million times). */
        private Party party(CsvLine line) {
            String name = line.words("pledger");
            Party known = parties.get(name);
            if (known != null && known.kind().name().equals(line.cell("pledger_kind"))) {
                return known;
            }
            Party p = line.checked("pledger", name, () -> new Party(name, line.enumValue("pledger_kind", Party.Kind.class)));
            parties.put(name, p);
            return p;
        }

        /** The row's source; when its cells are those of the row before, that row's source itself. */
        private Optional<Source> source(CsvLine line) {
            String[] cells = line.cells(SOURCE_COLUMNS);
            if (java.util.Arrays.equals(cells, lastSourceCells)) {
                return lastSource;
            }
            lastSource = line.source().map(source -> interned.computeIfAbsent(source, v -> v));
            lastSourceCells = cells;
            return lastSource;
        }

        private void close() {
            if (open != null) {
                Open o = open;
                CsvLine line = o.first();
                Pledge pledge = line.checked("pledge_id", o.id(), o.builder()::build);
                done.accept(new Located(line.checked("event_id", o.event(),
                        () -> new PledgeEvent.Announced(o.event(), pledge, o.recorded(), o.basis())), name, line.line()));
                count++;
                open = null;
            }
        }

        int finish() {
            if (header == null) {
                throw new IllegalArgumentException(name + ": empty; expected a header naming the columns, such as "
                        + String.join(",", PLEDGE_REQUIRED));
            }
            close();
            return count;
        }
    }

    private static Map<Year, MonetaryAmount> phasing(CsvLine line, String text, CurrencyUnit currency) {
        Map<Year, MonetaryAmount> years = new LinkedHashMap<>();
        for (String part : text.split(";", -1)) {
            String[] yearAmount = part.strip().split("=", -1);
            if (yearAmount.length != 2 || !yearAmount[0].strip().matches("[0-9]{4}") || !PlainDecimal.is(yearAmount[1].strip())) {
                throw line.error("phasing", text, "is not a list of year=amount such as 2025=100.00;2026=200.00 (amounts in "
                        + currency.getCurrencyCode() + ", plain decimals)");
            }
            Year year = Year.of(Integer.parseInt(yearAmount[0].strip()));
            MonetaryAmount amount = line.checked("phasing", text, () -> Amounts.of(new BigDecimal(yearAmount[1].strip()), currency));
            if (years.put(year, amount) != null) {
                throw line.error("phasing", text, "names " + year + " twice");
            }
        }
        return years;
    }

    private static Optional<Novelty> novelty(CsvLine line, CurrencyUnit currency) {
        if (line.opt("novelty").isEmpty()) {
            if (!line.cell("earlier").isEmpty() || !line.cell("reannounced").isEmpty()) {
                throw line.error("novelty", "", "is empty, but earlier or reannounced is given: say NEW, REANNOUNCED or PARTLY_REANNOUNCED");
            }
            return Optional.empty();
        }
        Novelty.Kind kind = line.enumValue("novelty", Novelty.Kind.class);
        Optional<PledgeId> earlier = line.opt("earlier").map(e -> line.checked("earlier", e, () -> PledgeId.of(e)));
        Optional<MonetaryAmount> part = line.opt("reannounced")
                .map(r -> line.checked("reannounced", r, () -> Amounts.of(line.decimal("reannounced"), currency)));
        return Optional.of(line.checked("novelty", kind.name(), () -> new Novelty(kind, earlier, part)));
    }

    private static List<Located> readEventRows(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        CsvRows.checkName(name);
        List<Located> events = new ArrayList<>();
        Map<Source, Source> interned = new HashMap<>();
        CsvLine.Header[] header = new CsvLine.Header[1];
        CsvRows.read(reader, name, row -> {
            if (header[0] == null) {
                header[0] = new CsvLine.Header(name, row, EVENT_COLUMNS, EVENT_REQUIRED);
                return;
            }
            CsvLine line = new CsvLine(name, header[0], row);
            events.add(new Located(event(line, interned), name, line.line()));
        });
        if (header[0] == null) {
            throw new IllegalArgumentException(name + ": empty; expected a header naming the columns, such as "
                    + String.join(",", EVENT_REQUIRED));
        }
        return events;
    }

    private static PledgeEvent event(CsvLine line, Map<Source, Source> interned) {
        String type = line.text("type");
        if (!EVENT_TYPES.contains(type)) {
            throw line.error("type", type, "is not an event type of this layout; expected one of " + EVENT_TYPES);
        }
        EventId id = line.checked("event_id", line.cell("event_id"), () -> EventId.of(line.text("event_id")));
        PledgeId pledge = line.checked("pledge_id", line.cell("pledge_id"), () -> PledgeId.of(line.text("pledge_id")));
        LocalDate effective = line.date("effective");
        LocalDate recorded = line.opt("recorded").isPresent() ? line.date("recorded") : effective;
        Basis basis = line.enumValue("basis", Basis.class);
        Source source = interned.computeIfAbsent(line.source()
                .orElseThrow(() -> line.error("source_publisher", "", "required, and empty: every event cites where it came from")), s -> s);
        Set<String> used = new HashSet<>(List.of("event_id", "type", "pledge_id", "effective", "recorded", "basis"));
        used.addAll(SOURCE_COLUMNS);
        PledgeEvent event;
        switch (type) {
            case "pledge.committed":
                event = new PledgeEvent.Committed(id, pledge, effective, recorded, source, basis);
                break;
            case "pledge.delivered": {
                used.addAll(List.of("amount", "currency", "rate_date", "rate_base", "rate_term", "rate", "rate_source"));
                MonetaryAmount amount = line.amount("amount", "currency");
                Optional<DatedRate> rate = rate(line);
                event = line.checked("amount", line.cell("amount"),
                        () -> new PledgeEvent.DeliveryRecorded(id, pledge, effective, recorded, source, basis, amount, rate));
                break;
            }
            case "pledge.revised": {
                used.addAll(List.of("amount", "currency", "reason"));
                MonetaryAmount amount = line.amount("amount", "currency");
                event = line.checked("amount", line.cell("amount"),
                        () -> new PledgeEvent.AmountRevised(id, pledge, effective, recorded, source, basis, amount, line.words("reason")));
                break;
            }
            case "pledge.paused":
                used.add("reason");
                event = line.checked("reason", line.cell("reason"),
                        () -> new PledgeEvent.Paused(id, pledge, effective, recorded, source, basis, line.words("reason")));
                break;
            case "pledge.resumed":
                used.add("reason");
                event = line.checked("reason", line.cell("reason"),
                        () -> new PledgeEvent.Resumed(id, pledge, effective, recorded, source, basis, line.words("reason")));
                break;
            case "pledge.withdrawn":
                used.add("reason");
                event = line.checked("reason", line.cell("reason"),
                        () -> new PledgeEvent.Withdrawn(id, pledge, effective, recorded, source, basis, line.words("reason")));
                break;
            default:
                event = new PledgeEvent.Fulfilled(id, pledge, effective, recorded, source, basis);
        }
        for (String column : EVENT_COLUMNS) {
            if (!used.contains(column) && !line.cell(column).isEmpty()) {
                throw line.error(column, line.cell(column), "does not belong to a " + type + " event; leave it blank");
            }
        }
        return event;
    }

    private static Optional<DatedRate> rate(CsvLine line) {
        List<String> columns = List.of("rate_date", "rate_base", "rate_term", "rate", "rate_source");
        if (columns.stream().allMatch(c -> line.cell(c).isEmpty())) {
            return Optional.empty();
        }
        LocalDate date = line.date("rate_date");
        CurrencyUnit base = line.currency("rate_base");
        CurrencyUnit term = line.currency("rate_term");
        BigDecimal rate = line.decimal("rate");
        return Optional.of(line.checked("rate", line.cell("rate"), () -> DatedRate.of(date, base, term, rate, line.words("rate_source"))));
    }

    // ------------------------------------------------------------------ export

    /**
     * Writes the pledges of a ledger, in the order they were announced, as
     * {@link #readPledges(Reader, String)} reads them back to equal announcements.
     *
     * @param ledger  the ledger, not null
     * @param writer  where to write, not null, not closed by this method
     * @throws IllegalArgumentException if a pledge holds what the layout cannot (a sector name with {@code ;}),
     *     naming the pledge; nothing is written then
     * @throws UncheckedIOException if the writer fails
     */
    public static void writePledges(Ledger ledger, Writer writer) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(writer, "writer");
        List<String[]> rows = new ArrayList<>();
        rows.add(PLEDGE_COLUMNS.toArray(new String[0]));
        for (LedgerEvent e : ledger.events()) {
            if (e instanceof PledgeEvent.Announced a) {
                pledgeRows(a, rows);
            }
        }
        CsvRows.write(rows, writer, "pledges");
    }

    private static void pledgeRows(PledgeEvent.Announced a, List<String[]> rows) {
        Pledge p = a.pledge();
        for (Sector s : p.sectors()) {
            if (s.name().contains(";")) {
                throw new IllegalArgumentException("Pledge " + p.id() + " has the sector '" + s.name()
                        + "', whose ';' the CSV layout uses between sectors; rename it or use LedgerJson");
            }
        }
        Map<String, String> row = new LinkedHashMap<>();
        row.put("event_id", a.id().value());
        row.put("pledge_id", p.id().value());
        row.put("pledger", p.pledger().name());
        row.put("pledger_kind", p.pledger().kind().name());
        row.put("beneficiary", p.beneficiary());
        row.put("amount", plain(p.amount()));
        row.put("currency", p.amount().getCurrency().getCurrencyCode());
        row.put("announced", p.announced().toString());
        row.put("recorded", a.recorded().toString());
        row.put("basis", a.basis().name());
        row.put("period", p.period().toString());
        row.put("sectors", p.sectors().stream().map(Sector::name).collect(Collectors.joining(";")));
        if (p.isPhasingStated()) {
            row.put("phasing", p.phasing().amounts().entrySet().stream().map(y -> y.getKey() + "=" + plain(y.getValue()))
                    .collect(Collectors.joining(";")));
        }
        Novelty n = p.novelty();
        if (n.kind() != Novelty.Kind.NEW) {
            row.put("novelty", n.kind().name());
            n.earlier().ifPresent(e -> row.put("earlier", e.value()));
            n.reannounced().ifPresent(r -> row.put("reannounced", plain(r)));
        }
        int lines = Math.max(p.sources().size(), p.equivalents().size());
        for (int i = 0; i < lines; i++) {
            Map<String, String> r = i == 0 ? row : new LinkedHashMap<>(Map.of("pledge_id", p.id().value()));
            if (i < p.equivalents().size()) {
                StatedEquivalent e = p.equivalents().get(i);
                r.put("equivalent_amount", plain(e.amount()));
                r.put("equivalent_currency", e.amount().getCurrency().getCurrencyCode());
                r.put("equivalent_source", e.source());
            }
            if (i < p.sources().size()) {
                source(p.sources().get(i), r);
            }
            rows.add(PLEDGE_COLUMNS.stream().map(c -> r.getOrDefault(c, "")).toArray(String[]::new));
        }
    }

    /**
     * Writes the events of the ledger's pledges after their announcement, in the order they were
     * appended, as {@link #readEvents(Reader, String)} reads them back to equal events.
     *
     * @param ledger  the ledger, not null
     * @param writer  where to write, not null, not closed by this method
     * @throws IllegalArgumentException if the ledger holds what the layout cannot: a correction of
     *     a pledge event, or a delivery rate derived from other rates; nothing is written then
     * @throws UncheckedIOException if the writer fails
     */
    public static void writeEvents(Ledger ledger, Writer writer) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(writer, "writer");
        Set<EventId> pledgeEvents = new HashSet<>();
        List<String[]> rows = new ArrayList<>();
        rows.add(EVENT_COLUMNS.toArray(new String[0]));
        for (LedgerEvent e : ledger.events()) {
            if (e instanceof PledgeEvent p) {
                pledgeEvents.add(p.id());
                if (!(e instanceof PledgeEvent.Announced)) {
                    rows.add(eventRow(p));
                }
            } else if (e instanceof Correction c && pledgeEvents.contains(c.supersedes())) {
                throw new IllegalArgumentException("Correction " + c.id() + " supersedes pledge event " + c.supersedes()
                        + ", which the event CSV layout cannot express; use LedgerJson or the Journal");
            }
        }
        CsvRows.write(rows, writer, "pledge events");
    }

    private static String[] eventRow(PledgeEvent e) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("event_id", e.id().value());
        row.put("type", LedgerJsonWriter.type(e));
        row.put("pledge_id", e.pledgeId().value());
        row.put("effective", e.effective().toString());
        row.put("recorded", e.recorded().toString());
        row.put("basis", e.basis().name());
        if (e instanceof PledgeEvent.DeliveryRecorded d) {
            row.put("amount", plain(d.amount()));
            row.put("currency", d.amount().getCurrency().getCurrencyCode());
            d.rate().ifPresent(r -> {
                if (!r.isStated()) {
                    throw new IllegalArgumentException("Delivery " + d.id() + " carries the derived rate " + r
                            + ", whose derivation the event CSV layout cannot hold; use LedgerJson or the Journal");
                }
                row.put("rate_date", r.date().toString());
                row.put("rate_base", r.base().getCurrencyCode());
                row.put("rate_term", r.term().getCurrencyCode());
                row.put("rate", r.rate().toPlainString());
                row.put("rate_source", r.source());
            });
        } else if (e instanceof PledgeEvent.AmountRevised r) {
            row.put("amount", plain(r.newAmount()));
            row.put("currency", r.newAmount().getCurrency().getCurrencyCode());
        }
        if (e instanceof LedgerEvent.Reasoned r) {
            row.put("reason", r.reason());
        }
        source(e.source(), row);
        return EVENT_COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toArray(String[]::new);
    }

    private static void source(Source s, Map<String, String> row) {
        row.put("source_publisher", s.publisher());
        row.put("source_title", s.title());
        row.put("source_date", s.date().toString());
        s.url().ifPresent(u -> row.put("source_url", u.toString()));
        row.put("source_quote", s.quote());
        s.note().ifPresent(n -> row.put("source_note", n));
    }

    private static String plain(MonetaryAmount a) {
        return Amounts.formatNumber(a);
    }
}
