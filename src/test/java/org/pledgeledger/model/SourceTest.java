package org.pledgeledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SourceTest {

    private static final LocalDate D = LocalDate.of(2025, 12, 16);

    @Test
    void citesPublisherTitleDateAndQuote() {
        Source s = Source.of("Nation.Cymru", "No 10 insists talks with US on tech deal ongoing amid reports of pause", D,
                "including £22bn from Microsoft and £5bn from Google");
        assertThat(s.citation()).isEqualTo("Nation.Cymru, \"No 10 insists talks with US on tech deal ongoing amid reports"
                + " of pause\", 16 Dec 2025: \"including £22bn from Microsoft and £5bn from Google\"");
        assertThat(s.withUrl(URI.create("https://example.org/a")).citation()).endsWith(" <https://example.org/a>");
        assertThat(s.url()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' '  | title | quote | blank publisher",
        "pub  | ' '   | quote | blank title",
        "pub  | title | ' '   | quotes nothing",
    })
    void rejectsABlankPart(String publisher, String title, String quote, String rule) {
        assertThatThrownBy(() -> Source.of(publisher, title, D, quote)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(rule).hasMessageContaining("2025-12-16");
    }

    @Test
    void equalsASourceOfEqualPartsWithTheSameHashCode() {
        Source a = new Source("pub", "title", D, Optional.of(URI.create("https://example.org/a")), "quote", Optional.of("note"));
        Source b = new Source(new String("pub"), new String("title"), LocalDate.of(2025, 12, 16),
                Optional.of(URI.create("https://example.org/a")), new String("quote"), Optional.of(new String("note")));
        assertThat(a).isEqualTo(b).isEqualTo(a).hasSameHashCodeAs(b);
        assertThat(b).isEqualTo(a);
        assertThat(a.equals(null)).isFalse();
        assertThat(a).isNotEqualTo("pub");
    }

    @Test
    void differsFromASourceThatDiffersInAnyOnePart() {
        Source a = new Source("pub", "title", D, Optional.of(URI.create("https://example.org/a")), "quote", Optional.of("note"));
        List<Source> others = List.of(
                new Source("pub2", "title", D, a.url(), "quote", a.note()),
                new Source("pub", "title2", D, a.url(), "quote", a.note()),
                new Source("pub", "title", D.plusDays(1), a.url(), "quote", a.note()),
                new Source("pub", "title", D, Optional.empty(), "quote", a.note()),
                new Source("pub", "title", D, a.url(), "quote2", a.note()),
                new Source("pub", "title", D, a.url(), "quote", Optional.empty()));
        for (Source other : others) {
            assertThat(a).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(a);
        }
    }
}
