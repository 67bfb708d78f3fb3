package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;

class ValuationTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit EUR = Amounts.currency("EUR");
    private static final LocalDate SEP16 = LocalDate.of(2025, 9, 16);
    private static final LocalDate SEP18 = LocalDate.of(2025, 9, 18);

    private static final RateTable RATES = RateTable.of(
            DatedRate.of(SEP16, GBP, USD, new BigDecimal("1.3646"), "FXStreet"),
            DatedRate.of(SEP18, GBP, USD, new BigDecimal("1.3547"), "Equals Money"));

    private static final DatedAmount MICROSOFT = DatedAmount.of(Amounts.parse("USD 30000000000.00"), SEP16)
            .withEquivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru");
    private static final DatedAmount GOOGLE = DatedAmount.of(Amounts.parse("GBP 5000000000.00"), SEP16);
    private static final DatedAmount LATER = DatedAmount.of(Amounts.parse("USD 1354.70"), SEP18);

    @Test
    void eachValuationSaysWhatItIsMadeOf() {
        Valuation own = Valuation.atOwnDates(RATES);
        assertThat(own.kind()).isEqualTo(Valuation.Kind.OWN_DATES);
        assertThat(own.rates()).contains(RATES);
        assertThat(own.date()).isEmpty();
        Valuation at = Valuation.atDate(RATES, SEP18);
        assertThat(at.kind()).isEqualTo(Valuation.Kind.AT_DATE);
        assertThat(at.date()).contains(SEP18);
        Valuation reference = Valuation.atReferenceRates("GCF-2", RateTable.of(DatedRate.of(SEP16, GBP, USD, new BigDecimal("1.3"), "GCF")));
        assertThat(reference.kind()).isEqualTo(Valuation.Kind.REFERENCE);
        assertThat(reference.name()).contains("GCF-2");
        Valuation stated = Valuation.atStatedEquivalents(at);
        assertThat(stated.kind()).isEqualTo(Valuation.Kind.STATED);
        assertThat(stated.rates()).isEmpty();
        assertThat(stated.fallback()).contains(at);
        assertThat(Valuation.atStatedEquivalents().fallback()).isEmpty();
    }

    @Test
    void atOwnDatesConvertsEachAmountAtItsOwnDatesRate() {
        ConvertedAmount c = Valuation.atOwnDates(RATES).convert(List.of(MICROSOFT, LATER), GBP);
        // hand-computed: 30e9 / 1.3646 = 21984464311.886267...; 1354.70 / 1.3547 = 1000.00 (to 34 digits)
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 21984465311.89");
        assertThat(c.lines()).hasSize(2);
        assertThat(c.lines()).extracting(l -> l.rate().orElseThrow().date()).containsExactly(SEP16, SEP18);
        assertThat(c.valuation()).isEqualTo("at each amount's own date");
    }

    @Test
    void atDateConvertsEverythingAtOneReportingDate() {
        ConvertedAmount c = Valuation.atDate(RATES, SEP18).convert(List.of(MICROSOFT, GOOGLE), GBP);
        // hand-computed: 30e9 / 1.3547 = 22145124381.781944...; plus 5e9
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 27145124381.78");
        assertThat(c.exactTotal()).isEqualByComparingTo("27145124381.781944341920720454713221");
        assertThat(c.valuation()).isEqualTo("at rates of 2025-09-18");
    }

    @Test
    void aBagConvertsAtOneDateWithEachCurrencysProvenance() {
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(MICROSOFT.amount(), GOOGLE.amount());
        ConvertedAmount c = Valuation.atDate(RATES, SEP18).convert(bag, GBP);
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 27145124381.78");
        assertThat(c.lines()).extracting(ConversionLine::method)
                .containsExactly(ConversionLine.Method.SAME_CURRENCY, ConversionLine.Method.RATE);
        ConversionLine usd = c.lines().get(1);
        assertThat(Amounts.format(usd.sourceSum())).isEqualTo("USD 30000000000.00");
        assertThat(usd.rate().orElseThrow().date()).isEqualTo(SEP18);
        assertThat(usd.rate().orElseThrow().source()).contains("Equals Money");
    }

    @Test
    void aBagCannotBeValuedAtOwnDatesOrStatedEquivalents() {
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(MICROSOFT.amount());
        for (Valuation v : List.of(Valuation.atOwnDates(RATES), Valuation.atStatedEquivalents())) {
            assertThatThrownBy(() -> v.convert(bag, GBP))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(v.toString()).hasMessageContaining("[USD 30000000000.00]")
                    .hasMessageContaining("no dates or stated equivalents");
        }
    }

    @Test
    void statedEquivalentsTakeTheSourcesOwnFigure() {
        ConvertedAmount c = Valuation.atStatedEquivalents().convert(List.of(MICROSOFT, GOOGLE), GBP);
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 27000000000.00");
        ConversionLine line = c.lines().stream().filter(l -> l.method() == ConversionLine.Method.STATED_EQUIVALENT)
                .findFirst().orElseThrow();
        assertThat(line.converted()).isEqualByComparingTo("22000000000");
        assertThat(line.rate().orElseThrow().rate()).isEqualTo(new BigDecimal("0.7333333333333333333333333333333333"));
        assertThat(line.rate().orElseThrow().source()).contains("Nation.Cymru");
    }

    @Test
    void statedEquivalentsWithoutFallbackRefuseAnAmountWithNone() {
        assertThatThrownBy(() -> Valuation.atStatedEquivalents().convert(LATER, GBP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD 1354.70 on 2025-09-18").hasMessageContaining("no GBP equivalent");
    }

    @Test
    void statedEquivalentsFallBackToAnotherValuation() {
        Valuation v = Valuation.atStatedEquivalents(Valuation.atOwnDates(RATES));
        ConvertedAmount c = v.convert(List.of(MICROSOFT, LATER), GBP);
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 22000001000.00");
        assertThat(c.valuation()).isEqualTo("at stated equivalents, otherwise at each amount's own date");
    }

    @Test
    void referenceRatesIgnoreTheAmountsDates() {
        RateTable fixed = RateTable.of(DatedRate.of(LocalDate.of(2025, 6, 30), GBP, USD, new BigDecimal("1.25"), "fixed"));
        ConvertedAmount c = Valuation.atReferenceRates("replenishment", fixed).convert(List.of(MICROSOFT, LATER), GBP);
        // hand-computed: (30000000000 + 1354.70) / 1.25 = 24000001083.76
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 24000001083.76");
        assertThat(c.valuation()).isEqualTo("at reference rates 'replenishment'");
    }

    @Test
    void referenceRatesHoldOneRatePerPair() {
        RateTable twice = RateTable.of(DatedRate.of(SEP16, GBP, USD, new BigDecimal("1.25"), "a"),
                DatedRate.of(SEP18, USD, GBP, new BigDecimal("0.8"), "b"));
        assertThatThrownBy(() -> Valuation.atReferenceRates("set", twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rates for one pair");
        assertThatThrownBy(() -> Valuation.atReferenceRates(" ", RATES.withMaxStaleness(java.time.Period.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank name");
    }

    @Test
    void aMissingReferenceRateNamesTheSet() {
        RateTable fixed = RateTable.of(DatedRate.of(SEP16, GBP, USD, new BigDecimal("1.25"), "a"));
        assertThatThrownBy(() -> Valuation.atReferenceRates("set", fixed).convert(MultiCurrencyAmount.of(Amounts.parse("EUR 1.00")), GBP))
                .isInstanceOf(MissingRateException.class).hasMessageContaining("reference rates 'set' fix no EUR/GBP");
    }

    @Test
    void aMissingRatePropagatesWithThePairAndDate() {
        assertThatThrownBy(() -> Valuation.atDate(RATES, SEP18).convert(DatedAmount.of(Amounts.parse("EUR 1.00"), SEP18), GBP))
                .isInstanceOf(MissingRateException.class).hasMessageContaining("EUR/GBP").hasMessageContaining("2025-09-18");
    }

    @Test
    void theTargetCurrencyIsCarriedOverUnconvertedUnderEveryValuation() {
        for (Valuation v : List.of(Valuation.atOwnDates(RATES), Valuation.atDate(RATES, SEP18), Valuation.atStatedEquivalents())) {
            ConvertedAmount c = v.convert(GOOGLE, GBP);
            assertThat(c.lines()).singleElement().satisfies(l -> {
                assertThat(l.method()).isEqualTo(ConversionLine.Method.SAME_CURRENCY);
                assertThat(l.rate()).isEmpty();
            });
            assertThat(Amounts.format(c.total())).isEqualTo("GBP 5000000000.00");
        }
    }

    @Test
    void roundsOnceOnTheTotalNotPerAmount() {
        RateTable half = RateTable.of(DatedRate.of(SEP16, USD, GBP, new BigDecimal("0.5"), "half"));
        DatedAmount cent = DatedAmount.of(Amounts.parse("USD 0.01"), SEP16);
        // each converts to 0.005, which alone rounds HALF_EVEN to 0.00; three of them make 0.015, rounding to 0.02
        ConvertedAmount c = Valuation.atOwnDates(half).convert(List.of(cent, cent, cent), GBP);
        assertThat(Amounts.format(c.total())).isEqualTo("GBP 0.02");
        assertThat(Amounts.format(Valuation.atOwnDates(half).convert(cent, GBP).total())).isEqualTo("GBP 0.00");
        assertThat(c.lines()).singleElement().satisfies(l -> assertThat(Amounts.format(l.sourceSum())).isEqualTo("USD 0.03"));
    }

    /**
     * Property: converting parts and adding the conversions equals converting the whole, to the
     * minor unit and indeed exactly, under every valuation.
     */
    @Test
    void convertingThenSummingEqualsSummingThenConvertingForSeededRandomAmounts() {
        Random random = new Random(3_1000_000_000L);
        List<DatedRate> rates = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), GBP, USD, BigDecimal.valueOf(12_000 + random.nextInt(2_000), 4), "r"));
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), EUR, GBP, BigDecimal.valueOf(84_000 + random.nextInt(5_000), 5), "r"));
        }
        RateTable table = RateTable.of(rates);
        List<CurrencyUnit> currencies = List.of(GBP, USD, EUR);
        for (int round = 0; round < 100; round++) {
            List<DatedAmount> items = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                BigDecimal number = BigDecimal.valueOf(random.nextLong() % 3_000_000_000_000L, 2);
                items.add(DatedAmount.of(Amounts.of(number, currencies.get(random.nextInt(3))),
                        LocalDate.of(2025, 9, 1 + random.nextInt(30))));
            }
            for (Valuation v : List.of(Valuation.atOwnDates(table), Valuation.atDate(table, LocalDate.of(2025, 9, 30)))) {
                ConvertedAmount whole = v.convert(items, GBP);
                ConvertedAmount summed = items.stream().map(i -> v.convert(i, GBP)).reduce(ConvertedAmount::plus).orElseThrow();
                assertThat(summed.total()).isEqualTo(whole.total());
                assertThat(summed.exactTotal()).isEqualByComparingTo(whole.exactTotal());
                assertThat(summed.lines()).isEqualTo(whole.lines());
            }
        }
    }

    @Test
    void equalValuationsAreEqual() {
        assertThat(Valuation.atDate(RATES, SEP18)).isEqualTo(Valuation.atDate(RATES, SEP18))
                .hasSameHashCodeAs(Valuation.atDate(RATES, SEP18))
                .isNotEqualTo(Valuation.atDate(RATES, SEP16));
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> Valuation.atDate(RATES, null)).hasMessage("date");
        assertThatThrownBy(() -> Valuation.atOwnDates(null)).hasMessage("rates");
        assertThatThrownBy(() -> Valuation.atOwnDates(RATES).convert(List.of(GOOGLE), null)).hasMessage("target");
    }
}
