package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatedRateTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit EUR = Amounts.currency("EUR");
    private static final LocalDate D = LocalDate.of(2025, 9, 16);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBP | USD | 0      | src | a rate must be positive",
        "GBP | USD | -1.36  | src | a rate must be positive",
        "GBP | GBP | 1      | src | base and term must differ",
        "GBP | USD | 1.3646 | ' ' | blank source",
    })
    void rejectsInvalidRatesNamingPairDateAndRule(String base, String term, String rate, String source, String rule) {
        assertThatThrownBy(() -> DatedRate.of(D, Amounts.currency(base), Amounts.currency(term), new BigDecimal(rate), source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(base + "/" + term)
                .hasMessageContaining("2025-09-16")
                .hasMessageContaining(rule);
    }

    @Test
    void normalisesTrailingZerosSoEqualRatesAreEqual() {
        assertThat(DatedRate.of(D, GBP, USD, new BigDecimal("1.36460"), "s"))
                .isEqualTo(DatedRate.of(D, GBP, USD, new BigDecimal("1.3646"), "s"));
    }

    @Test
    void inverseIsDerivedAtDecimal128AndPointsBack() {
        DatedRate r = DatedRate.of(D, GBP, USD, new BigDecimal("1.3547"), "Equals Money");
        DatedRate inv = r.inverse();
        assertThat(inv.pair()).isEqualTo("USD/GBP");
        assertThat(inv.rate()).isEqualTo(new BigDecimal("0.7381708127260648113973573484904407"));
        assertThat(inv.rate().precision()).isEqualTo(34);
        assertThat(inv.isStated()).isFalse();
        assertThat(inv.derivedFrom()).containsExactly(r);
        assertThat(inv.date()).isEqualTo(D);
        assertThat(inv.source()).contains("inverse of GBP/USD").contains("Equals Money");
    }

    /** Property: a rate times its inverse is 1 to within the last of 34 significant digits. */
    @Test
    void inverseRatesAreConsistentForSeededRandomRates() {
        Random random = new Random(1354_7L);
        BigDecimal tolerance = new BigDecimal("1E-33");
        for (int i = 0; i < 2_000; i++) {
            BigDecimal rate = BigDecimal.valueOf(1 + random.nextInt(2_000_000_000), random.nextInt(10));
            DatedRate r = DatedRate.of(D, GBP, USD, rate, "s");
            BigDecimal product = r.rate().multiply(r.inverse().rate());
            assertThat(product.subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(tolerance);
            BigDecimal back = r.inverse().inverse().rate();
            assertThat(back.subtract(rate).abs().divide(rate, MathContext.DECIMAL128)).isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void crossMultipliesExactlyAndTakesTheEarlierDate() {
        DatedRate eurUsd = DatedRate.of(D, EUR, USD, new BigDecimal("1.18"), "a");
        DatedRate usdGbp = DatedRate.of(D.minusDays(2), USD, GBP, new BigDecimal("0.7333"), "b");
        DatedRate cross = eurUsd.cross(usdGbp);
        assertThat(cross.pair()).isEqualTo("EUR/GBP");
        assertThat(cross.rate()).isEqualTo(new BigDecimal("0.865294"));
        assertThat(cross.date()).isEqualTo(D.minusDays(2));
        assertThat(cross.derivedFrom()).containsExactly(eurUsd, usdGbp);
        assertThat(cross.source()).isEqualTo("cross via USD");
    }

    @Test
    void crossRejectsRatesThatDoNotChain() {
        DatedRate gbpUsd = DatedRate.of(D, GBP, USD, new BigDecimal("1.36"), "a");
        DatedRate eurGbp = DatedRate.of(D, EUR, GBP, new BigDecimal("0.87"), "b");
        assertThatThrownBy(() -> gbpUsd.cross(eurGbp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GBP/USD").hasMessageContaining("EUR/GBP").hasMessageContaining("start from USD");
    }

    @Test
    void convertIsExact() {
        DatedRate r = DatedRate.of(D, GBP, USD, new BigDecimal("1.3646"), "s");
        assertThat(r.convert(new BigDecimal("5000000000.00"))).isEqualByComparingTo("6823000000");
    }

    @Test
    void toStringIsStable() {
        assertThat(DatedRate.of(D, GBP, USD, new BigDecimal("100"), "src"))
                .hasToString("2025-09-16 GBP/USD 100 (src)");
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> DatedRate.of(null, GBP, USD, BigDecimal.ONE, "s")).hasMessage("date");
        assertThatThrownBy(() -> DatedRate.of(D, GBP, USD, null, "s")).hasMessage("rate");
    }

    @Test
    void equalsARateOfEqualPartsWithTheSameHashCode() {
        DatedRate a = DatedRate.of(D, GBP, USD, new BigDecimal("1.3646"), "BoE");
        DatedRate b = DatedRate.of(LocalDate.of(2025, 9, 16), Amounts.currency("GBP"), USD, new BigDecimal("1.36460"), new String("BoE"));
        assertThat(a).isEqualTo(b).isEqualTo(a).hasSameHashCodeAs(b);
        assertThat(b).isEqualTo(a);
        assertThat(a.inverse()).isEqualTo(b.inverse()).hasSameHashCodeAs(b.inverse());
        assertThat(a.equals(null)).isFalse();
        assertThat(a).isNotEqualTo("BoE");
    }

    @Test
    void differsFromARateThatDiffersInAnyOnePart() {
        DatedRate a = DatedRate.of(D, GBP, USD, new BigDecimal("1.3646"), "BoE");
        List<DatedRate> others = List.of(
                DatedRate.of(D.plusDays(1), GBP, USD, new BigDecimal("1.3646"), "BoE"),
                DatedRate.of(D, EUR, USD, new BigDecimal("1.3646"), "BoE"),
                DatedRate.of(D, GBP, EUR, new BigDecimal("1.3646"), "BoE"),
                DatedRate.of(D, GBP, USD, new BigDecimal("1.3647"), "BoE"),
                DatedRate.of(D, GBP, USD, new BigDecimal("1.3646"), "ECB"),
                new DatedRate(D, GBP, USD, new BigDecimal("1.3646"), "BoE", List.of(DatedRate.of(D, USD, GBP, BigDecimal.ONE, "x"))));
        for (DatedRate other : others) {
            assertThat(a).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(a);
        }
    }
}
