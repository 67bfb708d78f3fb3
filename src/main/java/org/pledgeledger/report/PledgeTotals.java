package org.pledgeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.CurrencyUnit;

import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.ConvertedAmount;
import org.pledgeledger.money.DatedAmount;
import org.pledgeledger.money.Valuation;

/**
 * The pledged money of many pledges as announced, in one currency: the total, per pledger and per
 * sector, each a {@link ConvertedAmount} with its rates, every pledge counted once.
 * <pre>{@code
 *   PledgeTotals.Builder b = PledgeTotals.builder(Valuation.atOwnDates(rates), GBP);
 *   PledgeCsv.readPledges(reader, "pledges.csv", a -> b.add(a.pledge()));   // a million rows, little memory
 *   PledgeTotals totals = b.build();
 *   totals.total();  totals.byPledger().get("Microsoft");  totals.bySector();
 * }</pre>
 * It is the streaming counterpart of {@link PledgeTable}'s pledged column: the builder keeps, per
 * group, one exact sum per currency and date (pledges with stated equivalents are kept whole, so a
 * stated-equivalents valuation still sees them), and the valuation converts each sum once. The
 * result equals converting every pledge and adding, to the last digit, because conversion is an
 * exact multiplication. Statuses, revisions and deliveries are the ledger's business: for them,
 * use {@link PledgeTable} over a {@link org.pledgeledger.ledger.LedgerView}.
 * <p>
 * This class is immutable and thread-safe; its builder is neither.
 */
public final class PledgeTotals {

    private final int pledges;
    private final ConvertedAmount total;
    private final SortedMap<String, ConvertedAmount> byPledger;
    private final SortedMap<String, ConvertedAmount> bySector;

    private PledgeTotals(int pledges, ConvertedAmount total, SortedMap<String, ConvertedAmount> byPledger,
            SortedMap<String, ConvertedAmount> bySector) {
        this.pledges = pledges;
        this.total = total;
        this.byPledger = Collections.unmodifiableSortedMap(byPledger);
        this.bySector = Collections.unmodifiableSortedMap(bySector);
    }

    /**
     * Returns a builder that converts under a valuation into a currency.
     * <p>
     * {@code PledgeTotals.builder(Valuation.atOwnDates(rates), Amounts.currency("GBP"))}
     *
     * @param valuation  how amounts in other currencies are converted, not null
     * @param currency  the currency of the totals, not null
     * @return the builder, never null
     */
    public static Builder builder(Valuation valuation, CurrencyUnit currency) {
        return new Builder(Objects.requireNonNull(valuation, "valuation"), Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Returns how many pledges were counted.
     *
     * @return the count
     */
    public int pledges() {
        return pledges;
    }

    /**
     * Returns the total of every pledge.
     *
     * @return the total with its rates, never null
     */
    public ConvertedAmount total() {
        return total;
    }

    /**
     * Returns the totals per pledger, by the pledger's name.
     *
     * @return the totals, sorted by name, never null
     */
    public SortedMap<String, ConvertedAmount> byPledger() {
        return byPledger;
    }

    /**
     * Returns the totals per sector, a pledge with several sectors under their names joined by
     * {@code " + "}, as in {@link PledgeTable.Grouping#SECTOR}, so that the groups add up to the total.
     *
     * @return the totals, sorted by key, never null
     */
    public SortedMap<String, ConvertedAmount> bySector() {
        return bySector;
    }

    /**
     * Returns a summary such as {@code 1000000 pledges: GBP 123.45 (at each amount's own date), 5000 pledgers, 11 sectors}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return pledges + " pledges: " + Amounts.format(total.total()) + " (" + total.valuation() + "), " + byPledger.size()
                + " pledgers, " + bySector.size() + " sectors";
    }

    /**
     * The exact sums of one group, by currency and date, and the pledges kept whole.
     * <p>
     * Most amounts have at most two decimals and sum within a {@code long} of hundredths, so each
     * bucket holds such a sum in an open-addressing table of primitives; an amount with more
     * decimals, or a sum that would overflow, goes to the bucket's exact {@link BigDecimal} part.
     * Either way nothing is rounded: the bucket's sum is the long part (in hundredths) plus the
     * BigDecimal part.
     */
    private static final class Sums {

        private static final long EMPTY = Long.MIN_VALUE;
        private long[] keys = newKeys(16);
        private long[] hundredths = new long[16];
        private int size;
        private final Map<Long, BigDecimal> exact = new HashMap<>();
        private final List<DatedAmount> whole = new ArrayList<>();

        private static long[] newKeys(int n) {
            long[] k = new long[n];
            java.util.Arrays.fill(k, EMPTY);
            return k;
        }

        void add(Pledge p, long bucket) {
            if (!p.equivalents().isEmpty()) {
                whole.add(p.datedAmount());
                return;
            }
            BigDecimal number = Amounts.number(p.amount());
            if (number.scale() <= 2 && number.precision() - number.scale() <= 16) {
                long cents = number.movePointRight(2).longValueExact();
                int slot = slot(bucket);
                long sum = hundredths[slot];
                long next = sum + cents;
                if (((sum ^ next) & (cents ^ next)) >= 0) {
                    hundredths[slot] = next;
                    return;
                }
                hundredths[slot] = 0;
                exact.merge(bucket, BigDecimal.valueOf(sum, 2), BigDecimal::add);
            }
            exact.merge(bucket, number, BigDecimal::add);
        }

        /** The slot of a bucket, added if new. */
        private int slot(long bucket) {
            int mask = keys.length - 1;
            int i = Long.hashCode(bucket * 0x9E3779B97F4A7C15L) & mask;
            while (keys[i] != EMPTY && keys[i] != bucket) {
                i = (i + 1) & mask;
            }
            if (keys[i] == EMPTY) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    return slot(bucket);
                }
                keys[i] = bucket;
                size++;
            }
            return i;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldSums = hundredths;
            keys = newKeys(oldKeys.length * 2);
            hundredths = new long[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    hundredths[slot(oldKeys[i])] = oldSums[i];
                }
            }
        }

        ConvertedAmount convert(List<CurrencyUnit> currencies, Valuation valuation, CurrencyUnit currency) {
            Map<Long, BigDecimal> sums = new HashMap<>(exact);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY) {
                    sums.merge(keys[i], BigDecimal.valueOf(hundredths[i], 2), BigDecimal::add);
                }
            }
            List<DatedAmount> amounts = new ArrayList<>(sums.size() + whole.size());
            sums.forEach((b, sum) -> amounts.add(DatedAmount.of(Amounts.of(sum, currencies.get((int) (b >>> 32))),
                    LocalDate.ofEpochDay((int) (long) b))));
            amounts.addAll(whole);
            return valuation.convert(amounts, currency);
        }
    }

    /**
     * Collects pledges one at a time.
     * <p>
     * Not thread-safe: one builder is fed by one thread.
     */
    public static final class Builder {

        private final Valuation valuation;
        private final CurrencyUnit currency;
        private final Set<PledgeId> seen = new HashSet<>();
        private final Sums total = new Sums();
        private final Map<String, Sums> byPledger = new HashMap<>();
        private final Map<String, Sums> bySector = new HashMap<>();
        private final List<CurrencyUnit> currencies = new ArrayList<>();

        private Builder(Valuation valuation, CurrencyUnit currency) {
            this.valuation = valuation;
            this.currency = currency;
        }

        /**
         * Counts a pledge.
         *
         * @param pledge  the pledge, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if a pledge with that id was counted already: a total
         *     counts each pledge once
         */
        public Builder add(Pledge pledge) {
            Objects.requireNonNull(pledge, "pledge");
            long day = pledge.announced().toEpochDay();
            if (day != (int) day) {
                throw new IllegalArgumentException("Pledge " + pledge.id() + " is announced on " + pledge.announced()
                        + ", beyond the dates a total can key (years within about 5.8 million of 1970)");
            }
            // checked last, so that a refused pledge leaves the builder as it was
            if (!seen.add(pledge.id())) {
                throw new IllegalArgumentException("Pledge " + pledge.id() + " is counted already: a total counts each pledge once");
            }
            CurrencyUnit c = pledge.amount().getCurrency();
            int index = currencies.indexOf(c);
            if (index < 0) {
                index = currencies.size();
                currencies.add(c);
            }
            long bucket = (long) index << 32 | day & 0xFFFF_FFFFL;
            total.add(pledge, bucket);
            byPledger.computeIfAbsent(pledge.pledger().name(), k -> new Sums()).add(pledge, bucket);
            bySector.computeIfAbsent(PledgeTable.sectorKey(pledge), k -> new Sums()).add(pledge, bucket);
            return this;
        }

        /**
         * Converts the sums and returns the totals. The builder can go on counting afterwards.
         *
         * @return the totals, never null
         * @throws org.pledgeledger.money.MissingRateException if the valuation lacks a rate
         * @throws IllegalArgumentException if the valuation cannot convert an amount (stated
         *     equivalents without a fallback, for a pledge whose source stated none)
         */
        public PledgeTotals build() {
            SortedMap<String, ConvertedAmount> pledgers = new TreeMap<>();
            byPledger.forEach((k, sums) -> pledgers.put(k, sums.convert(currencies, valuation, currency)));
            SortedMap<String, ConvertedAmount> sectors = new TreeMap<>();
            bySector.forEach((k, sums) -> sectors.put(k, sums.convert(currencies, valuation, currency)));
            return new PledgeTotals(seen.size(), total.convert(currencies, valuation, currency), pledgers, sectors);
        }
    }
}
