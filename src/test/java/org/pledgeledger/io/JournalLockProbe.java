package org.pledgeledger.io;

import java.nio.file.Path;

/** Run in a second JVM by {@link JournalTest}: tries to open a journal another process holds, and prints the outcome. */
final class JournalLockProbe {

    private JournalLockProbe() {
    }

    public static void main(String[] args) {
        try (Journal journal = Journal.open(Path.of(args[0]))) {
            System.out.println("opened " + journal);
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
