package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeadlineIdTest {

    @Test
    void isASlug() {
        assertThat(HeadlineId.of("tpd-150bn")).hasToString("tpd-150bn");
        assertThat(HeadlineId.of("a")).isLessThan(HeadlineId.of("b"));
        assertThatThrownBy(() -> HeadlineId.of("£150bn")).hasMessageStartingWith("Headline id '£150bn' is not a slug");
    }
}
