package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.kernels.Kernels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<RunContext> seen = new ArrayList<>();

    private final Experiment passing = fake(
            "alpha",
            ctx -> List.of(
                    ResultRow.claim("alpha", "t1", "target one").from("test").judged("1.0", true)));
    private final Experiment failing = fake(
            "beta",
            ctx -> List.of(
                    ResultRow.claim("beta", "t2", "target two").from("test").judged("9.0", false)));
    private final Experiment crashing = fake("gamma", ctx -> {
        throw new IllegalStateException("boom");
    });

    interface Body {
        List<ResultRow> run(RunContext ctx) throws Exception;
    }

    private Experiment fake(String name, Body body) {
        return new Experiment() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "fake " + name;
            }

            @Override
            public List<ResultRow> run(RunContext context) throws Exception {
                seen.add(context);
                return body.run(context);
            }
        };
    }

    private int run(List<Experiment> registry, String... args) {
        return Main.execute(registry, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void listPrintsNamesAndDescriptions() {
        assertEquals(0, run(List.of(passing, failing), "list"));
        assertTrue(out.toString().contains("alpha"));
        assertTrue(out.toString().contains("fake beta"));
    }

    @Test
    void aFailIsReportedButExitsZero() {
        int code = run(List.of(passing, failing), "run", "all", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        String table = out.toString();
        assertTrue(table.contains("PASS"));
        assertTrue(table.contains("FAIL"));
        assertTrue(Files.isDirectory(dir.resolve("alpha")));
        assertTrue(Files.isDirectory(dir.resolve("beta")));
        assertTrue(Files.exists(dir.resolve("summary.md")));
    }

    @Test
    void aCrashIsCaughtOthersStillRunAndTheExitCodeIsNonZero() {
        int code = run(List.of(crashing, passing), "run", "all", "--out", dir.toString());
        assertEquals(Main.EXIT_CRASH, code);
        assertEquals(2, seen.size());
        assertTrue(out.toString().contains("FAIL"));
        assertTrue(out.toString().contains("run completes"));
        assertTrue(out.toString().contains("boom"));
        assertTrue(Files.exists(dir.resolve("gamma/crash.log")));
    }

    @Test
    void optionsReachTheContext() {
        int code = run(
                List.of(passing, failing),
                "run",
                "alpha",
                "--full",
                "--seed",
                "17",
                "--threads",
                "1",
                "--precision",
                "float32",
                "--out",
                dir.toString(),
                "--data",
                dir.toString());
        assertEquals(0, code, err.toString());
        assertEquals(1, seen.size());
        RunContext ctx = seen.get(0);
        assertEquals(Preset.FULL, ctx.preset());
        assertEquals(17, ctx.seed());
        assertEquals(1, ctx.threads());
        assertEquals("float32", ctx.precision());
        assertEquals(dir.resolve("alpha"), ctx.outDir());
        assertEquals(dir, ctx.dataDir());
    }

    @Test
    void defaultsAreQuickAndNoPrecision() {
        assertEquals(0, run(List.of(passing), "run", "alpha", "--out", dir.toString()));
        assertEquals(Preset.QUICK, seen.get(0).preset());
        assertEquals(null, seen.get(0).precision());
        assertTrue(seen.get(0).threads() >= 1);
    }

    @Test
    void standardPresetReachesTheContext() {
        assertEquals(0, run(List.of(passing), "run", "alpha", "--standard", "--out", dir.toString()));
        assertEquals(Preset.STANDARD, seen.get(0).preset());
        assertTrue(seen.get(0).standard());
    }

    @Test
    void aNotJudgedRowUnderStandardIsACrashNamingTheRow() {
        // A row built directly (bypassing the builder's check) must still be refused by the launcher.
        Experiment sloppy = fake(
                "delta",
                ctx -> List.of(new ResultRow(
                        "delta",
                        ResultRow.Kind.CLAIM,
                        "too small",
                        "t",
                        "1",
                        ResultRow.Status.NOT_JUDGED,
                        "judged by --full",
                        "test")));
        assertEquals(Main.EXIT_CRASH, run(List.of(sloppy), "run", "delta", "--standard", "--out", dir.toString()));
        assertTrue(out.toString().contains("too small"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(List.of(sloppy), "run", "delta", "--quick", "--out", dir.toString()));
        assertTrue(out.toString().contains("NOT JUDGED"), out.toString());
    }

    @Test
    void hiddenSmokePresetIsAccepted() {
        assertEquals(0, run(List.of(passing), "run", "alpha", "--smoke", "--out", dir.toString()));
        assertEquals(Preset.SMOKE, seen.get(0).preset());
        assertTrue(seen.get(0).quick());
    }

    private void assertUsageError(String expectedFragment, String... args) {
        int code = run(List.of(passing), args);
        assertEquals(2, code, "exit code for " + String.join(" ", args));
        String message = err.toString();
        assertTrue(message.contains(expectedFragment), message);
        assertEquals(1, message.strip().lines().count(), "one-line reason expected, got: " + message);
        assertTrue(seen.isEmpty(), "no experiment may run after a usage error");
    }

    @Test
    void unknownExperiment() {
        assertUsageError("unknown experiment 'nope'", "run", "nope", "--out", dir.toString());
    }

    @Test
    void negativeThreads() {
        assertUsageError("--threads must be in [1, ", "run", "alpha", "--threads", "-2", "--out", dir.toString());
    }

    @Test
    void tooManyThreadsIsAUsageError() {
        // --threads also sizes the worker pool: 1000 would start 1000 concurrent trainings.
        assertUsageError(
                "--threads must be in [1, " + Kernels.maxThreads() + "]",
                "run",
                "alpha",
                "--threads",
                "1000",
                "--out",
                dir.toString());
    }

    @Test
    void outPointingAtAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertUsageError("--out: " + file + " exists and is not a directory", "run", "all", "--out", file.toString());
    }

    @Test
    void outThatCannotBeCreatedIsAUsageError() {
        // /proc refuses new directories even for root; elsewhere a path below a regular file does.
        Path below = Files.isDirectory(Path.of("/proc"))
                ? Path.of("/proc/vecnet-results")
                : dir.resolve("a-file").resolve("sub");
        assertUsageError("--out: cannot write results to " + below, "run", "all", "--out", below.toString());
    }

    @Test
    void unknownPrecision() {
        assertUsageError("--precision must be float32 or float64", "run", "alpha", "--precision", "float16");
    }

    @Test
    void quickAndFullTogether() {
        assertUsageError("mutually exclusive", "run", "alpha", "--quick", "--full");
    }

    @Test
    void missingDataDirectory() {
        assertUsageError(
                "--data", "run", "alpha", "--data", dir.resolve("absent").toString());
    }

    @Test
    void unknownOptionAndNonNumericSeed() {
        assertUsageError("--bogus", "run", "alpha", "--bogus");
        err.getBuffer().setLength(0);
        assertUsageError("--seed", "run", "alpha", "--seed", "abc");
    }

    @Test
    void missingSubcommandOrExperiment() {
        assertUsageError("subcommand", new String[0]);
        err.getBuffer().setLength(0);
        assertUsageError("EXPERIMENT", "run");
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run(List.of(passing), "run", "--help"));
        assertTrue(out.toString().contains("--precision"));
        assertFalse(out.toString().contains("--smoke"));
    }
}
