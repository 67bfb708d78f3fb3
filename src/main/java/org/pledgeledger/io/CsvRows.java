package org.pledgeledger.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV rows of one input, each with the line it starts on, streamed through Jackson's CSV parser.
 * <p>
 * Blank lines are skipped and a byte-order mark before the first cell is dropped, as spreadsheets
 * write one. Stateless and thread-safe.
 */
final class CsvRows {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private CsvRows() {
    }

    /**
     * Checks the name a caller gives an input, which every error and every sourceless rate carries.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Input name is blank: errors (and rates without a source column) must say which input"
                    + " they come from");
        }
    }

    /** One row: the line it starts on, and its cells. */
    record Row(int line, String[] cells) {
    }

    /**
     * Passes each row to the consumer in order.
     *
     * @throws IllegalArgumentException naming the input and line of malformed CSV
     * @throws UncheckedIOException if the reader fails
     */
    static void read(Reader reader, String name, Consumer<Row> each) {
        boolean first = true;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(reader)) {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                // the parser now stands on the row's last line; a quoted cell may span several
                int line = it.parser().currentTokenLocation().getLineNr() - lineBreaks(cells);
                if (cells.length == 0 || cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (first && cells[0].startsWith("\uFEFF")) {
                    cells[0] = cells[0].substring(1);
                }
                first = false;
                each.accept(new Row(line, cells));
            }
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(name + " line " + line + ": malformed CSV: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getOriginalMessage(), new IOException(e));
        }
    }

    /**
     * Writes rows, the first being the header, with {@code \n} line ends and quotes only where needed.
     *
     * @throws UncheckedIOException if the writer fails
     */
    static void write(List<String[]> rows, Writer writer, String what) {
        try {
            MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValue(writer, rows);
        } catch (JacksonException e) {
            throw new UncheckedIOException("Cannot write " + what + ": " + e.getOriginalMessage(), new IOException(e));
        }
    }

    private static int lineBreaks(String[] cells) {
        int n = 0;
        for (String cell : cells) {
            for (int i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) {
                n++;
            }
        }
        return n;
    }
}
