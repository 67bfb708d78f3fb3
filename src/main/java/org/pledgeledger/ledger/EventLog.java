package org.pledgeledger.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.internal.PackedText;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Novelty;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.PledgePeriod;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;

/**
 * Events in the order they were added, each kept as a row of columns: the ledger's log, and a
 * batch's events before they are appended.
 * <p>
 * An event in a common shape (a pledge's announcement, commitment, delivery without a rate, pause,
 * resumption, withdrawal or fulfilment, under an id that packs into a {@code long}) is kept as
 * its kind, packed id, dates as days, basis, and references to the values it shares with other
 * events (its pledge id, source, amount or reason); an announcement's pledge, if it has no stated
 * equivalents or phasing and its amount's unscaled number fits a {@code long}, is kept as that
 * number and references to its pledger, sources and a {@link Shape} shared by the pledges alike
 * in the rest. The event object is not kept, and {@link #get(int)} makes an equal one when asked.
 * A delivery may also be added as its values, its amount as a number and a currency
 * ({@link #addDelivery}), and its amount is then made only when the event is asked for.
 * Any other event is kept whole. A row takes about 40 bytes where the objects of a status event
 * took about 120 and those of an announcement about 180, and a ledger of two million events keeps
 * a few hundred arrays rather than several million objects for the collector to trace.
 * <p>
 * Rows are kept in chunks of {@link #CHUNK}: the first grows, by copying, up to that size, and
 * every later one is made at that size and never copied (as in
 * {@link org.pledgeledger.internal.ChunkedList}). A row once written is not changed, but for its
 * pledge id, replaced by an equal one while no one else reads it ({@link #sharePledgeId}), so a
 * {@link #frozen()} view taken under the ledger's lock may read the rows below its size while later
 * rows are added; and a log may {@link #handOver()} its rows to another, which goes on from them.
 * <p>
 * Not thread-safe: the ledger writes it under its lock, a batch on its own thread.
 */
final class EventLog extends AbstractList<LedgerEvent> implements RandomAccess {

    /** The log2 of {@link #CHUNK}. */
    private static final int SHIFT = 14;
    /** The most rows one chunk holds: 16,384, so that its largest column (of longs) is 128 KiB. */
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST = 16;

    /** A row's kind: an event kept whole in {@link Chunk#a}; else the event's kind, as {@link PledgeFold} names them. */
    private static final byte WHOLE = 0;
    private static final byte ANNOUNCED = PledgeFold.ANNOUNCED;
    private static final byte COMMITTED = PledgeFold.COMMITTED;
    private static final byte DELIVERED = PledgeFold.DELIVERED;
    private static final byte PAUSED = PledgeFold.PAUSED;
    private static final byte RESUMED = PledgeFold.RESUMED;
    private static final byte WITHDRAWN = PledgeFold.WITHDRAWN;
    private static final byte FULFILLED = PledgeFold.FULFILLED;

    private static final Basis[] BASES = Basis.values();

    /** One chunk's columns, each {@code rows} long. */
    private static final class Chunk {

        final byte[] kind;
        /** The packed event id ({@link EventId#packed()}). */
        final long[] id;
        /** The effective and recorded dates as epoch days. */
        final int[] effective;
        final int[] recorded;
        final byte[] basis;
        /** The event itself (kept whole), its sources (an announcement), or its source. */
        final Object[] a;
        /** The pledge id. */
        final Object[] b;
        /**
         * A delivery's amount (or its number, if it was added as a number and currency), a pause's,
         * resumption's or withdrawal's reason, or an announcement's pledger.
         */
        final Object[] c;
        /** An announcement's {@link Shape}, or the currency of a delivery added as a number and currency. */
        final Object[] d;
        /** The unscaled number of an announcement's amount. */
        final long[] number;

        Chunk(int rows) {
            kind = new byte[rows];
            id = new long[rows];
            effective = new int[rows];
            recorded = new int[rows];
            basis = new byte[rows];
            a = new Object[rows];
            b = new Object[rows];
            c = new Object[rows];
            d = new Object[rows];
            number = new long[rows];
        }

        Chunk(Chunk from, int rows) {
            kind = Arrays.copyOf(from.kind, rows);
            id = Arrays.copyOf(from.id, rows);
            effective = Arrays.copyOf(from.effective, rows);
            recorded = Arrays.copyOf(from.recorded, rows);
            basis = Arrays.copyOf(from.basis, rows);
            a = Arrays.copyOf(from.a, rows);
            b = Arrays.copyOf(from.b, rows);
            c = Arrays.copyOf(from.c, rows);
            d = Arrays.copyOf(from.d, rows);
            number = Arrays.copyOf(from.number, rows);
        }

        int rows() {
            return kind.length;
        }
    }

    /**
     * What the pledges of many announcements have alike: beneficiary, currency, scale of the
     * amount, sectors, period and novelty. Equal shapes are kept once ({@link #shapes}); its
     * {@code equals} and {@code hashCode} are written out, as a record's are linked at first call
     * through method handles.
     */
    private static final class Shape {

        final String beneficiary;
        final CurrencyUnit currency;
        final int scale;
        final Set<Sector> sectors;
        final PledgePeriod period;
        final Novelty novelty;
        private final int hash;

        Shape(Pledge p) {
            beneficiary = p.beneficiary();
            currency = p.currency();
            scale = p.amountNumber().scale();
            sectors = p.sectors();
            period = p.period();
            novelty = p.novelty();
            hash = ((((beneficiary.hashCode() * 31 + currency.hashCode()) * 31 + scale) * 31 + sectors.hashCode()) * 31
                    + period.hashCode()) * 31 + novelty.hashCode();
        }

        @Override
        public boolean equals(Object obj) {
            // a reader shares most of these values, so most compare as the same object
            return obj instanceof Shape o && hash == o.hash && scale == o.scale && same(beneficiary, o.beneficiary)
                    && same(currency, o.currency) && same(sectors, o.sectors) && same(period, o.period) && same(novelty, o.novelty);
        }

        private static boolean same(Object a, Object b) {
            return a == b || a.equals(b);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private Chunk[] chunks;
    private int size;
    /** How many of the rows are corrections: none, in most logs, and then no timeline need be searched for one. */
    private int corrections;
    /** Each shape kept, once; null in a frozen log, which adds nothing. */
    private Map<Shape, Shape> shapes;
    /**
     * The shapes met lately, by the identities of their sectors, period and currency, and their
     * scale ({@link #shapeOf}): a reader shares these values, so most pledges find their shape
     * here without hashing its sectors' names; null in a frozen log.
     */
    private Shape[] recentShapes;
    private static final int RECENT_SHAPES = 256;
    /** Whether nothing may be added or forgotten: a {@link #frozen()} view, or a log {@link #handOver() handed over}. */
    private boolean frozen;

    /**
     * Creates an empty log.
     */
    EventLog() {
        this(new Chunk[] {new Chunk(FIRST)}, 0, 0, false);
    }

    private EventLog(Chunk[] chunks, int size, int corrections, boolean frozen) {
        this.chunks = chunks;
        this.size = size;
        this.corrections = corrections;
        this.frozen = frozen;
        this.shapes = frozen ? null : new HashMap<>();
        this.recentShapes = frozen ? null : new Shape[RECENT_SHAPES];
    }

    /**
     * Returns a view of the events now in the log, which later additions do not change: taken under
     * the ledger's lock, it may be read outside it while the log grows, as rows once written are
     * not changed (the first chunk, when it grows, is copied whole into a new one).
     *
     * @return the view, to read only, never null
     */
    EventLog frozen() {
        return new EventLog(chunks, size, corrections, true);
    }

    /**
     * Hands the rows over to a new log, which goes on from them; this log keeps them to read, and
     * is frozen (as {@link #frozen()}): the rows are then the new log's, and no longer copied.
     *
     * @return the log that goes on from these rows, never null
     * @throws IllegalStateException if this log is frozen
     */
    EventLog handOver() {
        requireNotFrozen();
        EventLog taker = new EventLog(chunks, size, corrections, false);
        taker.shapes = shapes;
        taker.recentShapes = recentShapes;
        frozen = true;
        shapes = null;
        recentShapes = null;
        return taker;
    }

    /**
     * Returns a new log holding copies of these rows, to add to.
     *
     * @return the copy, never null
     */
    EventLog copy() {
        EventLog copy = new EventLog();
        for (int p = 0; p < size; p++) {
            copy.addRow(this, p);
        }
        return copy;
    }

    /**
     * Checks whether nothing may be added to the log.
     *
     * @return true for a frozen view or a log handed over
     */
    boolean isFrozen() {
        return frozen;
    }

    private void requireNotFrozen() {
        if (frozen) {
            throw new IllegalStateException("This is a view of a log as it was, to read only");
        }
    }

    /**
     * Adds an event at the end, as a row if its shape is common, else whole.
     *
     * @param event  the event, not null
     * @return true
     * @throws IllegalStateException if the log holds {@code Integer.MAX_VALUE} events already
     */
    @Override
    public boolean add(LedgerEvent event) {
        Objects.requireNonNull(event, "event");
        Chunk chunk = next();
        int row = size & MASK;
        // each date's day worked out once: it is not a field of a date
        long effective = event.effective().toEpochDay();
        long recorded = event.recorded().toEpochDay();
        byte kind = kindOf(event, effective, recorded);
        if (kind == WHOLE) {
            chunk.a[row] = event;
            corrections += event instanceof Correction ? 1 : 0;
        } else {
            writeCommon(chunk, row, event.id().packed(), effective, recorded, event.basis(), ((PledgeEvent) event).pledgeId());
            if (event instanceof PledgeEvent.Announced e) {
                Pledge p = e.pledge();
                chunk.a[row] = p.sources();
                chunk.c[row] = p.pledger();
                chunk.d[row] = shapeOf(p);
                // the unscaled number, without the BigInteger that unscaledValue() would make
                BigDecimal number = p.amountNumber();
                chunk.number[row] = number.movePointRight(number.scale()).longValueExact();
            } else {
                chunk.a[row] = event.source();
                if (event instanceof PledgeEvent.DeliveryRecorded e) {
                    chunk.c[row] = e.amount();
                } else if (event instanceof LedgerEvent.Reasoned e) {
                    chunk.c[row] = e.reason();
                }
            }
        }
        chunk.kind[row] = kind;
        size++;
        modCount++;
        return true;
    }

    /**
     * Adds a delivery without a rate, its amount given as a number and a currency: the event that
     * {@link #add} would add for it, kept as a row of the number and currency where its id packs
     * and its days fit, so that no amount is made until the event is asked for.
     *
     * @throws IllegalArgumentException if a value breaks a rule of
     *     {@link PledgeEvent.DeliveryRecorded}, with nothing added
     * @throws IllegalStateException if the log holds {@code Integer.MAX_VALUE} events already
     */
    void addDelivery(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis,
            BigDecimal number, CurrencyUnit currency) {
        PledgeEvent.DeliveryRecorded.requireValid(id, pledgeId, effective, recorded, source, basis, number, currency);
        long effectiveDay = effective.toEpochDay();
        long recordedDay = recorded.toEpochDay();
        if (id.packed() == PackedText.NOT_PACKED || effectiveDay != (int) effectiveDay || recordedDay != (int) recordedDay) {
            add(new PledgeEvent.DeliveryRecorded(id, pledgeId, effective, recorded, source, basis, Amounts.of(number, currency),
                    Optional.empty()));
            return;
        }
        Chunk chunk = next();
        int row = size & MASK;
        writeCommon(chunk, row, id.packed(), effectiveDay, recordedDay, basis, pledgeId);
        chunk.a[row] = source;
        chunk.c[row] = number;
        chunk.d[row] = currency;
        chunk.kind[row] = DELIVERED;
        size++;
        modCount++;
    }

    /** Writes the columns every row of a pledge event has: its packed id, its days (which fit an {@code int}), basis and pledge id. */
    private static void writeCommon(Chunk chunk, int row, long packedId, long effective, long recorded, Basis basis, PledgeId pledgeId) {
        chunk.id[row] = packedId;
        chunk.effective[row] = (int) effective;
        chunk.recorded[row] = (int) recorded;
        chunk.basis[row] = (byte) basis.ordinal();
        chunk.b[row] = pledgeId;
    }

    /** A delivery's amount: the one of the event added, or one made of the number and currency added ({@link #addDelivery}). */
    private static MonetaryAmount deliveredAmount(Chunk chunk, int row) {
        Object c = chunk.c[row];
        return c instanceof BigDecimal number ? Amounts.of(number, (CurrencyUnit) chunk.d[row]) : (MonetaryAmount) c;
    }

    /**
     * Adds a row of another log at the end, as it is kept there: a batch's rows are appended
     * without making their events.
     *
     * @param from  the log, not null
     * @param position  the row's position in it
     * @throws IndexOutOfBoundsException if the position is out of range
     */
    void addRow(EventLog from, int position) {
        Objects.checkIndex(position, from.size);
        Chunk source = from.chunks[position >>> SHIFT];
        int at = position & MASK;
        Chunk chunk = next();
        int row = size & MASK;
        chunk.kind[row] = source.kind[at];
        chunk.id[row] = source.id[at];
        chunk.effective[row] = source.effective[at];
        chunk.recorded[row] = source.recorded[at];
        chunk.basis[row] = source.basis[at];
        chunk.a[row] = source.a[at];
        chunk.b[row] = source.b[at];
        chunk.c[row] = source.c[at];
        chunk.d[row] = source.d[at];
        chunk.number[row] = source.number[at];
        corrections += source.kind[at] == WHOLE && source.a[at] instanceof Correction ? 1 : 0;
        size++;
        modCount++;
    }

    /** The shape kept of a pledge's shape: found among the recent ones by the identities of its parts, else by its hash. */
    private Shape shapeOf(Pledge p) {
        Set<Sector> sectors = p.sectors();
        PledgePeriod period = p.period();
        CurrencyUnit currency = p.currency();
        int scale = p.amountNumber().scale();
        int k = ((System.identityHashCode(sectors) * 31 + System.identityHashCode(period)) * 31 + System.identityHashCode(currency)
                + scale) & (RECENT_SHAPES - 1);
        Shape recent = recentShapes[k];
        if (recent != null && recent.sectors == sectors && recent.period == period && recent.currency == currency && recent.scale == scale
                && recent.beneficiary == p.beneficiary() && recent.novelty == p.novelty()) {
            return recent;
        }
        Shape shape = shapes.computeIfAbsent(new Shape(p), s -> s);
        recentShapes[k] = shape;
        return shape;
    }

    /** The chunk the next row goes in, made or grown as needed. */
    private Chunk next() {
        requireNotFrozen();
        if (size == Integer.MAX_VALUE) {
            throw new IllegalStateException("The log holds " + size + " events, the most it can");
        }
        int index = size >>> SHIFT;
        if (index == chunks.length) {
            chunks = Arrays.copyOf(chunks, index + Math.max(4, index >> 1));
        }
        Chunk chunk = chunks[index];
        if (chunk == null) {
            chunk = chunks[index] = new Chunk(CHUNK);
        } else if (index == 0 && size == chunk.rows()) {
            chunk = chunks[0] = new Chunk(chunk, Math.min(CHUNK, 2 * size));
        }
        return chunk;
    }

    /**
     * Forgets the rows from a size on, as if they had never been added: an append that was
     * rejected leaves the log as it was.
     *
     * @param newSize  the size to go back to, 0 to size
     * @throws IndexOutOfBoundsException if it is beyond the size or negative
     */
    void truncate(int newSize) {
        requireNotFrozen();
        Objects.checkIndex(newSize, size + 1);
        for (int p = newSize; p < size; p++) {
            Chunk chunk = chunks[p >>> SHIFT];
            int row = p & MASK;
            corrections -= chunk.kind[row] == WHOLE && chunk.a[row] instanceof Correction ? 1 : 0;
            // dropped references, so that the values of rejected events are not kept alive
            chunk.a[row] = null;
            chunk.b[row] = null;
            chunk.c[row] = null;
            chunk.d[row] = null;
        }
        size = newSize;
        modCount++;
    }

    /** The kind a row of the event would have, its dates being these days: {@link #WHOLE} unless every field fits a row. */
    private static byte kindOf(LedgerEvent event, long effective, long recorded) {
        // a day that fits an int: any date within five million years of 1970
        if (!(event instanceof PledgeEvent e) || event.id().packed() == PackedText.NOT_PACKED || effective != (int) effective
                || recorded != (int) recorded) {
            return WHOLE;
        }
        byte kind = PledgeFold.kindOf(e);
        if (kind == ANNOUNCED) {
            Pledge p = ((PledgeEvent.Announced) e).pledge();
            // an unscaled number of at most 18 digits fits a long
            return p.equivalents().isEmpty() && !p.isPhasingStated() && p.amountNumber().precision() <= 18 ? ANNOUNCED : WHOLE;
        }
        if (kind == DELIVERED) {
            return ((PledgeEvent.DeliveryRecorded) e).rate().isEmpty() ? DELIVERED : WHOLE;
        }
        // a revision is rare, and kept whole
        return kind == PledgeFold.REVISED ? WHOLE : kind;
    }

    /**
     * Returns the event at a position: the one kept whole, or one made from its row, equal to the
     * event added.
     *
     * @param index  the position, 0 to size - 1
     * @return the event, never null
     * @throws IndexOutOfBoundsException if the position is out of range
     */
    @Override
    public LedgerEvent get(int index) {
        Objects.checkIndex(index, size);
        Chunk chunk = chunks[index >>> SHIFT];
        int row = index & MASK;
        byte kind = chunk.kind[row];
        if (kind == WHOLE) {
            return (LedgerEvent) chunk.a[row];
        }
        EventId id = EventId.ofPacked(chunk.id[row]);
        LocalDate recorded = LocalDate.ofEpochDay(chunk.recorded[row]);
        Basis basis = BASES[chunk.basis[row]];
        if (kind == ANNOUNCED) {
            return new PledgeEvent.Announced(id, pledge(chunk, row), recorded, basis);
        }
        LocalDate effective = LocalDate.ofEpochDay(chunk.effective[row]);
        Source source = (Source) chunk.a[row];
        PledgeId pledge = (PledgeId) chunk.b[row];
        Object c = chunk.c[row];
        return switch (kind) {
            case COMMITTED -> new PledgeEvent.Committed(id, pledge, effective, recorded, source, basis);
            case DELIVERED -> new PledgeEvent.DeliveryRecorded(id, pledge, effective, recorded, source, basis, deliveredAmount(chunk, row),
                    Optional.empty());
            case PAUSED -> new PledgeEvent.Paused(id, pledge, effective, recorded, source, basis, (String) c);
            case RESUMED -> new PledgeEvent.Resumed(id, pledge, effective, recorded, source, basis, (String) c);
            case WITHDRAWN -> new PledgeEvent.Withdrawn(id, pledge, effective, recorded, source, basis, (String) c);
            case FULFILLED -> new PledgeEvent.Fulfilled(id, pledge, effective, recorded, source, basis);
            default -> throw new IllegalStateException("Row " + index + " has kind " + kind + ", which no event has");
        };
    }

    /** The pledge of an announcement's row, made from it. */
    @SuppressWarnings("unchecked") // only a pledge's sources are kept there
    private static Pledge pledge(Chunk chunk, int row) {
        Shape shape = (Shape) chunk.d[row];
        return Pledge.builder((PledgeId) chunk.b[row], (Party) chunk.c[row], shape.beneficiary,
                BigDecimal.valueOf(chunk.number[row], shape.scale), shape.currency, LocalDate.ofEpochDay(chunk.effective[row]))
                .sectors(shape.sectors).period(shape.period).novelty(shape.novelty).sources((List<Source>) chunk.a[row]).build();
    }

    /**
     * Returns how many events the log holds.
     *
     * @return the count, zero or more
     */
    @Override
    public int size() {
        return size;
    }

    // Questions about a row that read its columns and make no event.

    /** The event kept whole at a position, or null if it is kept as a row. */
    private LedgerEvent whole(int position) {
        Chunk chunk = chunks[position >>> SHIFT];
        int row = position & MASK;
        return chunk.kind[row] == WHOLE ? (LedgerEvent) chunk.a[row] : null;
    }

    /**
     * Returns the hash code of the id of the event at a position, as {@link EventId#hashCode()} gives it.
     *
     * @param position  the position, 0 to size - 1
     * @return the hash code
     */
    int idHash(int position) {
        LedgerEvent whole = whole(position);
        return whole != null ? whole.id().hashCode() : EventId.hashOfPacked(chunks[position >>> SHIFT].id[position & MASK]);
    }

    /**
     * Checks whether the event at a position has an id.
     *
     * @param position  the position, 0 to size - 1
     * @param id  the id, not null
     * @return true if its id equals the given one
     */
    boolean hasId(int position, EventId id) {
        LedgerEvent whole = whole(position);
        return whole != null ? whole.id().equals(id) : id.packed() == chunks[position >>> SHIFT].id[position & MASK];
    }

    /**
     * Checks whether the events at two positions have the same id.
     *
     * @param p  a position, 0 to size - 1
     * @param q  another position, 0 to size - 1
     * @return true if their ids are equal
     */
    boolean sameId(int p, int q) {
        LedgerEvent whole = whole(q);
        if (whole != null) {
            return hasId(p, whole.id());
        }
        long packed = chunks[q >>> SHIFT].id[q & MASK];
        whole = whole(p);
        return whole != null ? whole.id().packed() == packed : chunks[p >>> SHIFT].id[p & MASK] == packed;
    }

    /**
     * Returns the id of the event at a position.
     *
     * @param position  the position, 0 to size - 1
     * @return the id, never null
     */
    EventId id(int position) {
        LedgerEvent whole = whole(position);
        return whole != null ? whole.id() : EventId.ofPacked(chunks[position >>> SHIFT].id[position & MASK]);
    }

    /**
     * Returns the effective date of the event at a position, as an epoch day.
     *
     * @param position  the position, 0 to size - 1
     * @return the day
     */
    long effectiveDay(int position) {
        LedgerEvent whole = whole(position);
        return whole != null ? whole.effective().toEpochDay() : chunks[position >>> SHIFT].effective[position & MASK];
    }

    /**
     * Returns the recorded date of the event at a position, as an epoch day.
     *
     * @param position  the position, 0 to size - 1
     * @return the day
     */
    long recordedDay(int position) {
        LedgerEvent whole = whole(position);
        return whole != null ? whole.recorded().toEpochDay() : chunks[position >>> SHIFT].recorded[position & MASK];
    }

    /**
     * Checks whether the event at a position opens its subject's timeline ({@link Timeline#opens}).
     *
     * @param position  the position, 0 to size - 1
     * @return true for a pledge's announcement or an agreement's record
     */
    boolean opens(int position) {
        LedgerEvent whole = whole(position);
        return whole != null ? Timeline.opens(whole) : chunks[position >>> SHIFT].kind[position & MASK] == ANNOUNCED;
    }

    /**
     * Checks whether the event at a position is a correction.
     *
     * @param position  the position, 0 to size - 1
     * @return true for a {@link Correction}
     */
    boolean isCorrection(int position) {
        return corrections > 0 && whole(position) instanceof Correction;
    }

    /**
     * Checks whether any event in the log is a correction.
     *
     * @return true if one is
     */
    boolean hasCorrections() {
        return corrections > 0;
    }

    /**
     * Checks whether the event at a position is about a pledge or an agreement, which must follow
     * their subject's opening event.
     *
     * @param position  the position, 0 to size - 1
     * @return true for a {@link PledgeEvent} or an {@link AgreementEvent}
     */
    boolean isPledgeOrAgreementEvent(int position) {
        LedgerEvent whole = whole(position);
        return whole == null || whole instanceof PledgeEvent || whole instanceof AgreementEvent;
    }

    /**
     * Returns the pledge id of the event at a position, read from its row, or null if it is kept
     * whole: the subject of every row is a pledge.
     *
     * @param position  the position, 0 to size - 1
     * @return the pledge id, or null
     */
    PledgeId rowPledgeId(int position) {
        Chunk chunk = chunks[position >>> SHIFT];
        int row = position & MASK;
        return chunk.kind[row] == WHOLE ? null : (PledgeId) chunk.b[row];
    }

    /**
     * Returns the pledge announced by the event at a position.
     *
     * @param position  the position of a pledge's announcement, 0 to size - 1
     * @return the pledge, never null
     * @throws IllegalArgumentException if the event there is not an announcement
     */
    Pledge announcedPledge(int position) {
        Chunk chunk = chunks[position >>> SHIFT];
        int row = position & MASK;
        if (chunk.kind[row] == ANNOUNCED) {
            return pledge(chunk, row);
        }
        if (chunk.kind[row] == WHOLE && chunk.a[row] instanceof PledgeEvent.Announced a) {
            return a.pledge();
        }
        throw new IllegalArgumentException("Event " + id(position) + " at " + position + " is not a pledge's announcement");
    }

    /**
     * Replaces the pledge id of a row with an equal one, so that the events of one pledge share one
     * id rather than each keeping its own; only while the row is not yet seen by any reader.
     *
     * @param position  the position of a row
     * @param id  an equal pledge id, not null
     * @throws IllegalArgumentException if the event there is kept whole, or the ids differ
     */
    void sharePledgeId(int position, PledgeId id) {
        Chunk chunk = chunks[position >>> SHIFT];
        int row = position & MASK;
        if (chunk.kind[row] == WHOLE || !id.equals(chunk.b[row])) {
            throw new IllegalArgumentException("Row " + position + " is not a row of an event of pledge " + id);
        }
        chunk.b[row] = id;
    }

    /**
     * Returns a pledge's events at some positions as {@link PledgeFold} reads them, from their rows:
     * an event is made only where the fold asks for it (an error's words), or kept whole.
     *
     * @param positions  the positions of a pledge's events, in {@linkplain Timeline timeline order}; not copied
     * @return the steps, never null
     */
    PledgeFold.Steps steps(int[] positions) {
        return new PledgeFold.Steps() {

            @Override
            public int size() {
                return positions.length;
            }

            @Override
            public PledgeEvent event(int i) {
                return (PledgeEvent) get(positions[i]);
            }

            @Override
            public int kind(int i) {
                int p = positions[i];
                byte kind = chunks[p >>> SHIFT].kind[p & MASK];
                return kind != WHOLE ? kind : PledgeFold.kindOf(event(i));
            }

            @Override
            public long effectiveDay(int i) {
                return EventLog.this.effectiveDay(positions[i]);
            }

            @Override
            public Basis basis(int i) {
                int p = positions[i];
                Chunk chunk = chunks[p >>> SHIFT];
                return chunk.kind[p & MASK] != WHOLE ? BASES[chunk.basis[p & MASK]] : event(i).basis();
            }

            @Override
            public Pledge pledge(int i) {
                return announcedPledge(positions[i]);
            }

            @Override
            public CurrencyUnit pledgeCurrency(int i) {
                int p = positions[i];
                Chunk chunk = chunks[p >>> SHIFT];
                return chunk.kind[p & MASK] == ANNOUNCED ? ((Shape) chunk.d[p & MASK]).currency
                        : ((PledgeEvent.Announced) event(i)).pledge().currency();
            }

            @Override
            public BigDecimal pledgedNumber(int i) {
                int p = positions[i];
                Chunk chunk = chunks[p >>> SHIFT];
                return chunk.kind[p & MASK] == ANNOUNCED ? BigDecimal.valueOf(chunk.number[p & MASK], ((Shape) chunk.d[p & MASK]).scale)
                        : ((PledgeEvent.Announced) event(i)).pledge().amountNumber();
            }

            @Override
            public BigDecimal deliveredNumber(int i, CurrencyUnit pledgeCurrency) {
                int p = positions[i];
                Chunk chunk = chunks[p >>> SHIFT];
                if (chunk.kind[p & MASK] == DELIVERED) {
                    Object c = chunk.c[p & MASK];
                    // a number added as it was read, or the amount's: equal numbers, whatever their scales
                    if (c instanceof BigDecimal number) {
                        Object currency = chunk.d[p & MASK];
                        if (currency == pledgeCurrency || currency.equals(pledgeCurrency)) {
                            return number;
                        }
                    } else if (((MonetaryAmount) c).getCurrency().equals(pledgeCurrency)) {
                        return Amounts.number((MonetaryAmount) c);
                    }
                }
                // kept whole, or in another currency: the event says how, or why not
                return Amounts.number(((PledgeEvent.DeliveryRecorded) event(i)).deliveredIn(pledgeCurrency));
            }
        };
    }

    /**
     * Compares the events at two positions in {@linkplain Timeline timeline order}: effective date, the opening
     * event first, then recorded date.
     *
     * @param p  a position
     * @param q  another position
     * @return negative, zero or positive as the first sorts before, with, or after the second
     */
    int compareInOrder(int p, int q) {
        int c = Long.compare(effectiveDay(p), effectiveDay(q));
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(!opens(p), !opens(q));
        return c != 0 ? c : Long.compare(recordedDay(p), recordedDay(q));
    }
}
