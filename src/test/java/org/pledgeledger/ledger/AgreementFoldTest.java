package org.pledgeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgeledger.ledger.Fixtures.EPD;
import static org.pledgeledger.ledger.Fixtures.MOU;
import static org.pledgeledger.ledger.Fixtures.agreementPaused;
import static org.pledgeledger.ledger.Fixtures.agreementResumed;
import static org.pledgeledger.ledger.Fixtures.day;
import static org.pledgeledger.ledger.Fixtures.moved;
import static org.pledgeledger.ledger.Fixtures.notice;
import static org.pledgeledger.ledger.Fixtures.recorded;
import static org.pledgeledger.ledger.Fixtures.terminated;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgeledger.model.Basis;

/** The agreement lifecycle, through the ledger. */
class AgreementFoldTest {

    private static Ledger ledgerWith(LedgerEvent... events) {
        Ledger ledger = Ledger.create();
        ledger.appendAll(List.of(events));
        return ledger;
    }

    private static AgreementState mou(Ledger ledger, LocalDate date) {
        return ledger.asOf(date).agreement(MOU.id()).orElseThrow();
    }

    @Test
    void movesForwardSkippingStepsAndPausesBackToWhereItWas() {
        Ledger ledger = ledgerWith(recorded(MOU), moved("signed", MOU, day(9, 18), AgreementStatus.SIGNED),
                agreementPaused("pause", MOU, day(12, 9), day(12, 16), Basis.PRESS_REPORT), agreementResumed("resume", MOU, day(12, 20)));
        assertThat(mou(ledger, day(9, 18)).status()).isEqualTo(AgreementStatus.SIGNED);
        AgreementState dec = mou(ledger, day(12, 10));
        assertThat(dec.status()).isEqualTo(AgreementStatus.PAUSED);
        assertThat(dec.statusBasis()).isEqualTo(Basis.PRESS_REPORT);
        assertThat(dec.pausedFrom()).contains(AgreementStatus.SIGNED);
        assertThat(dec.hasReached(AgreementStatus.SIGNED)).isTrue();
        assertThat(dec.hasReached(AgreementStatus.OPERATIVE)).isFalse();
        assertThat(dec).hasToString("tech-prosperity-deal-mou PAUSED since 2025-12-09 (press report)");
        assertThat(mou(ledger, day(12, 20)).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(ledger.asKnownOn(day(12, 10)).agreement(MOU.id()).orElseThrow().status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(ledger.asOf(day(9, 17)).agreement(MOU.id())).isEmpty();
    }

    @Test
    void noticeTerminatesWhenTheNoticePeriodHasRun() {
        Ledger ledger = ledgerWith(recorded(MOU), moved("signed", MOU, day(9, 18), AgreementStatus.SIGNED), notice("n", MOU, day(10, 1)));
        AgreementState during = mou(ledger, day(12, 31));
        assertThat(during.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(during.terminatesOn()).contains(LocalDate.of(2026, 3, 30));
        assertThat(during.toString()).endsWith(", terminates on 2026-03-30");
        AgreementState after = mou(ledger, LocalDate.of(2026, 3, 30));
        assertThat(after.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(after.statusSince()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(after.hasReached(AgreementStatus.PROPOSED)).isFalse();
    }

    static Stream<Arguments> illegalMoves() {
        return Stream.of(
                Arguments.of(List.of(moved("s", MOU, day(9, 20), AgreementStatus.SIGNED)), moved("n", MOU, day(9, 21), AgreementStatus.NEGOTIATING),
                        "is SIGNED since 2025-09-20; event n (now negotiating) dated 2025-09-21 cannot apply: a move goes forward from a live status"),
                Arguments.of(List.of(), agreementResumed("r", MOU, day(9, 20)), "only a paused agreement can resume"),
                Arguments.of(List.of(terminated("t", MOU, day(9, 20))), agreementPaused("p", MOU, day(9, 21), day(9, 21), Basis.PRESS_REPORT),
                        "only a live agreement can be paused"),
                Arguments.of(List.of(terminated("t", MOU, day(9, 20))), terminated("t2", MOU, day(9, 21)), "it is already terminated"),
                Arguments.of(List.of(notice("n", MOU, day(9, 20))), notice("n2", MOU, day(9, 21)), "notice was already given"),
                Arguments.of(List.of(notice("n", MOU, day(9, 20))), moved("o", MOU, LocalDate.of(2026, 3, 20), AgreementStatus.OPERATIVE),
                        "is TERMINATED since 2026-03-19"));
    }

    @ParameterizedTest
    @MethodSource("illegalMoves")
    void anIllegalMoveIsRejectedAndChangesNothing(List<LedgerEvent> before, LedgerEvent illegal, String message) {
        Ledger ledger = ledgerWith(recorded(MOU));
        ledger.appendAll(before);
        List<LedgerEvent> events = ledger.events();
        assertThatThrownBy(() -> ledger.append(illegal)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Agreement tech-prosperity-deal-mou is ").hasMessageContaining(message);
        assertThat(ledger.events()).isEqualTo(events);
    }

    @Test
    void noticeNeedsANoticePeriod() {
        Ledger ledger = ledgerWith(recorded(EPD));
        assertThatThrownBy(() -> ledger.append(notice("n", EPD, day(6, 1)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the agreement has no notice period; record Terminated instead");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void anEventForAnUnrecordedAgreementOrBeforeItsRecordIsRejected() {
        Ledger ledger = Ledger.create();
        assertThatThrownBy(() -> ledger.append(moved("s", MOU, day(9, 20), AgreementStatus.SIGNED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concerns agreement tech-prosperity-deal-mou, which has not been recorded");
        ledger.append(recorded(MOU));
        assertThatThrownBy(() -> ledger.append(moved("s", MOU, day(9, 1), AgreementStatus.SIGNED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before agreement tech-prosperity-deal-mou was recorded on 2025-09-18");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aCorrectionOfAnAgreementEventAppliesToTheAgreement() {
        Ledger ledger = ledgerWith(recorded(MOU), moved("s", MOU, day(9, 20), AgreementStatus.SIGNED),
                Fixtures.corrected("fix", day(9, 25), "s"));
        assertThat(mou(ledger, day(9, 30)).status()).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(ledger).hasToString("Ledger[3 events, 0 pledges, 1 agreements]");
    }
}
