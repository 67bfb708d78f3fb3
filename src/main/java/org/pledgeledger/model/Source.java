package org.pledgeledger.model;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure or a fact comes from: publisher, title, date, optional address, and the sentence quoted.
 * <pre>{@code
 *   Source.of("Nation.Cymru", "No 10 insists talks with US on tech deal ongoing amid reports of pause",
 *       LocalDate.of(2025, 12, 16),
 *       "US tech companies also announced billions in spending in the UK, including £22bn from Microsoft ...");
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param publisher  who published it, not blank
 * @param title  the title of the article or document, not blank
 * @param date  the date it was published, not null
 * @param url  where it can be read, if known, not null
 * @param quote  the sentence the figure or fact came from, not blank
 * @param note  what the citation itself cannot show, such as an article that carries no date of its own, not null
 */
public record Source(String publisher, String title, LocalDate date, Optional<URI> url, String quote, Optional<String> note) {

    /**
     * Validates the source.
     *
     * @param publisher  who published it, not blank
     * @param title  the title, not blank
     * @param date  the publication date, not null
     * @param url  the address, not null
     * @param quote  the sentence quoted, not blank
     * @param note  what the citation cannot show, not null
     * @throws IllegalArgumentException if the publisher, title, quote or note is blank
     */
    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(note, "note");
        if (publisher.isBlank()) {
            throw new IllegalArgumentException(describe(publisher, title, date) + " has a blank publisher");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("Source by " + publisher + " on " + date + " has a blank title");
        }
        if (quote.isBlank()) {
            throw new IllegalArgumentException(describe(publisher, title, date) + " quotes nothing: every figure cites the sentence it came from");
        }
        if (note.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException(describe(publisher, title, date) + " has a blank note");
        }
    }

    /** How an error names a source: made only for an error, as a reader builds a source for every event it reads. */
    private static String describe(String publisher, String title, LocalDate date) {
        return "Source '" + title + "' (" + publisher + ", " + date + ")";
    }

    /**
     * Returns a source without an address.
     *
     * @param publisher  who published it, not blank
     * @param title  the title, not blank
     * @param date  the publication date, not null
     * @param quote  the sentence quoted, not blank
     * @return the source, never null
     */
    public static Source of(String publisher, String title, LocalDate date, String quote) {
        return new Source(publisher, title, date, Optional.empty(), quote, Optional.empty());
    }

    /**
     * Returns a copy with an address.
     *
     * @param url  the address, not null
     * @return the copy, never null
     */
    public Source withUrl(URI url) {
        return new Source(publisher, title, date, Optional.of(Objects.requireNonNull(url, "url")), quote, note);
    }

    /**
     * Returns a copy with a note on what the citation cannot show.
     *
     * @param note  the note, not blank
     * @return the copy, never null
     */
    public Source withNote(String note) {
        return new Source(publisher, title, date, url, quote, Optional.of(Objects.requireNonNull(note, "note")));
    }

    /**
     * Returns the short label: {@code Nation.Cymru, 16 Dec 2025}.
     *
     * @return the label, never null
     */
    public String label() {
        return publisher + ", " + day();
    }

    private String day() {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getYear();
    }

    /**
     * Returns the citation: {@code Publisher, "Title", 16 Dec 2025: "quote"}.
     *
     * @return the citation, never null
     */
    public String citation() {
        return publisher + ", \"" + title + "\", " + day() + ": \"" + quote + "\""
                + url.map(u -> " <" + u + ">").orElse("") + note.map(n -> " (" + n + ")").orElse("");
    }

    /**
     * Compares every component, as a record does.
     * <p>
     * Written out rather than generated, as in {@code DatedRate}: for six components the record's
     * generated methods, linked through method handles when first called, spin some forty classes.
     *
     * @param o  the object to compare, may be null
     * @return whether it is a source with equal components
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Source s && publisher.equals(s.publisher) && title.equals(s.title) && date.equals(s.date)
                && url.equals(s.url) && quote.equals(s.quote) && note.equals(s.note);
    }

    /**
     * A hash of every component, consistent with {@link #equals}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        int h = publisher.hashCode();
        h = 31 * h + title.hashCode();
        h = 31 * h + date.hashCode();
        h = 31 * h + url.hashCode();
        h = 31 * h + quote.hashCode();
        return 31 * h + note.hashCode();
    }

    /**
     * Returns the citation.
     *
     * @return the citation, never null
     */
    @Override
    public String toString() {
        return citation();
    }
}
