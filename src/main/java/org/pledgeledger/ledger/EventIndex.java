package org.pledgeledger.ledger;

import java.util.Objects;

/**
 * Finds the events of a log by their ids: an open-addressing table of the events' positions.
 * <p>
 * A ledger of millions of events needs its ids indexed, and a {@code HashMap} spends about
 * 40 bytes an event on its node and table; this table spends 12 to 16 (a {@code long} slot of
 * the id's hash and the event's position, at a load between a third and two thirds). A probe
 * compares the hash in the slot and reads the event's id from the log only when it matches;
 * growing reads no event.
 * <p>
 * This class is mutable and not thread-safe: the ledger guards it with its lock. An event indexed
 * must stay in the log where it is.
 */
final class EventIndex {

    private static final int MIN_CAPACITY = 16;

    private final EventLog events;
    /** Slots of (id hash << 32 | position + 1), zero when empty; the length is a power of two. */
    private long[] slots;
    private int size;

    /**
     * Creates an empty index over a log; positions are added with {@link #add(int)}.
     *
     * @param events  the log whose events are indexed, not null
     */
    EventIndex(EventLog events) {
        this(events, 0);
    }

    /**
     * Creates an empty index over a log, with room for some positions before it grows: a batch of
     * a million events is indexed without growing (and rehashing) the table ten times on the way.
     *
     * @param events  the log whose events are indexed, not null
     * @param expected  the positions expected, zero or more
     * @throws IllegalArgumentException if expected is negative or beyond what a table can hold
     */
    EventIndex(EventLog events, int expected) {
        this.events = Objects.requireNonNull(events, "events");
        if (expected < 0 || expected > MAX_EXPECTED) {
            throw new IllegalArgumentException("Expected positions " + expected + " are not between 0 and " + MAX_EXPECTED);
        }
        // the least power of two that holds them at a load of at most two thirds, as add keeps it
        int capacity = MIN_CAPACITY;
        while (2L * capacity < 3L * expected) {
            capacity *= 2;
        }
        this.slots = new long[capacity];
    }

    /** The most positions an index is made ready for: its table stays within an array's length. */
    static final int MAX_EXPECTED = 1 << 29;

    /**
     * Returns the number of events indexed.
     *
     * @return the count
     */
    int size() {
        return size;
    }

    /**
     * Returns the position of the indexed event with an id.
     *
     * @param id  the id, not null
     * @return the position in the log, or -1 if no indexed event has that id
     */
    int positionOf(EventId id) {
        return find(id.hashCode(), id, -1);
    }

    /**
     * Returns the position of the indexed event whose id is that of the event at a position of the
     * log, indexed or not: as {@link #positionOf(EventId)}, without making the id.
     *
     * @param position  the position in the log
     * @return the position of the indexed event with that id, or -1 if none
     */
    int positionOfIdAt(int position) {
        return find(events.idHash(position), null, position);
    }

    /** Probes for an id of a hash: the id given, or else that of the event at the position given. */
    private int find(int hash, EventId id, int position) {
        int mask = slots.length - 1;
        for (int i = HashSlots.spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            int at = HashSlots.number(slot);
            if (HashSlots.hash(slot) == hash && (id != null ? events.hasId(at, id) : events.sameId(at, position))) {
                return at;
            }
        }
    }

    /**
     * Returns the indexed event with an id.
     *
     * @param id  the id, not null
     * @return the event, or null if none has that id
     */
    LedgerEvent get(EventId id) {
        int position = positionOf(id);
        return position < 0 ? null : events.get(position);
    }

    /**
     * Checks whether an event with an id is indexed.
     *
     * @param id  the id, not null
     * @return true if one is
     */
    boolean contains(EventId id) {
        return positionOf(id) >= 0;
    }

    /**
     * Indexes the event at a position of the log, whose id no indexed event has.
     *
     * @param position  the position, from zero
     * @throws IllegalArgumentException if an indexed event already has that id
     */
    void add(int position) {
        if (addIfAbsent(position) >= 0) {
            throw new IllegalArgumentException("Event id " + events.id(position) + " is already indexed");
        }
    }

    /**
     * Indexes the event at a position of the log, unless an indexed event has its id: one probe
     * of the table, where finding it first and then adding it would take two.
     *
     * @param position  the position, from zero
     * @return -1 if indexed, else the position of the indexed event with the same id (this one is not indexed)
     */
    int addIfAbsent(int position) {
        return addIfAbsent(position, events.idHash(position));
    }

    /** {@link #addIfAbsent(int)}, the hash of the event's id given. */
    private int addIfAbsent(int position, int hash) {
        int i = probe(hash);
        for (int mask = slots.length - 1; slots[i] != 0; i = (i + 1) & mask) {
            if (HashSlots.hash(slots[i]) == hash && events.sameId(HashSlots.number(slots[i]), position)) {
                return HashSlots.number(slots[i]);
            }
        }
        // the table grows only for an id it takes, and the free slot is then found again
        if (3L * (size + 1) > 2L * slots.length) {
            slots = HashSlots.doubled(slots);
            i = probe(hash);
            while (slots[i] != 0) {
                i = (i + 1) & (slots.length - 1);
            }
        }
        slots[i] = HashSlots.slot(hash, position);
        size++;
        return -1;
    }

    /**
     * Indexes the events at positions {@code from} up to {@code to} in turn, as
     * {@link #addIfAbsent} indexes each, and stops at the first whose id is indexed already.
     * <p>
     * The positions are taken in blocks: each block's hashes are worked out and its first slots
     * read before any is indexed, so that those reads, each likely to miss the cache in a table of
     * millions, overlap rather than wait for memory one at a time.
     *
     * @param from  the first position
     * @param to  the position after the last
     * @return -1 if every one was indexed, else the first position whose id was indexed already
     *     (positions before it are indexed, it and those after it are not)
     */
    int addAllIfAbsent(int from, int to) {
        int[] hashes = new int[BLOCK];
        for (int block = from; block < to; block += BLOCK) {
            int end = Math.min(to, block + BLOCK);
            long read = 0;
            for (int p = block; p < end; p++) {
                int hash = events.idHash(p);
                hashes[p - block] = hash;
                read |= slots[probe(hash)];
            }
            // kept, so that the compiler keeps the reads
            lastRead = read;
            for (int p = block; p < end; p++) {
                if (addIfAbsent(p, hashes[p - block]) >= 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** The positions {@link #addAllIfAbsent} takes at a time: enough reads to overlap, few enough to stay in the cache. */
    private static final int BLOCK = 64;

    /** What the last block's first reads found, kept only so that they are made. */
    private long lastRead;

    /** Where probing for a hash starts. */
    private int probe(int hash) {
        return HashSlots.spread(hash) & (slots.length - 1);
    }
}
