package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.model.Novelty;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;

class GrandTotalTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");

    /** Hand-computed: 22bn + 5bn pledged, plus 4bn not itemised in the £31bn, plus 119bn not itemised in the £150bn: 150bn. */
    @Test
    void countsEveryPoundOnceAndNeverAHeadlinePlusItsParts() {
        GrandTotal t = GrandTotal.of(Headlines.of(Story.tpd(), Story.usTech()), Story.ledger().asOf(Story.SEP19),
                Valuation.atStatedEquivalents(), GBP);
        assertThat(Amounts.format(t.pledged())).isEqualTo("GBP 27000000000.00");
        assertThat(Amounts.format(t.unattributed())).isEqualTo("GBP 123000000000.00");
        assertThat(Amounts.format(t.total())).isEqualTo("GBP 150000000000.00");
        assertThat(Amounts.format(t.reannounced().total())).isEqualTo("GBP 0.00");
        assertThat(t.warnings()).isEmpty();
        assertThat(t.toString()).startsWith("Total as of 2025-09-19 at stated equivalents: GBP 150000000000.00");
    }

    /** At a rate the split between itemised and not itemised moves, the total does not: exactly £150bn. */
    @Test
    void atARateTheTotalIsStillTheHeadlineWhenThePartsFitInIt() {
        GrandTotal t = GrandTotal.of(Headlines.of(Story.tpd(), Story.usTech()), Story.ledger().asOf(Story.SEP19),
                Valuation.atDate(Story.RATES, LocalDate.of(2025, 9, 18)), GBP);
        assertThat(Amounts.format(t.pledged())).isEqualTo("GBP 27145124381.78");
        assertThat(Amounts.format(t.total())).isEqualTo("GBP 150000000000.00");
    }

    @Test
    void withoutHeadlinesItIsThePledgesAndHeadlinesNotYetStatedAreLeftOut() {
        Ledger ledger = Story.ledger();
        assertThat(Amounts.format(GrandTotal.of(Headlines.none(), ledger.asOf(Story.SEP19), Valuation.atStatedEquivalents(), GBP).total()))
                .isEqualTo("GBP 27000000000.00");
        assertThat(GrandTotal.of(Headlines.of(Story.tpd(), Story.usTech()), ledger.asOf(Story.SEP16.plusDays(1)),
                Valuation.atStatedEquivalents(), GBP).headlines()).isEmpty();
    }

    @Test
    void reannouncedMoneyIsShownApartFromNewMoney() {
        Ledger ledger = Ledger.create();
        ledger.append(Story.announced(Story.pledge(PledgeId.of("p"), "P", "GBP 10.00", Optional.empty(),
                Novelty.partlyReannounced(PledgeId.of("p-2024"), Amounts.parse("GBP 4.00")))));
        ledger.append(Story.announced(Story.pledge(PledgeId.of("q"), "Q", "GBP 3.00", Optional.empty(),
                Novelty.reannouncementOf(PledgeId.of("q-2024")))));
        GrandTotal t = GrandTotal.of(Headlines.none(), ledger.asOf(Story.SEP19), Valuation.atStatedEquivalents(), GBP);
        assertThat(Amounts.format(t.newMoney().total())).isEqualTo("GBP 6.00");
        assertThat(Amounts.format(t.reannounced().total())).isEqualTo("GBP 7.00");
        assertThat(Amounts.format(t.total())).isEqualTo("GBP 13.00");
    }

    @Test
    void aHeadlineWhosePartsExceedItAddsNothingUnattributedAndWarns() {
        Headline small = Headline.builder(HeadlineId.of("small"), "s", Amounts.parse("GBP 20000000000.00"), Story.SEP19)
                .pledge(Story.MICROSOFT).source(Story.FELIX).build();
        GrandTotal t = GrandTotal.of(Headlines.of(small), Story.ledger().asOf(Story.SEP19), Valuation.atStatedEquivalents(), GBP);
        assertThat(Amounts.format(t.total())).isEqualTo("GBP 27000000000.00");
        assertThat(t.warnings()).hasSize(1);
    }

    @Test
    void rendersTheHeadlineTreeAsMarkdown() {
        GrandTotal t = GrandTotal.of(Headlines.of(Story.tpd(), Story.usTech()), Story.ledger().asOf(Story.SEP19),
                Valuation.atStatedEquivalents(), GBP);
        assertThat(t.lines()).extracting(GrandTotal.Line::depth).containsExactly(0, 1);
        assertThat(t.lines().get(0).label()).isEqualTo("around £150.00bn: the whole Tech Prosperity Deal");
        assertThat(t.toMarkdown(Figures.Scale.BILLIONS))
                .contains("| around £150.00bn: the whole Tech Prosperity Deal | £150.00bn | £31.00bn | £119.00bn |")
                .contains("| &nbsp;&nbsp;£31.00bn: US tech firms' investment in the UK | £31.00bn | £27.00bn | £4.00bn |")
                .contains("| **Total, every pound once** | £150.00bn | £27.00bn | £123.00bn |");
    }
}
