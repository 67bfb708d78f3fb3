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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV rows of one input, each with the line it starts on, streamed through Jackson's CSV parser.
 * <p>
 * Blank lines are skipped and a byte-order mark before the first cell is dropped, as spreadsheets
 * write one. On a machine with more than one processor, {@link #read} tokenises ahead on a second
 * thread, in batches, while the caller's thread handles the rows before; the consumer is still
 * called on the caller's thread, in file order, and every error reaches the caller. Stateless and
 * thread-safe.
 */
final class CsvRows {

    /**
     * Reading needs only the streaming factory: a mapper would load and set up databind's
     * machinery, a good part of a second, before the first row of a small file.
     */
    private static final CsvFactory FACTORY = CsvFactory.builder().build();
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
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), reader)) {
            boolean first = true;
            List<Row> batch = new ArrayList<>(BATCH);
            List<String> cells = new ArrayList<>();
            int line = -1;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        // a quoted cell may span lines: the row's line is where its first cell starts
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getString());
                } else if (t == JsonToken.END_ARRAY) {
                    if (!cells.isEmpty() && !(cells.size() == 1 && cells.get(0).isBlank())) {
                        String[] row = cells.toArray(new String[0]);
                        if (first && row[0].startsWith("\uFEFF")) {
                            row[0] = row[0].substring(1);
                        }
                        first = false;
                        batch.add(new Row(line, row));
                        if (batch.size() == BATCH) {
                            if (stop.getAsBoolean()) {
                                return;
                            }
                            batches.accept(batch);
                            batch = new ArrayList<>(BATCH);
                        }
                    }
                    cells.clear();
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
            }
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(name + " line " + line + ": malformed CSV: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getOriginalMessage(), new IOException(e));
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
