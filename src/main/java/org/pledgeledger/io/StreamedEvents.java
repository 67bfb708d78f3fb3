package org.pledgeledger.io;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

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

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Reads a journal line in the common shape of a pledge event with Jackson's streaming parser: no
 * tree is built, and no field is looked up by name.
 * <p>
 * It is a fast path, and nothing more: a line in any other shape gives null, and is then read as a
 * tree by {@link LedgerJson.EventReader}, which reads every shape and names every error. The other
 * shapes are agreement, condition and correction events, a pledge with stated equivalents or
 * phasing, a novelty naming an earlier pledge, a delivery with its rate, a source given by its key,
 * an explicit null, a blank string, an unknown or repeated field, a value of another JSON type,
 * anything after the object, and any value the model rejects. A line this class reads gives an event
 * equal to the one the tree reader gives, sharing the same instances ({@link Shared}).
 * <p>
 * Not thread-safe: one for each thread of a read, all sharing one {@link Shared}.
 */
final class StreamedEvents {

    private final TokenStreamFactory factory;
    private final Shared shared;
    /** The last source read and the values it was made of: a journal cites one source in many events in a row. */
    private Source lastSource;
    private Object[] lastSourceTexts;

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
    /** The fields of an announcement, and those every later pledge event has. */
    private static final int ANNOUNCED = TYPE | ID | RECORDED | BASIS | PLEDGE;
    private static final int DATED = TYPE | ID | EFFECTIVE | RECORDED | BASIS | PLEDGE | SOURCE;

    StreamedEvents(TokenStreamFactory factory, Shared shared) {
        this.factory = factory;
        this.shared = shared;
    }

    /** Thrown, without a stack trace, where a line is not in the common shape. */
    private static final class NotCommon extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private static final NotCommon INSTANCE = new NotCommon();

        private NotCommon() {
            super("not in the common shape", null, false, false);
        }
    }

    /**
     * The lines of a run and what was read of them.
     *
     * @param ends  the position of each line's newline, in order
     * @param events  each line's event, or null for a line not in the common shape
     */
    record Lines(int[] ends, LedgerEvent[] events) {
    }

    /**
     * Reads every line of a run of lines, each ending in its newline.
     *
     * @return the lines and their events, never null
     */
    Lines readAll(byte[] bytes) {
        int[] ends = new int[64];
        int lines = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (lines == ends.length) {
                    ends = Arrays.copyOf(ends, 2 * lines);
                }
                ends[lines++] = i;
            }
        }
        ends = Arrays.copyOf(ends, lines);
        LedgerEvent[] events = new LedgerEvent[lines];
        try (Run run = new Run(bytes, bytes.length)) {
            int start = 0;
            for (int k = 0; k < lines; k++) {
                events[k] = run.next(start);
                start = ends[k] + 1;
            }
        }
        return new Lines(ends, events);
    }

    /**
     * Reads the lines of a run one at a time, with one parser for as long as each line holds one
     * event in the common shape: making a parser for every line would cost more than reading the line.
     */
    private final class Run implements AutoCloseable {

        private final byte[] bytes;
        private final int to;
        /** The parser, on the first token of the next line; null before the first line and after a line not in the common shape. */
        private JsonParser parser;
        /** The line the parser is on, counted from its start, 1 for the first. */
        private int line;

        private Run(byte[] bytes, int to) {
            this.bytes = bytes;
            this.to = to;
        }

        /**
         * Reads the next line, which starts at {@code start}: the lines must be asked for in order.
         *
         * @return the event, or null if the line is not in the common shape (or not valid)
         */
        private LedgerEvent next(int start) {
            if (parser == null) {
                open(start);
            } else {
                line++;
            }
            if (parser == null) {
                return null;
            }
            LedgerEvent event;
            try {
                // one object, begun and ended on this line
                if (parser.currentToken() != JsonToken.START_OBJECT || parser.currentTokenLocation().getLineNr() != line) {
                    throw NotCommon.INSTANCE;
                }
                event = event(parser);
                if (parser.currentTokenLocation().getLineNr() != line) {
                    throw NotCommon.INSTANCE;
                }
            } catch (NotCommon | JacksonException | IllegalArgumentException | IllegalStateException | DateTimeException e) {
                // the tree reader reads the line again, and names the problem if there is one
                close();
                return null;
            }
            try {
                // and nothing else on the line: the next token, if any, is on a later line
                if (parser.nextToken() != null && parser.currentTokenLocation().getLineNr() == line) {
                    close();
                    return null;
                }
            } catch (JacksonException e) {
                // on this line, the line is not one event; on a later one, a new parser, or the tree
                // reader, meets the problem there
                boolean here = parser.currentLocation().getLineNr() == line;
                close();
                if (here) {
                    return null;
                }
            }
            return event;
        }

        private void open(int start) {
            try {
                parser = factory.createParser(ObjectReadContext.empty(), bytes, start, to - start);
                line = 1;
                parser.nextToken();
            } catch (JacksonException e) {
                close();
            }
        }

        @Override
        public void close() {
            if (parser != null) {
                parser.close();
                parser = null;
            }
        }
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw NotCommon.INSTANCE;
        }
    }

    /** The fields of an event, as read: any order, each at most once. */
    private LedgerEvent event(JsonParser p) {
        String type = null;
        String id = null;
        LocalDate effective = null;
        LocalDate recorded = null;
        Basis basis = null;
        String pledgeId = null;
        Pledge pledge = null;
        Source source = null;
        MonetaryAmount amount = null;
        String reason = null;
        int seen = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            int bit;
            switch (name(p, t)) {
                case "type" -> {
                    bit = TYPE;
                    type = spelled(p, TYPES, TYPES);
                }
                case "id" -> {
                    bit = ID;
                    id = text(p);
                }
                case "effective" -> {
                    bit = EFFECTIVE;
                    effective = date(p);
                }
                case "recorded" -> {
                    bit = RECORDED;
                    recorded = date(p);
                }
                case "basis" -> {
                    bit = BASIS;
                    basis = spelled(p, BASES, BASIS_NAMES);
                }
                case "pledge" -> {
                    bit = PLEDGE;
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        pledge = pledge(p);
                    } else {
                        pledgeId = current(p);
                    }
                }
                case "source" -> {
                    bit = SOURCE;
                    expect(p.nextToken(), JsonToken.START_OBJECT);
                    source = source(p);
                }
                case "amount" -> {
                    bit = AMOUNT;
                    amount = amount(p);
                }
                case "reason" -> {
                    bit = REASON;
                    reason = text(p);
                }
                default -> throw NotCommon.INSTANCE;
            }
            if ((seen & bit) != 0) {
                throw NotCommon.INSTANCE;
            }
            seen |= bit;
        }
        if (type == null || id == null || recorded == null || basis == null) {
            throw NotCommon.INSTANCE;
        }
        EventId eventId = EventId.of(id);
        if (type.equals("pledge.announced")) {
            if (seen != ANNOUNCED || pledge == null) {
                throw NotCommon.INSTANCE;
            }
            return new PledgeEvent.Announced(eventId, pledge, recorded, basis);
        }
        if (pledgeId == null || (seen & DATED) != DATED) {
            throw NotCommon.INSTANCE;
        }
        PledgeId subject = shared.pledgeId(pledgeId);
        int extra = seen & ~DATED;
        switch (type) {
            case "pledge.committed":
                require(extra, 0);
                return new PledgeEvent.Committed(eventId, subject, effective, recorded, source, basis);
            case "pledge.fulfilled":
                require(extra, 0);
                return new PledgeEvent.Fulfilled(eventId, subject, effective, recorded, source, basis);
            case "pledge.delivered":
                require(extra, AMOUNT);
                return new PledgeEvent.DeliveryRecorded(eventId, subject, effective, recorded, source, basis, amount, Optional.empty());
            case "pledge.revised":
                require(extra, AMOUNT | REASON);
                return new PledgeEvent.AmountRevised(eventId, subject, effective, recorded, source, basis, amount, reason);
            case "pledge.paused":
                require(extra, REASON);
                return new PledgeEvent.Paused(eventId, subject, effective, recorded, source, basis, shared.share(reason));
            case "pledge.resumed":
                require(extra, REASON);
                return new PledgeEvent.Resumed(eventId, subject, effective, recorded, source, basis, shared.share(reason));
            case "pledge.withdrawn":
                require(extra, REASON);
                return new PledgeEvent.Withdrawn(eventId, subject, effective, recorded, source, basis, shared.share(reason));
            default:
                throw NotCommon.INSTANCE;
        }
    }

    private static void require(int fields, int expected) {
        if (fields != expected) {
            throw NotCommon.INSTANCE;
        }
    }

    /** A pledge, its start token read; the same calls, in the same order, as the tree reader's. */
    private Pledge pledge(JsonParser p) {
        String id = null;
        Party pledger = null;
        String beneficiary = null;
        MonetaryAmount amount = null;
        LocalDate announced = null;
        Set<Sector> sectors = null;
        String period = null;
        Novelty novelty = null;
        List<Source> sources = null;
        boolean equivalents = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            switch (name(p, t)) {
                case "id" -> id = once(id, text(p));
                case "pledger" -> {
                    expect(p.nextToken(), JsonToken.START_OBJECT);
                    pledger = once(pledger, party(p));
                }
                case "beneficiary" -> beneficiary = once(beneficiary, text(p));
                case "amount" -> amount = once(amount, amount(p));
                case "announced" -> announced = once(announced, date(p));
                case "sectors" -> sectors = once(sectors, sectors(p));
                case "period" -> period = once(period, text(p));
                case "novelty" -> novelty = once(novelty, novelty(p));
                case "sources" -> sources = once(sources, sources(p));
                case "equivalents" -> {
                    // only none: a pledge with stated equivalents is read as a tree
                    if (equivalents) {
                        throw NotCommon.INSTANCE;
                    }
                    equivalents = true;
                    expect(p.nextToken(), JsonToken.START_ARRAY);
                    expect(p.nextToken(), JsonToken.END_ARRAY);
                }
                default -> throw NotCommon.INSTANCE;
            }
        }
        if (id == null || pledger == null || beneficiary == null || amount == null || announced == null) {
            throw NotCommon.INSTANCE;
        }
        Pledge.Builder b = Pledge.builder(shared.pledgeId(id), pledger, shared.share(beneficiary), amount, announced);
        b.sectors(shared.share(Set.copyOf(sectors == null ? Set.of() : sectors)));
        if (period != null) {
            b.period(shared.period(period));
        }
        if (novelty != null) {
            b.novelty(shared.share(novelty));
        }
        b.sources(shared.share(List.copyOf(sources == null ? List.of() : sources)));
        return b.build();
    }

    /** A value read once: a repeated field is not the common shape. */
    private static <T> T once(T before, T value) {
        if (before != null) {
            throw NotCommon.INSTANCE;
        }
        return value;
    }

    private Party party(JsonParser p) {
        String name = null;
        Party.Kind kind = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            switch (name(p, t)) {
                case "name" -> name = once(name, text(p));
                case "kind" -> kind = once(kind, spelled(p, PARTY_KINDS, PARTY_KIND_NAMES));
                default -> throw NotCommon.INSTANCE;
            }
        }
        if (name == null || kind == null) {
            throw NotCommon.INSTANCE;
        }
        return shared.share(new Party(name, kind));
    }

    private Set<Sector> sectors(JsonParser p) {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        Set<Sector> sectors = new LinkedHashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            sectors.add(shared.share(Sector.of(current(p))));
        }
        return sectors;
    }

    /** A novelty of its kind alone: one naming an earlier pledge or a re-announced amount is read as a tree. */
    private Novelty novelty(JsonParser p) {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        if (!"kind".equals(p.nextName())) {
            throw NotCommon.INSTANCE;
        }
        Novelty.Kind kind = spelled(p, NOVELTY_KINDS, NOVELTY_KIND_NAMES);
        expect(p.nextToken(), JsonToken.END_OBJECT);
        return new Novelty(kind, Optional.empty(), Optional.empty());
    }

    private List<Source> sources(JsonParser p) {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<Source> sources = new ArrayList<>(1);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            sources.add(source(p));
        }
        return sources;
    }

    /** A source written in place, its start token read. */
    private Source source(JsonParser p) {
        String publisher = null;
        String title = null;
        LocalDate date = null;
        String url = null;
        String quote = null;
        String note = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            switch (name(p, t)) {
                case "publisher" -> publisher = once(publisher, text(p));
                case "title" -> title = once(title, text(p));
                case "date" -> date = once(date, date(p));
                case "url" -> url = once(url, text(p));
                case "quote" -> quote = once(quote, text(p));
                case "note" -> note = once(note, text(p));
                default -> throw NotCommon.INSTANCE;
            }
        }
        if (publisher == null || title == null || date == null || quote == null) {
            throw NotCommon.INSTANCE;
        }
        Object[] texts = {publisher, title, date, url, quote, note};
        if (Arrays.equals(texts, lastSourceTexts)) {
            return lastSource;
        }
        Source source = Source.of(publisher, title, date, quote);
        if (url != null) {
            source = source.withUrl(URI.create(url));
        }
        lastSource = shared.share(note != null ? source.withNote(note) : source);
        lastSourceTexts = texts;
        return lastSource;
    }

    /** An amount, {@code {"amount": "1234.56", "currency": "GBP"}}, with the decimal in a string. */
    private MonetaryAmount amount(JsonParser p) {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        BigDecimal number = null;
        CurrencyUnit currency = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            switch (name(p, t)) {
                case "amount" -> number = once(number, decimal(p));
                case "currency" -> currency = once(currency, currency(p));
                default -> throw NotCommon.INSTANCE;
            }
        }
        if (number == null || currency == null) {
            throw NotCommon.INSTANCE;
        }
        return Amounts.of(number, currency);
    }

    /*
     * Values read from the parser's characters, without making a string: a journal line holds a
     * dozen dates, names of constants, currency codes and numbers, and a string for each took a
     * fifth of the reading.
     */

    /** The next value, a plain decimal in a string. */
    private BigDecimal decimal(JsonParser p) {
        Chars c = chars.next(p);
        if (!PlainDecimal.is(c)) {
            throw NotCommon.INSTANCE;
        }
        return PlainDecimal.parse(c);
    }

    /** The next value, the shared date it names ({@link Shared#date}). */
    private LocalDate date(JsonParser p) {
        return shared.date(chars.next(p));
    }

    /** The next value, the constant whose name it spells. */
    private <T> T spelled(JsonParser p, T[] values, String[] names) {
        Chars c = chars.next(p);
        for (int i = 0; i < names.length; i++) {
            if (names[i].contentEquals(c)) {
                return values[i];
            }
        }
        throw NotCommon.INSTANCE;
    }

    /** The next value, the currency its code names: the codes met are kept, a few at most. */
    private CurrencyUnit currency(JsonParser p) {
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
     * The characters of the parser's current string value, seen without copying them; good until
     * the parser moves on. One for each reading thread.
     */
    private static final class Chars implements CharSequence {

        private char[] chars;
        private int offset;
        private int length;

        /** Moves to the next token, which must be a string, and shows its characters. */
        Chars next(JsonParser p) {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw NotCommon.INSTANCE;
            }
            chars = p.getStringCharacters();
            offset = p.getStringOffset();
            length = p.getStringLength();
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
            return chars[offset + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            return new String(chars, offset, length);
        }
    }

    /** The name of the field a token starts: the object's fields go on until its end token. */
    private static String name(JsonParser p, JsonToken t) {
        if (t != JsonToken.PROPERTY_NAME) {
            throw NotCommon.INSTANCE;
        }
        return p.currentName();
    }

    /** The next value, a non-blank string. */
    private static String text(JsonParser p) {
        p.nextToken();
        return current(p);
    }

    /** The current value, a non-blank string. */
    private static String current(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw NotCommon.INSTANCE;
        }
        String s = p.getString();
        if (s.isBlank()) {
            throw NotCommon.INSTANCE;
        }
        return s;
    }
}
