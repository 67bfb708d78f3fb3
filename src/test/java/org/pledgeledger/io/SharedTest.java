package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.PledgePeriod;

class SharedTest {

    @Test
    void sharesTheFirstInstanceOfEachEqualValue() {
        Shared shared = new Shared();
        String first = new String("United Kingdom");
        String second = new String("United Kingdom");

        assertThat(shared.share(first)).isSameAs(first);
        assertThat(shared.share(second)).isSameAs(first);
    }

    @Test
    void sharesPledgeIdsTooLongToPackAndMakesShortOnesAnew() {
        Shared shared = new Shared();
        String packable = "a".repeat(Shared.PACKED_ID_LENGTH);
        assertThat(shared.pledgeId(packable)).isEqualTo(PledgeId.of(packable)).isNotSameAs(shared.pledgeId(packable));
        String longer = "microsoft-uk-2025";
        PledgeId first = shared.pledgeId(longer);
        assertThat(first).isEqualTo(PledgeId.of(longer));
        assertThat(shared.pledgeId(new String(longer))).isSameAs(first);
        assertThatThrownBy(() -> shared.pledgeId("Not A Slug")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Not A Slug'");
    }

    @Test
    void parsesEachDateAndPeriodTextOnce() {
        Shared shared = new Shared();

        LocalDate date = shared.date("2025-09-16");
        assertThat(date).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(shared.date(new String("2025-09-16"))).isSameAs(date);
        PledgePeriod period = shared.period("2025-2028");
        assertThat(period).isEqualTo(PledgePeriod.of(2025, 2028));
        assertThat(shared.period(new String("2025-2028"))).isSameAs(period);
    }

    @ParameterizedTest
    @CsvSource({
        "2025-09-16, 2025-09-16",
        "0000-01-01, 0000-01-01",
        "9999-12-31, 9999-12-31",
        "2024-02-29, 2024-02-29",
        "+10000-01-01, +10000-01-01",
        "-0001-06-30, -0001-06-30"})
    void readsADateAsTheIsoParserDoesAndSharesItWithEqualValues(String text, String expected) {
        Shared shared = new Shared();
        LocalDate equal = LocalDate.parse(expected);
        LocalDate first = shared.share(equal);

        LocalDate date = shared.date(text);

        assertThat(date).isEqualTo(LocalDate.parse(text)).isSameAs(first);
        assertThat(shared.date(new String(text))).isSameAs(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32",
        "2025-1-16", "2025/09/16", "2025-09-1x", "20x5-09-16", "2025-09-16 ", ""})
    void rejectsADateTextAsTheIsoParserDoes(String text) {
        Shared shared = new Shared();

        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> shared.date(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("'" + text + "'");
        // and again: a rejected text leaves nothing behind
        assertThatThrownBy(() -> shared.date(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void rejectsATextThatIsNotADateOrAPeriod() {
        Shared shared = new Shared();

        assertThatThrownBy(() -> shared.date("16/09/2025")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> shared.period("someday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesEveryThreadTheSameInstance() throws Exception {
        Shared shared = new Shared();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> found = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                found.add(threads.submit(() -> shared.share(new String("Semiconductors"))));
            }
            Object first = found.get(0).get();
            for (Future<Object> f : found) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
