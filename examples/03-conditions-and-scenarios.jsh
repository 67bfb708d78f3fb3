// Conditions and scenarios: what hinges on the Economic Prosperity Deal, and what if.
import java.time.LocalDate;
import org.pledgeledger.condition.*;
import org.pledgeledger.data.*;
import org.pledgeledger.io.*;
import org.pledgeledger.money.*;

LedgerDocument deal = TechProsperityDeal.load();
System.out.println(deal.conditions());

// End of September: the memorandum waits on progress on the EPD; the pledges wait on the memorandum.
Outlook sep = deal.conditions().evaluate(deal.ledger().asOf(LocalDate.of(2025, 9, 30)));
System.out.println(sep);

// End of December: the reported pause puts the pledges at risk, on a press report.
Outlook dec = deal.conditions().evaluate(deal.ledger().asOf(LocalDate.of(2025, 12, 31)));
System.out.println(dec.pledge(TechProsperityDeal.MICROSOFT));
if (dec.pledge(TechProsperityDeal.MICROSOFT).kind() != Contingency.Kind.AT_RISK) throw new AssertionError(dec);

// The money exposed to the EPD condition, converted with provenance.
Exposure exposure = dec.exposure(TechProsperityDeal.EPD_PROGRESS, Valuation.atStatedEquivalents(), Amounts.currency("GBP"));
System.out.println(exposure);

// Scenarios change the answers, never the ledger.
int before = deal.ledger().size();
Outlook fails = deal.conditions().evaluate(deal.ledger().asOf(LocalDate.of(2025, 12, 31)),
        Scenario.of("if the EPD condition fails", Assumption.conditionFails(TechProsperityDeal.EPD_PROGRESS)));
System.out.println(fails.pledge(TechProsperityDeal.MICROSOFT));
Outlook confirmed = deal.conditions().evaluate(deal.ledger().asOf(LocalDate.of(2025, 12, 31)),
        Scenario.of("if the pause is confirmed", Assumption.pauseConfirmed(TechProsperityDeal.MEMORANDUM)));
System.out.println(confirmed.pledge(TechProsperityDeal.MICROSOFT));
if (deal.ledger().size() != before) throw new AssertionError("a scenario changed the ledger");
