package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;

class ConvertedAmountTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final LocalDate D = LocalDate.of(2025, 9, 18);
    private static final RateTable RATES = RateTable.of(DatedRate.of(D, GBP, USD, new BigDecimal("1.3547"), "Equals Money"));

    @Test
    void linesWithTheSameCurrencyAndRateAreMergedAndMultipliedOnce() {
        ConvertedAmount c = Valuation.atDate(RATES, D).convert(List.of(
                DatedAmount.of(Amounts.parse("USD 10.00"), D), DatedAmount.of(Amounts.parse("USD 20.00"), D),
                DatedAmount.of(Amounts.parse("GBP 1.00"), D)), GBP);
        assertThat(c.lines()).hasSize(2);
        assertThat(Amounts.format(c.lines().get(1).sourceSum())).isEqualTo("USD 30.00");
        assertThat(c.rates()).hasSize(1);
        assertThat(c.currency()).isEqualTo(GBP);
    }

    @Test
    void linesMadeWhenFirstAskedForAreOneListForEveryThreadAndAddUpToTheTotal() throws Exception {
        ConvertedAmount c = Valuation.atOwnDates(RATES).convert(List.of(
                DatedAmount.of(Amounts.parse("USD 1354.70"), D), DatedAmount.of(Amounts.parse("GBP 0.01"), D)), GBP);
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 1000.01");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<ConversionLine>>> asked = pool.invokeAll(
                    java.util.Collections.nCopies(8, c::lines));
            for (java.util.concurrent.Future<List<ConversionLine>> f : asked) {
                assertThat(f.get()).isSameAs(c.lines());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(c.lines().stream().map(ConversionLine::converted).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(c.exactTotal());
        assertThat(c).isEqualTo(Valuation.atOwnDates(RATES).convert(List.of(
                DatedAmount.of(Amounts.parse("USD 1354.70"), D), DatedAmount.of(Amounts.parse("GBP 0.01"), D)), GBP));
    }

    @Test
    void plusKeepsBothProvenancesAndSaysWhenValuationsDiffer() {
        ConvertedAmount a = Valuation.atDate(RATES, D).convert(MultiCurrencyAmount.of(Amounts.parse("USD 1354.70")), GBP);
        ConvertedAmount b = Valuation.atDate(RATES, D.plusDays(1)).convert(MultiCurrencyAmount.of(Amounts.parse("GBP 1.00")), GBP);
        ConvertedAmount sum = a.plus(b);
        assertThat(Amounts.format(sum.total())).isEqualTo("GBP 1001.00");
        assertThat(sum.valuation()).isEqualTo("at rates of 2025-09-18 + at rates of 2025-09-19");
        assertThat(sum.lines()).hasSize(2);
    }

    @Test
    void plusRefusesAConversionIntoAnotherCurrency() {
        ConvertedAmount gbp = Valuation.atDate(RATES, D).convert(MultiCurrencyAmount.of(Amounts.parse("USD 1.00")), GBP);
        ConvertedAmount usd = Valuation.atDate(RATES, D).convert(MultiCurrencyAmount.of(Amounts.parse("GBP 1.00")), USD);
        assertThatThrownBy(() -> gbp.plus(usd))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(GBP);
                    assertThat(e.actual()).isEqualTo(USD);
                })
                .hasMessageContaining("into USD").hasMessageContaining("into GBP");
    }

    @Test
    void toStringShowsTotalValuationAndLines() {
        ConvertedAmount c = Valuation.atDate(RATES, D).convert(MultiCurrencyAmount.of(Amounts.parse("USD 1354.70")), GBP);
        assertThat(c.toString()).startsWith("GBP 1000.00 at rates of 2025-09-18 [USD 1354.70 -> GBP 1000.00 at 2025-09-18 USD/GBP")
                .contains("inverse of GBP/USD Equals Money");
    }

    @Test
    void equalConversionsAreEqual() {
        Valuation v = Valuation.atDate(RATES, D);
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("USD 1.00"));
        assertThat(v.convert(bag, GBP)).isEqualTo(v.convert(bag, GBP)).hasSameHashCodeAs(v.convert(bag, GBP));
    }
}
