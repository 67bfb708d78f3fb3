package org.pledgeledger.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.pledgeledger.ledger.EventBatch;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.ledger.LedgerEvent;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An append-only journal of ledger events: a JSON Lines file, one self-contained event a line,
 * replayed into a {@link Ledger} when opened.
 * <pre>{@code
 *   try (Journal journal = Journal.open(Path.of("deal.jsonl"))) {
 *       journal.append(event);          // returns once the line is forced to disk
 *       journal.ledger().asOf(date);
 *   }
 * }</pre>
 * <h2>Rules</h2>
 * <ul>
 *   <li>The first line is a header, {@code {"schema":"pledge-ledger-journal/1"}}; each further line
 *       is one event with its sources, pledge and agreement written in full.</li>
 *   <li>{@link #append(LedgerEvent)} applies the event to the ledger first: an event the ledger
 *       rejects is never written, and the same event again writes nothing. Appends from many
 *       threads are serialised; each returns only after its line is forced to disk.</li>
 *   <li>A crash can leave a torn last line (one without its newline). Opening recovers every
 *       complete line and reports the torn tail in {@link #tornTail()}; the tail is cut away only
 *       by {@link #recover()}, and appends are refused until then.</li>
 *   <li>A malformed line before the last is an error naming the line and the problem, and nothing
 *       is loaded from that journal. Opening reads the lines on a daemon thread for each
 *       processor (four at most), all ended before it returns; the events reach the ledger in file
 *       order, and the first bad line of the file is the one named.</li>
 *   <li>The journal holds an exclusive lock on its file while open: a second process, or a
 *       second open in this one, is refused with a clear message.</li>
 * </ul>
 * This class is thread-safe.
 */
public final class Journal implements AutoCloseable {

    /** The schema in the header line. */
    public static final String SCHEMA = "pledge-ledger-journal/1";

    private static final String HEADER = "{\"schema\":\"" + SCHEMA + "\"}\n";
    private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);

    /**
     * The journals open in this JVM. POSIX file locks belong to the process: closing any channel on
     * a file releases all of the process's locks on it. So a second open in this JVM is refused
     * here, before it opens (and closes) a channel of its own.
     */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    /**
     * A torn last line: where it starts and how many bytes it has.
     *
     * @param line  the line number, counting from 1
     * @param offset  the byte offset at which it starts
     * @param bytes  how many bytes it has
     */
    public record TornTail(int line, long offset, long bytes) {

        @Override
        public String toString() {
            return "line " + line + ", " + bytes + (bytes == 1 ? " byte" : " bytes") + " from offset " + offset;
        }
    }

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final Ledger ledger;
    private TornTail torn;
    private boolean failed;

    private Journal(Path file, Path key, FileChannel channel, FileLock lock, Ledger ledger, TornTail torn) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.ledger = ledger;
        this.torn = torn;
    }

    /**
     * Opens a journal, creating it with its header if it does not exist, and replays it.
     *
     * @param file  the journal file, not null
     * @return the open journal, never null
     * @throws IllegalStateException if another process or another open journal holds the file
     * @throws IllegalArgumentException naming the line and the problem, if a complete line is
     *     malformed, has an unknown type or is rejected by the ledger; nothing is loaded then
     * @throws UncheckedIOException if the file cannot be read or created
     */
    public static Journal open(Path file) {
        Objects.requireNonNull(file, "file");
        Path key = file.toAbsolutePath().normalize();
        if (!OPEN.add(key)) {
            throw new IllegalStateException("Journal " + file + " is open for writing elsewhere (in this process);"
                    + " close it there first");
        }
        FileChannel channel = null;
        boolean opened = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("Journal " + file + " is open for writing elsewhere (its lock is held);"
                        + " close it there first");
            }
            if (channel.size() == 0) {
                channel.write(ByteBuffer.wrap(HEADER.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
            }
            Replay replay = replay(file.getFileName().toString(), channel);
            Ledger ledger = Ledger.create();
            try {
                ledger.appendAll(replay.events());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IllegalArgumentException(file.getFileName() + ": its events do not form a valid ledger: " + e.getMessage(), e);
            }
            Journal journal = new Journal(file, key, channel, lock, ledger, replay.torn().orElse(null));
            opened = true;
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open journal " + file, e);
        } finally {
            if (!opened) {
                OPEN.remove(key);
                if (channel != null) {
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // the original failure is the one to report
                    }
                }
            }
        }
    }

    private record Replay(List<LedgerEvent> events, Optional<TornTail> torn) {
    }

    /**
     * The bytes read at a time, and so the most a run of lines holds: a quarter of a MiB, below half
     * the smallest region of G1, the default collector, which allocates anything larger
     * ("humongous") apart, each allocation in regions of its own and starting a concurrent cycle.
     * Runs of a MiB so started a dozen marking cycles while a million-pledge journal was read.
     */
    static final int CHUNK_BYTES = 1 << 18;

    /** The longest line read: a longer one is an error, so that a file without line breaks cannot exhaust memory. */
    static final int MAX_LINE_BYTES = (int) LedgerJson.MAX_DOCUMENT_BYTES;

    /**
     * Reads every complete line, a chunk at a time, through the locked channel (opening and closing
     * another descriptor would drop the lock); a last line without its newline is the torn tail.
     * A line begun in the previous chunk is put together first; the chunk's complete lines go to
     * {@link Runs} as one run, read where they are, in a chunk that is used again once they are taken.
     */
    private static Replay replay(String name, FileChannel channel) throws IOException {
        try (Runs runs = new Runs(name)) {
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            long position = 0;
            long lineStart = 0;
            while (true) {
                byte[] bytes = runs.chunk();
                int n = channel.read(ByteBuffer.wrap(bytes), position);
                if (n < 0) {
                    break;
                }
                int start = 0;
                int end = pending.size() > 0 ? Bytes.indexOfNewline(bytes, start, n) : -1;
                if (end >= 0) {
                    pending.write(bytes, start, end - start);
                    checkLength(runs, pending.size());
                    pending.write('\n');
                    byte[] line = pending.toByteArray();
                    runs.add(line, 0, line.length, false);
                    pending.reset();
                    start = end + 1;
                    lineStart = position + start;
                }
                int last = Bytes.lastIndexOfNewline(bytes, start, n);
                int tail = last >= 0 ? last + 1 : start;
                // the tail is copied before the chunk goes to the runs, which may take it and use it again
                pending.write(bytes, tail, n - tail);
                if (last >= 0) {
                    runs.add(bytes, start, tail, true);
                    lineStart = position + tail;
                } else {
                    runs.reuse(bytes);
                }
                checkLength(runs, pending.size());
                position += n;
            }
            runs.finish();
            Optional<TornTail> torn = pending.size() == 0 ? Optional.empty()
                    : Optional.of(new TornTail(runs.line, lineStart, pending.size()));
            return new Replay(runs.events, torn);
        }
    }

    /** Rejects a line longer than {@link #MAX_LINE_BYTES}, naming it once the lines before it are read. */
    private static void checkLength(Runs runs, int length) {
        if (length > MAX_LINE_BYTES) {
            runs.finish();
            throw new IllegalArgumentException(new Line(runs.name, runs.line) + ": longer than " + MAX_LINE_BYTES
                    + " bytes without a line break; not a journal line");
        }
    }

    /**
     * The most workers one replay reads with: beyond a few, the replay's own thread, taking the runs
     * in order, is the bottleneck, and each worker holds runs of {@link #CHUNK_BYTES} read ahead.
     */
    static final int MAX_WORKERS = 4;

    /**
     * The runs of complete lines of one replay, read by a worker for each processor (at most
     * {@link #MAX_WORKERS}) and taken in file order. A worker reads each line in the common shape of
     * a pledge event ({@link LedgerJson.EventReader#readCommon}); the header and every other line
     * are read in the replay's thread, in order, as they are taken, so the first error reported is
     * the first in the file, and a later run read ahead is simply dropped.
     */
    private static final class Runs implements AutoCloseable {

        /** A run of lines, {@code bytes[from, to)}, in a chunk to read into again once it is taken if reusable. */
        private record Submitted(byte[] bytes, int from, boolean reusable, Future<StreamedEvents.Lines> common) {
        }

        private final String name;
        private final LedgerJson.EventReader reader = new LedgerJson.EventReader();
        /** The workers; null on one processor, where each run is read as it comes. */
        private final ExecutorService workers;
        private final int ahead;
        private final ArrayDeque<Submitted> submitted = new ArrayDeque<>();
        /**
         * The events taken, as rows ({@link EventBatch}): each event read is dropped once added, so
         * that a journal of millions keeps a few hundred arrays, not millions of objects, until the
         * ledger takes them.
         */
        private final EventBatch events = new EventBatch();
        /** The number of the next line to take. */
        private int line = 1;
        /** The chunks whose runs have been taken, to read into again: a replay allocates a few, not one for each run. */
        private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();

        Runs(String name) {
            this.name = name;
            int processors = Runtime.getRuntime().availableProcessors();
            int count = Math.min(processors, MAX_WORKERS);
            this.ahead = 2 * count;
            this.workers = count < 2 ? null : Executors.newFixedThreadPool(count, r -> {
                Thread worker = new Thread(r, "pledge-ledger journal reader");
                worker.setDaemon(true);
                return worker;
            });
        }

        /** A chunk of {@link #CHUNK_BYTES} to read into: one whose run was taken, or a new one. */
        byte[] chunk() {
            byte[] chunk = chunks.poll();
            return chunk != null ? chunk : new byte[CHUNK_BYTES];
        }

        /** Takes back a chunk from {@link #chunk()} that holds no run. */
        void reuse(byte[] chunk) {
            chunks.push(chunk);
        }

        /**
         * Adds the run of complete lines {@code bytes[from, to)}, each ending in its newline; the
         * caller no longer changes those bytes. A reusable array, a chunk from {@link #chunk()}, is
         * read into again once its run is taken.
         */
        void add(byte[] bytes, int from, int to, boolean reusable) {
            if (workers == null) {
                take(new Submitted(bytes, from, reusable, null), reader.readCommon(bytes, from, to));
                return;
            }
            submitted.add(new Submitted(bytes, from, reusable, workers.submit(() -> reader.readCommon(bytes, from, to))));
            if (submitted.size() > ahead) {
                takeFirst();
            }
        }

        /** Takes every run added. */
        void finish() {
            while (!submitted.isEmpty()) {
                takeFirst();
            }
        }

        private void takeFirst() {
            Submitted first = submitted.poll();
            StreamedEvents.Lines common;
            try {
                common = first.common().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException("Reading " + name + " was interrupted", new InterruptedIOException(e.getMessage()));
            } catch (ExecutionException e) {
                // a worker catches what a line can cause; anything else is passed on as it is
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
            take(first, common);
        }

        private void take(Submitted run, StreamedEvents.Lines common) {
            byte[] bytes = run.bytes();
            int start = run.from();
            for (int k = 0; k < common.ends().length; k++) {
                int end = common.ends()[k];
                if (line == 1) {
                    readHeader(new Line(name, line), bytes, start, end - start);
                } else if (!reader.addCommon(events, common, k)) {
                    events.add(reader.readTree(bytes, start, end - start, new Line(name, line)));
                }
                start = end + 1;
                line++;
            }
            if (run.reusable()) {
                chunks.push(bytes);
            }
        }

        @Override
        public void close() {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    /** A line of a journal, as errors name it ({@code journal.jsonl line 12}): the words are made only for an error. */
    private record Line(String name, int line) {

        @Override
        public String toString() {
            return name + " line " + line;
        }
    }

    private static void readHeader(Line where, byte[] bytes, int offset, int length) {
        // the header the library writes, matched by its bytes, needs no JSON mapper; any other is
        // read as JSON, which names what is wrong with it
        if (Arrays.equals(bytes, offset, offset + length, HEADER_BYTES, 0, HEADER_BYTES.length - 1)) {
            return;
        }
        JsonNode node;
        try {
            node = LedgerJson.mapper().readTree(bytes, offset, length);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject() || !SCHEMA.equals(node.path("schema").asString()) || node.size() != 1) {
            throw new IllegalArgumentException(where + ": header is " + new String(bytes, offset, length, StandardCharsets.UTF_8)
                    + "; expected " + HEADER.strip());
        }
    }

    /**
     * Returns the ledger the journal replays into and appends through.
     *
     * @return the ledger, never null
     */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * Returns the file.
     *
     * @return the path, never null
     */
    public Path file() {
        return file;
    }

    /**
     * Returns the torn last line found when the journal was opened, until {@link #recover()} cuts it away.
     *
     * @return the torn tail, or empty, never null
     */
    public synchronized Optional<TornTail> tornTail() {
        return Optional.ofNullable(torn);
    }

    /**
     * Cuts the torn last line away, so that appends can go on; nothing if there is none.
     *
     * @return the tail cut away, or empty, never null
     * @throws UncheckedIOException if the file cannot be truncated
     */
    public synchronized Optional<TornTail> recover() {
        requireOpen();
        TornTail cut = torn;
        if (cut != null) {
            try {
                channel.truncate(cut.offset());
                if (cut.offset() == 0) {
                    channel.write(ByteBuffer.wrap(HEADER.getBytes(StandardCharsets.UTF_8)), 0);
                }
                channel.force(true);
            } catch (IOException e) {
                failed = true;
                throw new UncheckedIOException("Cannot cut the torn tail of journal " + file, e);
            }
            torn = null;
        }
        return Optional.ofNullable(cut);
    }

    /**
     * Appends an event: applied to the ledger, then written as one line and forced to disk.
     *
     * @param event  the event, not null
     * @return true if written, false if the same event was already there (nothing written)
     * @throws IllegalArgumentException or IllegalStateException as {@link Ledger#append}: nothing is written
     * @throws IllegalStateException if the journal has a torn tail not yet recovered, is closed, or failed
     * @throws UncheckedIOException if the line cannot be written; the journal is then unusable
     */
    public synchronized boolean append(LedgerEvent event) {
        return appendAll(List.of(Objects.requireNonNull(event, "event"))) == 1;
    }

    /**
     * Appends events atomically, as {@link Ledger#appendAll} does, writing their lines in one go and
     * returning only after all of them are forced to disk: the way to write a journal in bulk.
     * <p>
     * {@code journal.appendAll(PledgeCsv.readPledges(reader, "pledges.csv"))}
     * <p>
     * Each line is made and read back, by the replay's own readers, before the ledger takes
     * anything, and the lines are held until they are written: while a batch is appended, its lines
     * take about as much memory again as their text (some 370 bytes an event of the W1M set).
     *
     * @param events  the events, not null, no null elements
     * @return how many were new and written (events already there are skipped)
     * @throws IllegalArgumentException or IllegalStateException as {@link Ledger#appendAll}: nothing is written
     * @throws IllegalArgumentException if an event's line would not read back as the event, such as
     *     one with a text longer than a replay reads ({@link LedgerJson}'s limits): nothing is
     *     appended or written
     * @throws IllegalStateException if the journal has a torn tail not yet recovered, is closed, or failed
     * @throws UncheckedIOException if the lines cannot be written; the journal is then unusable
     */
    public synchronized int appendAll(Collection<? extends LedgerEvent> events) {
        Objects.requireNonNull(events, "events");
        requireOpen();
        if (torn != null) {
            throw new IllegalStateException("Journal " + file.getFileName() + " has a torn last line (" + torn
                    + "); call recover() to cut it away before appending");
        }
        // the events the ledger will take as new, in its order: the first of each id not yet there
        Map<EventId, LedgerEvent> fresh = new LinkedHashMap<>();
        for (LedgerEvent e : events) {
            if (ledger.event(Objects.requireNonNull(e, "events element").id()).isEmpty()) {
                fresh.putIfAbsent(e.id(), e);
            }
        }
        List<LedgerEvent> written = new ArrayList<>(fresh.values());
        // made and read back before the ledger takes anything: a line the replay would refuse is
        // refused now, rather than written into a journal that could then not be opened
        List<byte[]> runs = lines(written);
        if (ledger.appendAll(events) == 0) {
            return 0;
        }
        try {
            long position = channel.size();
            for (byte[] run : runs) {
                ByteBuffer buffer = ByteBuffer.wrap(run);
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            }
            channel.force(true);
        } catch (IOException e) {
            failed = true;
            throw new UncheckedIOException(inMemoryOnly(written.size()), e);
        } catch (RuntimeException e) {
            failed = true;
            throw new IllegalStateException(inMemoryOnly(written.size()), e);
        }
        return written.size();
    }

    /**
     * The events' lines, in runs of about {@link #CHUNK_BYTES}, each line read back as a replay
     * reads it and compared with its event.
     *
     * @throws IllegalArgumentException naming the event whose line would not read back as itself
     */
    private static List<byte[]> lines(List<LedgerEvent> events) {
        LedgerJson.EventReader reader = new LedgerJson.EventReader();
        List<byte[]> runs = new ArrayList<>();
        ByteArrayOutputStream run = new ByteArrayOutputStream(CHUNK_BYTES);
        int first = 0;
        for (int i = 0; i < events.size(); i++) {
            LedgerEvent e = events.get(i);
            try {
                run.writeBytes(LedgerJson.mapper().writeValueAsBytes(LedgerJsonWriter.selfContained(e)));
            } catch (JacksonException failure) {
                throw new IllegalArgumentException("Event " + e.id() + " cannot be written as a journal line: "
                        + failure.getMessage() + "; nothing is appended", failure);
            }
            run.write('\n');
            if (run.size() >= CHUNK_BYTES || i == events.size() - 1) {
                byte[] bytes = run.toByteArray();
                readBack(reader, bytes, events.subList(first, i + 1));
                runs.add(bytes);
                run.reset();
                first = i + 1;
            }
        }
        return runs;
    }

    /** Checks that a run of lines reads back, by the replay's own readers, as the events it was written from. */
    private static void readBack(LedgerJson.EventReader reader, byte[] run, List<LedgerEvent> events) {
        StreamedEvents.Lines common = reader.readCommon(run);
        int start = 0;
        for (int k = 0; k < events.size(); k++) {
            LedgerEvent e = events.get(k);
            LedgerEvent read;
            try {
                read = reader.event(run, common, k, start, "its line");
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException("Event " + e.id() + " cannot be journalled, as a replay could not read it back: "
                        + refused.getMessage() + "; nothing is appended", refused);
            }
            if (!read.equals(e)) {
                throw new IllegalArgumentException("Event " + e.id() + " cannot be journalled: its line reads back as " + read
                        + ", not as the event; nothing is appended");
            }
            start = common.ends()[k] + 1;
        }
    }

    private String inMemoryOnly(int events) {
        return "Cannot write to journal " + file + "; " + events + (events == 1 ? " event is" : " events are")
                + " in memory only and the journal must be reopened";
    }

    private void requireOpen() {
        if (!channel.isOpen()) {
            throw new IllegalStateException("Journal " + file.getFileName() + " is closed");
        }
        if (failed) {
            throw new IllegalStateException("Journal " + file.getFileName() + " failed to write; reopen it");
        }
    }

    /**
     * Releases the lock and closes the file.
     */
    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close journal " + file, e);
        } finally {
            OPEN.remove(key);
        }
    }

    /**
     * Returns {@code Journal[deal.jsonl, 12 events]}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return "Journal[" + file.getFileName() + ", " + ledger.size() + " events" + (torn == null ? "" : ", torn tail at " + torn) + "]";
    }
}
