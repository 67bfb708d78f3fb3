package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import javax.money.CurrencyUnit;
import javax.money.convert.CurrencyConversionException;

import org.junit.jupiter.api.Test;

class MissingRateExceptionTest {

    private static final CurrencyUnit GBP = Amounts.currency("GBP");
    private static final CurrencyUnit USD = Amounts.currency("USD");

    @Test
    void namesThePairTheDateTheStalenessAndTheNearestRates() {
        DatedRate near = DatedRate.of(LocalDate.of(2025, 9, 1), GBP, USD, new BigDecimal("1.35"), "src");
        MissingRateException e = new MissingRateException(GBP, USD, LocalDate.of(2025, 9, 20), Period.ofDays(7),
                List.of(near), "");
        assertThat(e).isInstanceOf(CurrencyConversionException.class)
                .hasMessageContaining("GBP/USD").hasMessageContaining("2025-09-20").hasMessageContaining("P7D")
                .hasMessageContaining("nearest: 2025-09-01 GBP/USD 1.35 (src)");
        assertThat(e.getBaseCurrency()).isEqualTo(GBP);
        assertThat(e.getTermCurrency()).isEqualTo(USD);
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 9, 20));
        assertThat(e.maxStaleness()).isEqualTo(Period.ofDays(7));
        assertThat(e.nearest()).containsExactly(near);
    }

    @Test
    void saysWhenThePairHasNoRateAtAll() {
        MissingRateException e = new MissingRateException(GBP, USD, LocalDate.of(2025, 9, 20), Period.ZERO, List.of(),
                "no cross rate via EUR either");
        assertThat(e).hasMessageContaining("no GBP/USD or USD/GBP rate on any date")
                .hasMessageContaining("no cross rate via EUR either");
    }
}
