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
        PledgeId id = PledgeId.of("msft");
        assertThat(shared.shareId(id)).isSameAs(id);
        assertThat(shared.shareId(PledgeId.of("msft"))).isSameAs(id);
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
