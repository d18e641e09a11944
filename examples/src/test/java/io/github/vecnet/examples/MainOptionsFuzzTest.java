package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the launcher's option parsing: any argument list ends with exit code 0 (ran) or 2 (a
 * usage error on stderr), never an exception or a crash exit. The experiment is a stand-in that does
 * nothing, and {@code --out} is fixed to a temporary directory (a second {@code --out} is itself a usage error), so
 * fuzzed paths are never written. Runs in the {@code fuzz-*} surefire executions (docs/FUZZING.md).
 */
class MainOptionsFuzzTest {
    private static final Path OUT = temporaryDirectory();
    private static final List<Experiment> REGISTRY = List.of(new Experiment() {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public String description() {
            return "does nothing";
        }

        @Override
        public List<ResultRow> run(RunContext context) {
            return List.of(ResultRow.claim("alpha", "t", "t").from("test").judged("1", true));
        }
    });

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("launcher-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void optionsGiveARunOrAUsageError(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>(List.of(data.pickValue(new String[] {"run", "list", "--help", ""})));
        int count = data.consumeInt(0, 8);
        for (int i = 0; i < count; i++) {
            args.add(data.pickValue(new String[] {
                "alpha",
                "all",
                "--quick",
                "--full",
                "--smoke",
                "--seed",
                "--threads",
                "--precision",
                "float32",
                "float64",
                "--data",
                "--version",
                data.consumeString(24)
            }));
        }
        if (args.get(0).equals("run")) {
            args.add("--out");
            args.add(OUT.toString());
        }
        StringWriter err = new StringWriter();
        int code = Main.execute(
                REGISTRY,
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                args.toArray(new String[0]));
        assertTrue(code == 0 || code == 2, "exit " + code + " for " + args + ": " + err);
        if (code == 2) {
            assertTrue(err.toString().startsWith("error: "), "a usage error names the problem: " + args + ": " + err);
        }
    }
}
