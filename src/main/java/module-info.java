/**
 * pledge-ledger: a ledger of investment pledges with exact, currency-safe money.
 * <p>
 * Packages, each depending only on those below it:
 * <ul>
 *   <li>{@code org.pledgeledger.data}: the bundled Tech Prosperity Deal data and the main report;</li>
 *   <li>{@code org.pledgeledger.io}: files in and out (Jackson lives here and only here);</li>
 *   <li>{@code org.pledgeledger.report}: headline reconciliation and totals that count every pound once;</li>
 *   <li>{@code org.pledgeledger.condition}: conditions, contingency, exposure and scenarios;</li>
 *   <li>{@code org.pledgeledger.ledger}: events, the append-only ledger, lifecycle, as-of and as-known-on views;</li>
 *   <li>{@code org.pledgeledger.model}: pledges, parties, sources, periods and phasing, as plain values;</li>
 *   <li>{@code org.pledgeledger.money}: amounts, the multi-currency bag, dated rates, valuations;</li>
 *   <li>{@code org.pledgeledger.internal}, not exported: helpers of the packages above (short ids packed into a {@code long}).</li>
 * </ul>
 * Moneta's module requires {@code okhttp3} for its remote rate loaders, which this library never
 * uses; on the module path add {@code com.squareup.okhttp3:okhttp} (the jar alone) to satisfy it.
 */
module org.pledgeledger {
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires org.javamoney.moneta.convert;
    requires java.logging;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires tools.jackson.datatype.moneta;
    // compile time only: the annotations on jackson-datatype-moneta's classes, so javac and javadoc can read them
    requires static org.apiguardian.api;

    exports org.pledgeledger.money;
    exports org.pledgeledger.model;
    exports org.pledgeledger.ledger;
    exports org.pledgeledger.condition;
    exports org.pledgeledger.report;
    exports org.pledgeledger.io;
    exports org.pledgeledger.data;

    provides javax.money.convert.ExchangeRateProvider with org.pledgeledger.data.BundledRateProvider;
}
