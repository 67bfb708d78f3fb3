package org.pledgeledger.io;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.pledgeledger.condition.Conditions;
import org.pledgeledger.ledger.Ledger;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.report.Headlines;

/**
 * Everything a ledger document holds: the ledger of events, the conditions and who depends on
 * them, the headlines, the sources they cite and the rate tables, by key.
 * <p>
 * {@code LedgerDocument doc = LedgerJson.read(reader, "deal.json"); doc.ledger().asOf(date);}
 * <p>
 * This class is immutable and thread-safe but for the {@link Ledger}, which stays open for
 * appends and is itself thread-safe.
 *
 * @param ledger  the events, not null
 * @param conditions  the conditions and dependencies, not null
 * @param headlines  the headlines, not null
 * @param sources  the sources, by the key the document gives them, not null
 * @param rateTables  the rate tables, by the key the document gives them (those the conditions'
 *     valuations use, and any others kept with the document), not null
 */
public record LedgerDocument(Ledger ledger, Conditions conditions, Headlines headlines, Map<String, Source> sources,
        Map<String, RateTable> rateTables) {

    /**
     * Validates the document.
     *
     * @param ledger  the events, not null
     * @param conditions  the conditions, not null
     * @param headlines  the headlines, not null
     * @param sources  the sources, not null
     * @param rateTables  the rate tables, not null
     */
    public LedgerDocument {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(headlines, "headlines");
        sources = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(sources, "sources")));
        rateTables = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(rateTables, "rateTables")));
    }

    /**
     * Creates a document without rate tables of its own (the conditions' valuations still carry theirs).
     *
     * @param ledger  the events, not null
     * @param conditions  the conditions, not null
     * @param headlines  the headlines, not null
     * @param sources  the sources, not null
     */
    public LedgerDocument(Ledger ledger, Conditions conditions, Headlines headlines, Map<String, Source> sources) {
        this(ledger, conditions, headlines, sources, Map.of());
    }
}
