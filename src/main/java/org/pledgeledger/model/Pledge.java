package org.pledgeledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.StatedEquivalent;

/**
 * A promise to invest, as announced: who, how much in which currency, for whom, for what, over
 * which years, whether it is new money, and the sources.
 * <pre>{@code
 *   Pledge microsoft = Pledge.builder(PledgeId.of("microsoft-uk-2025"), Party.company("Microsoft"),
 *           "United Kingdom", Amounts.parse("USD 30000000000.00"), LocalDate.of(2025, 9, 16))
 *       .equivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru, 16 Dec 2025")
 *       .period(PledgePeriod.of(2025, 2028))
 *       .sector(Sector.of("AI infrastructure"))
 *       .source(source)
 *       .build();
 * }</pre>
 * A pledge is the announcement only. What happens to it afterwards (commitment, deliveries,
 * revisions, a pause, a withdrawal) is recorded as events in a ledger, never by changing the pledge.
 * <p>
 * A pledge keeps its amount as a number and a currency, and makes the Moneta amount that
 * {@link #amount()} returns when first asked: a reader of a million pledges, or a total that adds
 * their {@link #amountNumber() numbers}, makes none.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Pledge {

    private final PledgeId id;
    private final Party pledger;
    private final String beneficiary;
    /** The amount's exact number, with the scale it was given. */
    private final BigDecimal number;
    private final CurrencyUnit currency;
    /**
     * The amount, as given to the builder or made from {@link #number} and {@link #currency} when
     * first asked. Threads that race to make it may each make one, as with {@code String}'s hash:
     * an amount is immutable, so each sees a whole one, equal to the others.
     */
    private MonetaryAmount amount;
    private final List<StatedEquivalent> equivalents;
    private final Set<Sector> sectors;
    private final PledgePeriod period;
    /** The stated phasing, or null for an even spread, which {@link #phasing()} works out when asked. */
    private final Phasing statedPhasing;
    private final LocalDate announced;
    private final Novelty novelty;
    private final List<Source> sources;

    private Pledge(Builder b, PledgePeriod period, Phasing phasing) {
        this.id = b.id;
        this.pledger = b.pledger;
        this.beneficiary = b.beneficiary;
        this.number = b.number;
        this.currency = b.currency;
        this.amount = b.amount;
        this.equivalents = b.equivalents == null ? List.of() : List.copyOf(b.equivalents);
        // most pledges name one sector or none; a TreeSet for those would cost more than the pledge
        this.sectors = b.sharedSectors != null ? b.sharedSectors
                : b.sectors.size() <= 1 ? Set.copyOf(b.sectors) : Collections.unmodifiableSet(new TreeSet<>(b.sectors));
        this.period = period;
        this.statedPhasing = phasing;
        this.announced = b.announced;
        this.novelty = b.novelty;
        this.sources = b.sharedSources != null ? b.sharedSources : List.copyOf(b.sources);
    }

    /**
     * Returns a builder for a pledge with the facts every pledge has.
     *
     * @param id  the stable id, not null
     * @param pledger  who pledges, not null
     * @param beneficiary  the country or region the money is for, not blank
     * @param amount  the amount in its currency of record, positive, not null
     * @param announced  the date it was announced, not null
     * @return the builder, never null
     */
    public static Builder builder(PledgeId id, Party pledger, String beneficiary, MonetaryAmount amount,
            LocalDate announced) {
        return new Builder(id, pledger, beneficiary, amount, announced);
    }

    /**
     * Returns a builder for a pledge with the facts every pledge has, its amount given as a number
     * and a currency: a reader of many pledges makes no Moneta amount for each.
     * <p>
     * {@code Pledge.builder(id, Party.company("Google"), "United Kingdom", new BigDecimal("5000000000.00"), Amounts.currency("GBP"), date)}
     *
     * @param id  the stable id, not null
     * @param pledger  who pledges, not null
     * @param beneficiary  the country or region the money is for, not blank
     * @param amount  the amount's exact number, positive, at most {@link Amounts#MAX_DIGITS}
     *     significant digits, not null
     * @param currency  the currency of record, not null
     * @param announced  the date it was announced, not null
     * @return the builder, never null
     * @throws IllegalArgumentException if the amount has more than {@link Amounts#MAX_DIGITS}
     *     significant digits
     */
    public static Builder builder(PledgeId id, Party pledger, String beneficiary, BigDecimal amount, CurrencyUnit currency,
            LocalDate announced) {
        return new Builder(id, pledger, beneficiary, amount, currency, null, announced);
    }

    /**
     * Returns a builder holding this pledge's facts, to make a changed copy.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, pledger, beneficiary, number, currency, amount, announced);
        // the pledge's own sets and lists are unmodifiable, and what the builder would make of them
        b.equivalents = equivalents.isEmpty() ? null : new ArrayList<>(equivalents);
        b.sharedSectors = sectors;
        b.period = period;
        b.statedPhasing = statedPhasing;
        b.novelty = novelty;
        b.sharedSources = sources;
        return b;
    }

    /**
     * Returns the stable id.
     *
     * @return the id, never null
     */
    public PledgeId id() {
        return id;
    }

    /**
     * Returns who pledges.
     *
     * @return the pledger, never null
     */
    public Party pledger() {
        return pledger;
    }

    /**
     * Returns the country or region the money is for.
     *
     * @return the beneficiary, never null
     */
    public String beneficiary() {
        return beneficiary;
    }

    /**
     * Returns the amount as announced, in its currency of record.
     *
     * @return the amount, never null
     */
    public MonetaryAmount amount() {
        MonetaryAmount a = amount;
        if (a == null) {
            a = Amounts.of(number, currency);
            amount = a;
        }
        return a;
    }

    /**
     * Returns the amount's exact number, without making the amount: what a total of many pledges adds.
     * <p>
     * It equals the number of {@link #amount()} by {@link BigDecimal#compareTo}; its scale is the
     * one it was given ({@code 5000000000.00} where the amount's number may read {@code 5E+9}).
     *
     * @return the number, positive, never null
     */
    public BigDecimal amountNumber() {
        return number;
    }

    /**
     * Returns the currency of record, the amount's.
     *
     * @return the currency, never null
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the equivalents in other currencies that the sources themselves stated.
     *
     * @return the equivalents, never null
     */
    public List<StatedEquivalent> equivalents() {
        return equivalents;
    }

    /**
     * Returns the sectors, in name order.
     *
     * @return the sectors, possibly empty, never null
     */
    public Set<Sector> sectors() {
        return sectors;
    }

    /**
     * Returns the years the pledge covers.
     *
     * @return the period, never null
     */
    public PledgePeriod period() {
        return period;
    }

    /**
     * Returns the amount per year: as stated, or an even spread.
     *
     * @return the phasing, never null
     */
    public Phasing phasing() {
        return statedPhasing != null ? statedPhasing : Phasing.evenSpread(amount(), period);
    }

    /**
     * Checks whether a source stated the pledge's phasing, rather than the library spreading its
     * amount evenly over its period ({@link #phasing()}).
     *
     * @return true if the phasing was stated
     */
    public boolean isPhasingStated() {
        return statedPhasing != null;
    }

    /**
     * Returns the date it was announced.
     *
     * @return the date, never null
     */
    public LocalDate announced() {
        return announced;
    }

    /**
     * Returns whether it is new money or a re-announcement.
     *
     * @return the novelty, never null
     */
    public Novelty novelty() {
        return novelty;
    }

    /**
     * Returns how much of the amount is new money.
     *
     * @return the new part, never null
     */
    public MonetaryAmount newAmount() {
        return novelty.newAmount(amount());
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
     * Returns the amount dated on its announcement, with its stated equivalents, ready for a valuation.
     *
     * @return the dated amount, never null
     */
    public DatedAmount datedAmount() {
        return new DatedAmount(amount(), announced, equivalents);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Pledge o && id.equals(o.id) && pledger.equals(o.pledger)
                && beneficiary.equals(o.beneficiary) && number.compareTo(o.number) == 0 && currency.equals(o.currency)
                && equivalents.equals(o.equivalents)
                && sectors.equals(o.sectors) && period.equals(o.period) && Objects.equals(statedPhasing, o.statedPhasing)
                && announced.equals(o.announced) && novelty.equals(o.novelty) && sources.equals(o.sources));
    }

    @Override
    public int hashCode() {
        // the number without trailing zeros, as equal amounts may be given with different scales
        return Objects.hash(id, pledger, beneficiary, number.stripTrailingZeros(), currency, equivalents, sectors, period,
                statedPhasing, announced, novelty, sources);
    }

    /**
     * Returns a one-line summary such as
     * {@code microsoft-uk-2025: Microsoft, USD 30000000000.00 for United Kingdom, 2025-2028, announced 2025-09-16, new money}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return id + ": " + pledger + ", " + Amounts.format(amount()) + " for " + beneficiary + ", " + period
                + ", announced " + announced + ", " + novelty;
    }

    /**
     * Builds a {@link Pledge}, checking every fact against the others.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final PledgeId id;
        private final Party pledger;
        private final String beneficiary;
        private final BigDecimal number;
        private final CurrencyUnit currency;
        /** The amount as given, or null until an error or a check needs it. */
        private MonetaryAmount amount;
        private final LocalDate announced;
        /** Null until an equivalent is added: a reader of a million pledges makes no list for each. */
        private List<StatedEquivalent> equivalents;
        /** In the order added, without repeats; sorted when built. Null while {@link #sharedSectors} is kept. */
        private List<Sector> sectors;
        /** Null while {@link #sharedSources} is kept. */
        private List<Source> sources;
        /**
         * The unmodifiable set of the pledge's sectors, kept as it is until a sector is added (none at
         * first, the set given to {@link #sectors(Set)} if of one sector or none, or the pledge's own
         * set in {@link Pledge#toBuilder()}); then null, and {@link #sectors} is filled.
         */
        private Set<Sector> sharedSectors = Set.of();
        /**
         * The unmodifiable list of the pledge's sources, kept as it is until a source is added (none
         * at first, or the list given to {@link #sources(List)}); then null, and {@link #sources} is filled.
         */
        private List<Source> sharedSources = List.of();
        private PledgePeriod period;
        private Phasing statedPhasing;
        private Novelty novelty = Novelty.newMoney();

        private Builder(PledgeId id, Party pledger, String beneficiary, MonetaryAmount amount, LocalDate announced) {
            this(id, pledger, beneficiary, Amounts.number(Objects.requireNonNull(amount, "amount")), amount.getCurrency(), amount,
                    announced);
        }

        private Builder(PledgeId id, Party pledger, String beneficiary, BigDecimal number, CurrencyUnit currency,
                MonetaryAmount amount, LocalDate announced) {
            this.id = Objects.requireNonNull(id, "id");
            this.pledger = Objects.requireNonNull(pledger, "pledger");
            this.beneficiary = Objects.requireNonNull(beneficiary, "beneficiary");
            this.number = Amounts.requireExact(Objects.requireNonNull(number, "amount"), Objects.requireNonNull(currency, "currency"));
            this.currency = currency;
            this.amount = amount;
            this.announced = Objects.requireNonNull(announced, "announced");
        }

        /** The amount, made when a check or an error needs it. */
        private MonetaryAmount amount() {
            if (amount == null) {
                amount = Amounts.of(number, currency);
            }
            return amount;
        }

        /**
         * Adds an equivalent the source stated in another currency.
         *
         * @param equivalent  the equivalent, not null
         * @param source  who stated it, not blank
         * @return this builder, never null
         */
        public Builder equivalent(MonetaryAmount equivalent, String source) {
            StatedEquivalent stated = new StatedEquivalent(equivalent, source);
            if (equivalents == null) {
                equivalents = new ArrayList<>(1);
            }
            equivalents.add(stated);
            return this;
        }

        /**
         * Adds a sector.
         *
         * @param sector  the sector, not null
         * @return this builder, never null
         */
        public Builder sector(Sector sector) {
            Objects.requireNonNull(sector, "sector");
            if (sharedSectors != null) {
                sectors = sharedSectors.isEmpty() ? new ArrayList<>(2) : new ArrayList<>(sharedSectors);
                sharedSectors = null;
            }
            if (!sectors.contains(sector)) {
                sectors.add(sector);
            }
            return this;
        }

        /**
         * Sets the sectors, replacing any added.
         * <p>
         * An unmodifiable set of one sector or none, such as {@code Set.of(sector)}, is kept as it
         * is, so that the many pledges of one file may share one set:
         * {@code builder.sectors(Set.of(Sector.of("Data centres")))}.
         *
         * @param sectors  the sectors, not null, no null elements
         * @return this builder, never null
         * @throws NullPointerException if the set or a sector is null; the builder is then unchanged
         */
        public Builder sectors(Set<Sector> sectors) {
            Objects.requireNonNull(sectors, "sectors");
            Set<Sector> copy;
            try {
                // an unmodifiable set is its own copy, and holds no null
                copy = Set.copyOf(sectors);
            } catch (NullPointerException e) {
                throw new NullPointerException("sectors element");
            }
            if (copy.size() <= 1) {
                this.sectors = null;
                sharedSectors = copy;
            } else {
                this.sectors = new ArrayList<>(copy);
                sharedSectors = null;
            }
            return this;
        }

        /**
         * Sets the years covered; without it, the year of the announcement.
         *
         * @param period  the period, not null
         * @return this builder, never null
         */
        public Builder period(PledgePeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Sets the amount per year as stated; without it, an even spread over the period.
         *
         * @param amounts  amount per year, not null
         * @return this builder, never null
         */
        public Builder phasing(Map<Year, ? extends MonetaryAmount> amounts) {
            this.statedPhasing = Phasing.stated(amounts);
            return this;
        }

        /**
         * Sets whether it is new money; without it, new money.
         *
         * @param novelty  the novelty, not null
         * @return this builder, never null
         */
        public Builder novelty(Novelty novelty) {
            this.novelty = Objects.requireNonNull(novelty, "novelty");
            return this;
        }

        /**
         * Adds a source.
         *
         * @param source  the source, not null
         * @return this builder, never null
         */
        public Builder source(Source source) {
            Objects.requireNonNull(source, "source");
            if (sharedSources != null) {
                sources = sharedSources.isEmpty() ? new ArrayList<>(2) : new ArrayList<>(sharedSources);
                sharedSources = null;
            }
            sources.add(source);
            return this;
        }

        /**
         * Sets the sources, replacing any added.
         * <p>
         * An unmodifiable list, such as {@code List.of(source)}, is kept as it is, so that the many
         * pledges of one file citing the same sources may share one list.
         *
         * @param sources  the sources, in order, not null, no null elements
         * @return this builder, never null
         * @throws NullPointerException if the list or a source is null; the builder is then unchanged
         */
        public Builder sources(List<Source> sources) {
            Objects.requireNonNull(sources, "sources");
            try {
                // an unmodifiable list is its own copy, and holds no null
                sharedSources = List.copyOf(sources);
            } catch (NullPointerException e) {
                throw new NullPointerException("sources element");
            }
            this.sources = null;
            return this;
        }

        private boolean hasNoSource() {
            return sharedSources != null ? sharedSources.isEmpty() : sources.isEmpty();
        }

        /**
         * Builds the pledge.
         *
         * @return the pledge, never null
         * @throws IllegalArgumentException naming the pledge and the rule, if the amount is not
         *     positive, the beneficiary is blank, there is no source, an equivalent is in the
         *     amount's currency or repeated, the stated phasing does not add up to the amount or
         *     falls outside the period, or the re-announced part is not less than the amount or
         *     points at the pledge itself
         */
        public Pledge build() {
            if (number.signum() <= 0 || beneficiary.isBlank() || hasNoSource() || equivalents != null || statedPhasing != null
                    || novelty.earlier().isPresent() || novelty.reannounced().isPresent()) {
                return checkedBuild();
            }
            // the common case (no equivalents, no stated phasing, no earlier pledge) has nothing more to check, and is
            // spared the words an error would need
            return new Pledge(this, period != null ? period : PledgePeriod.of(Year.from(announced)), null);
        }

        private Pledge checkedBuild() {
            String what = "Pledge " + id;
            if (number.signum() <= 0) {
                throw new IllegalArgumentException(what + " has amount " + Amounts.format(amount()) + ": it must be positive");
            }
            if (beneficiary.isBlank()) {
                throw new IllegalArgumentException(what + " has a blank beneficiary: name the country or region");
            }
            if (hasNoSource()) {
                throw new IllegalArgumentException(what + " has no source: every figure cites where it came from");
            }
            try {
                new DatedAmount(amount(), announced, equivalents == null ? List.of() : equivalents);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
            }
            PledgePeriod p = period != null ? period : PledgePeriod.of(Year.from(announced));
            if (statedPhasing != null) {
                checkPhasing(what, p, statedPhasing);
            }
            checkNovelty(what);
            return new Pledge(this, p, statedPhasing);
        }

        private void checkPhasing(String what, PledgePeriod p, Phasing phasing) {
            if (!phasing.currency().equals(currency)) {
                throw new IllegalArgumentException(what + " is in " + currency.getCurrencyCode()
                        + " but its phasing is in " + phasing.currency().getCurrencyCode());
            }
            for (Year year : phasing.amounts().keySet()) {
                if (!p.contains(year)) {
                    throw new IllegalArgumentException(what + " is phased in " + year + ", outside its period " + p);
                }
            }
            MonetaryAmount total = phasing.total();
            if (!total.isEqualTo(amount())) {
                throw new IllegalArgumentException(what + " is " + Amounts.format(amount()) + " but its stated phasing adds up to "
                        + Amounts.format(total) + ": the years must add up to the amount");
            }
        }

        private void checkNovelty(String what) {
            if (novelty.earlier().filter(id::equals).isPresent()) {
                throw new IllegalArgumentException(what + " cannot re-announce itself");
            }
            if (novelty.reannounced().isPresent()) {
                MonetaryAmount part = novelty.reannounced().get();
                if (!part.getCurrency().equals(currency) || !part.isLessThan(amount())) {
                    throw new IllegalArgumentException(what + " of " + Amounts.format(amount()) + " says "
                            + Amounts.format(part) + " of it was re-announced: the part must be in "
                            + currency.getCurrencyCode() + " and less than the whole (use reannouncementOf for all of it)");
                }
            }
        }
    }
}
