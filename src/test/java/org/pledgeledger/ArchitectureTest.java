package org.pledgeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgeledger.money.Amounts;

/**
 * Holds the one-way arrows between packages by reading the compiled classes: a class file names
 * every type it uses in its constant pool.
 */
class ArchitectureTest {

    private static Path classes() {
        try {
            return Path.of(Amounts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> classFiles(String pkg) throws IOException {
        Path dir = classes().resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".class")).toList();
        }
    }

    private static boolean mentions(Path classFile, String internalName) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(internalName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} does not use {1}")
    @CsvSource({
        "org.pledgeledger.money, org/pledgeledger/model/",
        "org.pledgeledger.money, org/pledgeledger/ledger/",
        "org.pledgeledger.money, org/pledgeledger/io/",
        "org.pledgeledger.money, org/pledgeledger/data/",
        "org.pledgeledger.money, tools/jackson/",
        "org.pledgeledger.model, org/pledgeledger/ledger/",
        "org.pledgeledger.model, org/pledgeledger/io/",
        "org.pledgeledger.model, org/pledgeledger/data/",
        "org.pledgeledger.model, tools/jackson/",
        "org.pledgeledger.ledger, org/pledgeledger/io/",
        "org.pledgeledger.ledger, org/pledgeledger/data/",
        "org.pledgeledger.ledger, tools/jackson/",
        "org.pledgeledger.money, org/pledgeledger/condition/",
        "org.pledgeledger.model, org/pledgeledger/condition/",
        "org.pledgeledger.ledger, org/pledgeledger/condition/",
        "org.pledgeledger.condition, org/pledgeledger/io/",
        "org.pledgeledger.condition, org/pledgeledger/data/",
        "org.pledgeledger.condition, tools/jackson/",
        "org.pledgeledger.money, org/pledgeledger/report/",
        "org.pledgeledger.model, org/pledgeledger/report/",
        "org.pledgeledger.ledger, org/pledgeledger/report/",
        "org.pledgeledger.condition, org/pledgeledger/report/",
        "org.pledgeledger.report, org/pledgeledger/io/",
        "org.pledgeledger.report, org/pledgeledger/data/",
        "org.pledgeledger.report, tools/jackson/",
        "org.pledgeledger.io,    org/pledgeledger/data/",
        "org.pledgeledger.data,  tools/jackson/",
        "org.pledgeledger.internal, org/pledgeledger/money/",
        "org.pledgeledger.internal, org/pledgeledger/model/",
        "org.pledgeledger.internal, org/pledgeledger/ledger/",
        "org.pledgeledger.internal, org/pledgeledger/condition/",
        "org.pledgeledger.internal, org/pledgeledger/report/",
        "org.pledgeledger.internal, org/pledgeledger/io/",
        "org.pledgeledger.internal, org/pledgeledger/data/",
        "org.pledgeledger.internal, tools/jackson/",
    })
    void dependenciesPointOneWay(String pkg, String forbidden) throws IOException {
        List<Path> files = classFiles(pkg);
        assertThat(files).isNotEmpty();
        assertThat(files).noneMatch(f -> mentions(f, forbidden));
    }
}
