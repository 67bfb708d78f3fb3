package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgeledger.money.Amounts;

class HeadlineTest {

    private static Headline.Builder usTech() {
        return Headline.builder(HeadlineId.of("us-tech-31bn"), "US tech firms' investment in the UK", Amounts.parse("GBP 31000000000.00"),
                LocalDate.of(2025, 9, 19)).source(PledgeTest.SOURCE);
    }

    @Test
    void holdsAStatedTotalAndItsKnownParts() {
        Headline h = usTech().pledge(PledgeId.of("microsoft-uk-2025")).pledge(PledgeId.of("google-uk-2025"))
                .equivalent(Amounts.parse("USD 42000000000.00"), "AFP").build();
        assertThat(h).hasToString("us-tech-31bn: GBP 31000000000.00, US tech firms' investment in the UK (2 parts)");
        assertThat(h.basis()).isEqualTo(Basis.OFFICIAL_STATEMENT);
        assertThat(h.datedTotal().equivalent(Amounts.currency("USD"))).isPresent();
        Headline around = Headline.builder(HeadlineId.of("tpd-150bn"), "the whole deal", Amounts.parse("GBP 150000000000.00"),
                LocalDate.of(2025, 9, 19)).approximate().headline(h.id()).note("n").source(PledgeTest.SOURCE).build();
        assertThat(around).hasToString("tpd-150bn: around GBP 150000000000.00, the whole deal (1 part)");
        assertThat(around.note()).contains("n");
        assertThat(usTech().build()).isEqualTo(usTech().build()).hasSameHashCodeAs(usTech().build());
    }

    @Test
    void rejectsWhatCannotBeATotal() {
        assertThatThrownBy(() -> Headline.builder(HeadlineId.of("h"), "n", Amounts.parse("GBP 0.00"), LocalDate.of(2025, 1, 1))
                .source(PledgeTest.SOURCE).build()).hasMessage("Headline h states GBP 0.00: a total must be positive");
        assertThatThrownBy(() -> Headline.builder(HeadlineId.of("h"), "n", Amounts.parse("GBP 1.00"), LocalDate.of(2025, 1, 1)).build())
                .hasMessageContaining("Headline h has no source");
        assertThatThrownBy(() -> usTech().headline(HeadlineId.of("us-tech-31bn")).build()).hasMessageContaining("lists itself");
        assertThatThrownBy(() -> usTech().note(" ").build()).hasMessageContaining("blank note");
        assertThatThrownBy(() -> usTech().equivalent(Amounts.parse("GBP 1.00"), "x").build())
                .hasMessageStartingWith("Headline us-tech-31bn: Stated equivalent");
    }
}
