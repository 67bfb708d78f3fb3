package org.pledgeledger.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agreement between parties, such as a memorandum of understanding or a trade deal, as first recorded.
 * <pre>{@code
 *   Agreement mou = Agreement.builder(AgreementId.of("tech-prosperity-deal-mou"),
 *           "Memorandum of Understanding on the Technology Prosperity Deal", Agreement.Kind.MEMORANDUM_OF_UNDERSTANDING,
 *           LocalDate.of(2025, 9, 18))
 *       .party(Party.government("United Kingdom")).party(Party.government("United States"))
 *       .binding(false).noticePeriod(Period.ofDays(180)).source(source).build();
 * }</pre>
 * What happens to it afterwards (negotiation, signature, becoming operative, a pause, notice of
 * termination) is recorded as events in a ledger. A notice period is data: an agreement with one
 * ends that long after written notice is given.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Agreement {

    /** The kinds of agreement. */
    public enum Kind {
        /** A memorandum of understanding: a statement of intent, usually not binding. */
        MEMORANDUM_OF_UNDERSTANDING,
        /** A trade deal between governments. */
        TRADE_DEAL,
        /** A partnership or framework for cooperation. */
        PARTNERSHIP,
        /** A contract or grant agreement with binding obligations. */
        CONTRACT
    }

    private final AgreementId id;
    private final String name;
    private final Kind kind;
    private final List<Party> parties;
    private final boolean binding;
    private final LocalDate announced;
    private final Optional<Period> noticePeriod;
    private final List<Source> sources;

    private Agreement(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.kind = b.kind;
        this.parties = List.copyOf(b.parties);
        this.binding = b.binding;
        this.announced = b.announced;
        this.noticePeriod = Optional.ofNullable(b.noticePeriod);
        this.sources = List.copyOf(b.sources);
    }

    /**
     * Returns a builder for an agreement.
     *
     * @param id  the stable id, not null
     * @param name  the name, not blank
     * @param kind  the kind, not null
     * @param announced  the date it was first proposed or made public, not null
     * @return the builder, never null
     */
    public static Builder builder(AgreementId id, String name, Kind kind, LocalDate announced) {
        return new Builder(id, name, kind, announced);
    }

    /**
     * Returns the stable id.
     *
     * @return the id, never null
     */
    public AgreementId id() {
        return id;
    }

    /**
     * Returns the name.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the parties, in the order given.
     *
     * @return the parties, at least one, never null
     */
    public List<Party> parties() {
        return parties;
    }

    /**
     * Checks whether a source states that the agreement binds its parties in law.
     *
     * @return true if a source says it is binding; false if a source says it is not, or none says
     */
    public boolean isBinding() {
        return binding;
    }

    /**
     * Returns the date it was first proposed or made public.
     *
     * @return the date, never null
     */
    public LocalDate announced() {
        return announced;
    }

    /**
     * Returns how long after written notice the agreement ends, if it can be ended by notice.
     *
     * @return the notice period, or empty, never null
     */
    public Optional<Period> noticePeriod() {
        return noticePeriod;
    }

    /**
     * Returns the sources, at least one.
     *
     * @return the sources, never null
     */
    public List<Source> sources() {
        return sources;
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Agreement o && id.equals(o.id) && name.equals(o.name) && kind == o.kind
                && parties.equals(o.parties) && binding == o.binding && announced.equals(o.announced)
                && noticePeriod.equals(o.noticePeriod) && sources.equals(o.sources));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind, parties, binding, announced, noticePeriod, sources);
    }

    /**
     * Returns {@code tech-prosperity-deal-mou: Memorandum ... (MEMORANDUM_OF_UNDERSTANDING, not binding, United Kingdom, United States)}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return id + ": " + name + " (" + kind + ", " + (binding ? "binding" : "not binding") + ", "
                + String.join(", ", parties.stream().map(Party::name).toList()) + ")";
    }

    /**
     * Builds an {@link Agreement}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final AgreementId id;
        private final String name;
        private final Kind kind;
        private final LocalDate announced;
        private final List<Party> parties = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private boolean binding;
        private Period noticePeriod;

        private Builder(AgreementId id, String name, Kind kind, LocalDate announced) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.announced = Objects.requireNonNull(announced, "announced");
        }

        /**
         * Adds a party.
         *
         * @param party  the party, not null
         * @return this builder, never null
         */
        public Builder party(Party party) {
            parties.add(Objects.requireNonNull(party, "party"));
            return this;
        }

        /**
         * Sets whether the agreement binds its parties; without it, not binding.
         *
         * @param binding  true if binding
         * @return this builder, never null
         */
        public Builder binding(boolean binding) {
            this.binding = binding;
            return this;
        }

        /**
         * Sets how long after written notice the agreement ends.
         *
         * @param noticePeriod  the period, positive, not null
         * @return this builder, never null
         */
        public Builder noticePeriod(Period noticePeriod) {
            this.noticePeriod = Objects.requireNonNull(noticePeriod, "noticePeriod");
            return this;
        }

        /**
         * Adds a source.
         *
         * @param source  the source, not null
         * @return this builder, never null
         */
        public Builder source(Source source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Builds the agreement.
         *
         * @return the agreement, never null
         * @throws IllegalArgumentException naming the agreement, if the name is blank, there is no
         *     party or no source, a party appears twice, or the notice period is not positive
         */
        public Agreement build() {
            String what = "Agreement " + id;
            if (name.isBlank()) {
                throw new IllegalArgumentException(what + " has a blank name");
            }
            if (parties.isEmpty()) {
                throw new IllegalArgumentException(what + " has no party");
            }
            if (parties.stream().distinct().count() != parties.size()) {
                throw new IllegalArgumentException(what + " lists a party twice: " + parties);
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException(what + " has no source: every fact cites where it came from");
            }
            if (noticePeriod != null && (noticePeriod.isZero() || noticePeriod.isNegative())) {
                throw new IllegalArgumentException(what + " has notice period " + noticePeriod + ": it must be positive");
            }
            return new Agreement(this);
        }
    }
}
