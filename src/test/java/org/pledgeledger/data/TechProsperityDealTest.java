package org.pledgeledger.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgeledger.condition.Contingency;
import org.pledgeledger.condition.Outlook;
import org.pledgeledger.io.LedgerDocument;
import org.pledgeledger.ledger.AgreementStatus;
import org.pledgeledger.ledger.LedgerView;
import org.pledgeledger.model.Basis;
import org.pledgeledger.model.Source;
import org.pledgeledger.money.Amounts;
import org.pledgeledger.money.Valuation;
import org.pledgeledger.report.GrandTotal;
import org.pledgeledger.report.Headlines;
import org.pledgeledger.report.Reconciliation;

class TechProsperityDealTest {

    private static final LocalDate DEC31 = LocalDate.of(2025, 12, 31);
    private final LedgerDocument deal = TechProsperityDeal.load();

    @Test
    void holdsTheAgreementsPledgesAndHeadlinesOfTheDeal() {
        LedgerView dec = deal.ledger().asOf(DEC31);
        assertThat(dec.agreements()).hasSize(4);
        assertThat(dec.pledges()).extracting(s -> s.id().value()).containsExactly("google-uk-2025", "microsoft-uk-2025");
        assertThat(dec.pledge(TechProsperityDeal.MICROSOFT).orElseThrow().amount()).isEqualTo(Amounts.parse("USD 30000000000.00"));
        assertThat(deal.headlines().all()).hasSize(3);
        assertThat(deal.headlines().tops()).extracting(h -> h.id().value()).containsExactly("ai-growth-zones-north-east", "tpd-150bn");
        assertThat(dec.agreement(TechProsperityDeal.MEMORANDUM).orElseThrow().status()).isEqualTo(AgreementStatus.PAUSED);
        assertThat(dec.agreement(TechProsperityDeal.MEMORANDUM).orElseThrow().statusBasis()).isEqualTo(Basis.PRESS_REPORT);
        assertThat(dec.assessment("TPD talks continuing").orElseThrow().basis()).isEqualTo(Basis.OFFICIAL_STATEMENT);
    }

    @Test
    void everySourceCitesPublisherTitleDateAndASentence() {
        assertThat(deal.sources()).hasSizeGreaterThanOrEqualTo(15);
        for (Source s : deal.sources().values()) {
            assertThat(s.citation()).matches("[^\"]+, \"[^\"]+\", \\d{1,2} [A-Z][a-z]{2} \\d{4}: \".+\".*");
        }
    }

    @Test
    void theMoneylessContextIsThereAsAgreementsOnly() {
        LedgerView dec = deal.ledger().asOf(DEC31);
        assertThat(dec.agreement(org.pledgeledger.model.AgreementId.of("uk-us-science-technology-partnership-2021"))).isPresent();
        assertThat(dec.pledges()).noneMatch(p -> p.pledge().announced().getYear() < 2025);
    }

    /** Hand-computed: 22bn + 5bn itemised in the £31bn, 4bn not itemised; 119bn not itemised in the £150bn. */
    @Test
    void reconcilesTheHeadlinesAndTotalsEveryPoundOnce() {
        Headlines nested = Headlines.of(deal.headlines().headline(TechProsperityDeal.DEAL_150BN).orElseThrow(),
                deal.headlines().headline(TechProsperityDeal.US_TECH_31BN).orElseThrow());
        LedgerView view = deal.ledger().asOf(DEC31);
        Reconciliation r = Reconciliation.of(TechProsperityDeal.US_TECH_31BN, nested, view, Valuation.atStatedEquivalents(),
                Amounts.currency("GBP"));
        assertThat(Amounts.format(r.remainder())).isEqualTo("GBP 4000000000.00");
        GrandTotal t = GrandTotal.of(nested, view, Valuation.atStatedEquivalents(), Amounts.currency("GBP"));
        assertThat(Amounts.format(t.total())).isEqualTo("GBP 150000000000.00");
        assertThat(Amounts.format(t.unattributed())).isEqualTo("GBP 123000000000.00");
    }

    @Test
    void thePledgesAreContingentInSeptemberAndAtRiskOnAReportedPauseInDecember() {
        Outlook sep = deal.conditions().evaluate(deal.ledger().asOf(LocalDate.of(2025, 9, 30)));
        assertThat(sep.pledge(TechProsperityDeal.MICROSOFT).kind()).isEqualTo(Contingency.Kind.CONTINGENT);
        Outlook dec = deal.conditions().evaluate(deal.ledger().asOf(DEC31));
        assertThat(dec.pledge(TechProsperityDeal.MICROSOFT)).hasToString("AT_RISK (press report) by tpd-memorandum-operative");
        assertThat(deal.conditions().evaluate(deal.ledger().asKnownOn(LocalDate.of(2025, 12, 10))).pledge(TechProsperityDeal.GOOGLE)
                .kind()).isEqualTo(Contingency.Kind.CONTINGENT);
    }

    @Test
    void eachLoadIsAFreshCopy() {
        assertThat(TechProsperityDeal.load().ledger()).isNotSameAs(deal.ledger());
        assertThat(TechProsperityDeal.load().ledger().events()).isEqualTo(deal.ledger().events());
    }
}
