package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit EUR = Amounts.currency("EUR");

    private static LocalDate sep(int day) {
        return LocalDate.of(2025, 9, day);
    }

    private static DatedRate rate(int day, CurrencyUnit base, CurrencyUnit term, String rate) {
        return DatedRate.of(sep(day), base, term, new BigDecimal(rate), "test " + base.getCurrencyCode() + term.getCurrencyCode() + day);
    }

    private static final RateTable TABLE = RateTable.of(
            rate(16, GBP, USD, "1.3646"),
            rate(18, GBP, USD, "1.3547"),
            rate(10, EUR, USD, "1.17"));

    @ParameterizedTest
    @CsvSource({
        "16, 1.3646",
        "17, 1.3646",
        "18, 1.3547",
        "25, 1.3547",
    })
    void takesTheLatestRateOnOrBeforeTheDateWithinSevenDays(int day, String expected) {
        assertThat(TABLE.rate(GBP, USD, sep(day)).rate()).isEqualByComparingTo(expected);
    }

    @Test
    void aRateEightDaysOldIsTooStaleByDefault() {
        assertThatThrownBy(() -> TABLE.rate(GBP, USD, sep(26)))
                .isInstanceOfSatisfying(MissingRateException.class, e -> {
                    assertThat(e.date()).isEqualTo(sep(26));
                    assertThat(e.nearest()).extracting(DatedRate::date).containsExactly(sep(18));
                })
                .hasMessageContaining("GBP/USD").hasMessageContaining("2025-09-26").hasMessageContaining("P7D");
    }

    @Test
    void aDateBeforeEveryRateNamesTheEarliestRateAfterIt() {
        assertThatThrownBy(() -> TABLE.rate(GBP, USD, sep(15)))
                .isInstanceOfSatisfying(MissingRateException.class, e ->
                        assertThat(e.nearest()).extracting(DatedRate::date).containsExactly(sep(16)));
    }

    @Test
    void stalenessIsTheCallersToSet() {
        assertThat(TABLE.withMaxStaleness(Period.ofDays(30)).rate(GBP, USD, sep(30)).date()).isEqualTo(sep(18));
        assertThatThrownBy(() -> TABLE.withMaxStaleness(Period.ZERO).rate(GBP, USD, sep(17)))
                .isInstanceOf(MissingRateException.class);
        assertThat(TABLE.maxStaleness()).isEqualTo(RateTable.DEFAULT_MAX_STALENESS);
    }

    @Test
    void negativeStalenessIsRejected() {
        assertThatThrownBy(() -> TABLE.withMaxStaleness(Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-1D").hasMessageContaining("negative");
    }

    @Test
    void theOppositeDirectionIsUsedThroughItsInverse() {
        DatedRate usdGbp = TABLE.rate(USD, GBP, sep(18));
        assertThat(usdGbp.pair()).isEqualTo("USD/GBP");
        assertThat(usdGbp.rate()).isEqualTo(new BigDecimal("0.7381708127260648113973573484904407"));
        assertThat(usdGbp.derivedFrom()).containsExactly(rate(18, GBP, USD, "1.3547"));
    }

    @Test
    void whereBothDirectionsAreStatedTheMoreRecentWinsAndOnTheSameDayTheStatedDirection() {
        RateTable both = RateTable.of(rate(16, GBP, USD, "1.3646"), rate(17, USD, GBP, "0.74"), rate(18, GBP, USD, "1.3547"),
                rate(18, USD, GBP, "0.7382"));
        assertThat(both.rate(GBP, USD, sep(17)).isStated()).isFalse();
        assertThat(both.rate(GBP, USD, sep(17)).derivedFrom().get(0).rate()).isEqualByComparingTo("0.74");
        assertThat(both.rate(GBP, USD, sep(18)).rate()).isEqualByComparingTo("1.3547");
        assertThat(both.rate(USD, GBP, sep(18)).rate()).isEqualByComparingTo("0.7382");
    }

    @Test
    void noCrossRateUnlessTheCallerAsks() {
        assertThatThrownBy(() -> TABLE.rate(EUR, GBP, sep(16))).isInstanceOf(MissingRateException.class)
                .hasMessageContaining("EUR/GBP");
        DatedRate viaUsd = TABLE.withPivot(USD).rate(EUR, GBP, sep(16));
        assertThat(viaUsd.pair()).isEqualTo("EUR/GBP");
        assertThat(viaUsd.date()).isEqualTo(sep(10));
        assertThat(viaUsd.rate()).isEqualTo(new BigDecimal("1.17").multiply(TABLE.rate(USD, GBP, sep(16)).rate()));
        assertThat(TABLE.crossRate(EUR, GBP, sep(16), USD)).isEqualTo(viaUsd);
        assertThat(TABLE.withPivot(USD).withoutPivot().pivot()).isEmpty();
    }

    @Test
    void aCrossRateWithAMissingLegNamesTheLeg() {
        assertThatThrownBy(() -> TABLE.crossRate(EUR, GBP, sep(25), USD))
                .isInstanceOf(MissingRateException.class)
                .hasMessageContaining("EUR/USD").hasMessageContaining("first leg");
        assertThatThrownBy(() -> TABLE.withPivot(USD).rate(EUR, GBP, sep(25)))
                .hasMessageContaining("no cross rate via USD either");
    }

    @Test
    void aCrossRateNeedsThreeDifferentCurrencies() {
        assertThatThrownBy(() -> TABLE.crossRate(EUR, GBP, sep(16), GBP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Pivot GBP");
    }

    @Test
    void aCurrencyNeedsNoRateIntoItself() {
        assertThatThrownBy(() -> TABLE.rate(GBP, GBP, sep(16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GBP into itself");
    }

    @Test
    void ratesAreListedByDateThenPair() {
        assertThat(TABLE.rates()).extracting(DatedRate::date).containsExactly(sep(10), sep(16), sep(18));
        assertThat(TABLE.size()).isEqualTo(3);
        assertThat(RateTable.empty().isEmpty()).isTrue();
        assertThat(TABLE).hasToString("RateTable[3 rates, EUR/USD 2025-09-10..2025-09-10, GBP/USD 2025-09-16..2025-09-18,"
                + " max staleness P7D]");
    }

    @Test
    void anIdenticalRowIsAcceptedOnce() {
        RateTable t = RateTable.of(rate(16, GBP, USD, "1.3646"), rate(16, GBP, USD, "1.36460"));
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void aDifferentRateForTheSamePairAndDateIsRejectedNamingBothRows() {
        assertThatThrownBy(() -> RateTable.of(rate(16, GBP, USD, "1.3646"), rate(17, GBP, USD, "1.36"),
                rate(16, GBP, USD, "1.37")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("row 3: 2025-09-16 GBP/USD 1.37")
                .hasMessageContaining("contradicts row 1: 2025-09-16 GBP/USD 1.3646");
    }

    @Test
    void theSameRateFromAnotherSourceIsADifferentRow() {
        assertThatThrownBy(() -> RateTable.of(rate(16, GBP, USD, "1.3646"),
                DatedRate.of(sep(16), GBP, USD, new BigDecimal("1.3646"), "elsewhere")))
                .hasMessageContaining("one rate and one source");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GPB | USD | 1.3646 | line 4, base: Unknown currency code 'GPB'",
        "GBP | US  | 1.3646 | line 4, term: Unknown currency code 'US'",
        "GBP | USD | 0      | line 4: Rate GBP/USD on 2025-09-16 is 0: a rate must be positive",
        "GBP | USD | -2     | line 4: Rate GBP/USD on 2025-09-16 is -2",
        "GBP | GBP | 1      | line 4: Rate GBP/GBP on 2025-09-16 converts a currency into itself",
    })
    void theBuilderRejectsABadRowNamingItAndKeepsWhatItHad(String base, String term, String rate, String message) {
        RateTable.Builder builder = RateTable.builder().add(rate(10, EUR, USD, "1.17"));
        assertThatThrownBy(() -> builder.add("line 4", sep(16), base, term, new BigDecimal(rate), "src"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
        assertThat(builder.build().rates()).containsExactly(rate(10, EUR, USD, "1.17"));
    }

    @Test
    void aRejectedContradictionLeavesTheBuilderAsItWas() {
        RateTable.Builder builder = RateTable.builder().add(rate(16, GBP, USD, "1.3646"));
        assertThatThrownBy(() -> builder.add(rate(16, GBP, USD, "9"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.add(rate(18, GBP, USD, "1.3547")).build().rates())
                .extracting(DatedRate::rate).containsExactly(new BigDecimal("1.3646"), new BigDecimal("1.3547"));
    }

    @Test
    void aTableHoldsStatedRatesOnly() {
        assertThatThrownBy(() -> RateTable.of(rate(16, GBP, USD, "1.3646").inverse()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("derived");
    }

    @Test
    void findRateReturnsEmptyInsteadOfThrowing() {
        assertThat(TABLE.findRate(GBP, USD, sep(1))).isEmpty();
        assertThat(TABLE.findRate(GBP, USD, sep(16))).isPresent();
    }

    @Test
    void tablesWithTheSameRatesAndRulesAreEqual() {
        RateTable copy = RateTable.of(TABLE.rates());
        assertThat(copy).isEqualTo(TABLE).hasSameHashCodeAs(TABLE);
        assertThat(copy.withMaxStaleness(Period.ofDays(1))).isNotEqualTo(TABLE);
        assertThat(copy.withPivot(USD)).isNotEqualTo(TABLE);
    }
}
