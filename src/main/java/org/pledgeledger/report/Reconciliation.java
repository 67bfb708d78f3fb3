package org.pledgeledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeState;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.Valuation;

/**
 * A headline set against its parts under a stated valuation: the stated total, the itemised sum,
 * and the unattributed remainder, with a warning when the parts exceed the whole.
 * <pre>{@code
 *   Reconciliation r = Reconciliation.of(HeadlineId.of("us-tech-31bn"), headlines, ledger.asOf(date),
 *           Valuation.atStatedEquivalents(), GBP);
 *   r.itemised().total();   // GBP 27000000000.00: Microsoft's stated £22bn and Google's £5bn
 *   r.remainder();          // GBP 4000000000.00 stated but not itemised
 * }</pre>
 * A smaller headline within this one counts at the larger of its stated total and its own
 * counted parts, so that neither the smaller headline nor its parts are counted twice. All figures
 * are exact until {@link #remainder()} rounds once.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param headline  the headline, not null
 * @param stated  the stated total, converted, not null
 * @param itemised  the parts, converted, each counted once, not null
 * @param exactRemainder  stated less itemised, exact; negative when the parts exceed the whole, not null
 * @param notItemised  parts the headline names that the view does not hold yet, not null
 * @param smaller  the reconciliations of the smaller headlines within it, not null
 */
public record Reconciliation(Headline headline, ConvertedAmount stated, ConvertedAmount itemised, BigDecimal exactRemainder,
        List<String> notItemised, List<Reconciliation> smaller) {

    /**
     * Validates the reconciliation.
     *
     * @param headline  the headline, not null
     * @param stated  the stated total, not null
     * @param itemised  the parts, not null
     * @param exactRemainder  the remainder, not null
     * @param notItemised  the missing parts, not null
     * @param smaller  the smaller headlines, not null
     */
    public Reconciliation {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(itemised, "itemised");
        Objects.requireNonNull(exactRemainder, "exactRemainder");
        notItemised = List.copyOf(notItemised);
        smaller = List.copyOf(smaller);
    }

    /**
     * Reconciles a headline with its parts as the view holds them.
     *
     * @param id  the headline, not null
     * @param headlines  the headlines it and its smaller headlines belong to, not null
     * @param view  what the ledger says on a date, not null
     * @param valuation  how to reach one figure, not null
     * @param currency  the currency of the figures, not null
     * @return the reconciliation, never null
     * @throws IllegalArgumentException if the headline is unknown, or not yet stated on the view's date
     * @throws org.pledgeledger.money.MissingRateException if the valuation lacks a rate
     */
    public static Reconciliation of(HeadlineId id, Headlines headlines, LedgerView view, Valuation valuation, CurrencyUnit currency) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headlines, "headlines");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(currency, "currency");
        Headline h = headlines.headline(id).orElseThrow(() -> new IllegalArgumentException("Unknown headline " + id));
        if (h.stated().isAfter(view.asOf())) {
            throw new IllegalArgumentException("Headline " + id + " was stated on " + h.stated() + ", after " + view.asOf());
        }
        List<DatedAmount> pledged = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PledgeId p : h.pledges()) {
            Optional<PledgeState> state = view.pledge(p);
            if (state.isPresent()) {
                pledged.add(state.get().datedAmount());
            } else {
                missing.add("pledge " + p);
            }
        }
        ConvertedAmount itemised = valuation.convert(pledged, currency);
        List<Reconciliation> smaller = new ArrayList<>();
        for (HeadlineId sub : h.headlines()) {
            Headline s = headlines.headline(sub).orElseThrow();
            if (s.stated().isAfter(view.asOf())) {
                missing.add("headline " + sub + " (stated " + s.stated() + ")");
                continue;
            }
            Reconciliation r = of(sub, headlines, view, valuation, currency);
            smaller.add(r);
            itemised = itemised.plus(r.counted());
        }
        ConvertedAmount stated = valuation.convert(h.datedTotal(), currency);
        return new Reconciliation(h, stated, itemised, stated.exactTotal().subtract(itemised.exactTotal()), missing, smaller);
    }

    /**
     * Returns the remainder, stated less itemised, rounded once; negative when the parts exceed the whole.
     *
     * @return the remainder, never null
     */
    public MonetaryAmount remainder() {
        return Amounts.of(Amounts.roundToMinorUnits(exactRemainder, currency()), currency());
    }

    /**
     * Returns the currency of the figures.
     *
     * @return the currency, never null
     */
    public CurrencyUnit currency() {
        return stated.currency();
    }

    /**
     * Checks whether the itemised parts add up to more than the stated total.
     *
     * @return true if the parts exceed the whole
     */
    public boolean partsExceedWhole() {
        return exactRemainder.signum() < 0;
    }

    /**
     * Returns what this headline counts for within a larger one: its stated total, or its itemised
     * parts where they exceed it.
     *
     * @return the counted amount with its provenance, never null
     */
    public ConvertedAmount counted() {
        return partsExceedWhole() ? itemised : stated;
    }

    /**
     * Returns the unattributed remainder counted in totals: the remainder, or zero where the parts exceed the whole.
     *
     * @return the exact unattributed amount, zero or more, never null
     */
    public BigDecimal exactUnattributed() {
        return exactRemainder.max(BigDecimal.ZERO);
    }

    /**
     * Returns the warnings: parts exceeding the whole, parts not yet in the ledger, in this headline and those within it.
     *
     * @return the warnings, possibly empty, never null
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (partsExceedWhole()) {
            warnings.add("The parts of headline " + headline.id() + " (" + Amounts.format(itemised.total()) + ") exceed its stated "
                    + (headline.isApproximate() ? "approximate " : "") + "total (" + Amounts.format(stated.total())
                    + ") by " + Amounts.format(remainder().negate()) + ": the parts are counted, not the headline");
        }
        notItemised.forEach(m -> warnings.add("Headline " + headline.id() + " names " + m + ", not in the ledger as of this date"));
        smaller.forEach(r -> warnings.addAll(r.warnings()));
        return warnings;
    }

    /**
     * Returns the headline, its stated total, the itemised sum and the remainder, one per line.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return headline.id() + ": stated " + (headline.isApproximate() ? "around " : "") + Amounts.format(stated.total())
                + ", itemised " + Amounts.format(itemised.total()) + ", not itemised " + Amounts.format(remainder()) + " "
                + stated.valuation() + warnings().stream().map(w -> "\n  warning: " + w).reduce("", String::concat);
    }
}
