package org.pledgeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs every {@code examples/*.jsh} script through the {@code jdk.jshell} API, snippet by snippet,
 * and fails on any rejected snippet or exception, so the examples can never rot.
 */
class ExamplesTest {

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> jsh = files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList();
            assertThat(jsh).as("the walkthroughs").hasSizeGreaterThanOrEqualTo(4);
            return jsh.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void everyExampleRunsWithoutARejectedSnippetOrAnException(Path script) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> failures = new ArrayList<>();
        PrintStream original = System.out;
        // the local execution engine runs snippets in this JVM, printing to System.out
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
                JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            System.setOut(out);
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            // fed line by line, as /open does: a line that completes a snippet ends it, so a builder
            // chain whose next line starts with a dot would be cut here just as in jshell itself
            String pending = "";
            int snippets = 0;
            for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                pending = pending + line + "\n";
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                while (info.completeness().isComplete()) {
                    String source = info.source();
                    snippets++;
                    for (SnippetEvent event : shell.eval(source)) {
                        if (event.status() == Snippet.Status.REJECTED) {
                            StringBuilder why = new StringBuilder("rejected: " + source.strip());
                            shell.diagnostics(event.snippet()).forEach((Diag d) -> why.append("\n  ").append(d.getMessage(null)));
                            failures.add(why.toString());
                        }
                        if (event.exception() != null) {
                            failures.add("threw " + event.exception() + " in: " + source.strip());
                        }
                    }
                    pending = info.remaining();
                    info = analysis.analyzeCompletion(pending);
                }
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    pending = "";
                }
            }
            assertThat(pending.strip()).as("an unfinished snippet at the end of " + script).isEmpty();
            assertThat(snippets).as("snippets in " + script).isGreaterThan(1);
        } finally {
            System.setOut(original);
        }
        assertThat(failures).as(script + " printed:\n" + output.toString(StandardCharsets.UTF_8)).isEmpty();
        if (!script.getFileName().toString().equals("startup.jsh")) {
            assertThat(output.toString(StandardCharsets.UTF_8)).as("what " + script + " printed").isNotBlank();
        }
    }
}
