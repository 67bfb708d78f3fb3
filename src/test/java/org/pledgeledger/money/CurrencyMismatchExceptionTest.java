package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrencyMismatchExceptionTest {

    @Test
    void carriesBothCurrenciesAndTheMessage() {
        CurrencyMismatchException e = new CurrencyMismatchException(Amounts.currency("GBP"), Amounts.currency("USD"), "why");
        assertThat(e.expected().getCurrencyCode()).isEqualTo("GBP");
        assertThat(e.actual().getCurrencyCode()).isEqualTo("USD");
        assertThat(e).hasMessage("why").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> new CurrencyMismatchException(null, Amounts.currency("USD"), "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("expected");
        assertThatThrownBy(() -> new CurrencyMismatchException(Amounts.currency("USD"), null, "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("actual");
    }
}
