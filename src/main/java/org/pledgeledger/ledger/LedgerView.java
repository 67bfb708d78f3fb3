package org.pledgeledger.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pledgeledger.model.PledgeId;

/**
 * What the ledger said on a date: every pledge announced by then, with its folded state.
 * <pre>{@code
 *   LedgerView now = ledger.asOf(LocalDate.of(2025, 12, 31));
 *   LedgerView then = ledger.asKnownOn(LocalDate.of(2025, 12, 10));   // only what was recorded by then
 *   now.pledge(PledgeId.of("google-uk-2025")).map(PledgeState::status);
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param asOf  the effective date of the view, not null
 * @param knownOn  the recorded date the view is limited to, empty for everything recorded, not null
 * @param pledges  the pledges announced by then, in id order, not null
 */
public record LedgerView(LocalDate asOf, Optional<LocalDate> knownOn, List<PledgeState> pledges) {

    /**
     * Validates the view.
     *
     * @param asOf  the effective date, not null
     * @param knownOn  the recorded-date limit, not null
     * @param pledges  the pledge states, not null
     */
    public LedgerView {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(knownOn, "knownOn");
        pledges = List.copyOf(pledges);
    }

    /**
     * Returns the state of one pledge.
     *
     * @param id  the pledge id, not null
     * @return the state, or empty if the pledge was not announced (or not known) by then, never null
     */
    public Optional<PledgeState> pledge(PledgeId id) {
        Objects.requireNonNull(id, "id");
        return pledges.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Returns one line per pledge under a heading naming the dates.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return "Ledger as of " + asOf + knownOn.map(d -> ", as known on " + d).orElse("") + ": " + pledges.size()
                + (pledges.size() == 1 ? " pledge" : " pledges")
                + pledges.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
