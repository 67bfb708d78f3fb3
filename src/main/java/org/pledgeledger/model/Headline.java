package org.pledgeledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.StatedEquivalent;

/**
 * A total that a source states, with the parts it is known to contain: pledges and smaller headlines.
 * <pre>{@code
 *   Headline usTech = Headline.builder(HeadlineId.of("us-tech-31bn"), "US tech firms' investment in the UK",
 *           Amounts.parse("GBP 31000000000.00"), LocalDate.of(2025, 9, 19))
 *       .pledge(PledgeId.of("microsoft-uk-2025")).pledge(PledgeId.of("google-uk-2025"))
 *       .source(felix).build();
 * }</pre>
 * Announcements state totals whose parts are only partly itemised ("£31bn, of which £22bn will
 * come from Microsoft"). A headline is never added to its own parts: reports count its parts and
 * its unattributed remainder. A headline may be approximate ("around £150bn") and may carry a
 * note for what the source leaves unsaid, such as how it relates to another figure.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Headline {

    private final HeadlineId id;
    private final String name;
    private final MonetaryAmount total;
    private final boolean approximate;
    private final List<StatedEquivalent> equivalents;
    private final LocalDate stated;
    private final Basis basis;
    private final List<PledgeId> pledges;
    private final List<HeadlineId> headlines;
    private final Optional<String> note;
    private final List<Source> sources;

    private Headline(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.total = b.total;
        this.approximate = b.approximate;
        this.equivalents = List.copyOf(b.equivalents);
        this.stated = b.stated;
        this.basis = b.basis;
        this.pledges = List.copyOf(b.pledges);
        this.headlines = List.copyOf(b.headlines);
        this.note = Optional.ofNullable(b.note);
        this.sources = List.copyOf(b.sources);
    }

    /**
     * Returns a builder for a headline.
     *
     * @param id  the stable id, not null
     * @param name  what the total is of, not blank
     * @param total  the stated total, positive, not null
     * @param stated  the date it was stated, not null
     * @return the builder, never null
     */
    public static Builder builder(HeadlineId id, String name, MonetaryAmount total, LocalDate stated) {
        return new Builder(id, name, total, stated);
    }

    /**
     * Returns the stable id.
     *
     * @return the id, never null
     */
    public HeadlineId id() {
        return id;
    }

    /**
     * Returns what the total is of.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the stated total.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return total;
    }

    /**
     * Checks whether the source gave the total as approximate ("around £150bn").
     *
     * @return true if approximate
     */
    public boolean isApproximate() {
        return approximate;
    }

    /**
     * Returns equivalents the source stated in other currencies.
     *
     * @return the equivalents, never null
     */
    public List<StatedEquivalent> equivalents() {
        return equivalents;
    }

    /**
     * Returns the date the total was stated.
     *
     * @return the date, never null
     */
    public LocalDate stated() {
        return stated;
    }

    /**
     * Returns how firmly the total is known: an official statement, a press report, or an estimate.
     *
     * @return the basis, never null
     */
    public Basis basis() {
        return basis;
    }

    /**
     * Returns the pledges the source says the total contains.
     *
     * @return the pledges, never null
     */
    public List<PledgeId> pledges() {
        return pledges;
    }

    /**
     * Returns the smaller headlines the source says the total contains.
     *
     * @return the headlines, never null
     */
    public List<HeadlineId> headlines() {
        return headlines;
    }

    /**
     * Returns a note on what the source leaves unsaid, such as how the total relates to another.
     *
     * @return the note, or empty, never null
     */
    public Optional<String> note() {
        return note;
    }

    /**
     * Returns the sources, at least one.
     *
     * @return the sources, never null
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Returns the stated total dated on its statement, with its equivalents, ready for a valuation.
     *
     * @return the dated amount, never null
     */
    public DatedAmount datedTotal() {
        return new DatedAmount(total, stated, equivalents);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Headline o && id.equals(o.id) && name.equals(o.name) && total.equals(o.total)
                && approximate == o.approximate && equivalents.equals(o.equivalents) && stated.equals(o.stated)
                && basis == o.basis && pledges.equals(o.pledges) && headlines.equals(o.headlines) && note.equals(o.note)
                && sources.equals(o.sources));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, total, approximate, equivalents, stated, basis, pledges, headlines, note, sources);
    }

    /**
     * Returns {@code tpd-150bn: around GBP 150000000000.00, the whole deal (3 parts)}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        int parts = pledges.size() + headlines.size();
        return id + ": " + (approximate ? "around " : "") + Amounts.format(total) + ", " + name + " (" + parts
                + (parts == 1 ? " part)" : " parts)");
    }

    /**
     * Builds a {@link Headline}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final HeadlineId id;
        private final String name;
        private final MonetaryAmount total;
        private final LocalDate stated;
        private final List<StatedEquivalent> equivalents = new ArrayList<>();
        private final LinkedHashSet<PledgeId> pledges = new LinkedHashSet<>();
        private final LinkedHashSet<HeadlineId> headlines = new LinkedHashSet<>();
        private final List<Source> sources = new ArrayList<>();
        private boolean approximate;
        private Basis basis = Basis.OFFICIAL_STATEMENT;
        private String note;

        private Builder(HeadlineId id, String name, MonetaryAmount total, LocalDate stated) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
            this.total = Objects.requireNonNull(total, "total");
            this.stated = Objects.requireNonNull(stated, "stated");
        }

        /**
         * Marks the total as approximate, as the source gave it ("around").
         *
         * @return this builder, never null
         */
        public Builder approximate() {
            this.approximate = true;
            return this;
        }

        /**
         * Sets how firmly the total is known; without it, an official statement.
         *
         * @param basis  the basis, not null
         * @return this builder, never null
         */
        public Builder basis(Basis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Adds an equivalent the source stated in another currency.
         *
         * @param equivalent  the equivalent, not null
         * @param source  who stated it, not blank
         * @return this builder, never null
         */
        public Builder equivalent(MonetaryAmount equivalent, String source) {
            equivalents.add(new StatedEquivalent(equivalent, source));
            return this;
        }

        /**
         * Adds a pledge the total contains.
         *
         * @param pledge  the pledge, not null
         * @return this builder, never null
         */
        public Builder pledge(PledgeId pledge) {
            pledges.add(Objects.requireNonNull(pledge, "pledge"));
            return this;
        }

        /**
         * Adds a smaller headline the total contains.
         *
         * @param headline  the headline, not null
         * @return this builder, never null
         */
        public Builder headline(HeadlineId headline) {
            headlines.add(Objects.requireNonNull(headline, "headline"));
            return this;
        }

        /**
         * Sets a note on what the source leaves unsaid.
         *
         * @param note  the note, not blank
         * @return this builder, never null
         */
        public Builder note(String note) {
            this.note = Objects.requireNonNull(note, "note");
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
         * Builds the headline.
         *
         * @return the headline, never null
         * @throws IllegalArgumentException naming the headline, if the name or note is blank, the
         *     total is not positive, there is no source, it contains itself, or an equivalent
         *     breaks the rules of {@link DatedAmount}
         */
        public Headline build() {
            String what = "Headline " + id;
            if (name.isBlank()) {
                throw new IllegalArgumentException(what + " has a blank name");
            }
            if (!total.isPositive()) {
                throw new IllegalArgumentException(what + " states " + Amounts.format(total) + ": a total must be positive");
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException(what + " has no source: every figure cites where it came from");
            }
            if (headlines.contains(id)) {
                throw new IllegalArgumentException(what + " lists itself as a part");
            }
            if (note != null && note.isBlank()) {
                throw new IllegalArgumentException(what + " has a blank note");
            }
            try {
                new DatedAmount(total, stated, equivalents);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
            }
            return new Headline(this);
        }
    }
}
