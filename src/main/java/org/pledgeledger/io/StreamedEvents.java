package org.pledgeledger.io;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.money.CurrencyUnit;

import org.pledgeledger.io.JsonLine.Token;
import org.pledgeledger.io.JsonLine.Unread;
import org.pledgeledger.ledger.EventBatch;
import org.pledgeledger.ledger.EventId;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Novelty;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;

/**
 * Reads a journal line in the common shape of a pledge event from its bytes ({@link JsonLine}): no
 * tree is built, no field name is made into a string, and no string is made for a date, a constant's
 * name, a currency code or a number.
 * <p>
 * It is a fast path, and nothing more: a line in any other shape gives null, and is then read as a
 * tree by {@link LedgerJson.EventReader}, which reads every shape and names every error. The other
 * shapes are a line whose first field is not its type, agreement, condition and correction events,
 * a pledge with stated equivalents or phasing, a novelty naming an earlier pledge, a delivery with
 * its rate, a source given by its key, an explicit null, a blank string, an unknown or repeated
 * field, a value of another JSON type, a string with an escape or a character outside ASCII,
 * anything after the object, and any value the model rejects. A line this class reads gives an
 * event equal to the one the tree reader gives, sharing the same instances ({@link Shared}); but a
 * delivery without a rate gives its values ({@link Delivery}), which are checked, and its amount
 * made, only when they are added to a batch or made into the event.
 * <p>
 * Not thread-safe: one for each thread of a read, all sharing one {@link Shared}.
 */
final class StreamedEvents {

    private final Shared shared;
    /**
     * The last source read, and its bytes after its opening brace: a journal cites one source in
     * many events in a row, written the same way each time.
     */
    private Source lastSource;
    private byte[] lastSourceBytes;

    /** The fields of an event, one bit each, to tell which were given and that none came twice. */
    private static final int TYPE = 1;
    private static final int ID = 1 << 1;
    private static final int EFFECTIVE = 1 << 2;
    private static final int RECORDED = 1 << 3;
    private static final int BASIS = 1 << 4;
    private static final int PLEDGE = 1 << 5;
    private static final int SOURCE = 1 << 6;
    private static final int AMOUNT = 1 << 7;
    private static final int REASON = 1 << 8;
    /** The fields every pledge event after its announcement has. */
    private static final int DATED = TYPE | ID | EFFECTIVE | RECORDED | BASIS | PLEDGE | SOURCE;

    StreamedEvents(Shared shared) {
        this.shared = shared;
    }

    /**
     * The lines of a run and what was read of them.
     *
     * @param ends  the position of each line's newline, in order
     * @param events  each line's event, or its {@link Delivery}, or null for a line not in the common shape
     */
    record Lines(int[] ends, Object[] events) {

        /**
         * Returns the event of line {@code k}, made of its values if it is a delivery.
         *
         * @return the event, or null for a line not in the common shape or not valid
         */
        LedgerEvent event(int k) {
            Object read = events[k];
            if (read instanceof Delivery d) {
                try {
                    return d.event();
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            return (LedgerEvent) read;
        }
    }

    /**
     * A delivery without a rate, as its values: its amount is made only when the event is, so that
     * a batch keeps its number and currency ({@link EventBatch#addDelivery}). Its values are checked
     * when it is added or made, not when it is read.
     */
    record Delivery(EventId id, PledgeId pledgeId, LocalDate effective, LocalDate recorded, Source source, Basis basis, BigDecimal number,
            CurrencyUnit currency) {

        /** The event, its amount made. */
        LedgerEvent event() {
            return new PledgeEvent.DeliveryRecorded(id, pledgeId, effective, recorded, source, basis, Amounts.of(number, currency),
                    Optional.empty());
        }

        /** Adds the delivery to a batch, as its values. */
        void addTo(EventBatch batch) {
            batch.addDelivery(id, pledgeId, effective, recorded, source, basis, number, currency);
        }
    }

    /**
     * Reads every line of a run of lines, each ending in its newline.
     *
     * @return the lines and their events, never null
     */
    Lines readAll(byte[] bytes) {
        return readAll(bytes, 0, bytes.length);
    }

    /**
     * Reads every line of the run of lines {@code bytes[from, to)}, each ending in its newline.
     *
     * @return the lines and their events, the ends being positions in the array, never null
     */
    Lines readAll(byte[] bytes, int from, int to) {
        // each line read as soon as its end is found, while its bytes are still in the cache
        int[] ends = new int[64];
        // an Object[], which takes any event without a check of its class: a LedgerEvent[] was
        // compiled for the class it had seen, the announcements, and compiled again at the first other event
        Object[] events = new Object[64];
        int lines = 0;
        for (int start = from, end; (end = Bytes.indexOfNewline(bytes, start, to)) >= 0; start = end + 1) {
            if (lines == ends.length) {
                ends = Arrays.copyOf(ends, 2 * lines);
                events = Arrays.copyOf(events, 2 * lines);
            }
            ends[lines] = end;
            events[lines++] = read(bytes, start, end);
        }
        return new Lines(Arrays.copyOf(ends, lines), Arrays.copyOf(events, lines));
    }

    /**
     * Reads the line {@code bytes[from, to)}, without its newline.
     *
     * @return the event or {@link Delivery}, or null if the line is not in the common shape (or not valid)
     */
    private Object read(byte[] bytes, int from, int to) {
        try {
            // one object, and nothing after it
            if (line.reset(bytes, from, to).next() != Token.START_OBJECT) {
                return null;
            }
            Object event = event(line);
            line.end();
            return event;
        } catch (Unread | IllegalArgumentException | IllegalStateException | DateTimeException e) {
            // the tree reader reads the line again, and names the problem if there is one
            return null;
        }
    }

    private static void expect(Token token, Token expected) {
        if (token != expected) {
            throw Unread.INSTANCE;
        }
    }

    /**
     * An event, its type first, as the library writes it; the type decides which of two readers
     * reads the other fields, in any order, each at most once. Announcements and later events are
     * each read by a method of their own, which the compiler compiles on its own: a journal's
     * announcements come first, and one method reading both would be compiled again, whole, when
     * the later events began.
     */
    private Object event(JsonLine p) {
        if (field(p, p.next()) != Field.TYPE) {
            throw Unread.INSTANCE;
        }
        String type = spelled(p, TYPES, TYPES);
        return type.equals("pledge.announced") ? announced(p) : dated(p, type);
    }

    /** An announcement, its type read. */
    private LedgerEvent announced(JsonLine p) {
        EventId id = null;
        LocalDate recorded = null;
        Basis basis = null;
        Pledge pledge = null;
        for (Token t = p.next(); t != Token.END_OBJECT; t = p.next()) {
            switch (field(p, t)) {
                // made from the line's bytes where it packs: no string
                case ID -> id = once(id, EventId.of(chars.next(p)));
                case RECORDED -> recorded = once(recorded, date(p));
                case BASIS -> basis = once(basis, spelled(p, BASES, BASIS_NAMES));
                case PLEDGE -> {
                    expect(p.next(), Token.START_OBJECT);
                    pledge = once(pledge, pledge(p));
                }
                default -> throw Unread.INSTANCE;
            }
        }
        if (id == null || recorded == null || basis == null || pledge == null) {
            throw Unread.INSTANCE;
        }
        return new PledgeEvent.Announced(id, pledge, recorded, basis);
    }

    /** A pledge event after its announcement, its type read: a delivery as its values ({@link Delivery}). */
    private Object dated(JsonLine p, String type) {
        EventId id = null;
        LocalDate effective = null;
        LocalDate recorded = null;
        Basis basis = null;
        PledgeId subject = null;
        Source source = null;
        Decimal amount = null;
        String reason = null;
        int seen = TYPE;
        for (Token t = p.next(); t != Token.END_OBJECT; t = p.next()) {
            int bit;
            switch (field(p, t)) {
                case ID -> {
                    bit = ID;
                    id = EventId.of(chars.next(p));
                }
                case EFFECTIVE -> {
                    bit = EFFECTIVE;
                    effective = date(p);
                }
                case RECORDED -> {
                    bit = RECORDED;
                    recorded = date(p);
                }
                case BASIS -> {
                    bit = BASIS;
                    basis = spelled(p, BASES, BASIS_NAMES);
                }
                case PLEDGE -> {
                    bit = PLEDGE;
                    subject = shared.pledgeId(chars.next(p));
                }
                case SOURCE -> {
                    bit = SOURCE;
                    expect(p.next(), Token.START_OBJECT);
                    source = source(p);
                }
                case AMOUNT -> {
                    bit = AMOUNT;
                    amount = decimalAmount(p);
                }
                case REASON -> {
                    bit = REASON;
                    reason = sharedText(p);
                }
                default -> throw Unread.INSTANCE;
            }
            if ((seen & bit) != 0) {
                throw Unread.INSTANCE;
            }
            seen |= bit;
        }
        if ((seen & DATED) != DATED) {
            throw Unread.INSTANCE;
        }
        int extra = seen & ~DATED;
        switch (type) {
            case "pledge.committed":
                require(extra, 0);
                return new PledgeEvent.Committed(id, subject, effective, recorded, source, basis);
            case "pledge.fulfilled":
                require(extra, 0);
                return new PledgeEvent.Fulfilled(id, subject, effective, recorded, source, basis);
            case "pledge.delivered":
                require(extra, AMOUNT);
                return new Delivery(id, subject, effective, recorded, source, basis, amount.number(), amount.currency());
            case "pledge.revised":
                require(extra, AMOUNT | REASON);
                return new PledgeEvent.AmountRevised(id, subject, effective, recorded, source, basis,
                        Amounts.of(amount.number(), amount.currency()), reason);
            case "pledge.paused":
                require(extra, REASON);
                return new PledgeEvent.Paused(id, subject, effective, recorded, source, basis, reason);
            case "pledge.resumed":
                require(extra, REASON);
                return new PledgeEvent.Resumed(id, subject, effective, recorded, source, basis, reason);
            case "pledge.withdrawn":
                require(extra, REASON);
                return new PledgeEvent.Withdrawn(id, subject, effective, recorded, source, basis, reason);
            default:
                throw Unread.INSTANCE;
        }
    }

    private static void require(int fields, int expected) {
        if (fields != expected) {
            throw Unread.INSTANCE;
        }
    }

    /** A pledge, its start token read; the same calls, in the same order, as the tree reader's. */
    private Pledge pledge(JsonLine p) {
        PledgeId id = null;
        Party pledger = null;
        String beneficiary = null;
        Decimal amount = null;
        LocalDate announced = null;
        Set<Sector> sectors = null;
        String period = null;
        Novelty novelty = null;
        List<Source> sources = null;
        boolean equivalents = false;
        for (Token t = p.next(); t != Token.END_OBJECT; t = p.next()) {
            switch (field(p, t)) {
                case ID -> id = once(id, shared.pledgeId(chars.next(p)));
                case PLEDGER -> {
                    expect(p.next(), Token.START_OBJECT);
                    pledger = once(pledger, party(p));
                }
                case BENEFICIARY -> beneficiary = once(beneficiary, sharedText(p));
                case AMOUNT -> amount = once(amount, decimalAmount(p));
                case ANNOUNCED -> announced = once(announced, date(p));
                case SECTORS -> sectors = once(sectors, sectors(p));
                case PERIOD -> period = once(period, sharedText(p));
                case NOVELTY -> novelty = once(novelty, novelty(p));
                case SOURCES -> sources = once(sources, sources(p));
                case EQUIVALENTS -> {
                    // only none: a pledge with stated equivalents is read as a tree
                    if (equivalents) {
                        throw Unread.INSTANCE;
                    }
                    equivalents = true;
                    expect(p.next(), Token.START_ARRAY);
                    expect(p.next(), Token.END_ARRAY);
                }
                default -> throw Unread.INSTANCE;
            }
        }
        if (id == null || pledger == null || beneficiary == null || amount == null || announced == null) {
            throw Unread.INSTANCE;
        }
        Pledge.Builder b = Pledge.builder(id, pledger, beneficiary, amount.number(), amount.currency(), announced);
        b.sectors(sectors != null ? sectors : shared.share(Set.<Sector>of()));
        if (period != null) {
            b.period(shared.period(period));
        }
        if (novelty != null) {
            b.novelty(novelty);
        }
        b.sources(sources != null ? sources : shared.share(List.<Source>of()));
        return b.build();
    }

    /** A value read once: a repeated field is not the common shape. */
    private static <T> T once(T before, T value) {
        if (before != null) {
            throw Unread.INSTANCE;
        }
        return value;
    }

    private Party party(JsonLine p) {
        // a short name is its slot among the short texts, its string read only for a party not met before
        String name = null;
        int slot = -1;
        Party.Kind kind = null;
        for (Token t = p.next(); t != Token.END_OBJECT; t = p.next()) {
            switch (field(p, t)) {
                case NAME -> {
                    if (name != null || slot >= 0) {
                        throw Unread.INSTANCE;
                    }
                    Token v = p.next();
                    if (v == Token.STRING && p.length() <= JsonLine.SHORT) {
                        slot = shortSlot(p, v);
                    } else {
                        name = sharedText(p, v);
                    }
                }
                case KIND -> kind = once(kind, spelled(p, PARTY_KINDS, PARTY_KIND_NAMES));
                default -> throw Unread.INSTANCE;
            }
        }
        if ((name == null && slot < 0) || kind == null) {
            throw Unread.INSTANCE;
        }
        // a party read before is found beside its name's slot, or by its shared name, with nothing made
        if (slot >= 0) {
            Party known = shortParties[slot];
            if (known != null && partyKind(slot) == kind.ordinal()) {
                return known;
            }
            Party party = shared.share(new Party(shortValues[slot], kind));
            shortParties[slot] = party;
            shortWords[META * slot + 2] = OCCUPIED | kind.ordinal();
            return party;
        }
        int k = (name.hashCode() * 31 + kind.ordinal()) & (TEXTS - 1);
        Party known = parties[k];
        if (known != null && known.name() == name && known.kind() == kind) {
            return known;
        }
        Party party = shared.share(new Party(name, kind));
        parties[k] = party;
        return party;
    }

    /** The parties with a name longer than {@link JsonLine#SHORT} read before, by the hash of their names and kinds, the last one kept for each slot. */
    private final Party[] parties = new Party[TEXTS];

    /** The sectors, the shared set: a set of one sector is found by its name, with nothing made. */
    private Set<Sector> sectors(JsonLine p) {
        expect(p.next(), Token.START_ARRAY);
        Token t = p.next();
        if (t == Token.END_ARRAY) {
            return shared.share(Set.of());
        }
        String first = sharedText(p, t);
        t = p.next();
        if (t == Token.END_ARRAY) {
            Set<Sector> one = oneSector.get(first);
            if (one == null) {
                one = shared.share(Set.of(shared.share(Sector.of(first))));
                if (oneSector.size() < TEXTS) {
                    oneSector.put(first, one);
                }
            }
            return one;
        }
        Set<Sector> sectors = new LinkedHashSet<>();
        sectors.add(shared.share(Sector.of(first)));
        for (; t != Token.END_ARRAY; t = p.next()) {
            sectors.add(shared.share(Sector.of(sharedText(p, t))));
        }
        return shared.share(Set.copyOf(sectors));
    }

    /** The sets of one sector read, by the sector's name: the first {@link #TEXTS} names met. */
    private final Map<String, Set<Sector>> oneSector = new HashMap<>();

    /** A novelty of its kind alone: one naming an earlier pledge or a re-announced amount is read as a tree. */
    private Novelty novelty(JsonLine p) {
        expect(p.next(), Token.START_OBJECT);
        if (field(p, p.next()) != Field.KIND) {
            throw Unread.INSTANCE;
        }
        Novelty.Kind kind = spelled(p, NOVELTY_KINDS, NOVELTY_KIND_NAMES);
        expect(p.next(), Token.END_OBJECT);
        Novelty novelty = novelties[kind.ordinal()];
        if (novelty == null) {
            novelty = shared.share(new Novelty(kind, Optional.empty(), Optional.empty()));
            novelties[kind.ordinal()] = novelty;
        }
        return novelty;
    }

    /** The novelties of a kind alone read, shared, by kind. */
    private final Novelty[] novelties = new Novelty[Novelty.Kind.values().length];

    /** The sources, the shared list: a list of the one source of the list before is that list again. */
    private List<Source> sources(JsonLine p) {
        expect(p.next(), Token.START_ARRAY);
        List<Source> sources = new ArrayList<>(1);
        for (Token t = p.next(); t != Token.END_ARRAY; t = p.next()) {
            expect(t, Token.START_OBJECT);
            sources.add(source(p));
        }
        if (sources.size() == 1 && lastSources != null && lastSources.get(0) == sources.get(0)) {
            return lastSources;
        }
        List<Source> list = shared.share(List.copyOf(sources));
        lastSources = list.size() == 1 ? list : lastSources;
        return list;
    }

    /** The last list of one source read. */
    private List<Source> lastSources;

    /** A source written in place, its start token read. */
    private Source source(JsonLine p) {
        // most lines cite the source of the line before, byte for byte: skip it whole
        if (lastSourceBytes != null && p.skipObjectAgain(lastSourceBytes)) {
            return lastSource;
        }
        int from = p.position();
        String publisher = null;
        String title = null;
        LocalDate date = null;
        String url = null;
        String quote = null;
        String note = null;
        for (Token t = p.next(); t != Token.END_OBJECT; t = p.next()) {
            switch (field(p, t)) {
                case PUBLISHER -> publisher = once(publisher, sharedText(p));
                case TITLE -> title = once(title, sharedText(p));
                case DATE -> date = once(date, date(p));
                case URL -> url = once(url, sharedText(p));
                case QUOTE -> quote = once(quote, sharedText(p));
                case NOTE -> note = once(note, sharedText(p));
                default -> throw Unread.INSTANCE;
            }
        }
        if (publisher == null || title == null || date == null || quote == null) {
            throw Unread.INSTANCE;
        }
        Source source = Source.of(publisher, title, date, quote);
        if (url != null) {
            source = source.withUrl(URI.create(url));
        }
        // a source equal to one read before, written otherwise, is that one ({@link Shared#share})
        lastSource = shared.share(note != null ? source.withNote(note) : source);
        lastSourceBytes = Arrays.copyOfRange(p.bytes(), from, p.position());
        return lastSource;
    }

    /**
     * An amount's number and currency, for a pledge or a delivery, which make the amount only when
     * asked: Moneta's {@code Money} writes its number as text and reads it back when it is made.
     */
    private record Decimal(BigDecimal number, CurrencyUnit currency) {
    }

    /** An amount's number and currency, {@code {"amount": "1234.56", "currency": "GBP"}}, with the decimal in a string. */
    private Decimal decimalAmount(JsonLine p) {
        expect(p.next(), Token.START_OBJECT);
        BigDecimal number = null;
        CurrencyUnit currency = null;
        for (Token t = p.next(); t != Token.END_OBJECT; t = p.next()) {
            switch (field(p, t)) {
                case AMOUNT -> number = once(number, decimal(p));
                case CURRENCY -> currency = once(currency, currency(p));
                default -> throw Unread.INSTANCE;
            }
        }
        if (number == null || currency == null) {
            throw Unread.INSTANCE;
        }
        return new Decimal(number, currency);
    }

    /*
     * Values read from the parser's characters, without making a string: a journal line holds a
     * dozen dates, names of constants, currency codes and numbers, and a string for each took a
     * fifth of the reading.
     */

    /** The next value, a plain decimal in a string. */
    private BigDecimal decimal(JsonLine p) {
        Chars c = chars.next(p);
        if (!PlainDecimal.is(c)) {
            throw Unread.INSTANCE;
        }
        return PlainDecimal.parse(c);
    }

    /** The next value, the shared date it names ({@link Shared#date}). */
    private LocalDate date(JsonLine p) {
        return shared.date(chars.next(p));
    }

    /** The next value, the constant whose name it spells. */
    private <T> T spelled(JsonLine p, T[] values, String[] names) {
        Chars c = chars.next(p);
        for (int i = 0; i < names.length; i++) {
            if (names[i].contentEquals(c)) {
                return values[i];
            }
        }
        throw Unread.INSTANCE;
    }

    /** The next value, the currency its code names: the codes met are kept, a few at most. */
    private CurrencyUnit currency(JsonLine p) {
        Chars c = chars.next(p);
        for (int i = 0; i < codes; i++) {
            if (codeTexts[i].contentEquals(c)) {
                return codeUnits[i];
            }
        }
        String code = c.toString();
        CurrencyUnit unit = Amounts.currency(code);
        if (codes < codeTexts.length) {
            codeTexts[codes] = code;
            codeUnits[codes++] = unit;
        }
        return unit;
    }

    private final Chars chars = new Chars();
    /**
     * The fields of the common shape, each named as its constant in lower case. A field's name is
     * matched once, by its bytes ({@link JsonLine#nameNumber}), and the readers switch on its constant.
     */
    private enum Field {
        TYPE, ID, EFFECTIVE, RECORDED, BASIS, PLEDGE, SOURCE, AMOUNT, REASON, PLEDGER, BENEFICIARY, ANNOUNCED, SECTORS, PERIOD,
        NOVELTY, SOURCES, EQUIVALENTS, NAME, KIND, PUBLISHER, TITLE, DATE, URL, QUOTE, NOTE, CURRENCY;

        /** The fields by number: the order their names are given to the tokeniser. */
        static final Field[] BY_NUMBER = values();
        static final String[] NAMES = Arrays.stream(BY_NUMBER).map(f -> f.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    /** The line being read, and every field name of the common shape. */
    private final JsonLine line = new JsonLine(LedgerJson.MAX_STRING_CHARS, Field.NAMES);
    private final String[] codeTexts = new String[8];
    private final CurrencyUnit[] codeUnits = new CurrencyUnit[8];
    private int codes;

    /** Every event type, the reader's own strings: one of another kind than a pledge's is read as a tree. */
    private static final String[] TYPES = LedgerJson.EVENT_TYPES.toArray(String[]::new);
    private static final Basis[] BASES = Basis.values();
    private static final String[] BASIS_NAMES = names(BASES);
    private static final Party.Kind[] PARTY_KINDS = Party.Kind.values();
    private static final String[] PARTY_KIND_NAMES = names(PARTY_KINDS);
    private static final Novelty.Kind[] NOVELTY_KINDS = Novelty.Kind.values();
    private static final String[] NOVELTY_KIND_NAMES = names(NOVELTY_KINDS);

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    /**
     * The characters of the line's current string, seen without copying them (printable ASCII, a
     * byte each); good until the line moves on. One for each reading thread.
     */
    private static final class Chars implements CharSequence {

        private byte[] bytes;
        private int offset;
        private int length;

        /** Moves to the next token, which must be a string, and shows its characters. */
        Chars next(JsonLine p) {
            return current(p, p.next());
        }

        /** Shows the characters of the token just read, which must be a string. */
        Chars current(JsonLine p, Token t) {
            if (t != Token.STRING) {
                throw Unread.INSTANCE;
            }
            bytes = p.bytes();
            offset = p.start();
            length = p.length();
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) bytes[offset + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** The field a token starts: the object's fields go on until its end token. */
    private static Field field(JsonLine p, Token t) {
        if (t != Token.NAME) {
            throw Unread.INSTANCE;
        }
        return Field.BY_NUMBER[p.nameNumber()];
    }

    /** The next value, a non-blank string, shared ({@link #sharedText(JsonLine, Token)}). */
    private String sharedText(JsonLine p) {
        return sharedText(p, p.next());
    }

    /**
     * The value just read, a non-blank string, the shared instance ({@link Shared#share}): found by
     * its bytes among the texts read before, with no string made, else made, shared and kept.
     */
    private String sharedText(JsonLine p, Token t) {
        if (t != Token.STRING) {
            throw Unread.INSTANCE;
        }
        int length = p.length();
        if (length > MAX_KEPT_TEXT) {
            return shared.share(current(p, t));
        }
        if (length <= JsonLine.SHORT) {
            return shortValues[shortSlot(p, t)];
        }
        int h = p.hash();
        int k = (h ^ (h >>> 16)) & (TEXTS - 1);
        byte[] key = textKeys[k];
        int from = p.start();
        if (key != null && key.length == length && Arrays.equals(key, 0, length, p.bytes(), from, from + length)) {
            return textValues[k];
        }
        String text = shared.share(current(p, t));
        textKeys[k] = Arrays.copyOfRange(p.bytes(), from, from + length);
        textValues[k] = text;
        return text;
    }

    /** The texts longer than {@link JsonLine#SHORT} read before, by the hash of their bytes, the last one kept for each slot; none longer than {@link #MAX_KEPT_TEXT}. */
    private static final int TEXTS = 1 << 14;
    private static final int MAX_KEPT_TEXT = 256;
    private final byte[][] textKeys = new byte[TEXTS][];
    private final String[] textValues = new String[TEXTS];
    /**
     * The slot of the string just read, of up to {@link JsonLine#SHORT} bytes, in the table of short
     * texts; the text is made, shared and kept there if it is new. The table is open-addressed by
     * the hash of the string's two words, probing on: it keeps every short text met (a journal names
     * thousands of pledgers, and a table keeping one text a slot lost a quarter of them to
     * collisions, each then made and looked up again) until it is three quarters full, and then a
     * new text takes its home slot. Words are compared, not bytes, and no string is read: a plain
     * string holds no zero byte, so equal words are equal texts.
     */
    private int shortSlot(JsonLine p, Token t) {
        long first = p.firstWord();
        long second = p.secondWord();
        int home = Bytes.hash(first, second) & (TEXTS - 1);
        int k = home;
        for (; shortWords[META * k + 2] != 0; k = (k + 1) & (TEXTS - 1)) {
            if (shortWords[META * k] == first && shortWords[META * k + 1] == second) {
                return k;
            }
        }
        String text = shared.share(current(p, t));
        if (shortTexts == SHORT_TEXTS) {
            k = home;
            shortParties[k] = null;
        } else {
            shortTexts++;
        }
        shortWords[META * k] = first;
        shortWords[META * k + 1] = second;
        shortWords[META * k + 2] = OCCUPIED;
        shortValues[k] = text;
        return k;
    }

    /** The kind's ordinal of the party kept beside a slot's text, while one is ({@link #shortParties}). */
    private int partyKind(int slot) {
        return (int) (shortWords[META * slot + 2] & 0xFF);
    }

    /** The most short texts kept, three quarters of the table's slots. */
    private static final int SHORT_TEXTS = TEXTS / 4 * 3;
    /** The longs a slot of {@link #shortWords} takes: its text's two words, and its state. */
    private static final int META = 3;
    /**
     * A slot's state: taken, and the kind's ordinal of the party kept beside it, which counts only
     * while one is ({@link #shortParties}: a text taking a slot clears it).
     */
    private static final long OCCUPIED = 1L << 8;
    /**
     * The short texts kept ({@link #shortSlot}), each slot's two words and its state side by side,
     * so that finding a text, and a pledger beside it, reads one place in memory rather than four.
     */
    private final long[] shortWords = new long[META * TEXTS];
    private final String[] shortValues = new String[TEXTS];
    private int shortTexts;
    /** The party last read whose name is the short text of a slot; its kind is in the slot's state. */
    private final Party[] shortParties = new Party[TEXTS];

    /** The value just read, a non-blank string. */
    private static String current(JsonLine p, Token t) {
        if (t != Token.STRING) {
            throw Unread.INSTANCE;
        }
        String s = p.string();
        if (s.isBlank()) {
            throw Unread.INSTANCE;
        }
        return s;
    }
}
