package org.pledgeledger.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The W1M report in one canonical text, so that the four ways of computing it can be compared to
 * the penny with {@code diff}: {@code total GBP 123.45}, then {@code sector <name> GBP ...} and
 * {@code pledger <name> GBP ...} sorted by name, each figure rounded once, HALF_EVEN.
 */
final class Report {

    private Report() {
    }

    static String of(BigDecimal total, Map<String, BigDecimal> byPledger, Map<String, BigDecimal> bySector) {
        StringBuilder out = new StringBuilder("total GBP " + pennies(total) + "\n");
        new TreeMap<>(bySector).forEach((k, v) -> out.append("sector ").append(k).append(" GBP ").append(pennies(v)).append('\n'));
        new TreeMap<>(byPledger).forEach((k, v) -> out.append("pledger ").append(k).append(" GBP ").append(pennies(v)).append('\n'));
        return out.toString();
    }

    static String pennies(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
