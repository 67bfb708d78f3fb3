package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pledgeledger.money.Amounts;

class NoveltyTest {

    private static final PledgeId EARLIER = PledgeId.of("google-uk-2024");

    @Test
    void splitsAnAmountIntoNewAndReannouncedMoney() {
        var amount = Amounts.parse("GBP 5000000000.00");
        assertThat(Novelty.newMoney().newAmount(amount)).isEqualTo(amount);
        assertThat(Novelty.reannouncementOf(EARLIER).newAmount(amount)).isEqualTo(Amounts.parse("GBP 0.00"));
        Novelty partly = Novelty.partlyReannounced(EARLIER, Amounts.parse("GBP 1000000000.00"));
        assertThat(partly.newAmount(amount)).isEqualTo(Amounts.parse("GBP 4000000000.00"));
        assertThat(partly.reannouncedAmount(amount)).isEqualTo(Amounts.parse("GBP 1000000000.00"));
        assertThat(partly).hasToString("partly re-announces google-uk-2024 (GBP 1000000000.00)");
    }

    @Test
    void rejectsPartsThatDoNotMatchTheKind() {
        assertThatThrownBy(() -> new Novelty(Novelty.Kind.NEW, Optional.of(EARLIER), Optional.empty()))
                .hasMessageContaining("cannot point at an earlier pledge");
        assertThatThrownBy(() -> new Novelty(Novelty.Kind.REANNOUNCED, Optional.empty(), Optional.empty()))
                .hasMessageContaining("must name the earlier pledge");
        assertThatThrownBy(() -> new Novelty(Novelty.Kind.PARTLY_REANNOUNCED, Optional.of(EARLIER), Optional.empty()))
                .hasMessageContaining("must say how much");
        assertThatThrownBy(() -> new Novelty(Novelty.Kind.REANNOUNCED, Optional.of(EARLIER),
                Optional.of(Amounts.parse("GBP 1.00")))).hasMessageContaining("cannot carry a re-announced part");
        assertThatThrownBy(() -> Novelty.partlyReannounced(EARLIER, Amounts.parse("GBP 0.00")))
                .hasMessageContaining("must be positive");
    }

    @Test
    void equalsANoveltyOfEqualPartsWithTheSameHashCodeAndNoOther() {
        Novelty partly = Novelty.partlyReannounced(PledgeId.of(new String("google-uk-2024")), Amounts.parse("GBP 1.00"));
        Novelty same = Novelty.partlyReannounced(EARLIER, Amounts.parse("GBP 1.00"));

        assertThat(partly).isEqualTo(same).isEqualTo(partly).hasSameHashCodeAs(same);
        assertThat(Novelty.reannouncementOf(EARLIER)).isEqualTo(new Novelty(Novelty.Kind.REANNOUNCED, Optional.of(EARLIER), Optional.empty()))
                .hasSameHashCodeAs(new Novelty(Novelty.Kind.REANNOUNCED, Optional.of(EARLIER), Optional.empty()));
        assertThat(partly).isNotEqualTo(Novelty.partlyReannounced(EARLIER, Amounts.parse("GBP 2.00")))
                .isNotEqualTo(Novelty.partlyReannounced(PledgeId.of("google-uk-2023"), Amounts.parse("GBP 1.00")))
                .isNotEqualTo(Novelty.reannouncementOf(EARLIER)).isNotEqualTo(Novelty.newMoney()).isNotEqualTo("partly");
        assertThat(partly.equals(null)).isFalse();
    }
}
