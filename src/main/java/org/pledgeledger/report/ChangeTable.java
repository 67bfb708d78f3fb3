package org.pledgeledger.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pledgeledger.ledger.AgreementEvent;
import org.pledgeledger.ledger.AgreementState;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeChange;
import org.pledgeledger.ledger.PledgeState;

/**
 * What changed between two dates: each pledge and agreement with an event that took effect in
 * between, its status before and after, and the events.
 * <pre>{@code
 *   ChangeTable.of(ledger, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
 *   // tech-prosperity-deal-mou  SIGNED -> PAUSED (press report)  2025-12-08 paused (...)
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param from  the start, exclusive, not null
 * @param to  the end, inclusive, not null
 * @param rows  one row per pledge or agreement that changed, pledges first, in id order, not null
 */
public record ChangeTable(LocalDate from, LocalDate to, List<Row> rows) {

    /**
     * One pledge's or agreement's change.
     *
     * @param subject  the pledge or agreement id, not null
     * @param before  its status at the start, or {@code -} if not yet recorded, not null
     * @param after  its status at the end, with the basis of the event that set it, not null
     * @param amounts  for a pledge, the amount pledged and delivered at the end where they changed, or empty, not null
     * @param events  the events that took effect in between, described, not null
     */
    public record Row(String subject, String before, String after, String amounts, List<String> events) {

        /**
         * Validates the row.
         *
         * @param subject  the subject, not null
         * @param before  the status before, not null
         * @param after  the status after, not null
         * @param amounts  the amounts, not null
         * @param events  the events, not null
         */
        public Row {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(amounts, "amounts");
            events = List.copyOf(events);
        }
    }

    /**
     * Validates the table.
     *
     * @param from  the start, not null
     * @param to  the end, not null
     * @param rows  the rows, not null
     */
    public ChangeTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rows = List.copyOf(rows);
    }

    /**
     * Works out what changed in a ledger between two dates, using everything recorded.
     *
     * @param ledger  the ledger, not null
     * @param from  the start, exclusive, not null
     * @param to  the end, inclusive, not before the start, not null
     * @return the table, never null
     * @throws IllegalArgumentException if the end is before the start
     */
    public static ChangeTable of(Ledger ledger, LocalDate from, LocalDate to) {
        Objects.requireNonNull(ledger, "ledger");
        List<PledgeChange> pledges = ledger.changes(from, to);
        List<Row> rows = new ArrayList<>();
        for (PledgeChange c : pledges) {
            String amounts = c.after().map(a -> {
                Optional<PledgeState> b = c.before();
                boolean changed = b.isEmpty() || !b.get().amount().isEqualTo(a.amount()) || !b.get().delivered().isEqualTo(a.delivered());
                return changed ? "pledged " + Figures.grouped(a.amount()) + ", delivered " + Figures.grouped(a.delivered()) : "";
            }).orElse("");
            rows.add(new Row(c.id().value(), c.before().map(s -> s.status().name()).orElse("-"),
                    c.after().map(s -> s.status() + " (" + s.statusBasis().words() + ")").orElse("-"), amounts,
                    c.events().stream().map(ChangeTable::describe).toList()));
        }
        LedgerView start = ledger.asOf(from);
        LedgerView end = ledger.asOf(to);
        for (AgreementState a : end.agreements()) {
            List<AgreementEvent> between = a.history().stream().filter(e -> e.effective().isAfter(from)).toList();
            if (!between.isEmpty()) {
                rows.add(new Row(a.id().value(), start.agreement(a.id()).map(s -> s.status().name()).orElse("-"),
                        a.status() + " (" + a.statusBasis().words() + ")", "", between.stream().map(ChangeTable::describe).toList()));
            }
        }
        return new ChangeTable(from, to, rows);
    }

    private static String describe(LedgerEvent e) {
        return e.effective() + " " + e.describe() + " [" + e.basis().words() + ", " + e.source().label() + "]";
    }

    /**
     * Returns the heading: {@code Changes after 2025-09-30 up to 2025-12-31}.
     *
     * @return the heading, never null
     */
    public String heading() {
        return "Changes after " + from + " up to " + to;
    }

    /**
     * Renders the table as Markdown.
     *
     * @return the Markdown, never null
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("**").append(heading()).append("**\n\n| subject | before | after | amounts | events |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.subject()).append(" | ").append(r.before()).append(" | ").append(r.after()).append(" | ")
                    .append(r.amounts()).append(" | ").append(String.join("<br>", r.events()).replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    /**
     * Renders the table as aligned text, one line per subject and one per event.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        int width = rows.stream().mapToInt(r -> r.subject().length()).max().orElse(0);
        return heading() + (rows.isEmpty() ? ": nothing changed" : rows.stream().map(r -> "\n  " + String.format("%-" + width + "s", r.subject())
                + "  " + r.before() + " -> " + r.after() + (r.amounts().isEmpty() ? "" : "; " + r.amounts())
                + r.events().stream().map(e -> "\n  " + " ".repeat(width) + "    " + e).collect(Collectors.joining()))
                .collect(Collectors.joining()));
    }
}
