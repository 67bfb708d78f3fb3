package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.money.CurrencyUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.money.Amounts;

class PledgeTest {

    static final Source SOURCE = Source.of("Tech Digest", "Google opens Waltham Cross data centre as part of £5 billion UK investment",
            LocalDate.of(2025, 9, 16), "as a cornerstone of its two-year, £5 billion investment in the UK.");

    static Pledge.Builder google() {
        return Pledge.builder(PledgeId.of("google-uk-2025"), Party.company("Google"), "United Kingdom",
                Amounts.parse("GBP 5000000000.00"), LocalDate.of(2025, 9, 16)).source(SOURCE);
    }

    static final CurrencyUnit GBP = Amounts.currency("GBP");

    static Pledge.Builder googleByNumber(String number) {
        return Pledge.builder(PledgeId.of("google-uk-2025"), Party.company("Google"), "United Kingdom", new BigDecimal(number), GBP,
                LocalDate.of(2025, 9, 16)).source(SOURCE);
    }

    @ParameterizedTest
    @CsvSource({
        "5000000000.00, 5000000000.00",
        "5000000000, 5000000000",
        "5E+9, 5E+9",
        "5000000000.000, 5000000000.000",
    })
    void aPledgeGivenANumberAndCurrencyKeepsTheNumberAsGivenAndEqualsOneGivenTheAmount(String given, String kept) {
        Pledge byNumber = googleByNumber(given).build();
        Pledge byAmount = google().build();

        assertThat(byNumber.amountNumber()).isEqualTo(new BigDecimal(kept)).hasScaleOf(new BigDecimal(kept).scale());
        assertThat(byNumber.currency()).isEqualTo(GBP);
        assertThat(byNumber.amount()).isEqualTo(byAmount.amount());
        assertThat(byNumber).isEqualTo(byAmount).hasSameHashCodeAs(byAmount).hasToString(byAmount.toString());
        assertThat(byNumber.datedAmount()).isEqualTo(byAmount.datedAmount());
    }

    @Test
    void makesItsAmountOnceWhenFirstAskedAndKeepsAnAmountGivenToTheBuilder() {
        Pledge byNumber = googleByNumber("5000000000.00").build();
        assertThat(byNumber.amount()).isSameAs(byNumber.amount());
        assertThat(byNumber.toBuilder().build().amount()).isSameAs(byNumber.amount());

        Pledge byAmount = google().build();
        assertThat(byAmount.amountNumber()).isEqualByComparingTo("5000000000");
        assertThat(byAmount.currency()).isEqualTo(GBP);
        assertThat(Amounts.number(byAmount.amount())).isEqualByComparingTo(byAmount.amountNumber());
    }

    @Test
    void aPledgeOfAnotherNumberOrCurrencyIsNotEqual() {
        Pledge p = googleByNumber("5000000000.00").build();
        assertThat(googleByNumber("5000000000.01").build()).isNotEqualTo(p);
        assertThat(Pledge.builder(p.id(), p.pledger(), p.beneficiary(), p.amountNumber(), Amounts.currency("USD"), p.announced())
                .source(SOURCE).build()).isNotEqualTo(p);
    }

    @Test
    void rejectsANullOrNonPositiveNumberANullCurrencyAndANumberWithMoreDigitsThanAnAmountHolds() {
        PledgeId id = PledgeId.of("p");
        Party x = Party.company("X");
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> Pledge.builder(id, x, "UK", (BigDecimal) null, GBP, day))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Pledge.builder(id, x, "UK", BigDecimal.ONE, null, day))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
        assertThatThrownBy(() -> Pledge.builder(id, x, "UK", new BigDecimal("-1.00"), GBP, day).source(SOURCE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Pledge p has amount GBP -1.00: it must be positive");
        assertThatThrownBy(() -> Pledge.builder(id, x, "UK", new BigDecimal("1".repeat(Amounts.MAX_DIGITS + 1)), GBP, day))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(" GBP has 257 significant digits");
    }

    @Test
    void holdsTheAnnouncementWithDefaults() {
        Pledge p = google().sector(Sector.of("data centres")).build();
        assertThat(p.period()).isEqualTo(PledgePeriod.of(2025, 2025));
        assertThat(p.phasing().isStated()).isFalse();
        assertThat(p.novelty()).isEqualTo(Novelty.newMoney());
        assertThat(p.newAmount()).isEqualTo(p.amount());
        assertThat(p).hasToString("google-uk-2025: Google, GBP 5000000000.00 for United Kingdom, 2025, announced 2025-09-16, new money");
    }

    @Test
    void spreadsEvenlyOverItsPeriodUnlessPhasingIsStated() {
        assertThat(google().period(PledgePeriod.of(2025, 2026)).build().phasing().amount(Year.of(2026)))
                .isEqualTo(Amounts.parse("GBP 2500000000.00"));
        Pledge stated = google().period(PledgePeriod.of(2025, 2026))
                .phasing(Map.of(Year.of(2025), Amounts.parse("GBP 1000000000.00"), Year.of(2026), Amounts.parse("GBP 4000000000.00")))
                .build();
        assertThat(stated.phasing().isStated()).isTrue();
    }

    @Test
    void givesItsDatedAmountWithStatedEquivalentsForValuations() {
        Pledge msft = Pledge.builder(PledgeId.of("microsoft-uk-2025"), Party.company("Microsoft"), "United Kingdom",
                Amounts.parse("USD 30000000000.00"), LocalDate.of(2025, 9, 16))
                .equivalent(Amounts.parse("GBP 22000000000.00"), "Nation.Cymru").source(SOURCE).build();
        assertThat(msft.datedAmount().equivalent(Amounts.currency("GBP"))).isPresent();
        assertThat(msft.datedAmount().date()).isEqualTo(LocalDate.of(2025, 9, 16));
    }

    @Test
    void keepsAGivenUnmodifiableSetOfOneSectorAndListOfSourcesSoThatPledgesMayShareThem() {
        Set<Sector> sectors = Set.of(Sector.of("Data centres"));
        List<Source> sources = List.of(SOURCE);
        Pledge a = google().sectors(sectors).sources(sources).build();
        Pledge b = google().sectors(sectors).sources(sources).build();
        assertThat(a.sectors()).isSameAs(sectors).isSameAs(b.sectors());
        assertThat(a.sources()).isSameAs(sources).isSameAs(b.sources());
        assertThat(a).isEqualTo(google().sector(Sector.of("Data centres")).build());
    }

    @Test
    void settingSectorsOrSourcesReplacesThoseAddedAndAddingMoreStillCounts() {
        Source other = Source.of("GOV.UK", "Tech Prosperity Deal", LocalDate.of(2025, 9, 18), "a quote");
        Pledge p = google().sector(Sector.of("AI")).sectors(Set.of(Sector.of("Energy"))).sector(Sector.of("Data centres"))
                .sources(List.of(other)).source(SOURCE).build();
        assertThat(p.sectors()).containsExactly(Sector.of("Data centres"), Sector.of("Energy"));
        assertThat(p.sources()).containsExactly(other, SOURCE);
        Pledge many = google().sectors(Set.of(Sector.of("Energy"), Sector.of("AI"))).build();
        assertThat(many.sectors()).containsExactly(Sector.of("AI"), Sector.of("Energy"));
    }

    @Test
    void addingTheSectorOfAGivenSetAgainKeepsItOnceAndAGivenListOfSourcesReplacesTheOneBefore() {
        Source other = Source.of("GOV.UK", "Tech Prosperity Deal", LocalDate.of(2025, 9, 18), "a quote");
        Pledge p = google().sectors(Set.of(Sector.of("AI"))).sector(Sector.of("AI"))
                .sources(List.of(other)).sources(List.of(SOURCE)).build();

        assertThat(p.sectors()).containsExactly(Sector.of("AI"));
        assertThat(p.sources()).containsExactly(SOURCE);
        assertThat(p.toBuilder().source(other).build().sources()).containsExactly(SOURCE, other);
        assertThat(google().sectors(Set.of(Sector.of("AI"))).sectors(Set.of()).build().sectors()).isEmpty();
    }

    @Test
    void rejectsNullSectorsOrSourcesLeavingTheBuilderUnchangedAndAnEmptyListOfSources() {
        assertThatThrownBy(() -> google().sectors(null)).isInstanceOf(NullPointerException.class).hasMessage("sectors");
        assertThatThrownBy(() -> google().sources(null)).isInstanceOf(NullPointerException.class).hasMessage("sources");
        Pledge.Builder builder = google().sector(Sector.of("AI"));
        assertThatThrownBy(() -> builder.sectors(new java.util.HashSet<>(java.util.Arrays.asList(Sector.of("Energy"), null))))
                .isInstanceOf(NullPointerException.class).hasMessage("sectors element");
        assertThatThrownBy(() -> builder.sources(java.util.Arrays.asList(SOURCE, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("sources element");
        Pledge unchanged = builder.build();
        assertThat(unchanged.sectors()).containsExactly(Sector.of("AI"));
        assertThat(unchanged.sources()).containsExactly(SOURCE);
        assertThatThrownBy(() -> google().sources(List.of()).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no source");
    }

    @Test
    void rejectsANonPositiveAmount() {
        assertThatThrownBy(() -> Pledge.builder(PledgeId.of("p"), Party.company("X"), "UK", Amounts.parse("GBP 0.00"),
                LocalDate.of(2025, 1, 1)).source(SOURCE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Pledge p has amount GBP 0.00");
    }

    @Test
    void rejectsAPledgeWithoutSourceOrBeneficiary() {
        assertThatThrownBy(() -> Pledge.builder(PledgeId.of("p"), Party.company("X"), "UK", Amounts.parse("GBP 1.00"),
                LocalDate.of(2025, 1, 1)).build()).hasMessageContaining("Pledge p has no source");
        assertThatThrownBy(() -> Pledge.builder(PledgeId.of("p"), Party.company("X"), " ", Amounts.parse("GBP 1.00"),
                LocalDate.of(2025, 1, 1)).source(SOURCE).build()).hasMessageContaining("blank beneficiary");
    }

    @Test
    void rejectsAnEquivalentInItsOwnCurrency() {
        assertThatThrownBy(() -> google().equivalent(Amounts.parse("GBP 5.00"), "x").build())
                .hasMessageStartingWith("Pledge google-uk-2025: Stated equivalent").hasMessageContaining("own currency");
    }

    @Test
    void rejectsAStatedPhasingThatDoesNotAddUpOrFallsOutsideThePeriod() {
        assertThatThrownBy(() -> google().period(PledgePeriod.of(2025, 2026))
                .phasing(Map.of(Year.of(2025), Amounts.parse("GBP 1.00"))).build())
                .hasMessageContaining("adds up to GBP 1.00");
        assertThatThrownBy(() -> google().phasing(Map.of(Year.of(2030), Amounts.parse("GBP 5000000000.00"))).build())
                .hasMessageContaining("phased in 2030, outside its period 2025");
        assertThatThrownBy(() -> google().phasing(Map.of(Year.of(2025), Amounts.parse("USD 5000000000.00"))).build())
                .hasMessageContaining("its phasing is in USD");
    }

    @Test
    void rejectsAReannouncementOfItselfOrAPartNotLessThanTheWhole() {
        assertThatThrownBy(() -> google().novelty(Novelty.reannouncementOf(PledgeId.of("google-uk-2025"))).build())
                .hasMessageContaining("cannot re-announce itself");
        assertThatThrownBy(() -> google().novelty(Novelty.partlyReannounced(PledgeId.of("g-2024"),
                Amounts.parse("GBP 5000000000.00"))).build()).hasMessageContaining("less than the whole");
        assertThatThrownBy(() -> google().novelty(Novelty.partlyReannounced(PledgeId.of("g-2024"),
                Amounts.parse("USD 1.00"))).build()).hasMessageContaining("must be in GBP");
    }

    @Test
    void toBuilderMakesAnEqualCopy() {
        Pledge p = google().period(PledgePeriod.of(2025, 2026)).sector(Sector.of("AI")).build();
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.toBuilder().sector(Sector.of("cloud")).build()).isNotEqualTo(p);

        Pledge many = google().sector(Sector.of("cloud")).sector(Sector.of("AI")).source(SOURCE)
                .equivalent(Amounts.parse("USD 6750000000"), "GOV.UK").build();
        assertThat(many.toBuilder().build()).isEqualTo(many).hasSameHashCodeAs(many);
        assertThat(many.toBuilder().sector(Sector.of("Data centres")).source(SOURCE).build())
                .satisfies(copy -> assertThat(copy.sectors()).containsExactly(Sector.of("AI"), Sector.of("cloud"), Sector.of("Data centres")))
                .satisfies(copy -> assertThat(copy.sources()).hasSize(many.sources().size() + 1))
                .satisfies(copy -> assertThat(copy.equivalents()).isEqualTo(many.equivalents()));
    }
}
