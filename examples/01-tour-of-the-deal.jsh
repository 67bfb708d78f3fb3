// A tour of the UK-US Tech Prosperity Deal as the bundled ledger holds it.
import java.time.LocalDate;
import org.pledgeledger.data.*;
import org.pledgeledger.io.*;
import org.pledgeledger.ledger.*;
import org.pledgeledger.money.*;
import org.pledgeledger.report.*;

// Load the deal: ledger, conditions, headlines and sources, every figure cited.
LedgerDocument deal = TechProsperityDeal.load();
LedgerView sep = deal.ledger().asOf(LocalDate.of(2025, 9, 30));
System.out.println(sep);

// The pledges in the currencies their companies announced them in.
for (PledgeState p : sep.pledges()) System.out.println(p.pledge() + " -> " + Amounts.format(p.amount()));

// The £31bn headline against its parts, at the equivalents the sources stated.
var gbp = Amounts.currency("GBP");
Reconciliation usTech = Reconciliation.of(TechProsperityDeal.US_TECH_31BN, deal.headlines(), sep, Valuation.atStatedEquivalents(), gbp);
System.out.println(usTech);
if (!Amounts.format(usTech.remainder()).equals("GBP 4000000000.00")) throw new AssertionError(usTech);

// Every pound once: the pledges plus what the headlines state but do not itemise.
Headlines nested = Headlines.of(deal.headlines().headline(TechProsperityDeal.DEAL_150BN).orElseThrow(),
        deal.headlines().headline(TechProsperityDeal.US_TECH_31BN).orElseThrow());
GrandTotal total = GrandTotal.of(nested, sep, Valuation.atStatedEquivalents(), gbp);
System.out.println(total);

// December: the memorandum's pause, as reported by the press, and what a reader knew before the report.
System.out.println(deal.ledger().asOf(LocalDate.of(2025, 12, 31)).agreement(TechProsperityDeal.MEMORANDUM).orElseThrow());
System.out.println(deal.ledger().asKnownOn(LocalDate.of(2025, 12, 10)).agreement(TechProsperityDeal.MEMORANDUM).orElseThrow());

// Where each figure came from.
deal.sources().values().stream().limit(3).forEach(s -> System.out.println(s.citation()));
