package org.pledgeledger.data;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConversionLine;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.MultiCurrencyAmount;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;

/**
 * The main job: prints the seed pledges of the UK-US Tech Prosperity Deal as a report.
 * <p>
 * Run with {@code mvn -q compile exec:java}. The report shows Microsoft's and Google's pledges in
 * the currencies their companies announced them in, as a multi-currency bag, converted into
 * pounds under two stated valuations (the equivalents the sources stated, and the published rate
 * of the day the memorandum was signed), and set against the £31bn headline they are part of,
 * without adding the headline to its own parts. Every figure cites its source.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DealReport {

    /** The date of the second valuation: the day the memorandum was signed. */
    static final LocalDate SIGNING = LocalDate.of(2025, 9, 18);

    private static final CurrencyUnit GBP = Amounts.currency("GBP");

    /** A seed pledge: who, how much on which date, and the sources of its figures. */
    private record SeedPledge(String id, String pledger, DatedAmount amount, List<String> sources) {
    }

    private static final String NATION_CYMRU = "Nation.Cymru, \"No 10 insists talks with US on tech deal ongoing amid"
            + " reports of pause\", 16 Dec 2025: \"US tech companies also announced billions in spending in the UK,"
            + " including £22bn from Microsoft and £5bn from Google, under the deal.\"";
    private static final String FELIX = "Felix (Imperial College London), \"Senior British and American officials"
            + " gather on South Kensington campus following US-UK Tech Prosperity Deal\", Sep 2025 (reporting a panel"
            + " held on Fri 19 Sep 2025; the article carries no date of its own): \"US companies have pledged to invest"
            + " 31 billion pounds in the UK, of which 22 billion will come from Microsoft to strengthen the British"
            + " digital infrastructure.\"";
    private static final String AFP_MICROSOFT = "The Sun (Malaysia), AFP, \"Microsoft to invest $30 billion in UK AI"
            + " and cloud infrastructure\", 17 Sep 2025: \"Microsoft has announced a $30 billion investment plan for the"
            + " United Kingdom over the next four years, with half dedicated to cloud computing and artificial"
            + " intelligence infrastructure.\"";
    private static final String LATESTLY = "LatestLY, \"Microsoft CEO Satya Nadella Announces USD 30 Billion Investment"
            + " in UK to Build Nation's Largest Supercomputer and Expand Digital Infrastructure\", 17 Sep 2025: \"That's"
            + " why today we announced a $30 billion investment in the UK over four years, ... — Satya Nadella"
            + " (@satyanadella) September 16, 2025\"";
    private static final String TECH_DIGEST = "Tech Digest, \"Google opens Waltham Cross data centre as part of £5"
            + " billion UK investment\", 16 Sep 2025: \"Google has announced the opening of a new data centre in"
            + " Waltham Cross, Hertfordshire, as a cornerstone of its two-year, £5 billion investment in the UK.\"";
    private static final String AFP_TOTAL = "The Sun (Malaysia), AFP, \"Microsoft to invest $30 billion in UK AI and"
            + " cloud infrastructure\", 17 Sep 2025: \"This commitment represents the largest single pledge among"
            + " several US tech investments totalling $42 billion\"";

    private static final List<SeedPledge> PLEDGES = List.of(
            new SeedPledge("microsoft-uk-2025", "Microsoft",
                    DatedAmount.of(Amounts.parse("USD 30000000000.00"), LocalDate.of(2025, 9, 16))
                            .withEquivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru, 16 Dec 2025"),
                    List.of(AFP_MICROSOFT, LATESTLY, NATION_CYMRU, FELIX)),
            new SeedPledge("google-uk-2025", "Google",
                    DatedAmount.of(Amounts.parse("GBP 5000000000.00"), LocalDate.of(2025, 9, 16)),
                    List.of(TECH_DIGEST, NATION_CYMRU)));

    private static final MonetaryAmount US_HEADLINE = Amounts.parse("GBP 31000000000.00");
    private static final List<String> US_HEADLINE_SOURCES = List.of(FELIX, AFP_TOTAL);

    private DealReport() {
    }

    /**
     * Prints the report to standard output, in UTF-8.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(BundledRates.table()));
        out.flush();
    }

    /**
     * Renders the report with the given rates.
     *
     * @param rates  the rate table holding a GBP/USD rate for the signing date, not null
     * @return the report text, never null
     * @throws org.pledgeledger.money.MissingRateException if the table lacks that rate
     */
    public static String render(RateTable rates) {
        Objects.requireNonNull(rates, "rates");
        List<DatedAmount> amounts = PLEDGES.stream().map(SeedPledge::amount).toList();
        MultiCurrencyAmount bag = amounts.stream().map(DatedAmount::amount).collect(MultiCurrencyAmount.collector());
        List<ConvertedAmount> valuations = List.of(
                Valuation.atStatedEquivalents().convert(amounts, GBP),
                Valuation.atDate(rates, SIGNING).convert(bag, GBP));

        StringBuilder sb = new StringBuilder();
        sb.append("UK-US Tech Prosperity Deal: the seed pledges\n");
        sb.append("============================================\n\n");
        sb.append("Pledges, in the currency each company announced\n");
        for (SeedPledge p : PLEDGES) {
            sb.append(String.format("  %-18s %-10s %24s  announced %s%n", p.id(), p.pledger(),
                    grouped(p.amount().amount()), p.amount().date()));
            p.amount().equivalents().forEach(eq ->
                    sb.append(String.format("  %-18s %-10s %24s  stated equivalent (%s)%n", "", "",
                            grouped(eq.amount()), eq.source())));
        }
        sb.append("\nAs a multi-currency bag (never added across currencies)\n");
        sb.append("  ").append(bag).append("\n\n");

        sb.append("In pounds, under two stated valuations\n");
        char label = 'a';
        for (ConvertedAmount c : valuations) {
            sb.append(String.format("  %-46s %24s%n", "(" + label++ + ") " + c.valuation(), grouped(c.total())));
            for (ConversionLine line : c.lines()) {
                sb.append("        ").append(describe(line)).append('\n');
            }
        }

        sb.append("\nThe headline these pledges belong to (not added to them: it contains them)\n");
        sb.append(String.format("  %-46s %24s%n", "US tech firms' investment in the UK", grouped(US_HEADLINE)));
        label = 'a';
        for (ConvertedAmount c : valuations) {
            BigDecimal remainder = Amounts.roundToMinorUnits(
                    Amounts.number(US_HEADLINE).subtract(c.exactTotal()), GBP);
            sb.append(String.format("  %-46s %24s%n", "(" + label++ + ") not itemised, " + c.valuation(),
                    grouped(Amounts.of(remainder, GBP))));
        }
        sb.append("  Part of a larger headline of around £150bn for the whole deal (Felix, Sep 2025),\n");
        sb.append("  which these figures neither add to nor subtract from.\n");

        sb.append("\nRates used\n");
        valuations.stream().flatMap(c -> c.rates().stream()).distinct()
                .forEach(r -> sb.append("  ").append(r).append('\n'));

        sb.append("\nSources\n");
        PLEDGES.forEach(p -> p.sources().forEach(s -> sb.append("  ").append(p.id()).append(": ").append(s).append('\n')));
        US_HEADLINE_SOURCES.forEach(s -> sb.append("  £31bn headline: ").append(s).append('\n'));
        return sb.toString();
    }

    private static String describe(ConversionLine line) {
        String from = grouped(line.sourceSum());
        String to = grouped(line.convertedAmount());
        return switch (line.method()) {
            case SAME_CURRENCY -> from + " already in pounds";
            case STATED_EQUIVALENT -> from + " = " + to + " as stated (implied rate " + rate(line) + ")";
            case RATE -> from + " = " + to + " at " + rate(line);
        };
    }

    private static String rate(ConversionLine line) {
        DatedRate r = line.rate().orElseThrow();
        DatedRate stated = r.isStated() ? r : r.derivedFrom().get(0);
        String shown = r.rate().round(new MathContext(8)).toPlainString();
        return r.pair() + " " + shown + (r.isStated() ? " on " + r.date()
                : " = 1/" + stated.pair() + " " + stated.rate().toPlainString() + " on " + stated.date());
    }

    /** The amount with thousands separators, exact: nothing is rounded here. */
    static String grouped(MonetaryAmount amount) {
        String text = Amounts.format(amount);
        int space = text.indexOf(' ');
        String number = text.substring(space + 1);
        boolean negative = number.startsWith("-");
        String digits = negative ? number.substring(1) : number;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return text.substring(0, space) + ' ' + (negative ? "-" : "") + sb + (point < 0 ? "" : digits.substring(point));
    }
}
