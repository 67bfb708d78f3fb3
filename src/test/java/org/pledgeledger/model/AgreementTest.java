package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class AgreementTest {

    private static Agreement.Builder mou() {
        return Agreement.builder(AgreementId.of("tpd-mou"), "Tech Prosperity Deal MOU", Agreement.Kind.MEMORANDUM_OF_UNDERSTANDING,
                LocalDate.of(2025, 9, 18)).party(Party.government("United Kingdom")).party(Party.government("United States"))
                .source(PledgeTest.SOURCE);
    }

    @Test
    void holdsItsFactsWithTheNoticePeriodAsData() {
        Agreement a = mou().noticePeriod(Period.ofDays(180)).build();
        assertThat(a.noticePeriod()).contains(Period.ofDays(180));
        assertThat(a.isBinding()).isFalse();
        assertThat(a.parties()).extracting(Party::name).containsExactly("United Kingdom", "United States");
        assertThat(a).hasToString("tpd-mou: Tech Prosperity Deal MOU (MEMORANDUM_OF_UNDERSTANDING, not binding, United Kingdom, United States)");
        assertThat(mou().build()).isEqualTo(mou().build()).hasSameHashCodeAs(mou().build());
        assertThat(mou().binding(true).build().isBinding()).isTrue();
    }

    @Test
    void rejectsMissingOrRepeatedFactsNamingTheAgreement() {
        assertThatThrownBy(() -> Agreement.builder(AgreementId.of("x"), "X", Agreement.Kind.TRADE_DEAL, LocalDate.of(2025, 5, 8))
                .source(PledgeTest.SOURCE).build()).hasMessage("Agreement x has no party");
        assertThatThrownBy(() -> Agreement.builder(AgreementId.of("x"), "X", Agreement.Kind.TRADE_DEAL, LocalDate.of(2025, 5, 8))
                .party(Party.government("UK")).build()).hasMessageContaining("Agreement x has no source");
        assertThatThrownBy(() -> mou().party(Party.government("United Kingdom")).build()).hasMessageContaining("lists a party twice");
        assertThatThrownBy(() -> mou().noticePeriod(Period.ZERO).build()).hasMessageContaining("notice period P0D: it must be positive");
        assertThatThrownBy(() -> Agreement.builder(AgreementId.of("x"), " ", Agreement.Kind.TRADE_DEAL, LocalDate.of(2025, 5, 8))
                .party(Party.government("UK")).source(PledgeTest.SOURCE).build()).hasMessageContaining("blank name");
    }
}
