package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementIdTest {

    @Test
    void acceptsASlug() {
        assertThat(AgreementId.of("tech-prosperity-deal-mou")).hasToString("tech-prosperity-deal-mou");
        assertThat(AgreementId.of("a")).isLessThan(AgreementId.of("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TPD", "tech prosperity", "tpd-"})
    void rejectsWhatIsNotASlug(String text) {
        assertThatThrownBy(() -> AgreementId.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
