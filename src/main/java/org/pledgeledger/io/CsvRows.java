package org.pledgeledger.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV rows of one input, each with the line it starts on, split by {@link CsvTokeniser} (which
 * gives a cell met before in the same column as the same string); written through Jackson's CSV
 * writer.
 * <p>
 * Blank lines are skipped and a byte-order mark before the first cell is dropped, as spreadsheets
 * write one. On a machine with more than one processor, {@link #read} tokenises ahead on a second
 * thread, in batches, while the caller's thread handles the rows before; the consumer is still
 * called on the caller's thread, in file order, and every error reaches the caller. Stateless and
 * thread-safe.
 */
final class CsvRows {

    /** Rows a batch holds: large enough that handing one over costs little, small enough to stay in cache. */
    private static final int BATCH = 256;
    /** Batches read ahead: bounds the memory the reading thread may run ahead by. */
    private static final int AHEAD = 8;

    private CsvRows() {
    }

    /**
     * Checks the name a caller gives an input, which every error and every sourceless rate carries.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Input name is blank: errors (and rates without a source column) must say which input"
                    + " they come from");
        }
    }

    /** One row: the line it starts on, and its cells. */
    record Row(int line, String[] cells) {
    }

    /**
     * Passes each row to the consumer in order, on the caller's thread.
     * <p>
     * When the consumer throws, reading stops and the exception reaches the caller as it is; by
     * the time this method returns or throws, nothing reads the reader any more.
     *
     * @throws IllegalArgumentException naming the input and line of malformed CSV
     * @throws UncheckedIOException if the reader fails, or the caller's thread is interrupted
     *     while waiting for rows
     */
    static void read(Reader reader, String name, Consumer<Row> each) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            tokenise(reader, batch -> batch.forEach(each), () -> false, name);
            return;
        }
        readAhead(reader, name, each);
    }

    /** The rows of a batch, or the end of the input, or what stopped the reading. */
    private record Batch(List<Row> rows, Throwable failure) {

        static final Batch END = new Batch(List.of(), null);
    }

    private static void readAhead(Reader reader, String name, Consumer<Row> each) {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread tokeniser = new Thread(() -> {
            try {
                tokenise(reader, rows -> put(queue, new Batch(rows, null)), stopped::get, name);
                put(queue, Batch.END);
            } catch (RuntimeException | Error e) {
                // every way out of this thread is a batch, so the caller never waits for nothing
                put(queue, new Batch(List.of(), e));
            }
        }, "pledge-ledger CSV reader of " + name);
        tokeniser.setDaemon(true);
        tokeniser.start();
        try {
            for (Batch batch = take(queue, name); batch != Batch.END; batch = take(queue, name)) {
                if (batch.failure() instanceof RuntimeException e) {
                    throw e;
                }
                if (batch.failure() instanceof Error e) {
                    throw e;
                }
                batch.rows().forEach(each);
            }
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            // let a tokeniser blocked on a full queue finish its put, see the flag, and end
            boolean interrupted = Thread.interrupted();
            while (tokeniser.isAlive()) {
                queue.clear();
                try {
                    tokeniser.join(10);
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
    }

    /** Hands a batch over; only this class knows the reading thread, and it never interrupts it. */
    private static void put(BlockingQueue<Batch> queue, Batch batch) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(batch);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Batch take(BlockingQueue<Batch> queue, String name) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("Reading " + name + " was interrupted", new InterruptedIOException(e.getMessage()));
        }
    }

    /** Reads the rows in batches until the end, or until told to stop between batches. */
    private static void tokenise(Reader reader, Consumer<List<Row>> batches, BooleanSupplier stop, String name) {
        CsvTokeniser tokens = new CsvTokeniser(reader, name);
        boolean first = true;
        List<Row> batch = new ArrayList<>(BATCH);
        for (String[] cells = tokens.next(); cells != null; cells = tokens.next()) {
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            if (first && cells[0].startsWith("\uFEFF")) {
                cells[0] = cells[0].substring(1);
            }
            first = false;
            batch.add(new Row(tokens.line(), cells));
            if (batch.size() == BATCH) {
                if (stop.getAsBoolean()) {
                    return;
                }
                batches.accept(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
    }

    /** The mapper for writing, set up when something is first written. */
    private static final class Writing {

        static final CsvMapper MAPPER = CsvMapper.builder().build();
    }

    /**
     * Writes rows, the first being the header, with {@code \n} line ends and quotes only where needed.
     *
     * @throws UncheckedIOException if the writer fails
     */
    static void write(List<String[]> rows, Writer writer, String what) {
        try {
            Writing.MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValue(writer, rows);
        } catch (JacksonException e) {
            throw new UncheckedIOException("Cannot write " + what + ": " + e.getOriginalMessage(), new IOException(e));
        }
    }
}
