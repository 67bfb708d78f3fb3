package org.pledgeledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written limit: the W1M report computed by a plain BigDecimal loop over the same CSV,
 * with no library. Each pledge is converted at its own date's rate, exactly; sums are exact; each
 * printed figure is rounded once, HALF_EVEN, to pennies.
 * <p>
 * {@code java ... HandWrittenLoop target/bench/w1m}
 */
public final class HandWrittenLoop {

    private HandWrittenLoop() {
    }

    /**
     * Prints the report.
     *
     * @param args  the W1M folder
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.print(run(Path.of(args[0])));
    }

    /**
     * Computes the report.
     *
     * @param dir  the W1M folder
     * @return the canonical report
     * @throws IOException if a file cannot be read
     */
    static String run(Path dir) throws IOException {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("rates.csv"), StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",");
                if (!c[2].equals("GBP")) {
                    throw new IllegalStateException("expected rates into GBP: " + line);
                }
                rates.put(c[1] + c[0], new BigDecimal(c[3]));
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> byPledger = new HashMap<>();
        Map<String, BigDecimal> bySector = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("pledges.csv"), StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(r.readLine().split(","));
            int pledger = header.indexOf("pledger");
            int amount = header.indexOf("amount");
            int currency = header.indexOf("currency");
            int announced = header.indexOf("announced");
            int sectors = header.indexOf("sectors");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",", -1);
                BigDecimal a = new BigDecimal(c[amount]);
                if (!c[currency].equals("GBP")) {
                    BigDecimal rate = rates.get(c[currency] + c[announced]);
                    if (rate == null) {
                        throw new IllegalStateException("no rate for " + c[currency] + " on " + c[announced]);
                    }
                    a = a.multiply(rate);
                }
                total = total.add(a);
                byPledger.merge(c[pledger], a, BigDecimal::add);
                bySector.merge(c[sectors], a, BigDecimal::add);
            }
        }
        return Report.of(total, byPledger, bySector);
    }
}
