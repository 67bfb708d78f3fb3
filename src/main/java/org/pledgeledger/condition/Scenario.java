package org.pledgeledger.condition;

import java.util.List;
import java.util.Objects;

/**
 * A named set of assumptions under which an {@link Outlook} is worked out, without touching the ledger.
 * <pre>{@code
 *   Scenario epdFails = Scenario.of("if the Economic Prosperity Deal condition fails",
 *       Assumption.conditionFails(ConditionId.of("epd-substantive-progress")));
 *   conditions.evaluate(view, epdFails);
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param name  what the scenario supposes, in words, not blank
 * @param assumptions  the assumptions, not null
 */
public record Scenario(String name, List<Assumption> assumptions) {

    /** The scenario that assumes nothing: the ledger as it stands. */
    public static final Scenario AS_RECORDED = new Scenario("as recorded", List.of());

    /**
     * Validates the scenario.
     *
     * @param name  the name, not blank
     * @param assumptions  the assumptions, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Scenario name is blank: say what it supposes");
        }
        assumptions = List.copyOf(assumptions);
    }

    /**
     * Returns a scenario.
     *
     * @param name  what it supposes, not blank
     * @param assumptions  the assumptions, not null
     * @return the scenario, never null
     */
    public static Scenario of(String name, Assumption... assumptions) {
        return new Scenario(name, List.of(assumptions));
    }

    /**
     * Returns the name.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name;
    }
}
