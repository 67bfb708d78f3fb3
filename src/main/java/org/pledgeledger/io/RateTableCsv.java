package org.pledgeledger.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;


/**
 * Reads and writes {@link RateTable}s as CSV: a plain layout and the Bank of England database layout.
 * <p>
 * <b>Plain layout</b>, one rate a row, ISO dates, the rate as units of {@code term} per unit of
 * {@code base}, and an optional {@code source} column (without it, every rate's source is the
 * name the caller gives the file):
 * <pre>
 *   date,base,term,rate,source
 *   2025-09-16,GBP,USD,1.3646,"FXStreet, 16 Sep 2025"
 * </pre>
 * <b>Bank of England layout</b>, as the Bank's statistical database exports it: a {@code DATE}
 * column such as {@code 16 Sep 2025} and one column per series. Each series is a pair: XUDLUSS is
 * "US$ into Sterling", US dollars to one pound, so GBP/USD. {@link #BANK_OF_ENGLAND_SERIES}
 * lists the series known here; other series are passed in with their pair.
 * <pre>
 *   DATE,XUDLUSS,XUDLERS
 *   16 Sep 2025,1.3646,1.1552
 * </pre>
 * A blank cell in that layout means the Bank published no observation that day; it is not a
 * rate and is skipped. Everything else that is not a valid rate is an error naming the file, the
 * line, the column and the value, and nothing is loaded: a table is read whole or not at all.
 * <pre>{@code
 *   RateTable rates = RateTableCsv.readPlain(Path.of("rates.csv"));
 *   RateTable boe = RateTableCsv.readBankOfEngland(reader, "boe-2025.csv");
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class RateTableCsv {

    /**
     * Bank of England spot-rate series known by name, each mapped to its pair ({@code BASE/TERM}).
     * <p>
     * The Bank's daily spot series {@code XUDL..S} give units of a currency per pound sterling.
     */
    public static final Map<String, String> BANK_OF_ENGLAND_SERIES = Map.of(
            "XUDLUSS", "GBP/USD",
            "XUDLERS", "GBP/EUR",
            "XUDLJYS", "GBP/JPY",
            "XUDLSFS", "GBP/CHF",
            "XUDLCDS", "GBP/CAD",
            "XUDLADS", "GBP/AUD");

    private static final List<String> PLAIN_HEADER = List.of("date", "base", "term", "rate");
    private static final List<String> PLAIN_HEADER_WITH_SOURCE = List.of("date", "base", "term", "rate", "source");
    private static final DateTimeFormatter BOE_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private RateTableCsv() {
    }

    /**
     * Reads a plain-layout file, naming it by its file name in rates and errors.
     *
     * @param file  the CSV file, UTF-8, not null
     * @return the table, never null
     * @throws IllegalArgumentException naming the line, column and value of the first bad row
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RateTable readPlain(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readPlain(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rate file " + file, e);
        }
    }

    /**
     * Reads the plain layout {@code date,base,term,rate[,source]}.
     *
     * @param reader  the CSV text, not null, not closed by this method
     * @param name  what to call the input in errors, and the source of rates without a source column, not blank
     * @return the table, never null
     * @throws IllegalArgumentException naming the line, column and value of the first bad row
     * @throws UncheckedIOException if the reader fails
     */
    public static RateTable readPlain(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        CsvRows.checkName(name);
        RateTable.Builder builder = RateTable.builder();
        List<CsvRows.Row> rows = rows(reader, name);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty; expected the header " + String.join(",", PLAIN_HEADER));
        }
        CsvRows.Row header = rows.get(0);
        List<String> columns = Arrays.asList(header.cells());
        if (!columns.equals(PLAIN_HEADER) && !columns.equals(PLAIN_HEADER_WITH_SOURCE)) {
            throw new IllegalArgumentException(name + " line " + header.line() + ": header is '" + String.join(",", columns)
                    + "'; expected date,base,term,rate or date,base,term,rate,source");
        }
        boolean hasSource = columns.size() == 5;
        Shared dates = new Shared();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String where = name + " line " + row.line();
            if (row.cells().length != columns.size()) {
                throw new IllegalArgumentException(where + ": " + row.cells().length + " columns, expected "
                        + columns.size() + " (" + String.join(",", columns) + "): " + String.join(",", row.cells()));
            }
            LocalDate date = isoDate(where, "date", row.cells()[0], dates);
            BigDecimal rate = parseRate(where, "rate", row.cells()[3]);
            builder.add(where, date, row.cells()[1].trim(), row.cells()[2].trim(), rate, hasSource ? row.cells()[4] : name);
        }
        return builder.build();
    }

    /**
     * Reads the Bank of England layout, with the series in {@link #BANK_OF_ENGLAND_SERIES}.
     *
     * @param reader  the CSV text, not null, not closed by this method
     * @param name  what to call the input in errors and rate sources, not blank
     * @return the table, never null
     * @throws IllegalArgumentException naming the line, column and value of the first bad cell, or
     *     a series column that is not known
     * @throws UncheckedIOException if the reader fails
     */
    public static RateTable readBankOfEngland(Reader reader, String name) {
        return readBankOfEngland(reader, name, BANK_OF_ENGLAND_SERIES);
    }

    /**
     * Reads the Bank of England layout, mapping each series column to a pair.
     * <p>
     * {@code readBankOfEngland(reader, "boe.csv", Map.of("XUDLUSS", "GBP/USD"))}
     *
     * @param reader  the CSV text, not null, not closed by this method
     * @param name  what to call the input in errors and rate sources, not blank
     * @param series  series code to pair ({@code BASE/TERM}), not null
     * @return the table, never null
     * @throws IllegalArgumentException naming the line, column and value of the first bad cell, or
     *     a series column missing from the map
     * @throws UncheckedIOException if the reader fails
     */
    public static RateTable readBankOfEngland(Reader reader, String name, Map<String, String> series) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(series, "series");
        CsvRows.checkName(name);
        List<CsvRows.Row> rows = rows(reader, name);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty; expected a header DATE,<series>...");
        }
        CsvRows.Row header = rows.get(0);
        if (!header.cells()[0].trim().equalsIgnoreCase("DATE") || header.cells().length < 2) {
            throw new IllegalArgumentException(name + " line " + header.line() + ": header is '"
                    + String.join(",", header.cells()) + "'; expected DATE followed by one column per series");
        }
        String[][] pairs = new String[header.cells().length][];
        for (int c = 1; c < header.cells().length; c++) {
            String code = header.cells()[c].trim();
            String pair = series.get(code);
            if (pair == null || !pair.matches("[A-Z]{3}/[A-Z]{3}")) {
                throw new IllegalArgumentException(name + " line " + header.line() + ", column " + code
                        + ": " + (pair == null ? "unknown Bank of England series; pass its pair (BASE/TERM) in the series map"
                                : "series maps to '" + pair + "', which is not BASE/TERM"));
            }
            pairs[c] = pair.split("/");
        }
        RateTable.Builder builder = RateTable.builder();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String where = name + " line " + row.line();
            if (row.cells().length != header.cells().length) {
                throw new IllegalArgumentException(where + ": " + row.cells().length + " columns, expected "
                        + header.cells().length + " (" + String.join(",", header.cells()) + ")");
            }
            LocalDate date = parseDate(where, "DATE", row.cells()[0], BOE_DATE, "a date like 16 Sep 2025");
            for (int c = 1; c < row.cells().length; c++) {
                if (row.cells()[c].isBlank()) {
                    continue;
                }
                String code = header.cells()[c].trim();
                String cell = where + ", column " + code;
                builder.add(cell, date, pairs[c][0], pairs[c][1], parseRate(where, code, row.cells()[c]),
                        "Bank of England " + code + " (" + name + ")");
            }
        }
        return builder.build();
    }

    /**
     * Writes a table in the plain layout with a source column; {@link #readPlain(Reader, String)}
     * reads it back to an equal set of rates.
     *
     * @param table  the table, not null
     * @param writer  where to write, not null, not closed by this method
     * @throws UncheckedIOException if the writer fails
     */
    public static void writePlain(RateTable table, Writer writer) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(writer, "writer");
        List<String[]> rows = new ArrayList<>(table.size() + 1);
        rows.add(PLAIN_HEADER_WITH_SOURCE.toArray(new String[0]));
        for (DatedRate r : table.rates()) {
            rows.add(new String[] {r.date().toString(), r.base().getCurrencyCode(), r.term().getCurrencyCode(),
                r.rate().toPlainString(), r.source()});
        }
        CsvRows.write(rows, writer, "rate table");
    }

    private static List<CsvRows.Row> rows(Reader reader, String name) {
        List<CsvRows.Row> rows = new ArrayList<>();
        CsvRows.read(reader, name, rows::add);
        return rows;
    }

    /**
     * An ISO date, {@code yyyy-MM-dd} found by its digits ({@link Shared#date}), which reads what
     * {@link DateTimeFormatter#ISO_LOCAL_DATE} reads; its general parser took a quarter of the
     * time of reading a table of two thousand rates when the JVM has just started.
     */
    private static LocalDate isoDate(String where, String column, String text, Shared dates) {
        try {
            return dates.date(text.trim());
        } catch (DateTimeParseException e) {
            throw notADate(where, column, text, "an ISO date (yyyy-MM-dd)", e);
        }
    }

    private static LocalDate parseDate(String where, String column, String text, DateTimeFormatter format, String expected) {
        try {
            return LocalDate.parse(text.trim(), format);
        } catch (DateTimeParseException e) {
            throw notADate(where, column, text, expected, e);
        }
    }

    private static IllegalArgumentException notADate(String where, String column, String text, String expected, DateTimeParseException e) {
        return new IllegalArgumentException(where + ", column " + column + ": '" + text + "' is not " + expected, e);
    }

    private static BigDecimal parseRate(String where, String column, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ", column " + column + ": '" + text
                    + "' is not a decimal number (use a point, no thousands separators)", e);
        }
    }
}
