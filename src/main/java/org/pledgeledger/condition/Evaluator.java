package org.pledgeledger.condition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.pledgeledger.ledger.AgreementState;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.Assessment;
import org.pledgeledger.ledger.ConditionEvent;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.ledger.PledgeState;
import org.pledgeledger.ledger.Status;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.DatedAmount;

/**
 * Works out one {@link Outlook}: each condition once, in dependency order, under a scenario's assumptions.
 * <p>
 * Not thread-safe; used by one evaluation only.
 */
final class Evaluator {

    /** An agreement as the evaluation sees it: from the view, or as a scenario assumes. */
    private record AgreementFact(AgreementStatus status, Optional<AgreementStatus> pausedFrom, Basis basis, LocalDate since,
            String how) {
    }

    private final Conditions conditions;
    private final LedgerView view;
    private final Scenario scenario;
    private final Map<ConditionId, ConditionState> assumedConditions = new HashMap<>();
    private final Map<AgreementId, Assumption.AgreementAssumed> assumedAgreements = new HashMap<>();
    private final Map<String, Assessment> assumedJudgements = new HashMap<>();
    private final Map<ConditionId, ConditionOutcome> outcomes = new HashMap<>();
    private final Map<AgreementId, Contingency> agreementContingencies = new HashMap<>();

    Evaluator(Conditions conditions, LedgerView view, Scenario scenario) {
        this.conditions = conditions;
        this.view = view;
        this.scenario = scenario;
        for (Assumption a : scenario.assumptions()) {
            if (a instanceof Assumption.ConditionAssumed c) {
                assumedConditions.put(c.condition(), c.state());
            } else if (a instanceof Assumption.AgreementAssumed g) {
                assumedAgreements.put(g.agreement(), g);
            } else if (a instanceof Assumption.JudgementAssumed j) {
                assumedJudgements.put(j.judgement(), j.assessment());
            }
        }
    }

    Outlook outlook() {
        Map<ConditionId, ConditionOutcome> all = new TreeMap<>();
        conditions.conditions().forEach(c -> all.put(c.id(), outcome(c.id())));
        Map<PledgeId, Contingency> pledges = new TreeMap<>();
        view.pledges().forEach(p -> pledges.put(p.id(), contingency(conditions.conditionsOf(p.id()))));
        Map<AgreementId, Contingency> agreements = new TreeMap<>();
        view.agreements().forEach(a -> agreements.put(a.id(), agreementContingency(a.id())));
        return new Outlook(view, scenario, conditions, all, pledges, agreements);
    }

    private ConditionOutcome outcome(ConditionId id) {
        ConditionOutcome known = outcomes.get(id);
        if (known != null) {
            return known;
        }
        Condition c = conditions.condition(id).orElseThrow();
        ConditionOutcome o = assumedConditions.containsKey(id)
                ? new ConditionOutcome(c, assumedConditions.get(id), Optional.empty(), "assumed " + assumedConditions.get(id)
                        + " in scenario '" + scenario + "'")
                : evaluate(c);
        outcomes.put(id, o);
        return o;
    }

    private ConditionOutcome evaluate(Condition c) {
        if (c instanceof Condition.AgreementReaches r) {
            return agreementReaches(r);
        }
        if (c instanceof Condition.MilestoneReached m) {
            Optional<ConditionEvent.MilestoneRecorded> reached = view.milestone(m.milestone());
            if (reached.isPresent()) {
                return new ConditionOutcome(c, ConditionState.MET, Optional.empty(), "milestone '" + m.milestone() + "' reached on "
                        + reached.get().effective() + " (" + reached.get().source().publisher() + ")");
            }
            return pendingOrLate(c, m.deadline(), "milestone '" + m.milestone() + "' not reached by " + view.asOf());
        }
        if (c instanceof Condition.JudgementMet j) {
            return judgement(j);
        }
        if (c instanceof Condition.ThresholdReached t) {
            return threshold(t);
        }
        if (c instanceof Condition.AllOf all) {
            return combine(c, all.parts(), true);
        }
        return combine(c, ((Condition.AnyOf) c).parts(), false);
    }

    private ConditionOutcome agreementReaches(Condition.AgreementReaches r) {
        Optional<AgreementFact> fact = agreement(r.agreement());
        String needs = "; needs " + r.status();
        if (fact.isEmpty()) {
            return pendingOrLate(r, r.deadline(), "agreement " + r.agreement() + " is not recorded by " + view.asOf() + needs);
        }
        AgreementFact a = fact.get();
        Contingency own = agreementContingency(r.agreement());
        String where = "agreement " + r.agreement() + " is " + a.how();
        if (own.kind() == Contingency.Kind.VOID) {
            return new ConditionOutcome(r, ConditionState.FAILED, Optional.empty(), where + ", and void: its condition "
                    + own.conditions() + " failed");
        }
        if (a.status() == AgreementStatus.TERMINATED) {
            return new ConditionOutcome(r, ConditionState.FAILED, Optional.empty(), where + needs);
        }
        boolean reached = a.status().isAtLeast(r.status())
                || (a.status() == AgreementStatus.PAUSED && a.pausedFrom().map(p -> p.isAtLeast(r.status())).orElse(false));
        Optional<Basis> risk = a.status() == AgreementStatus.PAUSED ? Optional.of(a.basis()) : own.riskBasis();
        if (reached) {
            return new ConditionOutcome(r, ConditionState.MET, risk, where);
        }
        ConditionOutcome pending = pendingOrLate(r, r.deadline(), where + needs);
        return pending.state() == ConditionState.FAILED ? pending : new ConditionOutcome(r, ConditionState.PENDING, risk, where + needs);
    }

    private Optional<AgreementFact> agreement(AgreementId id) {
        Optional<AgreementState> state = view.agreement(id);
        Assumption.AgreementAssumed assumed = assumedAgreements.get(id);
        if (assumed == null) {
            return state.map(s -> new AgreementFact(s.status(), s.pausedFrom(), s.statusBasis(), s.statusSince(),
                    s.status() + " since " + s.statusSince() + " (" + s.statusBasis().words() + ")"
                            + s.pausedFrom().map(p -> ", paused while " + p).orElse("")));
        }
        Optional<AgreementStatus> pausedFrom = Optional.empty();
        if (assumed.status() == AgreementStatus.PAUSED) {
            pausedFrom = state.flatMap(s -> s.status() == AgreementStatus.PAUSED ? s.pausedFrom()
                    : s.status().isLive() ? Optional.of(s.status()) : Optional.empty());
        }
        return Optional.of(new AgreementFact(assumed.status(), pausedFrom, assumed.basis(), view.asOf(),
                assumed.status() + " (" + assumed.basis().words() + ", assumed in scenario '" + scenario + "')"
                        + pausedFrom.map(p -> ", paused while " + p).orElse("")));
    }

    private ConditionOutcome judgement(Condition.JudgementMet j) {
        Assessment assumed = assumedJudgements.get(j.judgement());
        Optional<ConditionEvent.Assessed> latest = view.assessment(j.judgement());
        Assessment assessment = assumed != null ? assumed : latest.map(ConditionEvent.Assessed::assessment).orElse(null);
        if (assessment == null) {
            return new ConditionOutcome(j, ConditionState.PENDING, Optional.empty(), "'" + j.judgement() + "' not yet assessed by "
                    + view.asOf());
        }
        String why = assumed != null ? "'" + j.judgement() + "' assumed " + assessment + " in scenario '" + scenario + "'"
                : "'" + j.judgement() + "' assessed " + assessment + " on " + latest.get().effective() + " by "
                        + latest.get().source().publisher() + " (" + latest.get().basis().words() + "): " + latest.get().note();
        ConditionState state = switch (assessment) {
            case MET -> ConditionState.MET;
            case NOT_YET_MET -> ConditionState.PENDING;
            case FAILED -> ConditionState.FAILED;
        };
        return new ConditionOutcome(j, state, Optional.empty(), why);
    }

    private ConditionOutcome threshold(Condition.ThresholdReached t) {
        List<DatedAmount> counted = new ArrayList<>();
        List<DatedAmount> pledged = new ArrayList<>();
        for (PledgeId id : t.pledges()) {
            Optional<PledgeState> state = view.pledge(id);
            if (state.isEmpty()) {
                continue;
            }
            PledgeState s = state.get();
            pledged.add(s.datedAmount());
            if (t.measure() == Condition.ThresholdReached.Measure.DELIVERED) {
                if (s.delivered().isPositive()) {
                    counted.add(s.datedDelivered());
                }
            } else if (s.status() == Status.COMMITTED || s.status() == Status.DELIVERING || s.status() == Status.FULFILLED) {
                counted.add(s.datedAmount());
            }
        }
        ConvertedAmount have = t.valuation().convert(counted, t.currency());
        ConvertedAmount total = t.valuation().convert(pledged, t.currency());
        BigDecimal target = t.amount().map(Amounts::number).orElseGet(() -> total.exactTotal().multiply(t.share().orElseThrow()));
        String measure = t.measure().name().toLowerCase(Locale.ROOT);
        String why = measure + " " + Amounts.format(have.total()) + " of " + Amounts.format(total.total()) + " pledged by "
                + counted.size() + " of " + t.pledges().size() + " pledges, " + have.valuation() + "; needs "
                + t.amount().map(Amounts::format).orElseGet(() -> t.share().orElseThrow().toPlainString() + " of the pledged total, "
                        + Amounts.format(Amounts.of(Amounts.roundToMinorUnits(target, t.currency()), t.currency())));
        if (pledged.isEmpty() || have.exactTotal().compareTo(target) < 0) {
            return pendingOrLate(t, t.deadline(), why);
        }
        return new ConditionOutcome(t, ConditionState.MET, Optional.empty(), why);
    }

    private ConditionOutcome combine(Condition c, List<ConditionId> parts, boolean all) {
        List<ConditionOutcome> os = parts.stream().map(this::outcome).toList();
        long met = os.stream().filter(o -> o.state() == ConditionState.MET).count();
        long failed = os.stream().filter(o -> o.state() == ConditionState.FAILED).count();
        ConditionState state = all
                ? (failed > 0 ? ConditionState.FAILED : met == os.size() ? ConditionState.MET : ConditionState.PENDING)
                : (met > 0 ? ConditionState.MET : failed == os.size() ? ConditionState.FAILED : ConditionState.PENDING);
        Optional<Basis> risk = state == ConditionState.FAILED || (!all && met > 0 && os.stream()
                .anyMatch(o -> o.state() == ConditionState.MET && !o.isAtRisk())) ? Optional.empty()
                : firmest(os.stream().filter(o -> o.state() != ConditionState.FAILED).map(ConditionOutcome::riskBasis).toList());
        String why = (all ? "all of " : "any of ") + os.stream().map(o -> o.condition().id() + " " + o.state())
                .reduce((a, b) -> a + ", " + b).orElse("");
        return new ConditionOutcome(c, state, risk, why);
    }

    private ConditionOutcome pendingOrLate(Condition c, Optional<LocalDate> deadline, String why) {
        if (deadline.isPresent() && view.asOf().isAfter(deadline.get())) {
            return new ConditionOutcome(c, ConditionState.FAILED, Optional.empty(), why + "; deadline " + deadline.get() + " passed");
        }
        return new ConditionOutcome(c, ConditionState.PENDING, Optional.empty(), why + deadline.map(d -> "; deadline " + d).orElse(""));
    }

    private Contingency agreementContingency(AgreementId id) {
        Contingency known = agreementContingencies.get(id);
        if (known == null) {
            known = contingency(conditions.conditionsOf(id));
            agreementContingencies.put(id, known);
        }
        return known;
    }

    private Contingency contingency(List<ConditionId> ids) {
        List<ConditionOutcome> os = ids.stream().map(this::outcome).toList();
        List<ConditionId> failed = ids(os, o -> o.state() == ConditionState.FAILED);
        if (!failed.isEmpty()) {
            return new Contingency(Contingency.Kind.VOID, failed, Optional.empty());
        }
        List<ConditionId> atRisk = ids(os, ConditionOutcome::isAtRisk);
        if (!atRisk.isEmpty()) {
            return new Contingency(Contingency.Kind.AT_RISK, atRisk, firmest(os.stream().map(ConditionOutcome::riskBasis).toList()));
        }
        List<ConditionId> pending = ids(os, o -> o.state() == ConditionState.PENDING);
        if (!pending.isEmpty()) {
            return new Contingency(Contingency.Kind.CONTINGENT, pending, Optional.empty());
        }
        return new Contingency(Contingency.Kind.UNCONDITIONAL, ids, Optional.empty());
    }

    private static List<ConditionId> ids(List<ConditionOutcome> os, Predicate<ConditionOutcome> which) {
        return os.stream().filter(which).map(o -> o.condition().id()).toList();
    }

    /** The firmest basis present: an official statement over a press report over an estimate. */
    private static Optional<Basis> firmest(List<Optional<Basis>> bases) {
        return bases.stream().flatMap(Optional::stream).min(Comparator.naturalOrder());
    }
}
