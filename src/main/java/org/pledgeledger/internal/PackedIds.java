package org.pledgeledger.internal;

import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * How the library's own packages read a pledge id's packed slug, which {@code PledgeId} keeps
 * private, so that a set of a million ids may keep their packed {@code long}s rather than the ids.
 * <p>
 * {@code long key = PackedIds.pledgeId(PledgeId.of("w123"));}
 * <p>
 * {@code PledgeId} registers the reading once, when its class is initialised: any id passed here
 * has been made, so its class has been initialised. Not API: the module does not export this
 * package, and a class-path user should not call it.
 * <p>
 * This class is thread-safe.
 */
public final class PackedIds {

    private static volatile ToLongFunction<Object> pledgeIds;

    private PackedIds() {
    }

    /**
     * Registers how a pledge id's packed slug is read; called once, by {@code PledgeId}.
     *
     * @param packed  returns an id's packed slug, or {@link PackedText#NOT_PACKED}, not null
     * @throws IllegalStateException if a reading is registered already
     */
    public static synchronized void registerPledgeIds(ToLongFunction<Object> packed) {
        Objects.requireNonNull(packed, "packed");
        if (pledgeIds != null) {
            throw new IllegalStateException("How pledge ids are packed is registered already");
        }
        pledgeIds = packed;
    }

    /**
     * Returns a pledge id's packed slug.
     *
     * @param id  a pledge id, not null
     * @return the packed slug, more than zero; or {@link PackedText#NOT_PACKED} for a slug too long
     *     to pack, which the id holds as text
     * @throws IllegalStateException if no pledge id has been made yet
     */
    public static long pledgeId(Object id) {
        Objects.requireNonNull(id, "id");
        ToLongFunction<Object> packed = pledgeIds;
        if (packed == null) {
            throw new IllegalStateException("No pledge id has been made, so none can be packed");
        }
        return packed.applyAsLong(id);
    }
}
