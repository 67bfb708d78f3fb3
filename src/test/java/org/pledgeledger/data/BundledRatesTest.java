package org.pledgeledger.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgeledger.money.DatedRate;

class BundledRatesTest {

    @Test
    void holdsTheCitedRatesOfTheAnnouncementAndSigningDays() {
        assertThat(BundledRates.table().rates()).extracting(DatedRate::date, DatedRate::pair, r -> r.rate().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 9, 16), "GBP/USD", "1.3646"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 9, 18), "GBP/USD", "1.3547"));
    }

    @Test
    void everyRateCitesPublisherTitleDateAndSentence() {
        assertThat(BundledRates.table().rates()).allSatisfy(r ->
                assertThat(r.source()).matches("[^,]+, \"[^\"]+\", \\d{1,2} [A-Z][a-z]{2} \\d{4}: \".+\".*")
                        .contains(r.rate().toPlainString()));
    }

    @Test
    void isLoadedOnceAndShared() {
        assertThat(BundledRates.table()).isSameAs(BundledRates.table());
    }
}
