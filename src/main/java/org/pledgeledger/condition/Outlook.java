package org.pledgeledger.condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.money.CurrencyUnit;

import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeState;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.MultiCurrencyAmount;
import org.pledgeledger.money.Valuation;

/**
 * Where every condition, pledge and agreement stands on a date, under a scenario: derived from a
 * {@link LedgerView} and never written back to the ledger.
 * <pre>{@code
 *   Outlook dec = conditions.evaluate(ledger.asOf(LocalDate.of(2025, 12, 31)));
 *   dec.condition(ConditionId.of("tpd-operative")).state();     // PENDING, at risk
 *   dec.pledge(PledgeId.of("microsoft-uk-2025")).kind();        // AT_RISK
 *   dec.exposure(ConditionId.of("tpd-operative"), Valuation.atStatedEquivalents(), GBP).outstandingConverted();
 * }</pre>
 * A pledge's {@link Contingency} never changes its own lifecycle status: a pledge can be
 * ANNOUNCED and at risk at once.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Outlook {

    private final LedgerView view;
    private final Scenario scenario;
    private final Conditions conditions;
    private final Map<ConditionId, ConditionOutcome> outcomes;
    private final Map<PledgeId, Contingency> pledges;
    private final Map<AgreementId, Contingency> agreements;

    Outlook(LedgerView view, Scenario scenario, Conditions conditions, Map<ConditionId, ConditionOutcome> outcomes,
            Map<PledgeId, Contingency> pledges, Map<AgreementId, Contingency> agreements) {
        this.view = view;
        this.scenario = scenario;
        this.conditions = conditions;
        this.outcomes = Collections.unmodifiableMap(new TreeMap<>(outcomes));
        this.pledges = Collections.unmodifiableMap(new TreeMap<>(pledges));
        this.agreements = Collections.unmodifiableMap(new TreeMap<>(agreements));
    }

    /**
     * Returns the date of the view this outlook was worked out from.
     *
     * @return the date, never null
     */
    public LocalDate asOf() {
        return view.asOf();
    }

    /**
     * Returns the view this outlook was worked out from.
     *
     * @return the view, never null
     */
    public LedgerView view() {
        return view;
    }

    /**
     * Returns the scenario.
     *
     * @return the scenario, never null
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Returns every condition's outcome, in id order.
     *
     * @return the outcomes, never null
     */
    public Map<ConditionId, ConditionOutcome> conditions() {
        return outcomes;
    }

    /**
     * Returns one condition's outcome.
     *
     * @param id  the condition, not null
     * @return the outcome, never null
     * @throws IllegalArgumentException if the condition is unknown
     */
    public ConditionOutcome condition(ConditionId id) {
        ConditionOutcome o = outcomes.get(Objects.requireNonNull(id, "id"));
        if (o == null) {
            throw new IllegalArgumentException("Unknown condition " + id + "; known: " + outcomes.keySet());
        }
        return o;
    }

    /**
     * Returns every pledge's contingency, in id order: each pledge in the view.
     *
     * @return the contingencies, never null
     */
    public Map<PledgeId, Contingency> pledges() {
        return pledges;
    }

    /**
     * Returns one pledge's contingency.
     *
     * @param id  the pledge, not null
     * @return the contingency, never null
     * @throws IllegalArgumentException if the pledge is not in the view
     */
    public Contingency pledge(PledgeId id) {
        Contingency c = pledges.get(Objects.requireNonNull(id, "id"));
        if (c == null) {
            throw new IllegalArgumentException("Pledge " + id + " is not in the ledger as of " + view.asOf());
        }
        return c;
    }

    /**
     * Returns every agreement's contingency, in id order.
     *
     * @return the contingencies, never null
     */
    public Map<AgreementId, Contingency> agreements() {
        return agreements;
    }

    /**
     * Returns one agreement's contingency.
     *
     * @param id  the agreement, not null
     * @return the contingency, never null
     * @throws IllegalArgumentException if the agreement is not in the view
     */
    public Contingency agreement(AgreementId id) {
        Contingency c = agreements.get(Objects.requireNonNull(id, "id"));
        if (c == null) {
            throw new IllegalArgumentException("Agreement " + id + " is not in the ledger as of " + view.asOf());
        }
        return c;
    }

    /**
     * Returns the money that hinges on a condition: the pledges that depend on it directly, or
     * through other conditions and the agreements they wait on, with what they pledge and what is
     * outstanding, converted under the valuation.
     *
     * @param id  the condition, not null
     * @param valuation  how to reach one figure, not null
     * @param currency  the currency of the figure, not null
     * @return the exposure, never null
     * @throws IllegalArgumentException if the condition is unknown
     * @throws org.pledgeledger.money.MissingRateException if the valuation lacks a rate
     */
    public Exposure exposure(ConditionId id, Valuation valuation, CurrencyUnit currency) {
        condition(id);
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(currency, "currency");
        List<PledgeId> hinging = new ArrayList<>();
        List<DatedAmount> pledged = new ArrayList<>();
        List<DatedAmount> outstanding = new ArrayList<>();
        for (Map.Entry<PledgeId, List<ConditionId>> e : conditions.pledgeDependencies().entrySet()) {
            Optional<PledgeState> state = view.pledge(e.getKey());
            Set<ConditionId> restsOn = conditions.closure(e.getValue());
            if (state.isPresent() && restsOn.contains(id)) {
                PledgeState s = state.get();
                hinging.add(s.id());
                pledged.add(s.datedAmount());
                outstanding.add(s.datedOutstanding());
            }
        }
        return new Exposure(id, hinging, bag(pledged), bag(outstanding), valuation.convert(pledged, currency),
                valuation.convert(outstanding, currency));
    }

    /**
     * Returns the exposure to every condition, in id order.
     *
     * @param valuation  how to reach one figure, not null
     * @param currency  the currency of the figures, not null
     * @return the exposures, never null
     * @throws org.pledgeledger.money.MissingRateException if the valuation lacks a rate
     */
    public List<Exposure> exposures(Valuation valuation, CurrencyUnit currency) {
        return outcomes.keySet().stream().map(id -> exposure(id, valuation, currency)).toList();
    }

    private static MultiCurrencyAmount bag(List<DatedAmount> amounts) {
        return amounts.stream().map(DatedAmount::amount).collect(MultiCurrencyAmount.collector());
    }

    /**
     * Returns the outlook in lines: conditions, then pledges and agreements with their contingency.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Outlook as of " + view.asOf() + view.knownOn().map(d -> ", as known on " + d).orElse("")
                + ", " + scenario);
        outcomes.values().forEach(o -> sb.append("\n  condition ").append(o));
        agreements.forEach((id, c) -> sb.append("\n  agreement ").append(id).append(": ").append(c));
        pledges.forEach((id, c) -> sb.append("\n  pledge ").append(id).append(": ").append(c));
        return sb.toString();
    }
}
