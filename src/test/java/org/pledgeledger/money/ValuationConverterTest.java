package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;

class ValuationConverterTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit EUR = Amounts.currency("EUR");
    private static final LocalDate SEP16 = LocalDate.of(2025, 9, 16);
    private static final LocalDate SEP18 = LocalDate.of(2025, 9, 18);
    private static final RateTable RATES = RateTable.of(
            DatedRate.of(SEP16, GBP, USD, new BigDecimal("1.3646"), "FXStreet"),
            DatedRate.of(SEP18, GBP, USD, new BigDecimal("1.3547"), "Equals Money"));

    /** Property: group after group, the converter gives what convert gives for each group's amounts. */
    @Test
    void eachGroupConvertsAsConvertDoesForSeededRandomGroups() {
        Random random = new Random(2026_11_22L);
        List<DatedRate> rates = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), GBP, USD, BigDecimal.valueOf(12_000 + random.nextInt(2_000), 4), "r"));
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), EUR, GBP, BigDecimal.valueOf(84_000 + random.nextInt(5_000), 5), "r"));
        }
        RateTable table = RateTable.of(rates);
        List<CurrencyUnit> currencies = List.of(GBP, USD, EUR);
        for (Valuation v : List.of(Valuation.atOwnDates(table), Valuation.atDate(table, LocalDate.of(2025, 9, 30)),
                Valuation.atStatedEquivalents(Valuation.atOwnDates(table)))) {
            Valuation.Converter converter = v.converter(GBP);
            for (int group = 0; group < 50; group++) {
                List<DatedAmount> items = new ArrayList<>();
                for (int i = random.nextInt(40); i > 0; i--) {
                    DatedAmount item = DatedAmount.of(Amounts.of(BigDecimal.valueOf(1 + random.nextInt(Integer.MAX_VALUE), random.nextInt(4)),
                            currencies.get(random.nextInt(3))), LocalDate.of(2025, 9, 1 + random.nextInt(30)));
                    if (random.nextInt(5) == 0 && !item.amount().getCurrency().equals(GBP)) {
                        item = item.withEquivalent(Amounts.of(BigDecimal.valueOf(random.nextInt(1_000_000), 2), GBP), "a source");
                    }
                    items.add(item);
                }
                items.forEach(converter::add);
                ConvertedAmount each = converter.finish();
                ConvertedAmount whole = v.convert(items, GBP);
                assertThat(each.exactTotal()).isEqualByComparingTo(whole.exactTotal());
                assertThat(each.lines()).isEqualTo(whole.lines());
                assertThat(each).isEqualTo(whole);
            }
        }
    }

    @Test
    void aBareSumConvertsAsTheAmountsItSums() {
        Valuation v = Valuation.atOwnDates(RATES);
        ConvertedAmount bare = v.converter(GBP).add(USD, SEP16, new BigDecimal("30000000000.00"))
                .add(USD, SEP16, new BigDecimal("1354.7")).add(GBP, SEP18, new BigDecimal("5")).finish();
        ConvertedAmount amounts = v.convert(List.of(DatedAmount.of(Amounts.parse("USD 30000000000.00"), SEP16),
                DatedAmount.of(Amounts.parse("USD 1354.70"), SEP16), DatedAmount.of(Amounts.parse("GBP 5.00"), SEP18)), GBP);
        assertThat(bare).isEqualTo(amounts);
        // one line per currency and rate: the two USD sums on one date meet one rate
        assertThat(bare.lines()).extracting(l -> Amounts.format(l.sourceSum())).containsExactly("GBP 5.00", "USD 30000001354.70");
    }

    @Test
    void finishStartsANewGroupAndRatesStayFound() {
        Valuation.Converter c = Valuation.atOwnDates(RATES).converter(GBP);
        ConvertedAmount first = c.add(USD, SEP16, new BigDecimal("1364.60")).finish();
        ConvertedAmount empty = c.finish();
        ConvertedAmount second = c.add(USD, SEP16, new BigDecimal("1364.60")).finish();
        assertThat(Amounts.format(first.total())).isEqualTo("GBP 1000.00");
        assertThat(empty.exactTotal()).isEqualByComparingTo("0");
        assertThat(empty.lines()).isEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(second.rates()).containsExactlyElementsOf(first.rates());
    }

    @Test
    void aMissingRateIsAnErrorWhenTheSumIsAddedAndTheGroupKeepsWhatCameBefore() {
        Valuation.Converter c = Valuation.atDate(RATES, SEP18).converter(GBP);
        c.add(USD, SEP16, new BigDecimal("1354.70"));
        assertThatThrownBy(() -> c.add(EUR, SEP16, BigDecimal.ONE))
                .isInstanceOf(MissingRateException.class).hasMessageContaining("EUR/GBP").hasMessageContaining("2025-09-18");
        assertThat(Amounts.format(c.finish().total())).isEqualTo("GBP 1000.00");
    }

    @Test
    void statedEquivalentsWithoutFallbackRefuseABareSumInAnotherCurrency() {
        Valuation.Converter c = Valuation.atStatedEquivalents().converter(GBP);
        assertThatThrownBy(() -> c.add(USD, SEP16, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Valuation at stated equivalents cannot convert a USD sum dated 2025-09-16: it takes only the equivalents"
                        + " sources stated, and a bare sum states none; use Valuation.atStatedEquivalents(fallback)");
        assertThatThrownBy(() -> c.add(DatedAmount.of(Amounts.parse("USD 10.00"), SEP16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no GBP equivalent");
        assertThat(Amounts.format(c.add(GBP, SEP16, BigDecimal.TEN).finish().total())).isEqualTo("GBP 10.00");
    }

    /**
     * Property: sums added in hundredths give the same total, to the scale, and the same lines, as
     * the same sums added as numbers of two decimals; with rates whose numbers fit a long and one
     * that does not, with sums near a long's limit (whose products and totals overflow a long),
     * and with exact numbers added to the same slots.
     */
    @Test
    void hundredthsConvertAsTheirNumbersToTheScaleForSeededRandomGroups() {
        Random random = new Random(2026_12_02L);
        List<DatedRate> rates = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            // USD into GBP directly: a rate whose number fits a long (an inverse one, of 34 digits, would not)
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), USD, GBP, BigDecimal.valueOf(70_000 + random.nextInt(10_000), 5), "r"));
            // nineteen digits: no long holds the rate's number
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), EUR, GBP, new BigDecimal("0.84" + (10_000_000_000_000_000L
                    + random.nextInt(1_000_000))), "r"));
        }
        rates.add(DatedRate.of(LocalDate.of(2025, 9, 11), EUR, GBP, new BigDecimal("9E+1"), "a rate of negative scale"));
        RateTable table = RateTable.of(rates);
        List<CurrencyUnit> currencies = List.of(GBP, USD, EUR);
        // the last: its product with a USD/GBP rate fits a long, and two such products overflow one
        long[] near = {Long.MAX_VALUE / 3, Long.MAX_VALUE - 7, Long.MIN_VALUE / 2, 1, -1, 0, Long.MAX_VALUE / 80_000};
        for (Valuation v : List.of(Valuation.atOwnDates(table), Valuation.atDate(table, LocalDate.of(2025, 9, 10)))) {
            Valuation.Converter asLongs = v.converter(GBP);
            Valuation.Converter asNumbers = v.converter(GBP);
            for (int group = 0; group < 60; group++) {
                for (int i = random.nextInt(30); i > 0; i--) {
                    CurrencyUnit c = currencies.get(random.nextInt(3));
                    LocalDate on = LocalDate.of(2025, 9, 1 + random.nextInt(11));
                    long h = random.nextInt(3) == 0 ? near[random.nextInt(near.length)] : random.nextLong() % 10_000_000_000_000L;
                    if (random.nextInt(6) == 0) {
                        BigDecimal exact = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(6));
                        asLongs.add(c, on, exact);
                        asNumbers.add(c, on, exact);
                    }
                    asLongs.addHundredths(c, on, h);
                    asNumbers.add(c, on, BigDecimal.valueOf(h, 2));
                }
                ConvertedAmount longs = asLongs.finish();
                ConvertedAmount numbers = asNumbers.finish();
                assertThat(longs.exactTotal()).as("group %d", group).isEqualTo(numbers.exactTotal());
                assertThat(longs.lines()).isEqualTo(numbers.lines());
                assertThat(longs).isEqualTo(numbers);
            }
        }
    }

    /**
     * Products near 2^123 (hundredths near a long's limit, at rates of eighteen digits), forty of a
     * scale in a group, so that their sum in 128 bits overflows, upwards and downwards, and goes on
     * as {@code BigDecimal}s.
     */
    @Test
    void hundredthsWhoseProductsOverflow128BitsConvertAsTheirNumbers() {
        Random random = new Random(2026_12_03L);
        List<DatedRate> rates = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), USD, GBP, new BigDecimal("0.9999999999999999" + (10 + random.nextInt(90))), "r"));
            rates.add(DatedRate.of(LocalDate.of(2025, 10, day), USD, GBP, new BigDecimal("9999999999999999" + (10 + random.nextInt(90)) + "E-16"), "r"));
        }
        Valuation v = Valuation.atOwnDates(RateTable.of(rates));
        for (long sign : new long[] {1, -1}) {
            for (int mixed = 0; mixed < 2; mixed++) {
                Valuation.Converter asLongs = v.converter(GBP);
                Valuation.Converter asNumbers = v.converter(GBP);
                for (int i = 0; i < 56; i++) {
                    LocalDate on = LocalDate.of(2025, i % 2 == 0 ? 9 : 10, 1 + i / 2);
                    long h = sign * (Long.MAX_VALUE - random.nextInt(1000));
                    if (mixed == 1 && i % 3 == 0) {
                        h = -h;
                    }
                    asLongs.addHundredths(USD, on, h);
                    asNumbers.add(USD, on, BigDecimal.valueOf(h, 2));
                }
                ConvertedAmount longs = asLongs.finish();
                ConvertedAmount numbers = asNumbers.finish();
                assertThat(longs.exactTotal()).as("sign %d, mixed %d", sign, mixed).isEqualTo(numbers.exactTotal());
                assertThat(longs).isEqualTo(numbers);
            }
        }
    }

    /**
     * A sum whose high word reaches a long's limit, with its low word one product short of carrying
     * into it: the next product's carry would overflow 128 bits, and it goes on as a BigDecimal.
     */
    @Test
    void aCarryIntoAHighWordAtItsLimitConvertsAsTheNumbersDo() {
        // a rate of eighteen digits, and hundredths summing to the most whose product with it stays below 2^127
        BigDecimal rate = new BigDecimal("0.999999999999999989");
        BigInteger unscaled = rate.unscaledValue();
        BigInteger most = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE).divide(unscaled);
        List<Long> parts = new ArrayList<>();
        for (BigInteger left = most; left.signum() > 0; ) {
            BigInteger part = left.min(BigInteger.valueOf(Long.MAX_VALUE));
            parts.add(part.longValueExact());
            left = left.subtract(part);
        }
        parts.add(1L);
        assertThat(unscaled.multiply(most).shiftRight(64)).as("the high word at its limit").isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(unscaled.multiply(most).add(unscaled).bitLength()).as("one more product passes 2^127").isEqualTo(128);
        List<DatedRate> rates = new ArrayList<>();
        for (int day = 1; day <= parts.size(); day++) {
            rates.add(DatedRate.of(LocalDate.of(2025, 9, day), USD, GBP, rate, "r"));
        }
        Valuation v = Valuation.atOwnDates(RateTable.of(rates));
        Valuation.Converter asLongs = v.converter(GBP);
        Valuation.Converter asNumbers = v.converter(GBP);
        for (int i = 0; i < parts.size(); i++) {
            asLongs.addHundredths(USD, LocalDate.of(2025, 9, i + 1), parts.get(i));
            asNumbers.add(USD, LocalDate.of(2025, 9, i + 1), BigDecimal.valueOf(parts.get(i), 2));
        }

        ConvertedAmount longs = asLongs.finish();

        assertThat(longs.exactTotal()).isEqualTo(asNumbers.finish().exactTotal())
                .isEqualTo(new BigDecimal(unscaled.multiply(most.add(BigInteger.ONE)), 20));
    }

    @Test
    void hundredthsAreCheckedAsNumbersAre() {
        Valuation.Converter c = Valuation.atDate(RATES, SEP18).converter(GBP);
        c.addHundredths(USD, SEP16, 135_470L);
        assertThatThrownBy(() -> c.addHundredths(EUR, SEP16, 100L))
                .isInstanceOf(MissingRateException.class).hasMessageContaining("EUR/GBP").hasMessageContaining("2025-09-18");
        assertThatThrownBy(() -> c.addHundredths(null, SEP16, 1L)).isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> c.addHundredths(USD, null, 1L)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> Valuation.atStatedEquivalents().converter(GBP).addHundredths(USD, SEP16, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a bare sum states none");
        assertThat(Amounts.format(c.finish().total())).isEqualTo("GBP 1000.00");
    }

    @Test
    void rejectsNulls() {
        Valuation v = Valuation.atOwnDates(RATES);
        Valuation.Converter c = v.converter(GBP);
        assertThatThrownBy(() -> v.converter(null)).isInstanceOf(NullPointerException.class).hasMessage("target");
        assertThatThrownBy(() -> c.add(null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> c.add(null, SEP16, BigDecimal.ONE)).isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> c.add(USD, null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> c.add(USD, SEP16, null)).isInstanceOf(NullPointerException.class).hasMessage("exactSum");
        assertThat(c.finish().lines()).isEmpty();
    }
}
