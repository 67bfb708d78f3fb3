package org.pledgeledger.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How amounts in several currencies become one figure: the rates to use and which date they are taken at.
 * <p>
 * A conversion always says how. There are four ways:
 * <ul>
 *   <li>{@link #atOwnDates(RateTable)}: each amount at the rate of its own date (e.g. the day a
 *       pledge was announced);</li>
 *   <li>{@link #atDate(RateTable, LocalDate)}: everything at one reporting date;</li>
 *   <li>{@link #atReferenceRates(String, RateTable)}: a fixed set of reference rates, one per
 *       pair, whatever the amounts' dates (as the Green Climate Fund and the Global Fund fix the
 *       rates of a replenishment);</li>
 *   <li>{@link #atStatedEquivalents()}: the equivalent the source itself stated ("$30bn, about
 *       £22bn"), optionally falling back to another valuation where no equivalent was stated.</li>
 * </ul>
 * <pre>{@code
 *   Valuation v = Valuation.atDate(rates, LocalDate.of(2025, 9, 18));
 *   ConvertedAmount gbp = v.convert(bag, Amounts.currency("GBP"));
 *   gbp.total();   // rounded once, HALF_EVEN, to pence
 *   gbp.lines();   // per source currency: the sum, the rate, its date and its source
 * }</pre>
 * Amounts already in the target currency are carried over unconverted, under every valuation.
 * Conversion is exact and rounds once, on the total: see {@link ConvertedAmount}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Valuation {

    /** How a valuation turns amounts in several currencies into one. */
    public enum Kind {
        /** Each amount at the rate of its own date: {@link #atOwnDates(RateTable)}. */
        OWN_DATES,
        /** Every amount at the rates of one reporting date: {@link #atDate(RateTable, LocalDate)}. */
        AT_DATE,
        /** A fixed, named set of reference rates: {@link #atReferenceRates(String, RateTable)}. */
        REFERENCE,
        /** The equivalents the sources stated, with an optional fallback: {@link #atStatedEquivalents(Valuation)}. */
        STATED
    }

    private final Kind kind;
    private final RateTable rates;
    private final LocalDate date;
    private final String name;
    private final Valuation fallback;

    private Valuation(Kind kind, RateTable rates, LocalDate date, String name, Valuation fallback) {
        this.kind = kind;
        this.rates = rates;
        this.date = date;
        this.name = name;
        this.fallback = fallback;
    }

    /**
     * Returns the valuation that converts each amount at the rate of its own date.
     * <p>
     * {@code Valuation.atOwnDates(rates)}
     *
     * @param rates  the rates, with their staleness and pivot rules, not null
     * @return the valuation, never null
     */
    public static Valuation atOwnDates(RateTable rates) {
        return new Valuation(Kind.OWN_DATES, Objects.requireNonNull(rates, "rates"), null, null, null);
    }

    /**
     * Returns the valuation that converts everything at the rates of one reporting date.
     * <p>
     * {@code Valuation.atDate(rates, LocalDate.of(2025, 12, 31))}
     *
     * @param rates  the rates, with their staleness and pivot rules, not null
     * @param date  the reporting date, not null
     * @return the valuation, never null
     */
    public static Valuation atDate(RateTable rates, LocalDate date) {
        return new Valuation(Kind.AT_DATE, Objects.requireNonNull(rates, "rates"),
                Objects.requireNonNull(date, "date"), null, null);
    }

    /**
     * Returns the valuation that converts at a fixed set of reference rates, whatever the amounts' dates.
     * <p>
     * {@code Valuation.atReferenceRates("GCF-2 reference rates", fixed)}. Each pair may be stated in
     * either direction (the other is its inverse), but only once.
     *
     * @param name  the name of the set, shown in every result, not blank
     * @param referenceRates  the reference rates, at most one per pair in either direction, not null
     * @return the valuation, never null
     * @throws IllegalArgumentException if the name is blank or a pair has more than one rate
     */
    public static Valuation atReferenceRates(String name, RateTable referenceRates) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referenceRates, "referenceRates");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Reference rate set has a blank name: results must say which set was used");
        }
        List<DatedRate> seen = new ArrayList<>();
        for (DatedRate r : referenceRates.rates()) {
            for (DatedRate s : seen) {
                if (s.base().equals(r.base()) && s.term().equals(r.term())
                        || s.base().equals(r.term()) && s.term().equals(r.base())) {
                    throw new IllegalArgumentException("Reference rates '" + name + "' hold two rates for one pair: "
                            + s + " and " + r + " (a fixed set has one rate per pair)");
                }
            }
            seen.add(r);
        }
        return new Valuation(Kind.REFERENCE, referenceRates, null, name, null);
    }

    /**
     * Returns the valuation that takes the equivalents the sources stated, and fails for an amount
     * whose source stated none in the target currency.
     * <p>
     * {@code Valuation.atStatedEquivalents().convert(List.of(microsoft), GBP)}
     *
     * @return the valuation, never null
     */
    public static Valuation atStatedEquivalents() {
        return new Valuation(Kind.STATED, null, null, null, null);
    }

    /**
     * Returns the valuation that takes the equivalents the sources stated and converts every other
     * amount by a fallback valuation.
     * <p>
     * {@code Valuation.atStatedEquivalents(Valuation.atOwnDates(rates))}
     *
     * @param fallback  the valuation for amounts without a stated equivalent, not null
     * @return the valuation, never null
     */
    public static Valuation atStatedEquivalents(Valuation fallback) {
        return new Valuation(Kind.STATED, null, null, null, Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * Returns how this valuation converts.
     * <p>
     * {@code Valuation.atDate(rates, date).kind() == Valuation.Kind.AT_DATE}
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the rate table a rate-based valuation uses; empty for stated equivalents.
     *
     * @return the rates, never null
     */
    public Optional<RateTable> rates() {
        return Optional.ofNullable(rates);
    }

    /**
     * Returns the reporting date of an {@link Kind#AT_DATE} valuation; empty for the others.
     *
     * @return the date, never null
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns the name of a {@link Kind#REFERENCE} rate set; empty for the others.
     *
     * @return the name, never null
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Returns the fallback of a stated-equivalents valuation, if it has one.
     *
     * @return the fallback, never null
     */
    public Optional<Valuation> fallback() {
        return Optional.ofNullable(fallback);
    }

    /**
     * Converts dated amounts into one currency.
     * <p>
     * Conversion is an exact multiplication, so the amounts that meet the same rate are summed
     * exactly first and converted once: (a + b) x r is a x r + b x r to the last digit.
     *
     * @param amounts  the amounts, not null, no null elements
     * @param target  the currency to convert into, not null
     * @return the converted total with its provenance, never null
     * @throws MissingRateException if a rate the valuation needs is missing
     * @throws IllegalArgumentException if a stated-equivalents valuation without fallback meets an
     *     amount with no equivalent in the target currency
     */
    public ConvertedAmount convert(Collection<DatedAmount> amounts, CurrencyUnit target) {
        Objects.requireNonNull(amounts, "amounts");
        Converter converter = converter(target);
        for (DatedAmount amount : amounts) {
            converter.add(Objects.requireNonNull(amount, "amounts element"));
        }
        return converter.finish();
    }

    /**
     * Returns a converter into one currency for many conversions in a row, which finds each rate
     * once and takes sums that need no {@link MonetaryAmount}.
     * <pre>{@code
     *   Valuation.Converter c = Valuation.atOwnDates(rates).converter(GBP);
     *   for (Group g : groups) {
     *       g.sums().forEach(s -> c.add(s.currency(), s.date(), s.exactSum()));
     *       g.setTotal(c.finish());      // a ConvertedAmount, as convert(...) gives
     *   }
     * }</pre>
     * A report of a million pledges in five thousand groups meets a few thousand rates a million
     * times: the converter asks the rate table once per currency and rate date.
     *
     * @param target  the currency to convert into, not null
     * @return a new converter, never null
     */
    public Converter converter(CurrencyUnit target) {
        return new Converter(this, Objects.requireNonNull(target, "target"));
    }

    /**
     * Converts many groups of amounts into one currency under one valuation: {@link #add add} a
     * group's amounts, then {@link #finish()} gives its {@link ConvertedAmount}, the same as
     * {@link Valuation#convert(Collection, CurrencyUnit)} of those amounts would give.
     * <p>
     * The rates are found as amounts are added, so a missing rate is an error at once; each is
     * found once and remembered for the converter's life. The lines of a result are made when
     * someone asks for them.
     * <p>
     * Not thread-safe: one converter is used by one thread. Its results are immutable and thread-safe.
     */
    public static final class Converter {

        private final Valuation valuation;
        private final CurrencyUnit target;
        /** The valuation whose rates convert amounts without a stated equivalent; null if there is none. */
        private final Valuation rated;
        /** The rates met so far: per currency, per rate date (null for no date). */
        private final Map<CurrencyUnit, Map<LocalDate, Slot>> slots = new HashMap<>();
        /** The currency met last, whether it is the target, and its slots: most sums come in runs of one currency. */
        private CurrencyUnit lastCurrency;
        private boolean lastSame;
        private Map<LocalDate, Slot> lastSlots;
        /**
         * This group's sums: one per slot met, in the order met, each the exact number in
         * {@code groupSums} (null for none) plus the hundredths in {@code groupHundredths}: most sums
         * are added and converted as {@code long}s, so that the group's total is mostly worked out
         * in {@code long} arithmetic, exactly, and few {@code BigDecimal}s are made or added.
         */
        private Slot[] groupSlots = new Slot[16];
        private BigDecimal[] groupSums = new BigDecimal[16];
        private long[] groupHundredths = new long[16];
        /** Whether hundredths were added to the slot, which gives its sum a scale of at least two. */
        private boolean[] groupHadHundredths = new boolean[16];
        private int size;
        private int generation;
        /** This group's lines at stated equivalents, made at once. */
        private final List<ConversionLine> stated = new ArrayList<>();

        private Converter(Valuation valuation, CurrencyUnit target) {
            this.valuation = valuation;
            this.target = target;
            Valuation v = valuation;
            while (v != null && v.kind == Kind.STATED) {
                v = v.fallback;
            }
            this.rated = v;
        }

        /** A currency and rate date met: its rate (null for the target currency), and where this group sums it. */
        private static final class Slot {
            final CurrencyUnit currency;
            final DatedRate rate;
            /** The rate's unscaled number, if it fits a {@code long} and its scale a sum's; else {@link #NO_LONG}. */
            final long rateUnscaled;
            /** The scale of a product of hundredths and the rate: the rate's scale plus two. */
            final int productScale;
            int generation = -1;
            int index;

            Slot(CurrencyUnit currency, DatedRate rate) {
                this.currency = currency;
                this.rate = rate;
                if (rate == null) {
                    rateUnscaled = 1;
                    productScale = 2;
                } else {
                    BigDecimal number = rate.rate();
                    boolean fits = number.precision() <= 18 && number.scale() >= -2 && number.scale() <= MAX_SCALE - 2;
                    rateUnscaled = fits ? number.unscaledValue().longValueExact() : NO_LONG;
                    productScale = fits ? number.scale() + 2 : -1;
                }
            }
        }

        /**
         * The exact total of a group's sums, each converted at its slot's rate: products of
         * hundredths and a rate whose number fits a {@code long} are summed as 128-bit integers,
         * one for each scale (a high and a low {@code long}); every other part, and any sum that
         * would overflow 128 bits, as {@code BigDecimal}s. Its value and scale are those of adding
         * each sum times its rate as {@code BigDecimal}s. A product of hundredths beyond two
         * billion in dollars or euros and a rate of eight decimals overflows a {@code long}, so W1M's
         * had mostly been converted and added as {@code BigDecimal}s.
         */
        private static BigDecimal total(Slot[] slots, BigDecimal[] exact, long[] hundredths, boolean[] had) {
            BigDecimal total = BigDecimal.ZERO;
            long[] highs = null;
            long[] lows = null;
            long scales = 0;
            for (int i = 0; i < slots.length; i++) {
                Slot slot = slots[i];
                if (exact[i] != null) {
                    total = total.add(slot.rate == null ? exact[i] : slot.rate.convert(exact[i]));
                }
                if (!had[i]) {
                    continue;
                }
                long h = hundredths[i];
                if (slot.rateUnscaled != NO_LONG) {
                    // the product, exact in 128 bits, added to its scale's sum with the low words' carry
                    long low = slot.rateUnscaled * h;
                    long high = Math.multiplyHigh(slot.rateUnscaled, h);
                    if (highs == null) {
                        highs = new long[MAX_SCALE + 1];
                        lows = new long[MAX_SCALE + 1];
                    }
                    int scale = slot.productScale;
                    long sumLow = lows[scale] + low;
                    long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
                    long sumHigh = highs[scale] + high;
                    boolean overflows = ((highs[scale] ^ sumHigh) & (high ^ sumHigh)) < 0 || carry == 1 && sumHigh == Long.MAX_VALUE;
                    if (!overflows) {
                        lows[scale] = sumLow;
                        highs[scale] = sumHigh + carry;
                        scales |= 1L << scale;
                        continue;
                    }
                }
                // beyond 128 bits, or a rate beyond a long: as BigDecimals
                BigDecimal number = BigDecimal.valueOf(h, 2);
                total = total.add(slot.rate == null ? number : slot.rate.convert(number));
            }
            for (int scale = 0; scale <= MAX_SCALE; scale++) {
                if ((scales & (1L << scale)) != 0) {
                    total = total.add(new BigDecimal(int128(highs[scale], lows[scale]), scale));
                }
            }
            return total;
        }

        /** The integer {@code high * 2^64 + low}, the low word unsigned. */
        private static BigInteger int128(long high, long low) {
            BigInteger unsignedLow = low >= 0 ? BigInteger.valueOf(low) : BigInteger.valueOf(low).add(BigInteger.ONE.shiftLeft(Long.SIZE));
            return high == 0 ? unsignedLow : BigInteger.valueOf(high).shiftLeft(Long.SIZE).add(unsignedLow);
        }

        /** No {@code long} holds the rate's number. */
        private static final long NO_LONG = Long.MIN_VALUE;
        /** The largest scale a total sums in {@code long}s: beyond it, products are summed as {@code BigDecimal}s. */
        private static final int MAX_SCALE = 40;

        /**
         * Adds a dated amount to the group, converting it at its stated equivalent if the valuation
         * takes those and its source stated one in the target currency.
         *
         * @param amount  the amount, not null
         * @return this converter, never null
         * @throws MissingRateException if a rate the valuation needs is missing
         * @throws IllegalArgumentException if a stated-equivalents valuation without fallback meets
         *     an amount with no equivalent in the target currency
         */
        public Converter add(DatedAmount amount) {
            Objects.requireNonNull(amount, "amount");
            MonetaryAmount a = amount.amount();
            if (valuation.kind == Kind.STATED && !a.getCurrency().equals(target)) {
                Optional<StatedEquivalent> eq = amount.equivalent(target);
                if (eq.isPresent()) {
                    stated.add(Valuation.stated(amount, eq.get()));
                    return this;
                }
                if (rated == null) {
                    throw new IllegalArgumentException("Valuation " + valuation + " cannot convert " + amount
                            + ": its source stated no " + target.getCurrencyCode()
                            + " equivalent; use Valuation.atStatedEquivalents(fallback)");
                }
            }
            return add(a.getCurrency(), amount.date(), Amounts.number(a));
        }

        /**
         * Adds an exact sum of amounts in one currency, all dated on one date, to the group: the
         * date is the one a valuation at each amount's own date takes the rate of. Such a sum has
         * no stated equivalent.
         *
         * @param currency  the currency of the sum, not null
         * @param date  the date of the amounts summed, not null
         * @param exactSum  the exact sum, not null
         * @return this converter, never null
         * @throws MissingRateException if a rate the valuation needs is missing
         * @throws IllegalArgumentException if the valuation takes stated equivalents and has no
         *     fallback, and the currency is not the target
         */
        public Converter add(CurrencyUnit currency, LocalDate date, BigDecimal exactSum) {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(exactSum, "exactSum");
            Slot slot = slot(currency, date);
            if (slot.generation == generation) {
                groupSums[slot.index] = plus(groupSums[slot.index], exactSum);
            } else {
                newSlot(slot, exactSum);
            }
            return this;
        }

        /**
         * Adds a sum given in hundredths of its currency's unit to the group: the number
         * {@code hundredths / 100}, exactly, as {@link #add(CurrencyUnit, LocalDate, BigDecimal)}
         * adds {@code BigDecimal.valueOf(hundredths, 2)}, but making no number: a total of a
         * million pledges with two decimals is summed and converted in {@code long}s.
         * <p>
         * {@code converter.addHundredths(GBP, LocalDate.of(2025, 9, 16), 500_000_000_000L)} adds GBP 5000000000.00.
         *
         * @param currency  the currency of the sum, not null
         * @param date  the date of the amounts summed, not null
         * @param hundredths  the sum in hundredths of the currency's unit
         * @return this converter, never null
         * @throws MissingRateException if a rate the valuation needs is missing
         * @throws IllegalArgumentException as {@link #add(CurrencyUnit, LocalDate, BigDecimal)}
         */
        public Converter addHundredths(CurrencyUnit currency, LocalDate date, long hundredths) {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(date, "date");
            Slot slot = slot(currency, date);
            int at = slot.generation == generation ? slot.index : newSlot(slot, null);
            groupHadHundredths[at] = true;
            long sum = groupHundredths[at] + hundredths;
            if (((groupHundredths[at] ^ sum) & (hundredths ^ sum)) < 0) {
                // the long would overflow: the hundredths so far join the exact part
                groupSums[at] = plus(groupSums[at], BigDecimal.valueOf(groupHundredths[at], 2).add(BigDecimal.valueOf(hundredths, 2)));
                groupHundredths[at] = 0;
            } else {
                groupHundredths[at] = sum;
            }
            return this;
        }

        /** Makes the slot this group's next, its sum the given number (null for none yet); returns its index. */
        private int newSlot(Slot slot, BigDecimal exactSum) {
            if (size == groupSlots.length) {
                groupSlots = Arrays.copyOf(groupSlots, 2 * size);
                groupSums = Arrays.copyOf(groupSums, 2 * size);
                groupHundredths = Arrays.copyOf(groupHundredths, 2 * size);
                groupHadHundredths = Arrays.copyOf(groupHadHundredths, 2 * size);
            }
            slot.generation = generation;
            slot.index = size;
            groupSlots[size] = slot;
            groupSums[size] = exactSum;
            groupHundredths[size] = 0;
            groupHadHundredths[size] = false;
            return size++;
        }

        private static BigDecimal plus(BigDecimal a, BigDecimal b) {
            return a == null ? b : a.add(b);
        }

        private Slot slot(CurrencyUnit currency, LocalDate date) {
            if (currency != lastCurrency) {
                lastSame = currency.equals(target);
                lastSlots = slots.computeIfAbsent(currency, c -> new HashMap<>());
                lastCurrency = currency;
            }
            boolean same = lastSame;
            if (!same && rated == null) {
                throw new IllegalArgumentException("Valuation " + valuation + " cannot convert a " + currency.getCurrencyCode()
                        + " sum dated " + date + ": it takes only the equivalents sources stated, and a bare sum states none;"
                        + " use Valuation.atStatedEquivalents(fallback)");
            }
            LocalDate on = same || rated.kind == Kind.REFERENCE ? null : rated.kind == Kind.OWN_DATES ? date : rated.date;
            Slot slot = lastSlots.get(on);
            if (slot == null) {
                slot = new Slot(currency, same ? null : rated.rateFor(currency, target, on));
                lastSlots.put(on, slot);
            }
            return slot;
        }

        /**
         * Returns the conversion of the group added since the last finish, and starts a new group.
         *
         * @return the converted total with its provenance, never null
         */
        public ConvertedAmount finish() {
            int n = size;
            Slot[] slotsOf = Arrays.copyOf(groupSlots, n);
            BigDecimal[] exact = Arrays.copyOf(groupSums, n);
            long[] hundredths = Arrays.copyOf(groupHundredths, n);
            boolean[] had = Arrays.copyOf(groupHadHundredths, n);
            List<ConversionLine> statedLines = List.copyOf(stated);
            BigDecimal total = total(slotsOf, exact, hundredths, had);
            for (ConversionLine line : statedLines) {
                total = total.add(line.converted());
            }
            Arrays.fill(groupSlots, 0, n, null);
            Arrays.fill(groupSums, 0, n, null);
            size = 0;
            generation++;
            stated.clear();
            CurrencyUnit into = target;
            return ConvertedAmount.deferred(target, valuation.toString(), total, () -> {
                List<ConversionLine> lines = new ArrayList<>(n + statedLines.size());
                for (int i = 0; i < n; i++) {
                    BigDecimal sum = had[i] ? plus(exact[i], BigDecimal.valueOf(hundredths[i], 2)) : exact[i];
                    MonetaryAmount amount = Amounts.of(sum, slotsOf[i].currency);
                    DatedRate rate = slotsOf[i].rate;
                    lines.add(rate == null
                            ? new ConversionLine(ConversionLine.Method.SAME_CURRENCY, amount, into, sum, Optional.empty())
                            : new ConversionLine(ConversionLine.Method.RATE, amount, into, rate.convert(sum), Optional.of(rate)));
                }
                lines.addAll(statedLines);
                return lines;
            });
        }
    }

    /**
     * Converts one dated amount into a currency.
     *
     * @param amount  the amount, not null
     * @param target  the currency to convert into, not null
     * @return the converted amount with its provenance, never null
     * @throws MissingRateException if a rate the valuation needs is missing
     * @throws IllegalArgumentException if a stated equivalent is needed and absent
     */
    public ConvertedAmount convert(DatedAmount amount, CurrencyUnit target) {
        return convert(List.of(Objects.requireNonNull(amount, "amount")), target);
    }

    /**
     * Converts a multi-currency bag into one currency.
     * <p>
     * A bag holds no dates and no stated equivalents, so only valuations at one reporting date or
     * at reference rates can convert it.
     *
     * @param bag  the bag, not null
     * @param target  the currency to convert into, not null
     * @return the converted total with its provenance, never null
     * @throws MissingRateException if a rate is missing
     * @throws IllegalArgumentException if this valuation needs each amount's own date or stated
     *     equivalent, which a bag does not have
     */
    public ConvertedAmount convert(MultiCurrencyAmount bag, CurrencyUnit target) {
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(target, "target");
        if (kind == Kind.OWN_DATES || kind == Kind.STATED) {
            throw new IllegalArgumentException("Valuation " + this + " cannot convert the bag " + bag
                    + ": a bag has no dates or stated equivalents; convert DatedAmounts, or value the bag"
                    + " at one date or at reference rates");
        }
        List<ConversionLine> lines = new ArrayList<>(bag.size());
        for (MonetaryAmount amount : bag.amounts()) {
            lines.add(atRate(amount, target, date));
        }
        return ConvertedAmount.of(target, toString(), lines);
    }

    private ConversionLine atRate(MonetaryAmount amount, CurrencyUnit target, LocalDate on) {
        if (amount.getCurrency().equals(target)) {
            return sameCurrency(amount);
        }
        DatedRate rate = rateFor(amount.getCurrency(), target, on);
        return new ConversionLine(ConversionLine.Method.RATE, amount, target, rate.convert(Amounts.number(amount)),
                Optional.of(rate));
    }

    private DatedRate rateFor(CurrencyUnit base, CurrencyUnit term, LocalDate on) {
        return kind == Kind.REFERENCE ? referenceRate(base, term) : rates.rate(base, term, on);
    }

    private DatedRate referenceRate(CurrencyUnit base, CurrencyUnit term) {
        for (DatedRate r : rates.rates()) {
            if (r.base().equals(base) && r.term().equals(term)) {
                return r;
            }
            if (r.base().equals(term) && r.term().equals(base)) {
                return r.inverse();
            }
        }
        List<DatedRate> related = rates.rates().stream()
                .filter(r -> r.base().equals(base) || r.term().equals(base) || r.base().equals(term) || r.term().equals(term))
                .toList();
        LocalDate latest = rates.rates().stream().map(DatedRate::date).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        throw new MissingRateException(base, term, latest, Period.ZERO, related,
                "reference rates '" + name + "' fix no " + base.getCurrencyCode() + "/" + term.getCurrencyCode()
                        + " rate in either direction");
    }

    private static ConversionLine stated(DatedAmount item, StatedEquivalent eq) {
        BigDecimal from = Amounts.number(item.amount());
        BigDecimal to = Amounts.number(eq.amount());
        DatedRate implied = new DatedRate(item.date(), item.amount().getCurrency(), eq.amount().getCurrency(),
                to.divide(from, MathContext.DECIMAL128), "implied by stated equivalent: " + eq.source(), List.of());
        return new ConversionLine(ConversionLine.Method.STATED_EQUIVALENT, item.amount(), eq.amount().getCurrency(),
                to, Optional.of(implied));
    }

    private static ConversionLine sameCurrency(MonetaryAmount amount) {
        return new ConversionLine(ConversionLine.Method.SAME_CURRENCY, amount, amount.getCurrency(),
                Amounts.number(amount), Optional.empty());
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Valuation other && kind == other.kind
                && Objects.equals(rates, other.rates) && Objects.equals(date, other.date)
                && Objects.equals(name, other.name) && Objects.equals(fallback, other.fallback));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rates, date, name, fallback);
    }

    /**
     * Returns a description such as {@code "at rates of 2025-09-18"} or {@code "at stated equivalents"}.
     *
     * @return the description carried by every result, never null
     */
    @Override
    public String toString() {
        return switch (kind) {
            case OWN_DATES -> "at each amount's own date";
            case AT_DATE -> "at rates of " + date;
            case REFERENCE -> "at reference rates '" + name + "'";
            case STATED -> fallback == null ? "at stated equivalents"
                    : "at stated equivalents, otherwise " + fallback;
        };
    }
}
