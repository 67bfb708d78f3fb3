package org.pledgeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.condition.ConditionId;
import org.pledgeledger.condition.Conditions;
import org.pledgeledger.condition.Contingency;
import org.pledgeledger.condition.Outlook;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.ledger.PledgeState;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.Sector;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.Valuation;

/**
 * Pledges grouped by one key, each row with what was pledged, delivered, outstanding and
 * contingent, converted under a stated valuation, with the rates used listed under the table.
 * <pre>{@code
 *   PledgeTable t = PledgeTable.of(ledger.asOf(date), conditions, PledgeTable.Grouping.PLEDGER,
 *           Valuation.atDate(rates, date), Amounts.currency("GBP"));
 *   System.out.println(t);                 // an aligned text table
 *   t.toMarkdown(Figures.Scale.BILLIONS);  // for an article
 *   t.toHtml();                            // for a notebook
 * }</pre>
 * Every pledge counts once: a pledge with several sectors or conditions is one row under their
 * combined name, and a year's row holds the year's share of the phasing (a revision not phased by
 * any source has a row of its own). Contingent is the outstanding money of pledges that hinge on
 * a condition not met: contingent, at risk or void. All figures are exact until each is rounded
 * once for display; the total row is rounded from the exact total, never added up from rounded rows.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param asOf  the date of the view, not null
 * @param knownOn  the recorded-date limit of the view, if any, not null
 * @param grouping  the key, not null
 * @param valuation  a description of the valuation, not null
 * @param currency  the currency of the figures, not null
 * @param rows  the rows, in key order, not null
 * @param total  the total row, not null
 */
public record PledgeTable(LocalDate asOf, Optional<LocalDate> knownOn, Grouping grouping, String valuation, CurrencyUnit currency,
        List<Row> rows, Row total) {

    /** What the rows are grouped by. */
    public enum Grouping {
        /** The party that pledged. */
        PLEDGER,
        /** The sectors, a pledge with several under their combined name. */
        SECTOR,
        /** The lifecycle status. */
        STATUS,
        /** The year, from the phasing (stated or an even spread); deliveries by the year they took effect. */
        YEAR,
        /** The conditions the pledge depends on directly, or none. */
        CONDITION,
        /** New money, re-announced, or partly re-announced. */
        NOVELTY
    }

    /**
     * One row: a group and its figures.
     *
     * @param key  the group, not null
     * @param pledges  how many pledges are in it
     * @param pledged  the amount pledged, converted, not null
     * @param delivered  the amount delivered, converted, not null
     * @param outstanding  pledged less delivered, converted, not null
     * @param contingent  the outstanding money that hinges on a condition not met, converted, not null
     */
    public record Row(String key, int pledges, ConvertedAmount pledged, ConvertedAmount delivered, ConvertedAmount outstanding,
            ConvertedAmount contingent) {

        /**
         * Validates the row.
         *
         * @param key  the group, not null
         * @param pledges  the count, zero or more
         * @param pledged  pledged, not null
         * @param delivered  delivered, not null
         * @param outstanding  outstanding, not null
         * @param contingent  contingent, not null
         */
        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(pledged, "pledged");
            Objects.requireNonNull(delivered, "delivered");
            Objects.requireNonNull(outstanding, "outstanding");
            Objects.requireNonNull(contingent, "contingent");
        }

        /**
         * Returns the four figures, each rounded once: pledged, delivered, outstanding, contingent.
         *
         * @return the figures, never null
         */
        public List<MonetaryAmount> figures() {
            return List.of(pledged.total(), delivered.total(), outstanding.total(), contingent.total());
        }
    }

    /**
     * Validates the table.
     *
     * @param asOf  the date, not null
     * @param knownOn  the recorded-date limit, not null
     * @param grouping  the grouping, not null
     * @param valuation  the valuation, not null
     * @param currency  the currency, not null
     * @param rows  the rows, not null
     * @param total  the total, not null
     */
    public PledgeTable {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(knownOn, "knownOn");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(currency, "currency");
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
    }

    /** One pledge's share of one group. */
    /** A pledge's figures under one key: all of them ({@code whole}), or one year's share. */
    private record Part(String key, PledgeState pledge, DatedAmount pledged, DatedAmount delivered, boolean contingent, boolean whole) {
    }

    /**
     * Builds the table of every pledge in a view.
     *
     * @param view  what the ledger says on a date, not null
     * @param conditions  the conditions, for contingency and the CONDITION grouping, not null
     * @param grouping  the key, not null
     * @param valuation  how to reach one figure, not null
     * @param currency  the currency of the figures, not null
     * @return the table, never null
     * @throws org.pledgeledger.money.MissingRateException if the valuation lacks a rate
     * @throws IllegalArgumentException if the valuation cannot convert an amount (a stated-equivalents
     *     valuation without fallback meeting a part of a pledge)
     */
    public static PledgeTable of(LedgerView view, Conditions conditions, Grouping grouping, Valuation valuation, CurrencyUnit currency) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(currency, "currency");
        // without any condition every pledge is unconditional: no outlook to work out
        Outlook outlook = conditions.conditions().isEmpty() ? null : conditions.evaluate(view);
        List<Part> parts = new ArrayList<>();
        for (PledgeState s : view.pledges()) {
            boolean contingent = outlook != null && outlook.pledge(s.id()).kind() != Contingency.Kind.UNCONDITIONAL;
            if (grouping == Grouping.YEAR) {
                parts.addAll(years(s, contingent));
            } else {
                parts.add(new Part(key(grouping, s, conditions), s, s.datedAmount(), s.datedDelivered(), contingent, true));
            }
        }
        Map<String, List<Part>> byKey = parts.stream().collect(Collectors.groupingBy(Part::key, TreeMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        byKey.forEach((k, ps) -> rows.add(row(k, ps, valuation, currency)));
        return new PledgeTable(view.asOf(), view.knownOn(), grouping, valuation.toString(), currency, rows,
                row("Total", parts, valuation, currency));
    }

    private static String key(Grouping grouping, PledgeState s, Conditions conditions) {
        return switch (grouping) {
            case PLEDGER -> s.pledge().pledger().name();
            case SECTOR -> sectorKey(s.pledge());
            case STATUS -> s.status().name();
            case CONDITION -> conditions.conditionsOf(s.id()).isEmpty() ? "(no condition)"
                    : conditions.conditionsOf(s.id()).stream().map(ConditionId::value).sorted().collect(Collectors.joining(" + "));
            case NOVELTY -> s.pledge().novelty().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            case YEAR -> throw new IllegalStateException("years are split, not keyed");
        };
    }

    /** The key of a pledge's sectors: their names joined by {@code " + "}, or {@code (no sector)}. */
    static String sectorKey(Pledge pledge) {
        Set<Sector> sectors = pledge.sectors();
        if (sectors.size() == 1) {
            return sectors.iterator().next().name();
        }
        return sectors.isEmpty() ? "(no sector)" : sectors.stream().map(Sector::name).collect(Collectors.joining(" + "));
    }

    /** A pledge's parts by year: the phasing, a revision no source phased, and deliveries by the year they took effect. */
    private static List<Part> years(PledgeState s, boolean contingent) {
        Map<String, MonetaryAmount[]> byYear = new TreeMap<>();
        MonetaryAmount zero = Amounts.zero(s.amount().getCurrency());
        Function<String, MonetaryAmount[]> slot = y -> byYear.computeIfAbsent(y, k -> new MonetaryAmount[] {zero, zero});
        s.pledge().phasing().amounts().forEach((year, amount) -> slot.apply(year.toString())[0] = amount);
        MonetaryAmount revision = s.amount().subtract(s.pledge().amount());
        if (!revision.isZero()) {
            slot.apply("(revision, not phased)")[0] = revision;
        }
        for (LedgerEvent e : s.history()) {
            if (e instanceof PledgeEvent.DeliveryRecorded d) {
                MonetaryAmount[] cell = slot.apply(Year.from(d.effective()).toString());
                cell[1] = cell[1].add(d.deliveredIn(s.amount().getCurrency()));
            }
        }
        List<Part> parts = new ArrayList<>();
        byYear.forEach((year, cell) -> parts.add(new Part(year, s, DatedAmount.of(cell[0], s.pledge().announced()),
                DatedAmount.of(cell[1], s.pledge().announced()), contingent, false)));
        return parts;
    }

    private static Row row(String key, List<Part> parts, Valuation valuation, CurrencyUnit currency) {
        List<DatedAmount> pledged = new ArrayList<>();
        List<DatedAmount> delivered = new ArrayList<>();
        List<DatedAmount> outstanding = new ArrayList<>();
        List<DatedAmount> contingent = new ArrayList<>();
        for (Part p : parts) {
            addIfNotZero(pledged, p.pledged());
            addIfNotZero(delivered, p.delivered());
            DatedAmount left = p.whole() || p.pledged().equals(p.pledge().datedAmount()) && p.delivered().equals(p.pledge().datedDelivered())
                    ? p.pledge().datedOutstanding()
                    : DatedAmount.of(p.pledged().amount().subtract(p.delivered().amount()), p.pledged().date());
            addIfNotZero(outstanding, left);
            if (p.contingent()) {
                addIfNotZero(contingent, left);
            }
        }
        int pledges = (int) parts.stream().map(p -> p.pledge().id()).distinct().count();
        return new Row(key, pledges, valuation.convert(pledged, currency), valuation.convert(delivered, currency),
                valuation.convert(outstanding, currency), valuation.convert(contingent, currency));
    }

    private static void addIfNotZero(List<DatedAmount> list, DatedAmount a) {
        if (!a.amount().isZero()) {
            list.add(a);
        }
    }

    /**
     * Returns the distinct rates used or implied, in the total row's order.
     *
     * @return the rates, never null
     */
    public List<DatedRate> rates() {
        List<DatedRate> rates = new ArrayList<>();
        for (ConvertedAmount c : List.of(total.pledged(), total.delivered(), total.outstanding(), total.contingent())) {
            c.rates().stream().filter(r -> !rates.contains(r)).forEach(rates::add);
        }
        return List.copyOf(rates);
    }

    /**
     * Returns the heading: {@code Pledges by pledger as of 2025-12-31, at rates of 2025-09-18, in GBP}.
     *
     * @return the heading, never null
     */
    public String heading() {
        return "Pledges by " + grouping.name().toLowerCase(Locale.ROOT) + " as of " + asOf + knownOn.map(d -> ", as known on " + d).orElse("")
                + ", " + valuation + ", in " + currency.getCurrencyCode();
    }

    /** The column titles. */
    static final List<String> COLUMNS = List.of("pledges", "pledged", "delivered", "outstanding", "contingent");

    /**
     * Renders the table as aligned text on a scale, with the rates under it.
     *
     * @param scale  the scale of the figures, not null
     * @return the text, never null
     */
    public String toText(Figures.Scale scale) {
        List<List<String>> cells = cells(scale);
        int keyWidth = cells.stream().mapToInt(c -> c.get(0).length()).max().orElse(5);
        int[] widths = new int[COLUMNS.size()];
        for (int i = 0; i < widths.length; i++) {
            int col = i + 1;
            widths[i] = Math.max(COLUMNS.get(i).length(), cells.stream().mapToInt(c -> c.get(col).length()).max().orElse(0));
        }
        StringBuilder sb = new StringBuilder(heading()).append(scale == Figures.Scale.BILLIONS ? " (rounded to 0.01bn)" : "").append('\n');
        line(sb, "", COLUMNS, keyWidth, widths);
        for (int r = 0; r < cells.size(); r++) {
            if (r == cells.size() - 1) {
                sb.append("  ").append("-".repeat(keyWidth + Arrays.stream(widths).map(w -> w + 2).sum())).append('\n');
            }
            line(sb, cells.get(r).get(0), cells.get(r).subList(1, cells.get(r).size()), keyWidth, widths);
        }
        rateLines(sb, "  ");
        return sb.toString();
    }

    /**
     * Renders the table as Markdown on a scale, with the rates under it.
     *
     * @param scale  the scale of the figures, not null
     * @return the Markdown, never null
     */
    public String toMarkdown(Figures.Scale scale) {
        StringBuilder sb = new StringBuilder("**").append(heading()).append("**\n\n| ").append(grouping.name().toLowerCase(Locale.ROOT))
                .append(" | ").append(String.join(" | ", COLUMNS)).append(" |\n|---|").append("---:|".repeat(COLUMNS.size())).append('\n');
        List<List<String>> cells = cells(scale);
        for (int r = 0; r < cells.size(); r++) {
            List<String> c = cells.get(r);
            String key = r == cells.size() - 1 ? "**" + c.get(0) + "**" : c.get(0).replace("|", "\\|");
            sb.append("| ").append(key).append(" | ").append(String.join(" | ", c.subList(1, c.size()))).append(" |\n");
        }
        sb.append('\n');
        rateLines(sb, "- ");
        return sb.toString();
    }

    /**
     * Renders the table as an HTML fragment, for a notebook: exact figures, the rates in a footnote.
     *
     * @return the HTML, never null
     */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<table class=\"pledge-table\">\n<caption>").append(html(heading())).append("</caption>\n<thead><tr><th>")
                .append(html(grouping.name().toLowerCase(Locale.ROOT))).append("</th>");
        COLUMNS.forEach(c -> sb.append("<th>").append(c).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        List<List<String>> cells = cells(Figures.Scale.UNITS);
        for (int r = 0; r < cells.size(); r++) {
            String cell = r == cells.size() - 1 ? "th" : "td";
            sb.append(r == cells.size() - 1 ? "</tbody>\n<tfoot><tr>" : "<tr>");
            for (String c : cells.get(r)) {
                sb.append('<').append(cell).append('>').append(html(c)).append("</").append(cell).append('>');
            }
            sb.append(r == cells.size() - 1 ? "</tr></tfoot>\n" : "</tr>\n");
        }
        sb.append("</table>\n");
        if (!rates().isEmpty()) {
            sb.append("<p class=\"rates\">Rates used:</p>\n<ul>\n");
            rates().forEach(r -> sb.append("<li>").append(html(r.toString())).append("</li>\n"));
            sb.append("</ul>\n");
        }
        return sb.toString();
    }

    /**
     * Renders the table as aligned text with exact figures.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return toText(Figures.Scale.UNITS);
    }

    private List<List<String>> cells(Figures.Scale scale) {
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(cells(row, scale));
        }
        cells.add(cells(total, scale));
        return cells;
    }

    private static List<String> cells(Row row, Figures.Scale scale) {
        List<String> c = new ArrayList<>(List.of(row.key(), Integer.toString(row.pledges())));
        row.figures().forEach(f -> c.add(Figures.scaled(f, scale)));
        return c;
    }

    private static void line(StringBuilder sb, String key, List<String> cells, int keyWidth, int[] widths) {
        sb.append("  ").append(String.format("%-" + keyWidth + "s", key));
        for (int i = 0; i < cells.size(); i++) {
            sb.append("  ").append(String.format("%" + widths[i] + "s", cells.get(i)));
        }
        sb.append('\n');
    }

    private void rateLines(StringBuilder sb, String bullet) {
        List<DatedRate> rates = rates();
        if (!rates.isEmpty()) {
            sb.append("Rates used:\n");
            rates.forEach(r -> sb.append(bullet).append(r).append('\n'));
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Exact sum of a column's rows, for checks. */
    static BigDecimal exact(List<Row> rows, Function<Row, ConvertedAmount> column) {
        return rows.stream().map(column).map(ConvertedAmount::exactTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
