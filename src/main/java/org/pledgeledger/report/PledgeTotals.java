package org.pledgeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.CurrencyUnit;

import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.Sector;
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
 * It is the streaming counterpart of {@link PledgeTable}'s pledged column: the builder keeps, for
 * the total and each sector, one exact sum per currency and date, and for each pledger its pledges'
 * amounts (pledges with stated equivalents are kept whole, so a stated-equivalents valuation still
 * sees them); the valuation converts each group's sum per currency and date once. The
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
        return new Builder(Objects.requireNonNull(valuation, "valuation"), Objects.requireNonNull(currency, "currency"), new SeenIds());
    }

    /**
     * Returns the totals of the pledges a ledger has announced as of a date, each counted once, as
     * announced: its pledged amount, whatever has happened to it since.
     * <p>
     * {@code PledgeTotals.of(journal.ledger(), LocalDate.of(2026, 12, 31), Valuation.atOwnDates(rates), GBP)}
     * <p>
     * The pledges are read one at a time, as announced ({@link Ledger#forEachAnnounced}), so a ledger of a million
     * pledges needs no list of their states; and as a ledger holds each pledge id once, no set of
     * the ids counted is kept, as a {@link #builder} keeps for pledges from elsewhere.
     *
     * @param ledger  the ledger, not null
     * @param asOf  the date, not null
     * @param valuation  how amounts in other currencies are converted, not null
     * @param currency  the currency of the totals, not null
     * @return the totals, never null
     * @throws org.pledgeledger.money.MissingRateException if the valuation lacks a rate
     * @throws IllegalArgumentException as {@link Builder#add} and {@link Builder#build}
     * @throws IllegalStateException as {@link Builder#add}
     */
    public static PledgeTotals of(Ledger ledger, LocalDate asOf, Valuation valuation, CurrencyUnit currency) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(asOf, "asOf");
        Builder builder = new Builder(Objects.requireNonNull(valuation, "valuation"), Objects.requireNonNull(currency, "currency"), null);
        ledger.forEachAnnounced(asOf, builder::add);
        return builder.build();
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
     * {@code " + "}, as in {@link PledgeTable.Grouping#SECTOR}, so that the groups add up to the total:
     * sets written alike are one group (a sector named {@code "AI + Cloud"} and the set of
     * {@code AI} and {@code Cloud}; a sector named {@code "(no sector)"} and none).
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
     * The exact sums of the sector groups, by currency and date (the total is their sum, as each
     * pledge is in one sector group): one open-addressing table of primitives for those groups,
     * each slot a packed key (group, currency, day) beside its sum in hundredths, so that counting
     * a pledge touches a few cache lines and allocates nothing.
     * <p>
     * Most amounts have at most two decimals and sum within a {@code long} of hundredths; an amount
     * with more decimals, or a sum that would overflow, goes to the key's exact {@link BigDecimal}
     * part. Either way nothing is rounded: a bucket's sum is the long part (in hundredths) plus the
     * BigDecimal part. Pledges with stated equivalents are kept whole, per group.
     */
    private static final class Sums {

        /** No key packs to this: group ids stop short of {@link #MAX_GROUPS}. */
        private static final long EMPTY = -1L;
        static final int MAX_GROUPS = (1 << 24) - 1;
        static final int MAX_CURRENCIES = 1 << 8;
        /** Key at even index, sum at the odd index after it. */
        private long[] table = newTable(1 << 10);
        private int size;
        private final Map<Long, BigDecimal> exact = new HashMap<>();
        private final Map<Integer, List<DatedAmount>> whole = new HashMap<>();

        private static long[] newTable(int slots) {
            long[] t = new long[2 * slots];
            for (int i = 0; i < t.length; i += 2) {
                t[i] = EMPTY;
            }
            return t;
        }

        static long key(int group, int currency, int day) {
            return (long) group << 40 | (long) currency << 32 | day & 0xFFFF_FFFFL;
        }

        static int group(long key) {
            return (int) (key >>> 40);
        }

        static int currency(long key) {
            return (int) (key >>> 32) & 0xFF;
        }

        static int day(long key) {
            return (int) key;
        }

        void addWhole(int group, DatedAmount amount) {
            whole.computeIfAbsent(group, g -> new ArrayList<>()).add(amount);
        }

        /** Adds an amount of at most two decimals, given in hundredths. */
        void add(long key, long cents) {
            int at = slot(key);
            long sum = table[at + 1];
            long next = sum + cents;
            if (((sum ^ next) & (cents ^ next)) >= 0) {
                table[at + 1] = next;
                return;
            }
            table[at + 1] = 0;
            exact.merge(key, BigDecimal.valueOf(sum, 2).add(BigDecimal.valueOf(cents, 2)), BigDecimal::add);
        }

        /** Adds any amount exactly. */
        void addExact(long key, BigDecimal amount) {
            slot(key);
            exact.merge(key, amount, BigDecimal::add);
        }

        /** The index of a key's slot, the key added if new. */
        private int slot(long key) {
            int mask = table.length / 2 - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ h >>> 32) & mask;
            while (true) {
                long k = table[2 * i];
                if (k == key) {
                    return 2 * i;
                }
                if (k == EMPTY) {
                    break;
                }
                i = (i + 1) & mask;
            }
            if (2 * (size + 1) > mask + 1) {
                grow();
                return slot(key);
            }
            table[2 * i] = key;
            size++;
            return 2 * i;
        }

        private void grow() {
            long[] old = table;
            table = newTable(old.length);
            size = 0;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != EMPTY) {
                    table[slot(old[i]) + 1] = old[i + 1];
                }
            }
        }

        /**
         * The slots in use, ordered by group with a counting sort over one pass of the table:
         * group {@code g}'s keys are {@code keys[starts[g]]} up to {@code keys[starts[g + 1]]}, each
         * with its hundredths beside it.
         */
        record ByGroup(int[] starts, long[] keys, long[] hundredths) {
        }

        ByGroup byGroup(int groups) {
            int[] starts = new int[groups + 1];
            for (int i = 0; i < table.length; i += 2) {
                if (table[i] != EMPTY) {
                    starts[group(table[i]) + 1]++;
                }
            }
            for (int g = 0; g < groups; g++) {
                starts[g + 1] += starts[g];
            }
            int[] next = java.util.Arrays.copyOf(starts, groups);
            long[] keys = new long[size];
            long[] hundredths = new long[size];
            for (int i = 0; i < table.length; i += 2) {
                if (table[i] != EMPTY) {
                    int at = next[group(table[i])]++;
                    keys[at] = table[i];
                    hundredths[at] = table[i + 1];
                }
            }
            return new ByGroup(starts, keys, hundredths);
        }

        /** A key's exact sum, given its hundredths. */
        /** The exact part of a key's sum, beyond its hundredths, or null if it has none. */
        BigDecimal exactPart(long key) {
            return exact.isEmpty() ? null : exact.get(key);
        }

        List<DatedAmount> whole(int group) {
            return whole.getOrDefault(group, List.of());
        }
    }

    /**
     * The pledges' amounts as they came, in arrays, one entry per pledge: group, currency, day and
     * hundredths (or an exact number for an amount the hundredths cannot hold). Used for groups
     * with a few pledges each, such as pledgers, whose sums by currency and date would take one
     * hash-table slot per pledge, anywhere in a large table: appending here writes in sequence.
     * {@link #byGroup(int)} orders them by group once, and the converter sums equal currencies and
     * dates within a group.
     */
    private static final class Entries {

        private int size;
        private int[] groups = new int[1 << 10];
        private int[] days = new int[1 << 10];
        private byte[] currencies = new byte[1 << 10];
        private long[] hundredths = new long[1 << 10];
        /** The exact numbers of the entries that hundredths cannot hold, by entry. */
        private final Map<Integer, BigDecimal> exact = new HashMap<>();

        void add(int group, int currency, int day, long cents) {
            int at = next();
            groups[at] = group;
            currencies[at] = (byte) currency;
            days[at] = day;
            hundredths[at] = cents;
        }

        void addExact(int group, int currency, int day, BigDecimal number) {
            add(group, currency, day, 0);
            exact.put(size - 1, number);
        }

        private int next() {
            if (size == groups.length) {
                int grown = size * 2;
                groups = java.util.Arrays.copyOf(groups, grown);
                days = java.util.Arrays.copyOf(days, grown);
                currencies = java.util.Arrays.copyOf(currencies, grown);
                hundredths = java.util.Arrays.copyOf(hundredths, grown);
            }
            return size++;
        }

        /**
         * The entries in group order, copied there by a counting sort: group {@code g}'s are at
         * positions {@code starts[g]} up to {@code starts[g + 1]}, each position's day and currency
         * in one word and its hundredths in the next. Copied rather than indexed, so that the
         * conversion reads them in sequence: through an index of a million entries, each entry's
         * day, currency and hundredths were three reads anywhere in memory, over a third of the
         * time of converting the W1M totals.
         */
        static final class ByGroup {

            private final int[] starts;
            private final long[] packed;
            /** Each position's entry, kept only where some entry has an exact number. */
            private final int[] entries;
            private final Map<Integer, BigDecimal> exact;

            private ByGroup(int[] starts, long[] packed, int[] entries, Map<Integer, BigDecimal> exact) {
                this.starts = starts;
                this.packed = packed;
                this.entries = entries;
                this.exact = exact;
            }

            int from(int group) {
                return starts[group];
            }

            int to(int group) {
                return starts[group + 1];
            }

            int currency(int position) {
                return (int) (packed[2 * position] & 0xFF);
            }

            int day(int position) {
                return (int) (packed[2 * position] >> 8);
            }

            /** The entry's exact number, if hundredths could not hold it; else null, and {@link #hundredths} holds it. */
            BigDecimal exactNumber(int position) {
                return entries == null ? null : exact.get(entries[position]);
            }

            long hundredths(int position) {
                return packed[2 * position + 1];
            }
        }

        ByGroup byGroup(int groupCount) {
            int[] starts = new int[groupCount + 1];
            for (int e = 0; e < size; e++) {
                starts[groups[e] + 1]++;
            }
            for (int g = 0; g < groupCount; g++) {
                starts[g + 1] += starts[g];
            }
            int[] next = java.util.Arrays.copyOf(starts, groupCount);
            long[] packed = new long[2 * size];
            int[] entries = exact.isEmpty() ? null : new int[size];
            for (int e = 0; e < size; e++) {
                int at = next[groups[e]]++;
                packed[2 * at] = (long) days[e] << 8 | (currencies[e] & 0xFF);
                packed[2 * at + 1] = hundredths[e];
                if (entries != null) {
                    entries[at] = e;
                }
            }
            return new ByGroup(starts, packed, entries, exact);
        }
    }

    /**
     * Collects pledges one at a time.
     * <p>
     * Counting a pledge allocates little once its pledger, sectors, currency and dates have been
     * met: the builder keeps one packed slot per total or sector group, currency and date, a
     * pledger's pledges as entries of primitive arrays, and the ids it has counted (an
     * open-addressing table of their packed numbers, 16 bytes an id, keeping no id alive; an id
     * too long to pack is kept itself).
     * <p>
     * Not thread-safe: one builder is fed by one thread.
     */
    public static final class Builder {

        private static final int TOTAL = 0;
        private static final int RECENT_SETS = 64;
        private final Valuation valuation;
        private final CurrencyUnit currency;
        /** The ids counted, or null where the pledges come from a ledger, which holds each id once. */
        private final SeenIds seen;
        private int counted;
        /** The sector groups, whose slots together are the total's: a few groups of many pledges each, summed by currency and date. */
        private final Sums sums = new Sums();
        /** The pledger groups: thousands of groups of a few pledges each, one entry per pledge. */
        private final Entries entries = new Entries();
        /** Group names by id; id 0 is the total, then pledgers and sector keys as they are met. */
        private final List<String> groupNames = new ArrayList<>(List.of("(total)"));
        private final List<Boolean> groupIsPledger = new ArrayList<>(List.of(false));
        private final Map<String, Integer> pledgers = new HashMap<>();
        /**
         * The pledger groups of the parties met lately, by the parties' identity: a reader shares
         * each pledger's instance, so most pledges find their group here, without hashing a name or
         * reading a boxed group number from elsewhere in memory. Grown, empty, with the pledgers, up
         * to {@link #MAX_RECENT_PARTIES}.
         */
        private Party[] recentParties = new Party[64];
        private int[] recentPartyGroups = new int[64];
        private static final int MAX_RECENT_PARTIES = 1 << 13;
        /** The sector groups by the sets met, and by their names ({@link PledgeTable#sectorKey}), which two sets may share. */
        private final Map<Set<Sector>, Integer> sectors = new HashMap<>();
        private final Map<String, Integer> sectorGroups = new HashMap<>();
        /**
         * The groups of sector sets met lately, by the sets' identity: pledges read from one file
         * share their sector sets, so most pledges find their group here without hashing a set.
         */
        private final Object[] recentSets = new Object[RECENT_SETS];
        private final Integer[] recentGroups = new Integer[RECENT_SETS];
        private final List<CurrencyUnit> currencies = new ArrayList<>();
        /** The first and last day counted, as epoch days. */
        private int firstDay = Integer.MAX_VALUE;
        private int lastDay = Integer.MIN_VALUE;

        private Builder(Valuation valuation, CurrencyUnit currency, SeenIds seen) {
            this.valuation = valuation;
            this.currency = currency;
            this.seen = seen;
        }

        /**
         * Counts a pledge.
         *
         * @param pledge  the pledge, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if a pledge with that id was counted already: a total
         *     counts each pledge once; or if it is announced beyond the dates a total can key
         * @throws IllegalStateException if the pledges name more than 16,777,214 pledgers and sector
         *     combinations, or more than 256 currencies, between them
         */
        public Builder add(Pledge pledge) {
            Objects.requireNonNull(pledge, "pledge");
            long day = pledge.announced().toEpochDay();
            if (day != (int) day) {
                throw new IllegalArgumentException("Pledge " + pledge.id() + " is announced on " + pledge.announced()
                        + ", beyond the dates a total can key (years within about 5.8 million of 1970)");
            }
            CurrencyUnit c = pledge.currency();
            int currencyIndex = currencies.indexOf(c);
            if (currencyIndex < 0 && currencies.size() == Sums.MAX_CURRENCIES) {
                throw new IllegalStateException("Pledge " + pledge.id() + " is in " + c.getCurrencyCode() + ", a currency beyond the "
                        + Sums.MAX_CURRENCIES + " one set of totals can hold");
            }
            Party party = pledge.pledger();
            int partySlot = System.identityHashCode(party) & (recentParties.length - 1);
            int pledger = recentParties[partySlot] == party ? recentPartyGroups[partySlot] : pledgerGroup(party);
            Set<Sector> sectorSet = pledge.sectors();
            int recent = System.identityHashCode(sectorSet) & (RECENT_SETS - 1);
            Integer sector = recentSets[recent] == sectorSet ? recentGroups[recent] : sectors.get(sectorSet);
            boolean setMet = sector != null;
            // sets written alike ("A + B" and the set of A and B) are one group, as in PledgeTable, so that the groups add up
            String sectorKey = setMet ? null : PledgeTable.sectorKey(pledge);
            if (!setMet) {
                sector = sectorGroups.get(sectorKey);
            }
            int newGroups = (pledger < 0 ? 1 : 0) + (sector == null ? 1 : 0);
            if (groupNames.size() + newGroups > Sums.MAX_GROUPS) {
                throw new IllegalStateException("Pledge " + pledge.id() + " would take the pledgers and sector combinations beyond the "
                        + Sums.MAX_GROUPS + " one set of totals can hold");
            }
            // checked last, so that a refused pledge leaves the builder as it was
            if (seen != null && !seen.add(pledge.id())) {
                throw new IllegalArgumentException("Pledge " + pledge.id() + " is counted already: a total counts each pledge once");
            }
            counted++;
            if (currencyIndex < 0) {
                currencyIndex = currencies.size();
                currencies.add(c);
            }
            firstDay = Math.min(firstDay, (int) day);
            lastDay = Math.max(lastDay, (int) day);
            if (pledger < 0) {
                pledger = newGroup(party.name(), true);
                pledgers.put(party.name(), pledger);
                if (2 * pledgers.size() > recentParties.length && recentParties.length < MAX_RECENT_PARTIES) {
                    recentParties = new Party[2 * recentParties.length];
                    recentPartyGroups = new int[recentParties.length];
                    partySlot = System.identityHashCode(party) & (recentParties.length - 1);
                }
            }
            if (recentParties[partySlot] != party) {
                recentParties[partySlot] = party;
                recentPartyGroups[partySlot] = pledger;
            }
            if (sector == null) {
                sector = newGroup(sectorKey, false);
                sectorGroups.put(sectorKey, sector);
            }
            if (!setMet) {
                sectors.put(sectorSet, sector);
            }
            recentSets[recent] = sectorSet;
            recentGroups[recent] = sector;
            if (!pledge.equivalents().isEmpty()) {
                DatedAmount whole = pledge.datedAmount();
                sums.addWhole(TOTAL, whole);
                sums.addWhole(pledger, whole);
                sums.addWhole(sector, whole);
                return this;
            }
            BigDecimal number = pledge.amountNumber();
            if (number.scale() <= 2 && number.precision() - number.scale() <= 16) {
                long cents = number.movePointRight(2).longValueExact();
                sums.add(Sums.key(sector, currencyIndex, (int) day), cents);
                entries.add(pledger, currencyIndex, (int) day, cents);
            } else {
                sums.addExact(Sums.key(sector, currencyIndex, (int) day), number);
                entries.addExact(pledger, currencyIndex, (int) day, number);
            }
            return this;
        }

        private static LocalDate date(Dates dates, int day) {
            return dates.of(day);
        }

        /** The dates of the days counted, each made once: an array over their span when it is not too wide. */
        private static final class Dates {

            private static final int MAX_SPAN = 1 << 20;
            private final int first;
            private final LocalDate[] byDay;
            private final Map<Integer, LocalDate> wide = new HashMap<>();

            Dates(int first, int last) {
                this.first = first;
                long span = (long) last - first + 1;
                this.byDay = span > 0 && span <= MAX_SPAN ? new LocalDate[(int) span] : null;
            }

            LocalDate of(int day) {
                if (byDay == null) {
                    return wide.computeIfAbsent(day, LocalDate::ofEpochDay);
                }
                LocalDate d = byDay[day - first];
                if (d == null) {
                    d = LocalDate.ofEpochDay(day);
                    byDay[day - first] = d;
                }
                return d;
            }
        }

        /** The group of a pledger's name, or -1 if it has none yet. */
        private int pledgerGroup(Party party) {
            Integer group = pledgers.get(party.name());
            return group == null ? -1 : group;
        }

        private int newGroup(String name, boolean isPledger) {
            groupNames.add(name);
            groupIsPledger.add(isPledger);
            return groupNames.size() - 1;
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
            SortedMap<String, ConvertedAmount> byPledger = new TreeMap<>();
            SortedMap<String, ConvertedAmount> bySector = new TreeMap<>();
            ConvertedAmount total = null;
            Sums.ByGroup slots = sums.byGroup(groupNames.size());
            Entries.ByGroup pledges = entries.byGroup(groupNames.size());
            Dates dates = new Dates(firstDay, lastDay);
            Valuation.Converter converter = valuation.converter(currency);
            for (int group = 0; group < groupNames.size(); group++) {
                for (DatedAmount whole : sums.whole(group)) {
                    converter.add(whole);
                }
                // the total is not summed apart: every pledge is in exactly one sector group, so the
                // total's sums are those of all the sector groups' slots
                int from = group == TOTAL ? 0 : slots.starts()[group];
                int to = group == TOTAL ? slots.keys().length : slots.starts()[group + 1];
                // sums in hundredths are added as longs, and converted so (Valuation.Converter.addHundredths)
                for (int k = from; k < to; k++) {
                    long key = slots.keys()[k];
                    CurrencyUnit c = currencies.get(Sums.currency(key));
                    LocalDate on = date(dates, Sums.day(key));
                    converter.addHundredths(c, on, slots.hundredths()[k]);
                    BigDecimal more = sums.exactPart(key);
                    if (more != null) {
                        converter.add(c, on, more);
                    }
                }
                for (int at = pledges.from(group); at < pledges.to(group); at++) {
                    BigDecimal exact = pledges.exactNumber(at);
                    if (exact != null) {
                        converter.add(currencies.get(pledges.currency(at)), date(dates, pledges.day(at)), exact);
                    } else {
                        converter.addHundredths(currencies.get(pledges.currency(at)), date(dates, pledges.day(at)), pledges.hundredths(at));
                    }
                }
                ConvertedAmount converted = converter.finish();
                if (group == TOTAL) {
                    total = converted;
                } else {
                    (groupIsPledger.get(group) ? byPledger : bySector).put(groupNames.get(group), converted);
                }
            }
            return new PledgeTotals(counted, total, byPledger, bySector);
        }
    }
}
