package org.pledgeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeState;
import org.pledgeledger.model.Headline;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.Valuation;

/**
 * The total of a set of pledges and headlines with every pound counted once: each pledge once, plus
 * each headline's unattributed remainder, never a headline plus its own parts.
 * <pre>{@code
 *   GrandTotal t = GrandTotal.of(headlines, ledger.asOf(date), Valuation.atStatedEquivalents(), GBP);
 *   t.total();         // pledges + unattributed remainders
 *   t.newMoney();      // the pledges' new money
 *   t.reannounced();   // money pledged before, shown apart
 * }</pre>
 * Re-announced money is shown apart from new money. An unattributed remainder cannot be split that
 * way: the sources do not say what it holds.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param asOf  the date of the view, not null
 * @param newMoney  the new money of every pledge in the view, converted, not null
 * @param reannounced  the re-announced money of every pledge in the view, converted, not null
 * @param headlines  the reconciliation of each top headline stated by then, with those within it, not null
 * @param exactUnattributed  the sum of every headline's unattributed remainder, exact, not null
 */
public record GrandTotal(LocalDate asOf, ConvertedAmount newMoney, ConvertedAmount reannounced, List<Reconciliation> headlines,
        BigDecimal exactUnattributed) {

    /**
     * Validates the total.
     *
     * @param asOf  the date, not null
     * @param newMoney  the new money, not null
     * @param reannounced  the re-announced money, not null
     * @param headlines  the reconciliations, not null
     * @param exactUnattributed  the unattributed sum, not null
     */
    public GrandTotal {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(newMoney, "newMoney");
        Objects.requireNonNull(reannounced, "reannounced");
        headlines = List.copyOf(headlines);
        Objects.requireNonNull(exactUnattributed, "exactUnattributed");
    }

    /**
     * Works out the total of every pledge in a view and every headline stated by its date.
     *
     * @param headlines  the headlines, not null
     * @param view  what the ledger says on a date, not null
     * @param valuation  how to reach one figure, not null
     * @param currency  the currency of the figures, not null
     * @return the total, never null
     * @throws org.pledgeledger.money.MissingRateException if the valuation lacks a rate
     */
    public static GrandTotal of(Headlines headlines, LedgerView view, Valuation valuation, CurrencyUnit currency) {
        Objects.requireNonNull(headlines, "headlines");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(currency, "currency");
        List<DatedAmount> fresh = new ArrayList<>();
        List<DatedAmount> again = new ArrayList<>();
        for (PledgeState s : view.pledges()) {
            MonetaryAmount reannounced = s.pledge().novelty().reannouncedAmount(s.pledge().amount());
            if (reannounced.isZero()) {
                fresh.add(s.datedAmount());
            } else if (reannounced.isEqualTo(s.amount())) {
                again.add(s.datedAmount());
            } else {
                fresh.add(DatedAmount.of(s.amount().subtract(reannounced), s.pledge().announced()));
                again.add(DatedAmount.of(reannounced, s.pledge().announced()));
            }
        }
        List<Reconciliation> tops = new ArrayList<>();
        BigDecimal unattributed = BigDecimal.ZERO;
        for (Headline h : headlines.tops()) {
            if (!h.stated().isAfter(view.asOf())) {
                Reconciliation r = Reconciliation.of(h.id(), headlines, view, valuation, currency);
                tops.add(r);
                unattributed = unattributed.add(unattributed(r));
            }
        }
        return new GrandTotal(view.asOf(), valuation.convert(fresh, currency), valuation.convert(again, currency), tops, unattributed);
    }

    private static BigDecimal unattributed(Reconciliation r) {
        BigDecimal sum = r.exactUnattributed();
        for (Reconciliation s : r.smaller()) {
            sum = sum.add(unattributed(s));
        }
        return sum;
    }

    /**
     * Returns the currency of the figures.
     *
     * @return the currency, never null
     */
    public CurrencyUnit currency() {
        return newMoney.currency();
    }

    /**
     * Returns everything pledged, new and re-announced, each pledge once, rounded once.
     *
     * @return the pledged total, never null
     */
    public MonetaryAmount pledged() {
        return round(newMoney.exactTotal().add(reannounced.exactTotal()));
    }

    /**
     * Returns the headlines' unattributed remainders together, rounded once.
     *
     * @return the unattributed total, never null
     */
    public MonetaryAmount unattributed() {
        return round(exactUnattributed);
    }

    /**
     * Returns the total: pledges plus unattributed remainders, every pound once, rounded once.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return round(newMoney.exactTotal().add(reannounced.exactTotal()).add(exactUnattributed));
    }

    /**
     * Returns every warning of every headline.
     *
     * @return the warnings, never null
     */
    public List<String> warnings() {
        return headlines.stream().flatMap(r -> r.warnings().stream()).toList();
    }

    /**
     * One line of the headline tree: a headline at its depth, with its stated, itemised and unitemised figures.
     *
     * @param depth  0 for a top headline, 1 for one within it, and so on
     * @param reconciliation  the headline's reconciliation, not null
     */
    public record Line(int depth, Reconciliation reconciliation) {

        /**
         * Validates the line.
         *
         * @param depth  the depth, zero or more
         * @param reconciliation  the reconciliation, not null
         */
        public Line {
            Objects.requireNonNull(reconciliation, "reconciliation");
        }

        /**
         * Returns the headline's label: {@code around £150bn: investment announced with the deal}.
         *
         * @return the label, never null
         */
        public String label() {
            Headline h = reconciliation.headline();
            return (h.isApproximate() ? "around " : "") + Figures.scaled(h.total(), Figures.Scale.BILLIONS) + ": " + h.name();
        }
    }

    /**
     * Returns the headline tree, depth first, for rendering.
     *
     * @return the lines, never null
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        headlines.forEach(r -> add(lines, r, 0));
        return List.copyOf(lines);
    }

    private static void add(List<Line> lines, Reconciliation r, int depth) {
        lines.add(new Line(depth, r));
        r.smaller().forEach(s -> add(lines, s, depth + 1));
    }

    /**
     * Renders the headlines and the total as Markdown on a scale.
     *
     * @param scale  the scale of the figures, not null
     * @return the Markdown, never null
     */
    public String toMarkdown(Figures.Scale scale) {
        Objects.requireNonNull(scale, "scale");
        StringBuilder sb = new StringBuilder("**Total as of " + asOf + ", " + newMoney.valuation() + ", in " + currency().getCurrencyCode()
                + "**\n\n| headline | stated | itemised | not itemised |\n|---|---:|---:|---:|\n");
        for (Line l : lines()) {
            Reconciliation r = l.reconciliation();
            sb.append("| ").append("&nbsp;&nbsp;".repeat(l.depth())).append(l.label().replace("|", "\\|")).append(" | ")
                    .append(Figures.scaled(r.stated().total(), scale)).append(" | ").append(Figures.scaled(r.itemised().total(), scale))
                    .append(" | ").append(Figures.scaled(r.remainder(), scale)).append(" |\n");
        }
        sb.append("| **Total, every pound once** | ").append(Figures.scaled(total(), scale)).append(" | ")
                .append(Figures.scaled(pledged(), scale)).append(" | ").append(Figures.scaled(unattributed(), scale)).append(" |\n");
        warnings().forEach(w -> sb.append("\n> warning: ").append(w).append('\n'));
        return sb.toString();
    }

    private MonetaryAmount round(BigDecimal exact) {
        return Amounts.of(Amounts.roundToMinorUnits(exact, currency()), currency());
    }

    /**
     * Returns the total and its parts, one per line.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return "Total as of " + asOf + " " + newMoney.valuation() + ": " + Amounts.format(total())
                + "\n  new money " + Amounts.format(newMoney.total())
                + "\n  re-announced " + Amounts.format(reannounced.total())
                + "\n  stated in headlines but not itemised " + Amounts.format(unattributed())
                + warnings().stream().map(w -> "\n  warning: " + w).reduce("", String::concat);
    }
}
