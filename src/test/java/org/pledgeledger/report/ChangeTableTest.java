package org.pledgeledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgeledger.data.TechProsperityDeal;
import org.pledgeledger.io.LedgerDocument;
import org.pledgeledger.io.ReportFiles;

class ChangeTableTest {

    private final LedgerDocument deal = TechProsperityDeal.load();

    @Test
    void fromSeptemberToDecemberTheMemorandumWasReportedPausedAndNo10Replied() {
        ChangeTable t = ChangeTable.of(deal.ledger(), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
        assertThat(t.rows()).extracting(ChangeTable.Row::subject).containsExactly("tech-prosperity-deal-mou");
        ChangeTable.Row mou = t.rows().get(0);
        assertThat(mou.before()).isEqualTo("SIGNED");
        assertThat(mou.after()).isEqualTo("PAUSED (press report)");
        assertThat(mou.events()).singleElement().asString().startsWith("2025-12-08 paused (Washington reportedly paused")
                .endsWith("[press report, Nation.Cymru, 16 Dec 2025]");
        assertThat(t.toString()).startsWith("Changes after 2025-09-30 up to 2025-12-31\n  tech-prosperity-deal-mou  SIGNED -> PAUSED (press report)");
        assertThat(t.toMarkdown()).contains("| tech-prosperity-deal-mou | SIGNED | PAUSED (press report) |  | 2025-12-08 paused");
    }

    @Test
    void theMonthOfTheAnnouncementsListsThePledgesWithTheirAmounts() {
        ChangeTable t = ChangeTable.of(deal.ledger(), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 30));
        assertThat(t.rows()).extracting(ChangeTable.Row::subject).containsExactly("google-uk-2025", "microsoft-uk-2025", "tech-prosperity-deal-mou");
        assertThat(t.rows().get(1).before()).isEqualTo("-");
        assertThat(t.rows().get(1).amounts()).isEqualTo("pledged USD 30,000,000,000.00, delivered USD 0.00");
        assertThat(ReportFiles.csv(t)).startsWith("subject,before,after,amounts,events\ngoogle-uk-2025,-,\"ANNOUNCED (official statement)\",");
        assertThat(ReportFiles.json(t)).contains("\"subject\" : \"microsoft-uk-2025\"").contains("\"schema\" : \"pledge-ledger-report/1\"");
    }

    @Test
    void aQuietPeriodSaysNothingChangedAndABackwardPeriodIsRejected() {
        assertThat(ChangeTable.of(deal.ledger(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .hasToString("Changes after 2026-01-01 up to 2026-02-01: nothing changed");
        assertThatThrownBy(() -> ChangeTable.of(deal.ledger(), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 9, 30)))
                .hasMessageContaining("the end is before the start");
    }
}
