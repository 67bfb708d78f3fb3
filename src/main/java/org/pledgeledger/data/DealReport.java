package org.pledgeledger.data;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.condition.Assumption;
import org.pledgeledger.condition.Contingency;
import org.pledgeledger.condition.Exposure;
import org.pledgeledger.condition.Outlook;
import org.pledgeledger.condition.Scenario;
import org.pledgeledger.io.LedgerDocument;
import org.pledgeledger.ledger.AgreementState;
import org.pledgeledger.ledger.ConditionEvent;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeState;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.report.Figures;
import org.pledgeledger.report.GrandTotal;
import org.pledgeledger.report.Headlines;
import org.pledgeledger.report.Reconciliation;

/**
 * The main job: prints the Tech Prosperity Deal report from the bundled data.
 * <p>
 * Run with {@code mvn -q compile exec:java}. The report sets the around-£150bn and £31bn
 * headlines against their parts with the unitemised remainders, in pounds under two stated
 * valuations (the equivalents the sources stated, and the published GBP/USD rate of the day the
 * memorandum was signed); shows where the agreements and pledges stood on 30 September and 31
 * December 2025; the money exposed to the Economic Prosperity Deal condition and what its failure
 * would mean; the rates used; and every source, in a form that can be quoted.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DealReport {

    /** The two dates the report compares. */
    static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 30);
    static final LocalDate DECEMBER = LocalDate.of(2025, 12, 31);

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final int LABEL = 56;

    private DealReport() {
    }

    /**
     * Prints the report to standard output, in UTF-8.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(TechProsperityDeal.load(), BundledRates.table()));
        out.flush();
    }

    /**
     * Renders the report.
     *
     * @param deal  the data set, not null
     * @param rates  rates holding GBP/USD for the signing day, not null
     * @return the report text, never null
     * @throws org.pledgeledger.money.MissingRateException if the rates lack that rate
     */
    public static String render(LedgerDocument deal, RateTable rates) {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(rates, "rates");
        Map<String, Valuation> valuations = new LinkedHashMap<>();
        valuations.put("(a) at the equivalents the sources stated", Valuation.atStatedEquivalents());
        valuations.put("(b) at GBP/USD on " + TechProsperityDeal.SIGNED, Valuation.atDate(rates, TechProsperityDeal.SIGNED));
        LedgerView dec = deal.ledger().asOf(DECEMBER);
        Headlines nested = Headlines.of(deal.headlines().headline(TechProsperityDeal.DEAL_150BN).orElseThrow(),
                deal.headlines().headline(TechProsperityDeal.US_TECH_31BN).orElseThrow());
        List<GrandTotal> totals = valuations.values().stream().map(v -> GrandTotal.of(nested, dec, v, GBP)).toList();

        StringBuilder sb = new StringBuilder();
        sb.append("UK-US Tech Prosperity Deal: what was pledged, what it hinges on, where it stands\n");
        sb.append("=".repeat(80)).append("\n\n");
        headlines(sb, valuations, totals, dec);
        beside(sb, deal, dec);
        standing(sb, deal);
        exposure(sb, deal, valuations);
        sb.append("\nRates used\n");
        totals.stream().flatMap(t -> Stream.of(t.newMoney(), t.reannounced())).flatMap(c -> c.rates().stream())
                .distinct().forEach(r -> sb.append("  ").append(describe(r)).append('\n'));
        sb.append("\nSources\n");
        deal.sources().forEach((key, s) -> sb.append("  [").append(key).append("] ").append(s.citation()).append('\n'));
        return sb.toString();
    }

    private static void headlines(StringBuilder sb, Map<String, Valuation> valuations, List<GrandTotal> totals, LedgerView view) {
        sb.append("Headlines and their parts, in pounds\n");
        valuations.keySet().forEach(k -> sb.append("  ").append(k).append('\n'));
        sb.append(String.format("  %-" + LABEL + "s %26s %26s%n", "", "(a)", "(b)"));
        List<List<Reconciliation>> tops = totals.stream().map(GrandTotal::headlines).toList();
        for (int i = 0; i < tops.get(0).size(); i++) {
            List<Reconciliation> same = new ArrayList<>();
            for (List<Reconciliation> t : tops) {
                same.add(t.get(i));
            }
            tree(sb, same, view, "  ", List.copyOf(valuations.values()));
        }
        row(sb, "Total, every pound counted once", totals.stream().map(GrandTotal::total).toList());
        row(sb, "  of which the pledges (new money)", totals.stream().map(t -> t.newMoney().total()).toList());
        row(sb, "  of which re-announced money", totals.stream().map(t -> t.reannounced().total()).toList());
        row(sb, "  of which stated in headlines but not itemised", totals.stream().map(GrandTotal::unattributed).toList());
        totals.get(0).warnings().forEach(w -> sb.append("  warning: ").append(w).append('\n'));
    }

    private static void tree(StringBuilder sb, List<Reconciliation> same, LedgerView view, String indent, List<Valuation> valuations) {
        Headline h = same.get(0).headline();
        row(sb, indent + (h.isApproximate() ? "around " : "") + shortForm(h.total()) + ": " + h.name(),
                same.stream().map(r -> r.stated().total()).toList());
        for (PledgeId p : h.pledges()) {
            Optional<PledgeState> s = view.pledge(p);
            if (s.isPresent()) {
                List<MonetaryAmount> converted = new ArrayList<>();
                for (Valuation v : valuations) {
                    converted.add(v.convert(s.get().datedAmount(), GBP).total());
                }
                row(sb, indent + "  " + s.get().pledge().pledger() + " (" + Figures.grouped(s.get().amount()) + ")", converted);
            }
        }
        for (int i = 0; i < same.get(0).smaller().size(); i++) {
            List<Reconciliation> inner = new ArrayList<>();
            for (Reconciliation r : same) {
                inner.add(r.smaller().get(i));
            }
            tree(sb, inner, view, indent + "  ", valuations);
        }
        row(sb, indent + "  not itemised", same.stream().map(Reconciliation::remainder).toList());
    }

    private static void beside(StringBuilder sb, LedgerDocument deal, LedgerView view) {
        sb.append("\nBeside the totals, not in them\n");
        for (Headline h : deal.headlines().tops()) {
            if (!h.id().equals(TechProsperityDeal.DEAL_150BN)) {
                sb.append("  ").append(h.name()).append(": ").append(Figures.grouped(h.total())).append(" (").append(h.basis().words()).append(")\n");
                h.note().ifPresent(n -> sb.append("    ").append(n).append('\n'));
            }
        }
    }

    private static void standing(StringBuilder sb, LedgerDocument deal) {
        LedgerView sep = deal.ledger().asOf(SEPTEMBER);
        LedgerView dec = deal.ledger().asOf(DECEMBER);
        Outlook sepOutlook = deal.conditions().evaluate(sep);
        Outlook decOutlook = deal.conditions().evaluate(dec);
        sb.append(String.format("%nWhere things stand%n  %-" + (LABEL - 10) + "s %-32s %s%n", "", "30 Sep 2025", "31 Dec 2025"));
        for (AgreementState a : dec.agreements()) {
            String before = sep.agreement(a.id()).map(s -> s.status() + " " + contingency(sepOutlook.agreement(s.id()))).orElse("-");
            sb.append(String.format("  %-" + (LABEL - 10) + "s %-32s %s%n", a.agreement().name().length() > LABEL - 10
                    ? a.id().value() : a.agreement().name(), before, a.status() + " (" + a.statusBasis().words() + ") "
                    + contingency(decOutlook.agreement(a.id()))));
        }
        for (PledgeState p : dec.pledges()) {
            String before = sep.pledge(p.id()).map(s -> s.status() + " " + contingency(sepOutlook.pledge(s.id()))).orElse("-");
            sb.append(String.format("  %-" + (LABEL - 10) + "s %-32s %s%n", p.pledge().pledger() + "'s pledge", before,
                    p.status() + " " + contingency(decOutlook.pledge(p.id()))));
        }
        sb.append("  Judgements recorded by 31 Dec 2025:\n");
        for (ConditionEvent.Assessed a : dec.assessments().values()) {
            sb.append("    ").append(a.name()).append(": ").append(a.assessment()).append(" (").append(a.basis().words()).append(", ")
                    .append(a.source().label()).append("): ").append(a.note()).append('\n');
        }
        sb.append("  A pause reported by the press is kept apart from a confirmed one; as known on 10 Dec 2025, before\n"
                + "  the report, the pledges were ").append(contingency(deal.conditions().evaluate(deal.ledger().asKnownOn(
                        LocalDate.of(2025, 12, 10))).pledge(TechProsperityDeal.MICROSOFT))).append(".\n");
    }

    private static void exposure(StringBuilder sb, LedgerDocument deal, Map<String, Valuation> valuations) {
        LedgerView dec = deal.ledger().asOf(DECEMBER);
        Outlook outlook = deal.conditions().evaluate(dec);
        sb.append("\nWhat hinges on the Economic Prosperity Deal condition, 31 Dec 2025\n");
        sb.append("  \"").append(outlook.condition(TechProsperityDeal.EPD_PROGRESS).condition().name()).append("\": ")
                .append(outlook.condition(TechProsperityDeal.EPD_PROGRESS).state()).append('\n');
        List<MonetaryAmount> outstanding = new ArrayList<>();
        Exposure first = null;
        for (Valuation v : valuations.values()) {
            Exposure e = outlook.exposure(TechProsperityDeal.EPD_PROGRESS, v, GBP);
            first = first == null ? e : first;
            outstanding.add(e.outstandingConverted().total());
        }
        row(sb, "  outstanding pledges that hinge on it (" + first.pledges().size() + ")", outstanding);
        sb.append("    ").append(first.outstanding()).append(" in the currencies pledged\n");
        Outlook fails = deal.conditions().evaluate(dec, Scenario.of("if the Economic Prosperity Deal condition fails",
                Assumption.conditionFails(TechProsperityDeal.EPD_PROGRESS)));
        sb.append("  If it fails: the memorandum is ").append(fails.agreement(TechProsperityDeal.MEMORANDUM).kind())
                .append(", Microsoft's pledge ").append(fails.pledge(TechProsperityDeal.MICROSOFT).kind())
                .append(", Google's pledge ").append(fails.pledge(TechProsperityDeal.GOOGLE).kind()).append(".\n");
        Outlook confirmed = deal.conditions().evaluate(dec, Scenario.of("if the pause is confirmed",
                Assumption.pauseConfirmed(TechProsperityDeal.MEMORANDUM)));
        sb.append("  If the pause is confirmed: the pledges are ").append(contingency(confirmed.pledge(TechProsperityDeal.MICROSOFT)))
                .append(".\n");
    }

    private static String contingency(Contingency c) {
        return c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + c.riskBasis().map(b -> " (" + b.words() + ")").orElse("");
    }

    private static void row(StringBuilder sb, String label, List<MonetaryAmount> amounts) {
        sb.append(String.format("  %-" + LABEL + "s", label.length() > LABEL ? label.substring(0, LABEL - 3) + "..." : label));
        amounts.forEach(a -> sb.append(String.format(" %26s", Figures.grouped(a))));
        sb.append('\n');
    }

    private static String describe(DatedRate r) {
        String shown = r.rate().round(new MathContext(8)).toPlainString();
        if (r.isStated()) {
            return r.date() + " " + r.pair() + " " + shown + ": " + r.source();
        }
        DatedRate stated = r.derivedFrom().get(0);
        return r.date() + " " + r.pair() + " " + shown + " = 1 / " + stated.pair() + " " + stated.rate().toPlainString() + ": "
                + stated.source();
    }

    /** {@code £31bn}: the short form of a whole number of billions, or the grouped amount. */
    private static String shortForm(MonetaryAmount amount) {
        BigDecimal billions = Amounts.number(amount).movePointLeft(9);
        String symbol = amount.getCurrency().getCurrencyCode().equals("GBP") ? "£" : amount.getCurrency().getCurrencyCode() + " ";
        return billions.stripTrailingZeros().scale() <= 0 ? symbol + billions.stripTrailingZeros().toPlainString() + "bn" : Figures.grouped(amount);
    }
}
