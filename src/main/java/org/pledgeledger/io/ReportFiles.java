package org.pledgeledger.io;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.report.ChangeTable;
import org.pledgeledger.report.GrandTotal;
import org.pledgeledger.report.PledgeTable;
import org.pledgeledger.report.Reconciliation;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes reports as CSV and JSON for spreadsheets and programs.
 * <pre>{@code
 *   String csv = ReportFiles.csv(table);
 *   String json = ReportFiles.json(table);
 * }</pre>
 * Figures are written exactly as the table rounds them once, as plain decimals (CSV) or as
 * amounts as jackson-datatype-moneta writes them with quoted decimals,
 * {@code {"amount": "27145124381.78", "currency": "GBP"}} (JSON), never as floating-point numbers.
 * The JSON carries a schema version, the valuation and the rates used.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportFiles {

    /** The schema of report JSON. */
    public static final String SCHEMA = "pledge-ledger-report/1";

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportFiles() {
    }

    /**
     * Writes a table as CSV: a header, one line per row and the total, amounts as plain decimals.
     * <p>
     * Columns: {@code group,pledges,pledged,delivered,outstanding,contingent,currency}.
     *
     * @param table  the table, not null
     * @return the CSV text, never null
     */
    public static String csv(PledgeTable table) {
        Objects.requireNonNull(table, "table");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"group", "pledges", "pledged", "delivered", "outstanding", "contingent", "currency"});
        List<PledgeTable.Row> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        for (PledgeTable.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.key(), Integer.toString(row.pledges())));
            row.figures().forEach(f -> cells.add(plain(f)));
            cells.add(table.currency().getCurrencyCode());
            lines.add(cells.toArray(new String[0]));
        }
        return writeCsv(lines);
    }

    /**
     * Writes a table as JSON with its heading facts, rows, total and rates.
     *
     * @param table  the table, not null
     * @return the JSON text, never null
     */
    public static String json(PledgeTable table) {
        Objects.requireNonNull(table, "table");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = root();
        root.put("asOf", table.asOf().toString());
        table.knownOn().ifPresent(d -> root.put("knownOn", d.toString()));
        root.put("grouping", table.grouping().name());
        root.put("valuation", table.valuation());
        root.put("currency", table.currency().getCurrencyCode());
        ArrayNode rows = root.putArray("rows");
        table.rows().forEach(r -> rows.add(row(f, r)));
        root.set("total", row(f, table.total()));
        ArrayNode rates = root.putArray("rates");
        for (DatedRate r : table.rates()) {
            ObjectNode rate = rates.addObject();
            rate.put("date", r.date().toString());
            rate.put("base", r.base().getCurrencyCode());
            rate.put("term", r.term().getCurrencyCode());
            rate.put("rate", r.rate().toPlainString());
            rate.put("source", r.source());
        }
        return pretty(root);
    }

    /**
     * Writes a change table as CSV: {@code subject,before,after,amounts,events}, the events joined by {@code "; "}.
     *
     * @param table  the table, not null
     * @return the CSV text, never null
     */
    public static String csv(ChangeTable table) {
        Objects.requireNonNull(table, "table");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"subject", "before", "after", "amounts", "events"});
        table.rows().forEach(r -> lines.add(new String[] {r.subject(), r.before(), r.after(), r.amounts(), String.join("; ", r.events())}));
        return writeCsv(lines);
    }

    /**
     * Writes a change table as JSON.
     *
     * @param table  the table, not null
     * @return the JSON text, never null
     */
    public static String json(ChangeTable table) {
        Objects.requireNonNull(table, "table");
        ObjectNode root = root();
        root.put("from", table.from().toString());
        root.put("to", table.to().toString());
        ArrayNode rows = root.putArray("rows");
        for (ChangeTable.Row r : table.rows()) {
            ObjectNode row = rows.addObject();
            row.put("subject", r.subject());
            row.put("before", r.before());
            row.put("after", r.after());
            row.put("amounts", r.amounts());
            ArrayNode events = row.putArray("events");
            r.events().forEach(events::add);
        }
        return pretty(root);
    }

    /**
     * Writes a grand total as CSV: one line per headline ({@code depth,headline,stated,itemised,not_itemised,currency})
     * and a last line for the total, whose columns hold the total, the pledges and the unitemised sum.
     *
     * @param total  the grand total, not null
     * @return the CSV text, never null
     */
    public static String csv(GrandTotal total) {
        Objects.requireNonNull(total, "total");
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"depth", "headline", "stated", "itemised", "not_itemised", "currency"});
        String code = total.currency().getCurrencyCode();
        for (GrandTotal.Line l : total.lines()) {
            Reconciliation r = l.reconciliation();
            lines.add(new String[] {Integer.toString(l.depth()), r.headline().id().value(), plain(r.stated().total()),
                plain(r.itemised().total()), plain(r.remainder()), code});
        }
        lines.add(new String[] {"", "total", plain(total.total()), plain(total.pledged()), plain(total.unattributed()), code});
        return writeCsv(lines);
    }

    /**
     * Writes a grand total as JSON: the headline tree with each headline's figures, the total, and the warnings.
     *
     * @param total  the grand total, not null
     * @return the JSON text, never null
     */
    public static String json(GrandTotal total) {
        Objects.requireNonNull(total, "total");
        ObjectNode root = root();
        root.put("asOf", total.asOf().toString());
        root.put("valuation", total.newMoney().valuation());
        root.put("currency", total.currency().getCurrencyCode());
        ArrayNode headlines = root.putArray("headlines");
        total.headlines().forEach(r -> headlines.add(headline(r)));
        root.set("total", LedgerJsonWriter.amount(total.total()));
        root.set("newMoney", LedgerJsonWriter.amount(total.newMoney().total()));
        root.set("reannounced", LedgerJsonWriter.amount(total.reannounced().total()));
        root.set("notItemised", LedgerJsonWriter.amount(total.unattributed()));
        ArrayNode warnings = root.putArray("warnings");
        total.warnings().forEach(warnings::add);
        return pretty(root);
    }

    private static ObjectNode headline(Reconciliation r) {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        h.put("id", r.headline().id().value());
        h.put("name", r.headline().name());
        h.put("approximate", r.headline().isApproximate());
        h.set("stated", LedgerJsonWriter.amount(r.stated().total()));
        h.set("itemised", LedgerJsonWriter.amount(r.itemised().total()));
        h.set("notItemised", LedgerJsonWriter.amount(r.remainder()));
        ArrayNode smaller = h.putArray("headlines");
        r.smaller().forEach(s -> smaller.add(headline(s)));
        return h;
    }

    /** A report document's root, carrying the schema. */
    private static ObjectNode root() {
        return JsonNodeFactory.instance.objectNode().put("schema", SCHEMA);
    }

    private static String pretty(ObjectNode root) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String writeCsv(List<String[]> lines) {
        StringWriter out = new StringWriter();
        CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValue(out, lines);
        return out.toString();
    }

    private static String plain(MonetaryAmount amount) {
        return Amounts.formatNumber(amount);
    }

    private static ObjectNode row(JsonNodeFactory f, PledgeTable.Row r) {
        ObjectNode row = f.objectNode();
        row.put("group", r.key());
        row.put("pledges", r.pledges());
        List<String> names = List.of("pledged", "delivered", "outstanding", "contingent");
        List<MonetaryAmount> figures = r.figures();
        for (int i = 0; i < names.size(); i++) {
            row.set(names.get(i), LedgerJsonWriter.amount(figures.get(i)));
        }
        return row;
    }
}
