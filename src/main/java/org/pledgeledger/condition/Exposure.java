package org.pledgeledger.condition;

import java.util.List;
import java.util.Objects;

import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.MultiCurrencyAmount;

/**
 * The money that hinges on a condition on a date: the pledges that depend on it directly or through
 * other conditions and agreements, what they pledge and what is still to be delivered.
 * <pre>{@code
 *   Exposure e = outlook.exposure(ConditionId.of("tpd-needs-epd-progress"), Valuation.atStatedEquivalents(), GBP);
 *   e.outstanding();            // [GBP 5000000000.00, USD 30000000000.00]
 *   e.outstandingConverted();   // GBP 27000000000.00 at stated equivalents, with its lines
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param condition  the condition, not null
 * @param pledges  the pledges that hinge on it, in id order, not null
 * @param pledged  what they pledge now, per currency, not null
 * @param outstanding  what they pledge and have not delivered, per currency, not null
 * @param pledgedConverted  the pledged amounts in one currency under the stated valuation, not null
 * @param outstandingConverted  the outstanding amounts in one currency under the stated valuation, not null
 */
public record Exposure(ConditionId condition, List<PledgeId> pledges, MultiCurrencyAmount pledged,
        MultiCurrencyAmount outstanding, ConvertedAmount pledgedConverted, ConvertedAmount outstandingConverted) {

    /**
     * Validates the exposure.
     *
     * @param condition  the condition, not null
     * @param pledges  the pledges, not null
     * @param pledged  the pledged amounts, not null
     * @param outstanding  the outstanding amounts, not null
     * @param pledgedConverted  the converted pledged amount, not null
     * @param outstandingConverted  the converted outstanding amount, not null
     */
    public Exposure {
        Objects.requireNonNull(condition, "condition");
        pledges = List.copyOf(pledges);
        Objects.requireNonNull(pledged, "pledged");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(pledgedConverted, "pledgedConverted");
        Objects.requireNonNull(outstandingConverted, "outstandingConverted");
    }

    /**
     * Returns {@code tpd-needs-epd-progress: 2 pledges, outstanding GBP 27000000000.00 at stated equivalents}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return condition + ": " + pledges.size() + (pledges.size() == 1 ? " pledge" : " pledges") + ", outstanding "
                + Amounts.format(outstandingConverted.total()) + " " + outstandingConverted.valuation() + " " + outstanding;
    }
}
