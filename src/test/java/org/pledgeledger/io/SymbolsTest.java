package org.pledgeledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolsTest {

    private static String text(Symbols symbols, String s) {
        char[] padded = ("<<" + s + ">>").toCharArray();
        return symbols.text(padded, 2, s.length());
    }

    @Test
    void givesTheSameStringForTheSameCharactersMetAgain() {
        Symbols symbols = new Symbols();
        String first = text(symbols, "2025-09-16");

        assertThat(first).isEqualTo("2025-09-16");
        assertThat(text(symbols, "2025-09-16")).isSameAs(first);
        assertThat(text(symbols, "")).isEmpty();
    }

    @Test
    void tellsApartTextsWithTheSameHash() {
        Symbols symbols = new Symbols();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        String aa = text(symbols, "Aa");
        String bb = text(symbols, "BB");

        assertThat(aa).isEqualTo("Aa");
        assertThat(bb).isEqualTo("BB");
        assertThat(text(symbols, "Aa")).isSameAs(aa);
        assertThat(text(symbols, "BB")).isSameAs(bb);
        assertThat(text(symbols, "A")).isEqualTo("A");
    }

    @Test
    void keepsTheFirstTextsUpToItsLimitAndStillGivesEveryLaterTextRight() {
        Symbols symbols = new Symbols();
        for (int i = 0; i < Symbols.MAX_TEXTS; i++) {
            text(symbols, "P" + i);
        }
        String kept = text(symbols, "P7");
        String later = text(symbols, "Q1");

        assertThat(text(symbols, "P7")).isSameAs(kept);
        assertThat(later).isEqualTo("Q1");
        assertThat(text(symbols, "Q1")).as("beyond the limit, made anew").isEqualTo("Q1").isNotSameAs(later);
    }
}
