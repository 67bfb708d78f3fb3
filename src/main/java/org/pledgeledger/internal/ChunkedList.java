package org.pledgeledger.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list that only grows at its end, kept in arrays of at most {@link #CHUNK} elements, so that it
 * never copies itself into one larger array.
 * <p>
 * {@code ChunkedList<LedgerEvent> events = new ChunkedList<>(); events.add(e); events.get(0);}
 * <p>
 * An {@code ArrayList} of a million elements grows through a dozen arrays, each half as large
 * again as the one before; every one of them beyond half a MiB is "humongous" to G1, the default
 * collector, and those holding references are reclaimed only by a whole concurrent marking cycle.
 * While a journal of two million events was read, such copies were enough to start one of the
 * cycles. Here the first array grows up to {@code CHUNK} elements (128 KiB of compressed
 * references); every later one is allocated at that size once, and kept.
 * <p>
 * Nulls are refused. Not thread-safe: each list is filled by one thread, and handed on after.
 *
 * @param <E>  the element type
 */
public final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {

    /** The log2 of {@link #CHUNK}. */
    private static final int SHIFT = 15;
    /** The most elements one array holds: 32,768. */
    public static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST = 16;

    private Object[][] chunks = {new Object[FIRST]};
    private int size;

    /**
     * Creates an empty list.
     */
    public ChunkedList() {
    }

    /**
     * Adds an element at the end.
     *
     * @param element  the element, not null
     * @return true
     * @throws IllegalStateException if the list holds {@code Integer.MAX_VALUE} elements already
     */
    @Override
    public boolean add(E element) {
        Objects.requireNonNull(element, "element");
        if (size == Integer.MAX_VALUE) {
            throw new IllegalStateException("The list holds " + size + " elements, the most a list can");
        }
        int chunk = size >>> SHIFT;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunk + Math.max(4, chunk >> 1));
        }
        Object[] into = chunks[chunk];
        if (into == null) {
            into = chunks[chunk] = new Object[CHUNK];
        } else if (chunk == 0 && size == into.length) {
            into = chunks[0] = Arrays.copyOf(into, Math.min(CHUNK, 2 * size));
        }
        into[size & MASK] = element;
        size++;
        modCount++;
        return true;
    }

    /**
     * Returns the element at an index.
     *
     * @param index  the index, 0 to size - 1
     * @return the element, never null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    @Override
    @SuppressWarnings("unchecked") // only elements of E are added
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) chunks[index >>> SHIFT][index & MASK];
    }

    /**
     * Returns the elements in one new array, copied a chunk at a time.
     *
     * @return a new array of the elements in order, never null
     */
    @Override
    public Object[] toArray() {
        Object[] all = new Object[size];
        for (int from = 0; from < size; from += CHUNK) {
            System.arraycopy(chunks[from >>> SHIFT], 0, all, from, Math.min(CHUNK, size - from));
        }
        return all;
    }

    /**
     * Returns how many elements the list holds.
     *
     * @return the count, zero or more
     */
    @Override
    public int size() {
        return size;
    }
}
