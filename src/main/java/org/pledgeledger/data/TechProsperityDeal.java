package org.pledgeledger.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.pledgeledger.condition.ConditionId;
import org.pledgeledger.io.LedgerDocument;
import org.pledgeledger.io.LedgerJson;
import org.pledgeledger.model.AgreementId;
import org.pledgeledger.model.HeadlineId;
import org.pledgeledger.model.PledgeId;

/**
 * The UK-US Tech Prosperity Deal as a ledger, bundled with the library and loaded in one call.
 * <pre>{@code
 *   LedgerDocument deal = TechProsperityDeal.load();
 *   deal.ledger().asOf(LocalDate.of(2025, 12, 31));
 *   deal.conditions().evaluate(deal.ledger().asOf(LocalDate.of(2025, 12, 31)));
 * }</pre>
 * It holds the May 2025 Economic Prosperity Deal, the September 2025 memorandum and the condition
 * it becomes operative on, Microsoft's and Google's pledges, the £31bn and around-£150bn
 * headlines, the AI growth zones' estimate (beside the totals, not in them), the December 2025
 * reported pause with Downing Street's reply, and, as context without money, the 2021
 * science and technology partnership and the spring 2025 UK pitch. Every figure cites its
 * publisher, title, date and sentence; where a source left a date or a relation open, a note says
 * what was chosen.
 * <p>
 * Each call loads a fresh copy from {@code tech-prosperity-deal.json}, so appending to one copy's
 * ledger leaves the others alone.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TechProsperityDeal {

    /** The resource holding the data set. */
    static final String RESOURCE = "tech-prosperity-deal.json";

    /** The memorandum of understanding signed on 18 September 2025. */
    public static final AgreementId MEMORANDUM = AgreementId.of("tech-prosperity-deal-mou");
    /** The Economic Prosperity Deal of 8 May 2025. */
    public static final AgreementId ECONOMIC_PROSPERITY_DEAL = AgreementId.of("economic-prosperity-deal");
    /** Microsoft's pledge. */
    public static final PledgeId MICROSOFT = PledgeId.of("microsoft-uk-2025");
    /** Google's pledge. */
    public static final PledgeId GOOGLE = PledgeId.of("google-uk-2025");
    /** The £31bn from US technology companies. */
    public static final HeadlineId US_TECH_31BN = HeadlineId.of("us-tech-31bn");
    /** The around-£150bn of the whole deal. */
    public static final HeadlineId DEAL_150BN = HeadlineId.of("tpd-150bn");
    /** The AI growth zones' estimated £30bn. */
    public static final HeadlineId AI_GROWTH_ZONES = HeadlineId.of("ai-growth-zones-north-east");
    /** The memorandum's condition: substantive progress on the Economic Prosperity Deal. */
    public static final ConditionId EPD_PROGRESS = ConditionId.of("epd-substantive-progress");
    /** The condition that the memorandum becomes operative. */
    public static final ConditionId MEMORANDUM_OPERATIVE = ConditionId.of("tpd-memorandum-operative");
    /** The day the memorandum was signed. */
    public static final LocalDate SIGNED = LocalDate.of(2025, 9, 18);

    private TechProsperityDeal() {
    }

    /**
     * Loads a fresh copy of the data set.
     *
     * @return the document: ledger, conditions, headlines and sources, never null
     * @throws UncheckedIOException if the resource cannot be read (a broken build)
     */
    public static LedgerDocument load() {
        try (InputStream in = TechProsperityDeal.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Bundled resource " + RESOURCE + " is missing"));
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return LedgerJson.read(reader, "bundled " + RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled " + RESOURCE, e);
        }
    }
}
