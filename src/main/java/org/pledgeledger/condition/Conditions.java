package org.pledgeledger.condition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.PledgeId;

/**
 * The conditions of a set of pledges and agreements, and which of them depend on which, checked
 * to refer only to known conditions and to hold no cycle.
 * <pre>{@code
 *   Conditions conditions = Conditions.builder()
 *       .add(epdProgress)
 *       .dependsOn(AgreementId.of("tech-prosperity-deal-mou"), epdProgress.id())
 *       .dependsOn(PledgeId.of("microsoft-uk-2025"), tpdOperative.id())
 *       .build();
 *   Outlook now = conditions.evaluate(ledger.asOf(LocalDate.of(2025, 12, 31)));
 * }</pre>
 * A cycle (a condition that, through agreements and other conditions, waits on itself) is
 * rejected, naming it. A threshold over pledges that themselves depend on that threshold is not a
 * cycle: the Green Climate Fund's contributions depended on signed agreements reaching half of
 * the pledges, its own among them.
 * <p>
 * This class is immutable and thread-safe. The {@link Builder} is not.
 */
public final class Conditions {

    private final Map<ConditionId, Condition> conditions;
    private final Map<PledgeId, List<ConditionId>> pledges;
    private final Map<AgreementId, List<ConditionId>> agreements;

    private Conditions(Builder b) {
        this.conditions = Collections.unmodifiableMap(new TreeMap<>(b.conditions));
        this.pledges = copy(b.pledges);
        this.agreements = copy(b.agreements);
    }

    private static <K extends Comparable<K>> Map<K, List<ConditionId>> copy(Map<K, Set<ConditionId>> deps) {
        Map<K, List<ConditionId>> copy = new TreeMap<>();
        deps.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns an empty set of conditions: every pledge and agreement is unconditional.
     *
     * @return the empty set, never null
     */
    public static Conditions none() {
        return builder().build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the conditions, in id order.
     *
     * @return the conditions, never null
     */
    public List<Condition> conditions() {
        return List.copyOf(conditions.values());
    }

    /**
     * Returns a condition by id.
     *
     * @param id  the id, not null
     * @return the condition, or empty, never null
     */
    public Optional<Condition> condition(ConditionId id) {
        return Optional.ofNullable(conditions.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the conditions a pledge depends on directly.
     *
     * @param pledge  the pledge, not null
     * @return the conditions, possibly empty, never null
     */
    public List<ConditionId> conditionsOf(PledgeId pledge) {
        return pledges.getOrDefault(Objects.requireNonNull(pledge, "pledge"), List.of());
    }

    /**
     * Returns the conditions an agreement depends on directly.
     *
     * @param agreement  the agreement, not null
     * @return the conditions, possibly empty, never null
     */
    public List<ConditionId> conditionsOf(AgreementId agreement) {
        return agreements.getOrDefault(Objects.requireNonNull(agreement, "agreement"), List.of());
    }

    /**
     * Works out where every condition, pledge and agreement stands in a view of the ledger.
     *
     * @param view  what the ledger says on a date, not null
     * @return the outlook, never null
     * @throws org.pledgeledger.money.MissingRateException if a threshold's valuation lacks a rate
     */
    public Outlook evaluate(LedgerView view) {
        return evaluate(view, Scenario.AS_RECORDED);
    }

    /**
     * Works out where everything stands in a view of the ledger under a scenario's assumptions.
     * <p>
     * The ledger and the view are not changed: the assumptions apply to this evaluation only.
     *
     * @param view  what the ledger says on a date, not null
     * @param scenario  the assumptions, not null
     * @return the outlook, never null
     * @throws IllegalArgumentException if the scenario assumes something about an unknown condition
     * @throws org.pledgeledger.money.MissingRateException if a threshold's valuation lacks a rate
     */
    public Outlook evaluate(LedgerView view, Scenario scenario) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(scenario, "scenario");
        for (Assumption a : scenario.assumptions()) {
            if (a instanceof Assumption.ConditionAssumed c && !conditions.containsKey(c.condition())) {
                throw new IllegalArgumentException("Scenario '" + scenario + "' assumes unknown condition " + c.condition()
                        + "; known: " + conditions.keySet());
            }
        }
        return new Evaluator(this, view, scenario).outlook();
    }

    /**
     * Returns the conditions a set of conditions rests on, itself included: parts of combinations,
     * and the conditions of agreements they wait on, transitively.
     */
    Set<ConditionId> closure(List<ConditionId> roots) {
        Set<ConditionId> seen = new LinkedHashSet<>();
        Deque<ConditionId> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            ConditionId id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(edges(conditions.get(id)).stream()
                        .flatMap(node -> node instanceof ConditionId c ? List.of(c).stream()
                                : agreements.getOrDefault((AgreementId) node, List.of()).stream())
                        .toList());
            }
        }
        return seen;
    }

    /**
     * Returns every pledge's direct conditions, in pledge id order.
     *
     * @return the dependencies, never null
     */
    public Map<PledgeId, List<ConditionId>> pledgeDependencies() {
        return pledges;
    }

    /**
     * Returns every agreement's direct conditions, in agreement id order.
     *
     * @return the dependencies, never null
     */
    public Map<AgreementId, List<ConditionId>> agreementDependencies() {
        return agreements;
    }

    /** The nodes a condition points at: its parts, or the agreement it waits on. */
    private static List<Object> edges(Condition c) {
        if (c instanceof Condition.AllOf all) {
            return List.copyOf(all.parts());
        }
        if (c instanceof Condition.AnyOf any) {
            return List.copyOf(any.parts());
        }
        if (c instanceof Condition.AgreementReaches r) {
            return List.of(r.agreement());
        }
        return List.of();
    }

    static List<ConditionId> checkParts(ConditionId self, List<ConditionId> parts) {
        Objects.requireNonNull(parts, "parts");
        List<ConditionId> copy = List.copyOf(parts);
        if (copy.size() < 2) {
            throw new IllegalArgumentException("Condition " + self + " combines " + copy.size() + " part(s): a combination has at least two");
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("Condition " + self + " lists a part twice: " + copy);
        }
        if (copy.contains(self)) {
            throw new IllegalArgumentException("Condition " + self + " lists itself as a part");
        }
        return copy;
    }

    /**
     * Returns the conditions, one per line, with who depends on them.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Conditions[" + conditions.size() + "]");
        conditions.values().forEach(c -> sb.append("\n  ").append(c.id()).append(": ").append(c.name()));
        pledges.forEach((p, cs) -> sb.append("\n  pledge ").append(p).append(" depends on ").append(cs));
        agreements.forEach((a, cs) -> sb.append("\n  agreement ").append(a).append(" depends on ").append(cs));
        return sb.toString();
    }

    /**
     * Collects conditions and dependencies, and checks them when built.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final Map<ConditionId, Condition> conditions = new LinkedHashMap<>();
        private final Map<PledgeId, Set<ConditionId>> pledges = new HashMap<>();
        private final Map<AgreementId, Set<ConditionId>> agreements = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a condition.
         *
         * @param condition  the condition, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if another condition has its id
         */
        public Builder add(Condition condition) {
            Objects.requireNonNull(condition, "condition");
            Condition existing = conditions.get(condition.id());
            if (existing != null && !existing.equals(condition)) {
                throw new IllegalArgumentException("Condition id " + condition.id() + " is already used by '" + existing.name()
                        + "'; rejected: '" + condition.name() + "'");
            }
            conditions.put(condition.id(), condition);
            return this;
        }

        /**
         * Records that a pledge depends on a condition.
         *
         * @param pledge  the pledge, not null
         * @param condition  the condition, not null
         * @return this builder, never null
         */
        public Builder dependsOn(PledgeId pledge, ConditionId condition) {
            pledges.computeIfAbsent(Objects.requireNonNull(pledge, "pledge"), k -> new LinkedHashSet<>())
                    .add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        /**
         * Records that an agreement depends on a condition.
         *
         * @param agreement  the agreement, not null
         * @param condition  the condition, not null
         * @return this builder, never null
         */
        public Builder dependsOn(AgreementId agreement, ConditionId condition) {
            agreements.computeIfAbsent(Objects.requireNonNull(agreement, "agreement"), k -> new LinkedHashSet<>())
                    .add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        /**
         * Builds the set.
         *
         * @return the conditions, never null
         * @throws IllegalArgumentException if a part or a dependency names an unknown condition, or
         *     a cycle exists, naming it
         */
        public Conditions build() {
            for (Condition c : conditions.values()) {
                for (Object node : edges(c)) {
                    if (node instanceof ConditionId part && !conditions.containsKey(part)) {
                        throw new IllegalArgumentException("Condition " + c.id() + " combines unknown condition " + part);
                    }
                }
            }
            pledges.forEach((p, cs) -> cs.forEach(c -> requireKnown("Pledge " + p, c)));
            agreements.forEach((a, cs) -> cs.forEach(c -> requireKnown("Agreement " + a, c)));
            checkCycles();
            return new Conditions(this);
        }

        private void requireKnown(String who, ConditionId c) {
            if (!conditions.containsKey(c)) {
                throw new IllegalArgumentException(who + " depends on unknown condition " + c + "; add it first");
            }
        }

        /** Depth-first search over conditions and agreements; a node met again on the current path closes a cycle. */
        private void checkCycles() {
            Set<Object> done = new HashSet<>();
            for (ConditionId start : conditions.keySet()) {
                visit(start, new ArrayList<>(), done);
            }
        }

        private void visit(Object node, List<Object> path, Set<Object> done) {
            if (done.contains(node)) {
                return;
            }
            int at = path.indexOf(node);
            if (at >= 0) {
                List<Object> cycle = new ArrayList<>(path.subList(at, path.size()));
                cycle.add(node);
                throw new IllegalArgumentException("Dependency cycle: " + cycle.stream().map(Builder::label)
                        .collect(Collectors.joining(" -> ")) + " (a condition cannot wait on itself)");
            }
            path.add(node);
            List<Object> next = node instanceof ConditionId c ? edges(conditions.get(c))
                    : new ArrayList<>(agreements.getOrDefault((AgreementId) node, Set.of()));
            for (Object n : next) {
                visit(n, path, done);
            }
            path.remove(path.size() - 1);
            done.add(node);
        }

        private static String label(Object node) {
            return (node instanceof ConditionId ? "condition " : "agreement ") + node;
        }
    }
}
