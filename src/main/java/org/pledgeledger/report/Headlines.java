package org.pledgeledger.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.pledgeledger.model.Headline;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.model.PledgeId;

/**
 * A set of headlines checked to nest properly: every part is part of one headline at most, and no
 * headline contains itself.
 * <pre>{@code
 *   Headlines headlines = Headlines.of(tpd150bn, usTech31bn);
 *   headlines.tops();   // [tpd-150bn]: the headlines no other headline contains
 * }</pre>
 * A part listed under two headlines that do not contain one another would be counted twice by
 * any total, so it is rejected, naming both.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Headlines {

    private final Map<HeadlineId, Headline> headlines;
    private final Map<Object, HeadlineId> parentOf;

    private Headlines(Map<HeadlineId, Headline> headlines, Map<Object, HeadlineId> parentOf) {
        this.headlines = Collections.unmodifiableMap(new TreeMap<>(headlines));
        this.parentOf = Map.copyOf(parentOf);
    }

    /**
     * Returns the set of the given headlines.
     *
     * @param headlines  the headlines, not null
     * @return the set, never null
     * @throws IllegalArgumentException if two headlines share an id, a headline names an unknown
     *     smaller headline, a part is listed under two headlines, or headlines contain one another in a cycle
     */
    public static Headlines of(Headline... headlines) {
        return of(List.of(headlines));
    }

    /**
     * Returns the set of the given headlines.
     *
     * @param headlines  the headlines, not null
     * @return the set, never null
     * @throws IllegalArgumentException as {@link #of(Headline...)}
     */
    public static Headlines of(List<Headline> headlines) {
        Objects.requireNonNull(headlines, "headlines");
        Map<HeadlineId, Headline> byId = new LinkedHashMap<>();
        for (Headline h : headlines) {
            Headline earlier = byId.put(Objects.requireNonNull(h, "headlines element").id(), h);
            if (earlier != null && !earlier.equals(h)) {
                throw new IllegalArgumentException("Headline id " + h.id() + " is used twice: '" + earlier.name() + "' and '" + h.name() + "'");
            }
        }
        Map<Object, HeadlineId> parentOf = new HashMap<>();
        for (Headline h : byId.values()) {
            List<Object> parts = new ArrayList<>(h.pledges());
            parts.addAll(h.headlines());
            for (Object part : parts) {
                if (part instanceof HeadlineId sub && !byId.containsKey(sub)) {
                    throw new IllegalArgumentException("Headline " + h.id() + " contains unknown headline " + sub);
                }
                HeadlineId other = parentOf.put(part, h.id());
                if (other != null) {
                    throw new IllegalArgumentException((part instanceof PledgeId ? "Pledge " : "Headline ") + part
                            + " is listed under both headline " + other + " and headline " + h.id()
                            + ": list it under the smaller one only, or a total would count it twice");
                }
            }
        }
        for (HeadlineId start : byId.keySet()) {
            List<HeadlineId> chain = new ArrayList<>(List.of(start));
            for (HeadlineId up = parentOf.get(start); up != null; up = parentOf.get(up)) {
                chain.add(up);
                if (up.equals(start)) {
                    throw new IllegalArgumentException("Headlines contain one another: " + chain.stream().map(HeadlineId::value)
                            .collect(Collectors.joining(" within ")));
                }
            }
        }
        return new Headlines(byId, parentOf);
    }

    /**
     * Returns no headlines.
     *
     * @return the empty set, never null
     */
    public static Headlines none() {
        return of(List.of());
    }

    /**
     * Returns the headlines, in id order.
     *
     * @return the headlines, never null
     */
    public List<Headline> all() {
        return List.copyOf(headlines.values());
    }

    /**
     * Returns a headline by id.
     *
     * @param id  the id, not null
     * @return the headline, or empty, never null
     */
    public Optional<Headline> headline(HeadlineId id) {
        return Optional.ofNullable(headlines.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the headlines no other headline contains, in id order.
     *
     * @return the top headlines, never null
     */
    public List<Headline> tops() {
        return headlines.values().stream().filter(h -> !parentOf.containsKey(h.id())).toList();
    }

    /**
     * Returns the headline that lists a pledge as its part, if any.
     *
     * @param pledge  the pledge, not null
     * @return the headline, or empty, never null
     */
    public Optional<HeadlineId> headlineOf(PledgeId pledge) {
        return Optional.ofNullable(parentOf.get(Objects.requireNonNull(pledge, "pledge")));
    }

    /**
     * Returns one line per headline.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return "Headlines" + headlines.values().stream().map(h -> "\n  " + h).collect(Collectors.joining());
    }
}
