package org.pledgeledger.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class MonetaTest {

    @Test
    void moneysContextLoggerIsRaisedToWarningOnlyIfTheApplicationLeftItUnset() {
        Amounts.currency("GBP");
        Amounts.zero(Amounts.currency("GBP"));
        Logger logger = Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");
        assertThat(logger.getLevel()).isEqualTo(Level.WARNING);
    }

    /**
     * In a fresh JVM, the library's first use prints nothing, opens no socket and picks no proxy:
     * everything it does is offline.
     */
    @Test
    void firstUseInAFreshJvmIsSilentAndOffline() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OfflineProbe.class.getName()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).isEmpty();
        assertThat(process.exitValue()).isZero();
        assertThat(out).isEqualTo("GBP 27145124381.78" + System.lineSeparator());
    }
}
