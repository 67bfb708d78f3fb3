package org.pledgeledger.io;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;

/**
 * One data row of a CSV file whose columns are named by its header, with the file name and line
 * for errors: every error names the file, the line, the column, the value and the rule.
 * <p>
 * Not thread-safe; used by one read only.
 */
final class CsvLine {

    /** The columns of a file, by name, checked against what the layout knows and needs. */
    static final class Header {

        /** Column names and their positions, by open addressing: looked up a few dozen times a row. */
        private final String[] names;
        private final int[] positions;
        /** The dates of this file by their text ({@link Shared#date}): a file repeats a few thousand dates a million times. */
        private final Shared shared = new Shared();
        private final int size;

        Header(String name, CsvRows.Row row, List<String> known, List<String> required) {
            size = row.cells().length;
            int slots = Integer.highestOneBit(Math.max(4, size) * 4);
            names = new String[slots];
            positions = new int[slots];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < size; i++) {
                String cell = row.cells()[i].strip();
                int k = known.indexOf(cell);
                if (k < 0) {
                    throw new IllegalArgumentException(name + " line " + row.line() + ", column " + (i + 1) + ": '" + cell
                            + "' is not a column of this layout; expected some of " + known);
                }
                // the layout's own instance, which the lookups pass, so that they match by identity
                String column = known.get(k);
                if (index.put(column, i) != null) {
                    throw new IllegalArgumentException(name + " line " + row.line() + ": column '" + column + "' appears twice");
                }
            }
            for (String column : required) {
                if (!index.containsKey(column)) {
                    throw new IllegalArgumentException(name + " line " + row.line() + ": the header lacks the required column '"
                            + column + "'; required are " + required);
                }
            }
            index.forEach((column, i) -> {
                int at = slot(column);
                names[at] = column;
                positions[at] = i;
            });
        }

        private int slot(String column) {
            int mask = names.length - 1;
            int at = column.hashCode() & mask;
            while (names[at] != null && !names[at].equals(column)) {
                at = (at + 1) & mask;
            }
            return at;
        }

        /** The position of a column, or -1 if the file lacks it; the layout's own names are found by identity. */
        int position(String column) {
            int mask = names.length - 1;
            for (int at = column.hashCode() & mask; names[at] != null; at = (at + 1) & mask) {
                if (names[at] == column || names[at].equals(column)) {
                    return positions[at];
                }
            }
            return -1;
        }
    }

    private final String name;
    private final int line;
    private final Header header;
    private final String[] cells;

    CsvLine(String name, Header header, CsvRows.Row row) {
        this.name = name;
        this.line = row.line();
        this.header = header;
        this.cells = row.cells();
        if (cells.length != header.size) {
            throw new IllegalArgumentException(where() + ": " + cells.length + " cells, but the header has " + header.size + " columns");
        }
    }

    /** The file and line, for an error: made only when one is reported. */
    String where() {
        return name + " line " + line;
    }

    int line() {
        return line;
    }

    /** The stripped cell of a column, empty if the column is absent or the cell blank. */
    String cell(String column) {
        int i = header.position(column);
        return i < 0 ? "" : cells[i].strip();
    }

    /** The raw cells of some columns, as written (empty for an absent column). */
    String[] cells(List<String> columns) {
        String[] raw = new String[columns.size()];
        for (int k = 0; k < raw.length; k++) {
            int i = header.position(columns.get(k));
            raw[k] = i < 0 ? "" : cells[i];
        }
        return raw;
    }

    /** Free text exactly as written (not stripped), required to be non-blank. */
    String words(String column) {
        int i = header.position(column);
        String c = i < 0 ? "" : cells[i];
        if (c.isBlank()) {
            throw error(column, "", "required, and empty");
        }
        return c;
    }

    /** Free text exactly as written, if not blank. */
    Optional<String> optWords(String column) {
        int i = header.position(column);
        return i < 0 || cells[i].isBlank() ? Optional.empty() : Optional.of(cells[i]);
    }

    Optional<String> opt(String column) {
        String c = cell(column);
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    String text(String column) {
        String c = cell(column);
        if (c.isEmpty()) {
            throw error(column, "", "required, and empty");
        }
        return c;
    }

    LocalDate date(String column) {
        String c = text(column);
        try {
            return header.shared.date(c);
        } catch (DateTimeParseException e) {
            throw error(column, c, "is not an ISO date (yyyy-MM-dd)");
        }
    }

    BigDecimal decimal(String column) {
        String c = text(column);
        if (!PlainDecimal.is(c)) {
            throw error(column, c, "is not a plain decimal (digits and one point: no thousands separators, currency signs or exponent)");
        }
        return PlainDecimal.parse(c);
    }

    CurrencyUnit currency(String column) {
        String c = text(column);
        return checked(column, c, () -> Amounts.currency(c));
    }

    /** The amount in the {@code amountColumn}, in the currency of the {@code currencyColumn}. */
    MonetaryAmount amount(String amountColumn, String currencyColumn) {
        BigDecimal number = decimal(amountColumn);
        CurrencyUnit currency = currency(currencyColumn);
        return checked(amountColumn, cell(amountColumn), () -> Amounts.of(number, currency));
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String c = text(column);
        try {
            return Enum.valueOf(type, c);
        } catch (IllegalArgumentException e) {
            throw error(column, c, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The source in the {@code source_*} columns, or empty if they are all blank. */
    Optional<Source> source() {
        if (PledgeCsv.SOURCE_COLUMNS.stream().allMatch(c -> cell(c).isEmpty())) {
            return Optional.empty();
        }
        Source s = checked("source_publisher", cell("source_publisher"),
                () -> Source.of(words("source_publisher"), words("source_title"), date("source_date"), words("source_quote")));
        if (opt("source_url").isPresent()) {
            Source plain = s;
            s = checked("source_url", cell("source_url"), () -> plain.withUrl(URI.create(cell("source_url"))));
        }
        Optional<String> note = optWords("source_note");
        return note.isPresent() ? Optional.of(s.withNote(note.get())) : Optional.of(s);
    }

    /**
     * Runs a step that may reject a value, naming the column and value in the error; the value is
     * turned into text only for an error (an id's text is made when asked).
     */
    <T> T checked(String column, Object value, Supplier<T> step) {
        try {
            return step.get();
        } catch (RowError e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw error(column, String.valueOf(value), "is rejected: " + e.getMessage());
        }
    }

    IllegalArgumentException error(String column, String value, String rule) {
        return new RowError(where() + ", column " + column + ": " + (value.isEmpty() ? rule : "'" + value + "' " + rule));
    }

    /** An error that already names its file, line and column, passed on as it is. */
    static final class RowError extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        RowError(String message) {
            super(message);
        }
    }
}
