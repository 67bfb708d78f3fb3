package org.pledgeledger.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.condition.Condition;
import org.pledgeledger.condition.ConditionId;
import org.pledgeledger.condition.Conditions;
import org.pledgeledger.ledger.AgreementEvent;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Assessment;
import org.pledgeledger.ledger.ConditionEvent;
import org.pledgeledger.ledger.Correction;
import org.pledgeledger.ledger.EventBatch;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.model.Novelty;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.report.Headlines;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.datatype.moneta.MonetaMoneyModule;

/**
 * Reads a ledger document: sources, agreements, pledges, headlines, conditions, dependencies and
 * events, as JSON.
 * <pre>{@code
 *   LedgerDocument doc = LedgerJson.read(Path.of("deal.json"));
 * }</pre>
 * <h2>The document</h2>
 * An object with {@code "schema": "pledge-ledger/1"} and the sections {@code sources} (an object
 * of cited sources by key), {@code rateTables} (an object of rate tables by key: optional
 * {@code maxStaleness} and {@code pivot}, and {@code rates}), {@code agreements}, {@code pledges},
 * {@code headlines}, {@code conditions}, {@code dependencies} and {@code events} (arrays). Amounts
 * are objects as jackson-datatype-moneta writes them with quoted decimals,
 * {@code {"amount": "30000000000.00", "currency": "USD"}}: the number is a plain decimal in a
 * string, never a JSON number. Rates and shares are decimal strings too; dates are ISO-8601. Every
 * event and condition names its kind in {@code "type"}; a threshold's valuation names its kind in
 * {@code "kind"} ({@code own-dates}, {@code at-date}, {@code reference-rates},
 * {@code stated-equivalents} with an optional {@code fallback}) and its rate table by key. Every
 * figure and event cites a source by key.
 * {@code src/main/resources/org/pledgeledger/data/tech-prosperity-deal.json} is a complete example.
 * <h2>Rules</h2>
 * The whole document is checked before anything is returned: an unknown field, an unknown type,
 * a source key that is not defined, a malformed value or an event the ledger rejects is an error
 * naming the document, the JSON path, the value and the rule. Reading applies stream limits
 * (document size, nesting depth, string length), so a hostile file cannot exhaust memory.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LedgerJson {

    /** The schema this reader understands. */
    public static final String SCHEMA = "pledge-ledger/1";

    /** The largest document read: 16 MiB. */
    static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /** The longest string read: 64 Ki characters. */
    static final int MAX_STRING_CHARS = 64 * 1024;

    /**
     * The mapper, built when first needed (about half a second of start-up): a journal whose lines
     * are all in the common shape of a pledge event, under the header the library writes, never
     * needs it.
     */
    private static final class Mapper {

        static final JsonMapper INSTANCE = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(32)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(64)
                        .build())
                .build())
                // a stray JSON number is held as the decimal it was written as, never in binary floating point
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(new MonetaMoneyModule().withQuotedDecimalNumbers().withoutFormatting())
                // registered after the money module, so that its currency reader is the one used; both
                // readers are cached by the mapper, where Jackson's own would be looked up for every amount
                .addModule(new SimpleModule("pledge-ledger currencies and decimals")
                        .addDeserializer(CurrencyUnit.class, new CurrencyDeserializer())
                        .addDeserializer(BigDecimal.class, new DecimalDeserializer()))
                .build();
    }

    /** The type of every event a journal or document may hold, as written in its {@code type} field. */
    static final List<String> EVENT_TYPES = List.of("pledge.announced", "pledge.committed", "pledge.delivered",
            "pledge.revised", "pledge.paused", "pledge.resumed", "pledge.withdrawn", "pledge.fulfilled", "agreement.recorded",
            "agreement.moved", "agreement.paused", "agreement.resumed", "agreement.notice-given", "agreement.terminated",
            "milestone.recorded", "judgement.assessed", "correction");
    private static final List<String> CONDITION_TYPES = List.of("agreement-reaches", "milestone", "judgement", "threshold", "all-of",
            "any-of");
    private static final List<String> VALUATION_KINDS = List.of("own-dates", "at-date", "reference-rates", "stated-equivalents");

    private LedgerJson() {
    }

    /**
     * Writes a document in the format {@link #read(Reader, String)} reads back to an equal ledger,
     * conditions, headlines and sources.
     * <p>
     * Sources keep their keys; one without a key gets the next free key {@code s1}, {@code s2} and
     * so on. Events are written in the order they were appended.
     *
     * @param document  the document, not null
     * @param writer  where to write, not null, not closed by this method
     * @throws IllegalArgumentException if the document is beyond the limits a read takes (16 MiB, or
     *     a text of more than 64 Ki characters): nothing is written
     * @throws UncheckedIOException if the writer fails
     */
    public static void write(LedgerDocument document, Writer writer) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(writer, "writer");
        ObjectNode root = new LedgerJsonWriter(document.sources()).document(document);
        String text;
        try {
            text = Mapper.INSTANCE.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JacksonException e) {
            throw new UncheckedIOException("Cannot write ledger document: " + e.getOriginalMessage(), new IOException(e));
        }
        // parsed under the read's limits before anything is written: a document that could not be
        // read back is refused, rather than written
        try {
            Mapper.INSTANCE.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The ledger document is beyond what a read takes, and is not written: "
                    + e.getOriginalMessage(), e);
        }
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write ledger document", e);
        }
    }

    /**
     * Reads a document from a file, naming it by its file name in errors.
     *
     * @param file  the JSON file, UTF-8, not null
     * @return the document, never null
     * @throws IllegalArgumentException naming the path, value and rule of the first problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static LedgerDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ledger document " + file, e);
        }
    }

    /**
     * Reads a document.
     *
     * @param reader  the JSON text, not null, not closed by this method
     * @param name  what to call the document in errors, not blank
     * @return the document, never null
     * @throws IllegalArgumentException naming the path, value and rule of the first problem
     * @throws UncheckedIOException if the reader fails
     */
    public static LedgerDocument read(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        JsonNode root;
        try {
            root = Mapper.INSTANCE.readTree(reader);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(name + " line " + line + ": not a readable JSON document: " + e.getOriginalMessage(), e);
        }
        Shared shared = new Shared();
        return new Reading(name, new JsonFields(name, shared, root), shared).document();
    }

    /** The mapper with stream limits, shared with the journal. */
    static JsonMapper mapper() {
        return Mapper.INSTANCE;
    }

    /**
     * Reads the events of one journal, one at a time, sharing equal values (pledgers, sources,
     * beneficiaries, sectors, periods, dates, pledge ids, reasons) between them ({@link Shared}).
     * A line in the common shape of a pledge event is read by {@link StreamedEvents} without a tree,
     * in any thread; any other line as a tree, which reads every shape and names every error, in one
     * thread, in file order.
     * <p>
     * One reader per replay.
     */
    static final class EventReader {

        private final Shared shared = new Shared();
        private final Reading reading = new Reading("journal", null, shared);
        /** One streamed reader for each thread reading this journal, gone with this reader. */
        private final Map<Thread, StreamedEvents> streamed = new ConcurrentHashMap<>();

        /**
         * Reads the events of a run of lines, each ending in its newline, that are in the common
         * shape of a pledge event ({@link StreamedEvents}). Thread-safe: the runs of one journal may
         * be read by several threads.
         *
         * @return each line's end and event (a delivery's values, {@link StreamedEvents.Delivery}),
         *     or null for a line to read with {@link #readTree}, never null
         */
        StreamedEvents.Lines readCommon(byte[] run) {
            return readCommon(run, 0, run.length);
        }

        /** Reads the lines of the run {@code bytes[from, to)} as {@link #readCommon(byte[])} reads a whole array. */
        StreamedEvents.Lines readCommon(byte[] bytes, int from, int to) {
            return streamed.computeIfAbsent(Thread.currentThread(), t -> new StreamedEvents(shared))
                    .readAll(bytes, from, to);
        }

        /**
         * Returns the event on line {@code k} of a run that {@link #readCommon} read, {@code start}
         * being where the line starts: the one read in the common shape, or else the line read as a
         * tree ({@link #readTree}). An append's read-back takes each line so; a replay adds them with {@link #addCommon}.
         *
         * @param where  what to call the event's document in errors; its {@code toString} is made only for an error
         * @throws IllegalArgumentException naming where, the path, the value and the rule
         */
        LedgerEvent event(byte[] run, StreamedEvents.Lines common, int k, int start, Object where) {
            LedgerEvent read = common.event(k);
            return read != null ? read : readTree(run, start, common.ends()[k] - start, where);
        }

        /**
         * Adds the event of line {@code k} of a run that {@link #readCommon} read in the common shape
         * to a batch: a delivery as its values ({@link EventBatch#addDelivery}), so that its amount
         * is not made, any other as the event. Returns false, with nothing added, for a line not read
         * so, or a delivery the batch refuses: the caller reads that line as a tree ({@link #readTree}),
         * which names the problem if there is one. A replay so makes nothing to name a line by
         * unless it has to.
         *
         * @return whether the line's event was added
         */
        boolean addCommon(EventBatch batch, StreamedEvents.Lines common, int k) {
            Object read = common.events()[k];
            if (read instanceof StreamedEvents.Delivery d) {
                try {
                    d.addTo(batch);
                    return true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            if (read == null) {
                return false;
            }
            batch.add((LedgerEvent) read);
            return true;
        }

        /**
         * Reads the event on one line, {@code bytes[offset, offset + length)}, as a tree: every shape,
         * and every error named. Not thread-safe.
         *
         * @param where  what to call the event's document in errors; its {@code toString} is made only for an error
         * @throws IllegalArgumentException naming where, the path, the value and the rule
         */
        LedgerEvent readTree(byte[] bytes, int offset, int length, Object where) {
            JsonNode node;
            try {
                node = Mapper.INSTANCE.readTree(bytes, offset, length);
            } catch (JacksonException e) {
                throw new IllegalArgumentException(where + ": malformed JSON: " + e.getOriginalMessage(), e);
            }
            return read(node, where);
        }

        /**
         * Reads one event.
         *
         * @param where  what to call the event's document in errors; its {@code toString} is made only for an error
         * @throws IllegalArgumentException naming where, the path, the value and the rule
         */
        LedgerEvent read(JsonNode node, Object where) {
            return reading.event(new JsonFields(where, shared, node));
        }
    }

    /** One read of one document. */
    private static final class Reading {

        private final String name;
        private final JsonFields root;
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<String, RateTable> rateTables = new LinkedHashMap<>();
        private final Map<AgreementId, Agreement> agreements = new HashMap<>();
        private final Map<PledgeId, Pledge> pledges = new HashMap<>();
        /** Equal values read again share one instance. */
        private final Shared shared;

        Reading(String name, JsonFields root, Shared shared) {
            this.name = name;
            this.root = root;
            this.shared = shared;
        }

        LedgerDocument document() {
            root.only("schema", "sources", "rateTables", "agreements", "pledges", "headlines", "conditions", "dependencies", "events");
            String schema = root.text("schema");
            if (!schema.equals(SCHEMA)) {
                throw root.error("$.schema", "'" + schema + "' is not a schema this version reads; expected " + SCHEMA);
            }
            readSources();
            readRateTables();
            root.objects("agreements").forEach(this::agreement);
            root.objects("pledges").forEach(this::pledge);
            List<Headline> headlines = root.objects("headlines").stream().map(this::headline).toList();
            Headlines checkedHeadlines = root.checked("headlines", () -> Headlines.of(headlines));
            Conditions conditions = conditions();
            List<LedgerEvent> events = new ArrayList<>();
            root.objects("events").forEach(e -> events.add(event(e)));
            Ledger ledger = Ledger.create();
            root.checked("events", () -> ledger.appendAll(events));
            return new LedgerDocument(ledger, conditions, checkedHeadlines, sources, rateTables);
        }

        private void readSources() {
            JsonFields all = root.object("sources");
            for (String key : all.fieldNames()) {
                sources.put(key, inlineSource(all.object(key)));
            }
        }

        private void readRateTables() {
            if (root.optObject("rateTables").isEmpty()) {
                return;
            }
            JsonFields all = root.object("rateTables");
            for (String key : all.fieldNames()) {
                rateTables.put(key, rateTable(all.object(key)));
            }
        }

        private RateTable rateTable(JsonFields t) {
            t.only("maxStaleness", "pivot", "rates");
            RateTable.Builder b = RateTable.builder();
            for (JsonFields r : t.objects("rates")) {
                DatedRate rate = rate(r);
                t.checked("rates", () -> b.add(r.path(), rate));
            }
            RateTable table = b.build();
            Optional<Period> staleness = t.optPeriod("maxStaleness");
            if (staleness.isPresent()) {
                RateTable plain = table;
                table = t.checked("maxStaleness", () -> plain.withMaxStaleness(staleness.get()));
            }
            Optional<String> pivot = t.optText("pivot");
            if (pivot.isPresent()) {
                RateTable plain = table;
                table = t.checked("pivot", () -> plain.withPivot(Amounts.currency(pivot.get())));
            }
            return table;
        }

        /** A rate table named by its key in {@code $.rateTables}, or written in place. */
        private RateTable rateTable(JsonFields f, String field) {
            if (f.isObject(field)) {
                return rateTable(f.object(field));
            }
            String key = f.text(field);
            RateTable table = rateTables.get(key);
            if (table == null) {
                throw f.error(f.path() + "." + field, "rate table '" + key + "' is not defined in $.rateTables");
            }
            return table;
        }

        private Valuation valuation(JsonFields v) {
            String kind = v.text("kind");
            switch (kind) {
                case "own-dates":
                    v.only("kind", "rates");
                    return Valuation.atOwnDates(rateTable(v, "rates"));
                case "at-date":
                    v.only("kind", "rates", "date");
                    return Valuation.atDate(rateTable(v, "rates"), v.date("date"));
                case "reference-rates":
                    v.only("kind", "name", "rates");
                    return v.checked("", () -> Valuation.atReferenceRates(v.text("name"), rateTable(v, "rates")));
                case "stated-equivalents":
                    v.only("kind", "fallback");
                    return v.optObject("fallback").isPresent() ? Valuation.atStatedEquivalents(valuation(v.object("fallback")))
                            : Valuation.atStatedEquivalents();
                default:
                    throw v.error(v.path() + ".kind", "'" + kind + "' is not a valuation kind; expected one of " + VALUATION_KINDS);
            }
        }

        private Source source(JsonFields f, String field) {
            if (f.isObject(field)) {
                return inlineSource(f.object(field));
            }
            String key = f.text(field);
            Source s = sources.get(key);
            if (s == null) {
                throw f.error(f.path() + "." + field, "source '" + key + "' is not defined in $.sources");
            }
            return s;
        }

        private List<Source> sources(JsonFields f) {
            List<Source> list = new ArrayList<>();
            List<Object> entries = f.keysOrObjects("sources");
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof JsonFields inline) {
                    list.add(inlineSource(inline));
                    continue;
                }
                Source s = sources.get((String) entries.get(i));
                if (s == null) {
                    throw f.error(f.path() + ".sources[" + i + "]", "source '" + entries.get(i) + "' is not defined in $.sources");
                }
                list.add(s);
            }
            return list;
        }

        private <T> T share(T value) {
            return shared.share(value);
        }

        private Source inlineSource(JsonFields s) {
            s.only("publisher", "title", "date", "url", "quote", "note");
            Source source = s.checked("", () -> Source.of(s.text("publisher"), s.text("title"), s.date("date"), s.text("quote")));
            if (s.optText("url").isPresent()) {
                Source plain = source;
                source = s.checked("url", () -> plain.withUrl(URI.create(s.text("url"))));
            }
            Optional<String> note = s.optText("note");
            return share(note.isPresent() ? source.withNote(note.get()) : source);
        }

        private Party party(JsonFields p) {
            p.only("name", "kind");
            return share(p.checked("", () -> new Party(p.text("name"), p.enumValue("kind", Party.Kind.class))));
        }

        private Agreement agreement(JsonFields a) {
            a.only("id", "name", "kind", "binding", "announced", "noticePeriod", "parties", "sources");
            AgreementId id = a.checked("id", () -> AgreementId.of(a.text("id")));
            Agreement.Builder b = Agreement.builder(id, a.text("name"), a.enumValue("kind", Agreement.Kind.class), a.date("announced"))
                    .binding(a.bool("binding", false));
            a.optPeriod("noticePeriod").ifPresent(b::noticePeriod);
            a.objects("parties").forEach(p -> b.party(party(p)));
            sources(a).forEach(b::source);
            Agreement built = a.checked("", b::build);
            if (agreements.put(id, built) != null) {
                throw a.error(a.path() + ".id", "agreement " + id + " is defined twice");
            }
            return built;
        }

        private Pledge pledge(JsonFields p) {
            p.only("id", "pledger", "beneficiary", "amount", "equivalents", "sectors", "period", "phasing", "announced", "novelty", "sources");
            PledgeId id = p.checked("id", () -> shared.pledgeId(p.text("id")));
            Pledge.Builder b = Pledge.builder(id, party(p.object("pledger")), share(p.text("beneficiary")), p.amount("amount"),
                    p.date("announced"));
            for (JsonFields e : p.objects("equivalents")) {
                b.equivalent(e.amount("amount"), label(e));
            }
            // one set and one list for all the pledges naming the same sectors or citing the same sources
            Set<Sector> sectors = new LinkedHashSet<>();
            p.texts("sectors").forEach(s -> sectors.add(share(Sector.of(s))));
            b.sectors(share(Set.copyOf(sectors)));
            p.optText("period").ifPresent(t -> b.period(p.checked("period", () -> shared.period(t))));
            if (p.optObject("phasing").isPresent()) {
                JsonFields phasing = p.object("phasing");
                Map<Year, MonetaryAmount> years = new LinkedHashMap<>();
                for (String year : phasing.fieldNames()) {
                    years.put(phasing.checked(year, () -> Year.parse(year)), phasing.amount(year));
                }
                b.phasing(years);
            }
            p.optObject("novelty").ifPresent(n -> b.novelty(share(novelty(p.object("novelty")))));
            b.sources(share(List.copyOf(sources(p))));
            Pledge built = p.checked("", b::build);
            // a journal's pledges live in its events; only a document defines pledges by id
            if (root != null && pledges.put(id, built) != null) {
                throw p.error(p.path() + ".id", "pledge " + id + " is defined twice");
            }
            return built;
        }

        private static Novelty novelty(JsonFields n) {
            n.only("kind", "earlier", "reannounced");
            Novelty.Kind kind = n.enumValue("kind", Novelty.Kind.class);
            return n.checked("", () -> new Novelty(kind, n.optText("earlier").map(PledgeId::of),
                    n.optObject("reannounced").map(r -> n.amount("reannounced"))));
        }

        private Headline headline(JsonFields h) {
            h.only("id", "name", "total", "approximate", "stated", "basis", "equivalents", "pledges", "headlines", "note", "sources");
            Headline.Builder b = Headline.builder(h.checked("id", () -> HeadlineId.of(h.text("id"))), h.text("name"), h.amount("total"),
                    h.date("stated"));
            if (h.bool("approximate", false)) {
                b.approximate();
            }
            h.optText("basis").ifPresent(x -> b.basis(h.enumValue("basis", Basis.class)));
            for (JsonFields e : h.objects("equivalents")) {
                b.equivalent(e.amount("amount"), label(e));
            }
            h.texts("pledges").forEach(p -> b.pledge(h.checked("pledges", () -> PledgeId.of(p))));
            h.texts("headlines").forEach(x -> b.headline(h.checked("headlines", () -> HeadlineId.of(x))));
            h.optText("note").ifPresent(b::note);
            sources(h).forEach(b::source);
            return h.checked("", b::build);
        }

        private Conditions conditions() {
            Conditions.Builder b = Conditions.builder();
            for (JsonFields c : root.objects("conditions")) {
                b.add(condition(c));
            }
            for (JsonFields d : root.objects("dependencies")) {
                d.only("pledge", "agreement", "condition");
                ConditionId condition = d.checked("condition", () -> ConditionId.of(d.text("condition")));
                Optional<String> pledge = d.optText("pledge");
                Optional<String> agreement = d.optText("agreement");
                if (pledge.isPresent() == agreement.isPresent()) {
                    throw d.error(d.path(), "name exactly one of 'pledge' and 'agreement'");
                }
                if (pledge.isPresent()) {
                    b.dependsOn(d.checked("pledge", () -> PledgeId.of(pledge.get())), condition);
                } else {
                    b.dependsOn(d.checked("agreement", () -> AgreementId.of(agreement.get())), condition);
                }
            }
            return root.checked("conditions", b::build);
        }

        private Condition condition(JsonFields c) {
            String type = c.text("type");
            ConditionId id = c.checked("id", () -> ConditionId.of(c.text("id")));
            return switch (type) {
                case "agreement-reaches" -> {
                    c.only("type", "id", "name", "agreement", "status", "deadline", "sources");
                    yield c.checked("", () -> new Condition.AgreementReaches(id, c.text("name"), AgreementId.of(c.text("agreement")),
                            c.enumValue("status", AgreementStatus.class), c.optDate("deadline"), sources(c)));
                }
                case "milestone" -> {
                    c.only("type", "id", "name", "milestone", "deadline", "sources");
                    yield c.checked("", () -> new Condition.MilestoneReached(id, c.text("name"), c.text("milestone"), c.optDate("deadline"),
                            sources(c)));
                }
                case "judgement" -> {
                    c.only("type", "id", "name", "judgement", "sources");
                    yield c.checked("", () -> Condition.judgement(id, c.text("name"), c.text("judgement"), sources(c)));
                }
                case "all-of", "any-of" -> {
                    c.only("type", "id", "name", "parts", "sources");
                    List<ConditionId> parts = c.texts("parts").stream().map(p -> c.checked("parts", () -> ConditionId.of(p))).toList();
                    yield c.checked("", () -> type.equals("all-of") ? Condition.allOf(id, c.text("name"), parts, sources(c))
                            : Condition.anyOf(id, c.text("name"), parts, sources(c)));
                }
                case "threshold" -> {
                    c.only("type", "id", "name", "pledges", "measure", "amount", "share", "valuation", "currency", "deadline", "sources");
                    Set<PledgeId> counted = new LinkedHashSet<>();
                    c.texts("pledges").forEach(p -> counted.add(c.checked("pledges", () -> PledgeId.of(p))));
                    Optional<MonetaryAmount> amount = c.optObject("amount").map(a -> c.amount("amount"));
                    Optional<BigDecimal> share = c.optText("share").map(x -> c.decimal("share"));
                    Valuation valuation = valuation(c.object("valuation"));
                    CurrencyUnit currency = c.checked("currency", () -> Amounts.currency(c.text("currency")));
                    yield c.checked("", () -> new Condition.ThresholdReached(id, c.text("name"), counted,
                            c.enumValue("measure", Condition.ThresholdReached.Measure.class), amount, share, valuation, currency,
                            c.optDate("deadline"), sources(c)));
                }
                default -> throw c.error(c.path() + ".type", "'" + type + "' is not a condition type; expected one of " + CONDITION_TYPES);
            };
        }

        private LedgerEvent event(JsonFields e) {
            String type = e.text("type");
            EventId id = e.checked("id", () -> EventId.of(e.text("id")));
            switch (type) {
                case "pledge.announced": {
                    e.only("type", "id", "pledge", "recorded", "basis");
                    Pledge p = e.isObject("pledge") ? pledge(e.object("pledge"))
                            : pledges.get(e.checked("pledge", () -> PledgeId.of(e.text("pledge"))));
                    if (p == null) {
                        throw e.error(e.path() + ".pledge", "pledge '" + e.text("pledge") + "' is not defined in $.pledges");
                    }
                    return e.checked("", () -> new PledgeEvent.Announced(id, p, e.date("recorded"), e.enumValue("basis", Basis.class)));
                }
                case "agreement.recorded": {
                    e.only("type", "id", "agreement", "recorded", "basis");
                    Agreement a = e.isObject("agreement") ? agreement(e.object("agreement"))
                            : agreements.get(e.checked("agreement", () -> AgreementId.of(e.text("agreement"))));
                    if (a == null) {
                        throw e.error(e.path() + ".agreement", "agreement '" + e.text("agreement") + "' is not defined in $.agreements");
                    }
                    return e.checked("", () -> new AgreementEvent.Recorded(id, a, e.date("recorded"), e.enumValue("basis", Basis.class)));
                }
                default:
                    return dated(e, type, id);
            }
        }

        /** An event with an effective date, a recorded date, a source key and a basis. */
        private LedgerEvent dated(JsonFields e, String type, EventId id) {
            if (!EVENT_TYPES.contains(type)) {
                throw e.error(e.path() + ".type", "'" + type + "' is not an event type; expected one of " + EVENT_TYPES);
            }
            List<String> fields = new ArrayList<>(List.of("type", "id", "effective", "recorded", "source", "basis"));
            var effective = e.date("effective");
            var recorded = e.date("recorded");
            Source source = source(e, "source");
            Basis basis = e.enumValue("basis", Basis.class);
            LedgerEvent event;
            if (type.startsWith("pledge.")) {
                fields.add("pledge");
                // a long id's own instance: a journal names each pledge again in every later event
                PledgeId p = e.checked("pledge", () -> shared.pledgeId(e.text("pledge")));
                event = switch (type) {
                    case "pledge.committed" -> new PledgeEvent.Committed(id, p, effective, recorded, source, basis);
                    case "pledge.delivered" -> {
                        fields.addAll(List.of("amount", "rate"));
                        Optional<DatedRate> rate = e.optObject("rate").map(r -> rate(e.object("rate")));
                        yield e.checked("", () -> new PledgeEvent.DeliveryRecorded(id, p, effective, recorded, source, basis,
                                e.amount("amount"), rate));
                    }
                    case "pledge.revised" -> {
                        fields.addAll(List.of("amount", "reason"));
                        yield e.checked("", () -> new PledgeEvent.AmountRevised(id, p, effective, recorded, source, basis,
                                e.amount("amount"), e.text("reason")));
                    }
                    case "pledge.paused" -> withReason(fields, e, r -> new PledgeEvent.Paused(id, p, effective, recorded, source, basis, r));
                    case "pledge.resumed" -> withReason(fields, e, r -> new PledgeEvent.Resumed(id, p, effective, recorded, source, basis, r));
                    case "pledge.withdrawn" -> withReason(fields, e, r -> new PledgeEvent.Withdrawn(id, p, effective, recorded, source, basis, r));
                    default -> new PledgeEvent.Fulfilled(id, p, effective, recorded, source, basis);
                };
            } else if (type.startsWith("agreement.")) {
                fields.add("agreement");
                AgreementId a = e.checked("agreement", () -> AgreementId.of(e.text("agreement")));
                event = switch (type) {
                    case "agreement.moved" -> {
                        fields.add("to");
                        yield e.checked("", () -> new AgreementEvent.Moved(id, a, effective, recorded, source, basis,
                                e.enumValue("to", AgreementStatus.class)));
                    }
                    case "agreement.paused" -> withReason(fields, e, r -> new AgreementEvent.Paused(id, a, effective, recorded, source, basis, r));
                    case "agreement.resumed" -> withReason(fields, e, r -> new AgreementEvent.Resumed(id, a, effective, recorded, source, basis, r));
                    case "agreement.notice-given" -> withReason(fields, e,
                            r -> new AgreementEvent.NoticeGiven(id, a, effective, recorded, source, basis, r));
                    default -> withReason(fields, e, r -> new AgreementEvent.Terminated(id, a, effective, recorded, source, basis, r));
                };
            } else if (type.equals("milestone.recorded")) {
                fields.add("name");
                event = e.checked("", () -> new ConditionEvent.MilestoneRecorded(id, e.text("name"), effective, recorded, source, basis));
            } else if (type.equals("judgement.assessed")) {
                fields.addAll(List.of("name", "assessment", "note"));
                event = e.checked("", () -> new ConditionEvent.Assessed(id, e.text("name"), effective, recorded, source, basis,
                        e.enumValue("assessment", Assessment.class), e.text("note")));
            } else {
                fields.addAll(List.of("supersedes", "reason"));
                event = e.checked("", () -> new Correction(id, EventId.of(e.text("supersedes")), effective, recorded, source, basis,
                        e.text("reason")));
            }
            e.only(fields.toArray(new String[0]));
            return event;
        }

        private LedgerEvent withReason(List<String> fields, JsonFields e, Function<String, LedgerEvent> make) {
            fields.add("reason");
            // a journal gives the same few reasons again and again
            return e.checked("", () -> make.apply(share(e.text("reason"))));
        }

        /** A rate, stated or derived: a derived one lists the rates it was worked out from in {@code derivedFrom}. */
        private DatedRate rate(JsonFields r) {
            String label = label(r, "date", "base", "term", "rate", "derivedFrom");
            List<DatedRate> derivedFrom = r.objects("derivedFrom").stream().map(this::rate).toList();
            return r.checked("", () -> new DatedRate(r.date("date"), Amounts.currency(r.text("base")), Amounts.currency(r.text("term")),
                    r.decimal("rate"), label, derivedFrom));
        }

        /** Who stated a figure: a source key ({@code "source"}), or the words themselves ({@code "label"}), not both. */
        private String label(JsonFields f, String... others) {
            List<String> fields = new ArrayList<>(List.of(others));
            fields.addAll(List.of("amount", "source", "label"));
            f.only(fields.toArray(new String[0]));
            Optional<String> label = f.optText("label");
            if (label.isPresent() == f.optText("source").isPresent()) {
                throw f.error(f.path(), "name who stated it with exactly one of 'source' (a key) and 'label'");
            }
            return label.isPresent() ? label.get() : source(f, "source").label();
        }
    }
}
