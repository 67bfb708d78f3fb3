package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultiCurrencyAmountTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");
    private static final CurrencyUnit EUR = Amounts.currency("EUR");

    @Test
    void keepsOneExactTotalPerCurrency() {
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("USD 30000000000.00"),
                Amounts.parse("GBP 5000000000.00"), Amounts.parse("GBP 0.01"));
        assertThat(bag.currencies()).containsExactly(GBP, USD);
        assertThat(Amounts.format(bag.amount(GBP))).isEqualTo("GBP 5000000000.01");
        assertThat(Amounts.format(bag.amount(USD))).isEqualTo("USD 30000000000.00");
        assertThat(bag.size()).isEqualTo(2);
    }

    @Test
    void amountOfAnAbsentCurrencyIsZeroAndNotContained() {
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("GBP 1.00"));
        assertThat(Amounts.format(bag.amount(EUR))).isEqualTo("EUR 0.00");
        assertThat(bag.contains(EUR)).isFalse();
    }

    @Test
    void aCurrencyWhoseTotalIsZeroStaysInTheBag() {
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("GBP 1.00"), Amounts.parse("GBP -1.00"));
        assertThat(bag.contains(GBP)).isTrue();
        assertThat(bag.toString()).isEqualTo("[GBP 0.00]");
    }

    @Test
    void plusReturnsANewBagAndLeavesTheOriginalUnchanged() {
        MultiCurrencyAmount bag = MultiCurrencyAmount.of(Amounts.parse("GBP 1.00"));
        MultiCurrencyAmount more = bag.plus(Amounts.parse("USD 2.00")).plus(MultiCurrencyAmount.of(Amounts.parse("GBP 3.00")));
        assertThat(bag.toString()).isEqualTo("[GBP 1.00]");
        assertThat(more.toString()).isEqualTo("[GBP 4.00, USD 2.00]");
    }

    @Test
    void equalityComparesTotalsByValue() {
        assertThat(MultiCurrencyAmount.of(Amounts.parse("GBP 1.10")))
                .isEqualTo(MultiCurrencyAmount.of(Amounts.of("1.1", "GBP")))
                .hasSameHashCodeAs(MultiCurrencyAmount.of(Amounts.of("1.1000", "GBP")))
                .isNotEqualTo(MultiCurrencyAmount.of(Amounts.parse("GBP 1.11")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[GBP 1.00]", "[GBP 5000000000.00, USD 30000000000.00]", "[EUR -0.005, JPY 12]"})
    void parseReadsBackToString(String text) {
        assertThat(MultiCurrencyAmount.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GBP 1.00", "[GBP 1.00", "[GBP 1.00,USD 2.00]", "[GBP 1.00, GBP 2.00]", "[GBP x]", "[, ]"})
    void parseRejectsMalformedTextNamingIt(String text) {
        assertThatThrownBy(() -> MultiCurrencyAmount.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'");
    }

    @Test
    void parseRejectsARepeatedCurrencySayingSo() {
        assertThatThrownBy(() -> MultiCurrencyAmount.parse("[GBP 1.00, GBP 2.00]"))
                .hasMessageContaining("GBP twice");
    }

    @Test
    void emptyBagIsEmpty() {
        assertThat(MultiCurrencyAmount.empty().isEmpty()).isTrue();
        assertThat(MultiCurrencyAmount.empty().amounts()).isEmpty();
        assertThat(MultiCurrencyAmount.of(List.of())).isEqualTo(MultiCurrencyAmount.empty());
    }

    @Test
    void collectorGathersAStream() {
        MultiCurrencyAmount bag = List.of(Amounts.parse("GBP 1.00"), Amounts.parse("USD 1.00"), Amounts.parse("GBP 2.00"))
                .parallelStream().collect(MultiCurrencyAmount.collector());
        assertThat(bag.toString()).isEqualTo("[GBP 3.00, USD 1.00]");
    }

    @Test
    void rejectsNullAmounts() {
        assertThatThrownBy(() -> MultiCurrencyAmount.of(Collections.singletonList((MonetaryAmount) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("amounts element");
        assertThatThrownBy(() -> MultiCurrencyAmount.empty().plus((MonetaryAmount) null))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
    }

    /** Property: however the amounts are ordered or split, the bag is the same, exactly. */
    @Test
    void additionIsOrderIndependentForSeededRandomAmounts() {
        Random random = new Random(20250916L);
        List<CurrencyUnit> currencies = List.of(GBP, USD, EUR, Amounts.currency("JPY"));
        for (int round = 0; round < 200; round++) {
            List<MonetaryAmount> amounts = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                BigDecimal number = BigDecimal.valueOf(random.nextLong() % 3_000_000_000_000L, random.nextInt(5));
                amounts.add(Amounts.of(number, currencies.get(random.nextInt(currencies.size()))));
            }
            MultiCurrencyAmount expected = MultiCurrencyAmount.of(amounts);
            Collections.shuffle(amounts, random);
            MultiCurrencyAmount oneByOne = MultiCurrencyAmount.empty();
            for (MonetaryAmount a : amounts) {
                oneByOne = oneByOne.plus(a);
            }
            int cut = random.nextInt(amounts.size() + 1);
            MultiCurrencyAmount halves = MultiCurrencyAmount.of(amounts.subList(0, cut))
                    .plus(MultiCurrencyAmount.of(amounts.subList(cut, amounts.size())));
            assertThat(oneByOne).isEqualTo(expected);
            assertThat(halves).isEqualTo(expected);
            assertThat(MultiCurrencyAmount.parse(expected.toString())).isEqualTo(expected);
        }
    }
}
