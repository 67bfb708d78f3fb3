package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.report.Story.FELIX;
import static org.pledgeledger.report.Story.SEP19;

import java.time.LocalDate;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;

class ReconciliationTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private final Ledger ledger = Story.ledger();
    private final Headlines headlines = Headlines.of(Story.tpd(), Story.usTech());

    /** Hand-computed: £31bn stated; Microsoft's stated £22bn and Google's £5bn itemised; £4bn not itemised. */
    @Test
    void setsTheUsTechHeadlineAgainstItsPartsAtStatedEquivalents() {
        Reconciliation r = Reconciliation.of(Story.US_TECH, headlines, ledger.asOf(SEP19), Valuation.atStatedEquivalents(), GBP);
        assertThat(Amounts.format(r.stated().total())).isEqualTo("GBP 31000000000.00");
        assertThat(Amounts.format(r.itemised().total())).isEqualTo("GBP 27000000000.00");
        assertThat(Amounts.format(r.remainder())).isEqualTo("GBP 4000000000.00");
        assertThat(r.partsExceedWhole()).isFalse();
        assertThat(r.warnings()).isEmpty();
        assertThat(r).hasToString("us-tech-31bn: stated GBP 31000000000.00, itemised GBP 27000000000.00, not itemised"
                + " GBP 4000000000.00 at stated equivalents");
    }

    /** Hand-computed: 30e9 / 1.3547 = 22,145,124,381.7819...; 31e9 - 5e9 - that = 3,854,875,618.2180... */
    @Test
    void atARateTheRemainderIsWhatTheRateLeaves() {
        Reconciliation r = Reconciliation.of(Story.US_TECH, headlines, ledger.asOf(SEP19),
                Valuation.atDate(Story.RATES, LocalDate.of(2025, 9, 18)), GBP);
        assertThat(Amounts.format(r.itemised().total())).isEqualTo("GBP 27145124381.78");
        assertThat(Amounts.format(r.remainder())).isEqualTo("GBP 3854875618.22");
    }

    @Test
    void aLargerHeadlineCountsTheSmallerOneOnceAtItsStatedTotal() {
        Reconciliation r = Reconciliation.of(Story.TPD, headlines, ledger.asOf(SEP19), Valuation.atStatedEquivalents(), GBP);
        assertThat(Amounts.format(r.itemised().total())).isEqualTo("GBP 31000000000.00");
        assertThat(Amounts.format(r.remainder())).isEqualTo("GBP 119000000000.00");
        assertThat(r.smaller()).singleElement().satisfies(s -> assertThat(s.headline().id()).isEqualTo(Story.US_TECH));
        assertThat(r.toString()).startsWith("tpd-150bn: stated around GBP 150000000000.00, itemised GBP 31000000000.00");
    }

    @Test
    void partsThatExceedTheWholeAreWarnedOfAndCountedInsteadOfTheHeadline() {
        Headline small = Headline.builder(HeadlineId.of("small"), "too small", Amounts.parse("GBP 20000000000.00"), SEP19)
                .pledge(Story.MICROSOFT).source(FELIX).build();
        Headline big = Headline.builder(HeadlineId.of("big"), "containing", Amounts.parse("GBP 25000000000.00"), SEP19)
                .headline(small.id()).source(FELIX).build();
        Headlines hs = Headlines.of(small, big);
        Reconciliation r = Reconciliation.of(big.id(), hs, ledger.asOf(SEP19), Valuation.atStatedEquivalents(), GBP);
        Reconciliation inner = r.smaller().get(0);
        assertThat(inner.partsExceedWhole()).isTrue();
        assertThat(Amounts.format(inner.remainder())).isEqualTo("GBP -2000000000.00");
        assertThat(Amounts.format(inner.counted().total())).isEqualTo("GBP 22000000000.00");
        assertThat(Amounts.format(r.remainder())).isEqualTo("GBP 3000000000.00");
        assertThat(r.warnings()).containsExactly("The parts of headline small (GBP 22000000000.00) exceed its stated total"
                + " (GBP 20000000000.00) by GBP 2000000000.00: the parts are counted, not the headline");
    }

    @Test
    void aPartNotYetInTheLedgerIsNamed() {
        Headline h = Headline.builder(HeadlineId.of("h"), "h", Amounts.parse("GBP 1.00"), SEP19).pledge(PledgeId.of("nvidia-uk-2025"))
                .source(FELIX).build();
        Reconciliation r = Reconciliation.of(h.id(), Headlines.of(h), ledger.asOf(SEP19), Valuation.atStatedEquivalents(), GBP);
        assertThat(r.warnings()).containsExactly("Headline h names pledge nvidia-uk-2025, not in the ledger as of this date");
        assertThat(Amounts.format(r.remainder())).isEqualTo("GBP 1.00");
    }

    @Test
    void anUnknownOrNotYetStatedHeadlineIsRejected() {
        assertThatThrownBy(() -> Reconciliation.of(HeadlineId.of("nope"), headlines, ledger.asOf(SEP19), Valuation.atStatedEquivalents(), GBP))
                .hasMessage("Unknown headline nope");
        assertThatThrownBy(() -> Reconciliation.of(Story.TPD, headlines, ledger.asOf(Story.SEP16), Valuation.atStatedEquivalents(), GBP))
                .hasMessage("Headline tpd-150bn was stated on 2025-09-19, after 2025-09-16");
    }
}
