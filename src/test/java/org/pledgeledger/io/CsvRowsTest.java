package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowsTest {

    private static List<CsvRows.Row> rows(Reader reader) {
        List<CsvRows.Row> rows = new ArrayList<>();
        CsvRows.read(reader, "test.csv", rows::add);
        return rows;
    }

    @Test
    void eachRowCarriesTheLineItStartsOnEvenAfterAQuotedCellSpanningLines() {
        List<CsvRows.Row> rows = rows(new StringReader("a,b\n\"x\ny\",2\n\n3,\"\"\n"));
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 5);
        assertThat(rows.get(1).cells()).containsExactly("x\ny", "2");
        assertThat(rows.get(2).cells()).containsExactly("3", "");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstCellIsDropped() {
        assertThat(rows(new StringReader("\uFEFFa,b\n1,2\n")).get(0).cells()).containsExactly("a", "b");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 255, 256, 257, 1000, 5000})
    void everyRowArrivesInFileOrderWhateverTheBatching(int count) {
        StringBuilder text = new StringBuilder("n\n");
        for (int i = 0; i < count; i++) {
            text.append(i).append('\n');
        }
        List<CsvRows.Row> rows = rows(new StringReader(text.toString()));
        assertThat(rows).hasSize(count + 1);
        for (int i = 0; i < count; i++) {
            assertThat(rows.get(i + 1).cells()).containsExactly(Integer.toString(i));
            assertThat(rows.get(i + 1).line()).isEqualTo(i + 2);
        }
    }

    @Test
    void malformedCsvNamesTheInputAndLine() {
        assertThatThrownBy(() -> rows(new StringReader("a,b\n1,2\n\"open,3\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("test.csv line 3: malformed CSV: the quoted cell in column 1 has no closing quote");
    }

    @Test
    void aFailingReaderIsAnUncheckedIoErrorNamingTheInput() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> rows(failing)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("test.csv");
    }

    @Test
    void aConsumerThatThrowsStopsTheReadingAndItsErrorReachesTheCaller() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append('\n');
        }
        AtomicInteger reads = new AtomicInteger();
        Reader counting = new StringReader(text.toString()) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                reads.incrementAndGet();
                return super.read(buf, off, len);
            }
        };
        AtomicInteger seen = new AtomicInteger();
        IllegalStateException stop = new IllegalStateException("enough");
        assertThatThrownBy(() -> CsvRows.read(counting, "test.csv", row -> {
            if (seen.incrementAndGet() == 10) {
                throw stop;
            }
        })).isSameAs(stop);
        // the reading has stopped by the time read throws: the reader is read no more
        int after = reads.get();
        assertThat(seen.get()).isEqualTo(10);
        Thread.yield();
        assertThat(reads.get()).isEqualTo(after);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("pledge-ledger CSV reader of test.csv"));
    }

    @Test
    void anInterruptedCallerGetsAnUncheckedIoErrorAndKeepsItsInterruptFlag() {
        Reader endless = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                // never ends, never fills a batch quickly: a row of one cell at a time
                buf[off] = '1';
                buf[off + 1] = '\n';
                return 2;
            }

            @Override
            public void close() {
            }
        };
        Thread.currentThread().interrupt();
        try {
            if (Runtime.getRuntime().availableProcessors() > 1) {
                assertThatThrownBy(() -> CsvRows.read(endless, "test.csv", row -> { }))
                        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("test.csv was interrupted");
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            }
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aBlankInputNameIsRefused() {
        assertThatThrownBy(() -> CsvRows.checkName(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Input name is blank");
    }
}
