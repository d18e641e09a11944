package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs one experiment through the launcher with the hidden smoke preset and checks what it wrote. */
public final class SmokeTests {
    private SmokeTests() {}

    public static Path run(String experiment, Path root) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(
                Experiments.all(),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "run",
                experiment,
                "--smoke",
                "--threads",
                "2",
                "--out",
                root.toString());
        assertEquals(0, code, "launcher output:\n" + out + err);
        Path dir = root.resolve(experiment);
        assertTrue(Files.size(dir.resolve("summary.md")) > 200);
        String summary = Files.readString(dir.resolve("summary.md"));
        assertTrue(summary.contains("| experiment | kind | row | target | measured | status |"), summary);
        assertTrue(summary.contains("## Where each target comes from"), summary);
        for (String line : out.toString().lines().toList()) {
            assertTrue(line.length() <= Verdicts.CONSOLE_WIDTH, "console line wider than 120 columns: " + line);
        }
        assertTrue(
                out.toString()
                        .lines()
                        .anyMatch(l -> l.matches("\\d+ rows?: \\d+ PASS, \\d+ FAIL, \\d+ NOT JUDGED, "
                                + "\\d+ SKIPPED; \\d+ of \\d+ identities hold")),
                out.toString());
        assertTrue(out.toString().contains(experiment), out.toString());
        return dir;
    }

    public static void assertPng(Path file) throws IOException {
        byte[] head = Files.readAllBytes(file);
        assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', file.toString());
    }
}
