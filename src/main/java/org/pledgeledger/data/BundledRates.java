package org.pledgeledger.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.pledgeledger.io.RateTableCsv;
import org.pledgeledger.money.RateTable;

/**
 * The exchange rates bundled with the library: the published GBP/USD rates of the days the Tech
 * Prosperity Deal was announced and signed, each citing its publisher, title, date and sentence.
 * <p>
 * {@code RateTable rates = BundledRates.table();}
 * <p>
 * They are loaded from the resource {@code org/pledgeledger/data/rates.csv} in the plain layout
 * of {@link RateTableCsv}, once, when first asked for.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BundledRates {

    /** The resource holding the bundled rates. */
    static final String RESOURCE = "rates.csv";

    private BundledRates() {
    }

    /**
     * Returns the bundled rate table.
     *
     * @return the table, never null
     * @throws UncheckedIOException if the resource cannot be read (a broken build)
     */
    public static RateTable table() {
        return Holder.TABLE;
    }

    private static final class Holder {
        static final RateTable TABLE = load();

        private static RateTable load() {
            try (InputStream in = BundledRates.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("Bundled resource " + RESOURCE + " is missing"));
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return RateTableCsv.readPlain(reader, "bundled " + RESOURCE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read bundled " + RESOURCE, e);
            }
        }
    }
}
