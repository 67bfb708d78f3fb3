package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.report.Story.FELIX;
import static org.pledgeledger.report.Story.MICROSOFT;
import static org.pledgeledger.report.Story.SEP19;

import org.junit.jupiter.api.Test;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.money.Amounts;

class HeadlinesTest {

    private static Headline headline(String id, String amount) {
        return Headline.builder(HeadlineId.of(id), id, Amounts.parse(amount), SEP19).source(FELIX).build();
    }

    @Test
    void findsTheTopsAndWhoListsAPledge() {
        Headlines hs = Headlines.of(Story.tpd(), Story.usTech());
        assertThat(hs.tops()).extracting(Headline::id).containsExactly(Story.TPD);
        assertThat(hs.headlineOf(MICROSOFT)).contains(Story.US_TECH);
        assertThat(hs.all()).hasSize(2);
        assertThat(Headlines.none().tops()).isEmpty();
        assertThat(hs.toString()).contains("tpd-150bn: around GBP 150000000000.00");
    }

    @Test
    void aPartListedUnderTwoHeadlinesWouldBeCountedTwiceAndIsRejected() {
        Headline other = Headline.builder(HeadlineId.of("microsoft-headline"), "m", Amounts.parse("GBP 22000000000.00"), SEP19)
                .pledge(MICROSOFT).source(FELIX).build();
        assertThatThrownBy(() -> Headlines.of(Story.usTech(), other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pledge microsoft-uk-2025 is listed under both headline us-tech-31bn and headline microsoft-headline:"
                        + " list it under the smaller one only, or a total would count it twice");
    }

    @Test
    void unknownSmallerHeadlinesAndCyclesAreRejected() {
        assertThatThrownBy(() -> Headlines.of(Story.tpd())).hasMessage("Headline tpd-150bn contains unknown headline us-tech-31bn");
        Headline a = Headline.builder(HeadlineId.of("a"), "a", Amounts.parse("GBP 1.00"), SEP19).headline(HeadlineId.of("b")).source(FELIX).build();
        Headline b = Headline.builder(HeadlineId.of("b"), "b", Amounts.parse("GBP 1.00"), SEP19).headline(HeadlineId.of("a")).source(FELIX).build();
        assertThatThrownBy(() -> Headlines.of(a, b)).hasMessageStartingWith("Headlines contain one another: a within b within a");
        assertThatThrownBy(() -> Headlines.of(headline("a", "GBP 1.00"), headline("a", "GBP 2.00"))).hasMessageContaining("is used twice");
    }
}
