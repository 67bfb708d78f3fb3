package org.pledgeledger.io;

import java.time.Year;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.money.MonetaryAmount;

import org.pledgeledger.condition.Condition;
import org.pledgeledger.condition.ConditionId;
import org.pledgeledger.condition.Conditions;
import org.pledgeledger.ledger.AgreementEvent;
import org.pledgeledger.ledger.ConditionEvent;
import org.pledgeledger.ledger.Correction;
import org.pledgeledger.ledger.LedgerEvent;
import org.pledgeledger.ledger.PledgeEvent;
import org.pledgeledger.model.Agreement;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.Headline;
import org.pledgeledger.model.Party;
import org.pledgeledger.model.Pledge;
import org.pledgeledger.model.PledgeId;
import org.pledgeledger.model.Sector;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.DatedRate;
import org.pledgeledger.money.RateTable;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.money.StatedEquivalent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON tree of a ledger document: the inverse of {@link LedgerJson}'s reader.
 * <p>
 * Sources keep the keys the document had; a source without one gets the next free key {@code s1},
 * {@code s2} and so on. Not thread-safe; used by one write only.
 */
final class LedgerJsonWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<Source, String> keys = new LinkedHashMap<>();
    private final ObjectNode sources = F.objectNode();
    private final Map<RateTable, String> tableKeys = new LinkedHashMap<>();
    private final ObjectNode rateTables = F.objectNode();
    private final boolean inline;
    private int next = 1;

    LedgerJsonWriter(Map<String, Source> known) {
        this(known, false);
    }

    private LedgerJsonWriter(Map<String, Source> known, boolean inline) {
        this.inline = inline;
        known.forEach((key, source) -> keys.putIfAbsent(source, key));
    }

    /**
     * Returns one event as a self-contained object, its sources, pledge and agreement written in full:
     * a journal line.
     */
    static ObjectNode selfContained(LedgerEvent e) {
        return new LedgerJsonWriter(Map.of(), true).event(e);
    }

    ObjectNode document(LedgerDocument doc) {
        List<LedgerEvent> events = doc.ledger().events();
        Map<Agreement, Boolean> agreements = new IdentityHashMap<>();
        ObjectNode root = F.objectNode();
        root.put("schema", LedgerJson.SCHEMA);
        root.set("sources", sources);
        root.set("rateTables", rateTables);
        doc.rateTables().forEach((key, table) -> tableKeys.putIfAbsent(table, key));
        doc.rateTables().values().forEach(this::tableKey);
        ArrayNode agreementArray = root.putArray("agreements");
        ArrayNode pledgeArray = root.putArray("pledges");
        for (LedgerEvent e : events) {
            if (e instanceof AgreementEvent.Recorded r && agreements.put(r.agreement(), Boolean.TRUE) == null) {
                agreementArray.add(agreement(r.agreement()));
            } else if (e instanceof PledgeEvent.Announced a) {
                pledgeArray.add(pledge(a.pledge()));
            }
        }
        ArrayNode headlines = root.putArray("headlines");
        doc.headlines().all().forEach(h -> headlines.add(headline(h)));
        conditions(root, doc.conditions());
        ArrayNode eventArray = root.putArray("events");
        events.forEach(e -> eventArray.add(event(e)));
        return root;
    }

    /** A source as the output names it: its key in a document, the source itself in a journal line. */
    private JsonNode ref(Source s) {
        return inline ? sourceObject(s) : F.stringNode(key(s));
    }

    private static ObjectNode sourceObject(Source s) {
        ObjectNode n = F.objectNode();
        n.put("publisher", s.publisher());
        n.put("title", s.title());
        n.put("date", s.date().toString());
        s.url().ifPresent(u -> n.put("url", u.toString()));
        n.put("quote", s.quote());
        s.note().ifPresent(x -> n.put("note", x));
        return n;
    }

    private String key(Source s) {
        String key = keys.get(s);
        if (key == null) {
            do {
                key = "s" + next++;
            } while (keys.containsValue(key));
            keys.put(s, key);
        }
        if (!sources.has(key)) {
            sources.set(key, sourceObject(s));
        }
        return key;
    }

    private ArrayNode sourceKeys(List<Source> list) {
        ArrayNode a = F.arrayNode();
        list.forEach(s -> a.add(ref(s)));
        return a;
    }

    private static ObjectNode party(Party p) {
        ObjectNode n = F.objectNode();
        n.put("name", p.name());
        n.put("kind", p.kind().name());
        return n;
    }

    private static ArrayNode equivalents(List<StatedEquivalent> list) {
        ArrayNode a = F.arrayNode();
        for (StatedEquivalent e : list) {
            ObjectNode n = a.addObject();
            n.set("amount", amount(e.amount()));
            n.put("label", e.source());
        }
        return a;
    }

    private ObjectNode agreement(Agreement a) {
        ObjectNode n = F.objectNode();
        n.put("id", a.id().value());
        n.put("name", a.name());
        n.put("kind", a.kind().name());
        n.put("binding", a.isBinding());
        n.put("announced", a.announced().toString());
        a.noticePeriod().ifPresent(p -> n.put("noticePeriod", p.toString()));
        ArrayNode parties = n.putArray("parties");
        a.parties().forEach(p -> parties.add(party(p)));
        n.set("sources", sourceKeys(a.sources()));
        return n;
    }

    private ObjectNode pledge(Pledge p) {
        ObjectNode n = F.objectNode();
        n.put("id", p.id().value());
        n.set("pledger", party(p.pledger()));
        n.put("beneficiary", p.beneficiary());
        n.set("amount", amount(p.amount()));
        n.set("equivalents", equivalents(p.equivalents()));
        ArrayNode sectors = n.putArray("sectors");
        p.sectors().stream().map(Sector::name).forEach(sectors::add);
        n.put("period", p.period().toString());
        if (p.isPhasingStated()) {
            ObjectNode phasing = n.putObject("phasing");
            p.phasing().amounts().forEach((Year y, MonetaryAmount a) -> phasing.set(y.toString(), amount(a)));
        }
        n.put("announced", p.announced().toString());
        ObjectNode novelty = n.putObject("novelty");
        novelty.put("kind", p.novelty().kind().name());
        p.novelty().earlier().ifPresent(e -> novelty.put("earlier", e.value()));
        p.novelty().reannounced().ifPresent(r -> novelty.set("reannounced", amount(r)));
        n.set("sources", sourceKeys(p.sources()));
        return n;
    }

    private ObjectNode headline(Headline h) {
        ObjectNode n = F.objectNode();
        n.put("id", h.id().value());
        n.put("name", h.name());
        n.set("total", amount(h.total()));
        n.put("approximate", h.isApproximate());
        n.put("stated", h.stated().toString());
        n.put("basis", h.basis().name());
        n.set("equivalents", equivalents(h.equivalents()));
        ArrayNode pledges = n.putArray("pledges");
        h.pledges().forEach(p -> pledges.add(p.value()));
        ArrayNode headlines = n.putArray("headlines");
        h.headlines().forEach(x -> headlines.add(x.value()));
        h.note().ifPresent(x -> n.put("note", x));
        n.set("sources", sourceKeys(h.sources()));
        return n;
    }

    private void conditions(ObjectNode root, Conditions conditions) {
        ArrayNode array = root.putArray("conditions");
        ArrayNode dependencies = root.putArray("dependencies");
        for (Condition c : conditions.conditions()) {
            ObjectNode n = array.addObject();
            if (c instanceof Condition.AgreementReaches r) {
                n.put("type", "agreement-reaches");
                common(n, c);
                n.put("agreement", r.agreement().value());
                n.put("status", r.status().name());
                r.deadline().ifPresent(d -> n.put("deadline", d.toString()));
            } else if (c instanceof Condition.MilestoneReached m) {
                n.put("type", "milestone");
                common(n, c);
                n.put("milestone", m.milestone());
                m.deadline().ifPresent(d -> n.put("deadline", d.toString()));
            } else if (c instanceof Condition.JudgementMet j) {
                n.put("type", "judgement");
                common(n, c);
                n.put("judgement", j.judgement());
            } else if (c instanceof Condition.AllOf all) {
                n.put("type", "all-of");
                common(n, c);
                parts(n, all.parts());
            } else if (c instanceof Condition.AnyOf any) {
                n.put("type", "any-of");
                common(n, c);
                parts(n, any.parts());
            } else {
                Condition.ThresholdReached t = (Condition.ThresholdReached) c;
                n.put("type", "threshold");
                common(n, c);
                ArrayNode pledges = n.putArray("pledges");
                t.pledges().forEach(p -> pledges.add(p.value()));
                n.put("measure", t.measure().name());
                t.amount().ifPresent(a -> n.set("amount", amount(a)));
                t.share().ifPresent(x -> n.put("share", x.toPlainString()));
                n.set("valuation", valuation(t.valuation()));
                n.put("currency", t.currency().getCurrencyCode());
                t.deadline().ifPresent(d -> n.put("deadline", d.toString()));
            }
        }
        for (Map.Entry<PledgeId, List<ConditionId>> e : conditions.pledgeDependencies().entrySet()) {
            e.getValue().forEach(c -> dependencies.addObject().put("pledge", e.getKey().value()).put("condition", c.value()));
        }
        for (Map.Entry<AgreementId, List<ConditionId>> e : conditions.agreementDependencies().entrySet()) {
            e.getValue().forEach(c -> dependencies.addObject().put("agreement", e.getKey().value()).put("condition", c.value()));
        }
    }

    private ObjectNode valuation(Valuation v) {
        ObjectNode n = F.objectNode();
        switch (v.kind()) {
            case OWN_DATES:
                n.put("kind", "own-dates");
                break;
            case AT_DATE:
                n.put("kind", "at-date").put("date", v.date().orElseThrow().toString());
                break;
            case REFERENCE:
                n.put("kind", "reference-rates").put("name", v.name().orElseThrow());
                break;
            default:
                n.put("kind", "stated-equivalents");
                v.fallback().ifPresent(f -> n.set("fallback", valuation(f)));
                return n;
        }
        return n.put("rates", tableKey(v.rates().orElseThrow()));
    }

    /** The key of a rate table, written under {@code $.rateTables} the first time it is met. */
    private String tableKey(RateTable table) {
        String key = tableKeys.get(table);
        if (key == null) {
            do {
                key = "r" + next++;
            } while (tableKeys.containsValue(key));
            tableKeys.put(table, key);
        }
        if (!rateTables.has(key)) {
            ObjectNode t = rateTables.putObject(key);
            t.put("maxStaleness", table.maxStaleness().toString());
            table.pivot().ifPresent(p -> t.put("pivot", p.getCurrencyCode()));
            ArrayNode rates = t.putArray("rates");
            table.rates().forEach(r -> rates.add(rate(r)));
        }
        return key;
    }

    private void common(ObjectNode n, Condition c) {
        n.put("id", c.id().value());
        n.put("name", c.name());
        n.set("sources", sourceKeys(c.sources()));
    }

    private static void parts(ObjectNode n, List<ConditionId> parts) {
        ArrayNode a = n.putArray("parts");
        parts.forEach(p -> a.add(p.value()));
    }

    private ObjectNode event(LedgerEvent e) {
        ObjectNode n = F.objectNode();
        if (e instanceof PledgeEvent.Announced a) {
            return opening(n, "pledge", a, () -> pledge(a.pledge()), a.pledgeId().value());
        }
        if (e instanceof AgreementEvent.Recorded r) {
            return opening(n, "agreement", r, () -> agreement(r.agreement()), r.agreementId().value());
        }
        n.put("type", type(e)).put("id", e.id().value()).put("effective", e.effective().toString())
                .put("recorded", e.recorded().toString()).put("basis", e.basis().name());
        n.set("source", ref(e.source()));
        if (e instanceof PledgeEvent p) {
            n.put("pledge", p.pledgeId().value());
        } else if (e instanceof AgreementEvent a) {
            n.put("agreement", a.agreementId().value());
        }
        if (e instanceof PledgeEvent.DeliveryRecorded d) {
            n.set("amount", amount(d.amount()));
            d.rate().ifPresent(r -> n.set("rate", rate(r)));
        } else if (e instanceof PledgeEvent.AmountRevised r) {
            n.set("amount", amount(r.newAmount()));
        } else if (e instanceof AgreementEvent.Moved m) {
            n.put("to", m.to().name());
        } else if (e instanceof ConditionEvent.MilestoneRecorded m) {
            n.put("name", m.name());
        } else if (e instanceof ConditionEvent.Assessed a) {
            n.put("name", a.name()).put("assessment", a.assessment().name()).put("note", a.note());
        } else if (e instanceof Correction c) {
            n.put("supersedes", c.supersedes().value());
        }
        if (e instanceof LedgerEvent.Reasoned r) {
            n.put("reason", r.reason());
        }
        return n;
    }

    /** A pledge's announcement or an agreement's record: the subject by id in a document, in full in a journal line. */
    private ObjectNode opening(ObjectNode n, String field, LedgerEvent e, Supplier<ObjectNode> full, String id) {
        n.put("type", field + (field.equals("pledge") ? ".announced" : ".recorded")).put("id", e.id().value());
        if (inline) {
            n.set(field, full.get());
        } else {
            n.put(field, id);
        }
        return n.put("recorded", e.recorded().toString()).put("basis", e.basis().name());
    }

    /** An amount as jackson-datatype-moneta writes it: {@code {"amount": "1234.56", "currency": "GBP"}}, exact. */
    static JsonNode amount(MonetaryAmount a) {
        return LedgerJson.mapper().valueToTree(a);
    }

    private static ObjectNode rate(DatedRate r) {
        ObjectNode n = F.objectNode();
        n.put("date", r.date().toString()).put("base", r.base().getCurrencyCode()).put("term", r.term().getCurrencyCode())
                .put("rate", r.rate().toPlainString()).put("label", r.source());
        if (!r.isStated()) {
            ArrayNode from = n.putArray("derivedFrom");
            r.derivedFrom().forEach(d -> from.add(rate(d)));
        }
        return n;
    }

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(PledgeEvent.Committed.class, "pledge.committed"),
            Map.entry(PledgeEvent.DeliveryRecorded.class, "pledge.delivered"),
            Map.entry(PledgeEvent.AmountRevised.class, "pledge.revised"),
            Map.entry(PledgeEvent.Paused.class, "pledge.paused"),
            Map.entry(PledgeEvent.Resumed.class, "pledge.resumed"),
            Map.entry(PledgeEvent.Withdrawn.class, "pledge.withdrawn"),
            Map.entry(PledgeEvent.Fulfilled.class, "pledge.fulfilled"),
            Map.entry(AgreementEvent.Moved.class, "agreement.moved"),
            Map.entry(AgreementEvent.Paused.class, "agreement.paused"),
            Map.entry(AgreementEvent.Resumed.class, "agreement.resumed"),
            Map.entry(AgreementEvent.NoticeGiven.class, "agreement.notice-given"),
            Map.entry(AgreementEvent.Terminated.class, "agreement.terminated"),
            Map.entry(ConditionEvent.MilestoneRecorded.class, "milestone.recorded"),
            Map.entry(ConditionEvent.Assessed.class, "judgement.assessed"),
            Map.entry(Correction.class, "correction"));

    /** The explicit type id of an event, as the JSON document, the journal and the event CSV name it. */
    static String type(LedgerEvent e) {
        String type = TYPES.get(e.getClass());
        if (type == null) {
            throw new IllegalStateException("no JSON type for " + e.getClass());
        }
        return type;
    }
}
