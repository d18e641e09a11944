package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.common.UnitSweep;
import io.github.vecnet.examples.pieces.PiecesExperiment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shards merged are the unsharded run: shard 0/2 and 1/2 of a smoke grid, merged, give byte for byte the files
 * (every CSV, PNG and summary.md) of a plain run, and merge names a missing or duplicated unit.
 */
class ShardMergeTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int launch(String... args) {
        return Main.execute(Experiments.all(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sampling", "pieces"})
    void twoShardsMergedEqualTheUnshardedRun(String experiment) throws Exception {
        Path plain = dir.resolve("plain");
        Path shards = dir.resolve("shards");
        Path merged = dir.resolve("merged");
        assertEquals(
                0,
                launch("run", experiment, "--smoke", "--seed", "5", "--threads", "2", "--out", plain.toString()),
                err::toString);
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    0,
                    launch(
                            "run",
                            experiment,
                            "--smoke",
                            "--seed",
                            "5",
                            "--threads",
                            "2",
                            "--shard",
                            i + "/2",
                            "--out",
                            shards.toString()),
                    err::toString);
        }
        Path shard0 = shards.resolve(experiment + ".shard-0-of-2");
        Path shard1 = shards.resolve(experiment + ".shard-1-of-2");
        assertEquals(
                0, launch("merge", shard1.toString(), shard0.toString(), "--out", merged.toString()), err::toString);

        TreeMap<String, byte[]> expected =
                PiecesExperiment.withoutProcessLocalArtefacts(files(plain.resolve(experiment)));
        TreeMap<String, byte[]> actual =
                PiecesExperiment.withoutProcessLocalArtefacts(files(merged.resolve(experiment)));
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(
                    expected.get(name), actual.get(name), name + " differs between the plain and merged runs");
        }
        // Each shard ran its own half of every sweep, and nothing else.
        RunContext ctx = new RunContext(Preset.SMOKE, plain, 5, 1, null, null);
        for (UnitSweep sweep : Sweeps.find(Experiments.all(), experiment).sweeps(ctx)) {
            int rows0 = dataLines(shard0.resolve(sweep.table() + ".done"));
            int rows1 = dataLines(shard1.resolve(sweep.table() + ".done"));
            int n = sweep.units().size();
            assertEquals((n + 1) / 2, rows0, sweep.table());
            assertEquals(n / 2, rows1, sweep.table());
        }
    }

    @Test
    void mergeNamesAMissingAndADuplicateUnit() throws Exception {
        Path shards = dir.resolve("shards");
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    0,
                    launch("run", "pieces", "--smoke", "--shard", i + "/2", "--out", shards.toString()),
                    err::toString);
        }
        Path shard0 = shards.resolve("pieces.shard-0-of-2");
        assertEquals(
                2, launch("merge", shard0.toString(), "--out", dir.resolve("m1").toString()));
        assertTrue(err.toString().contains("missing unit training.csv[target="), err::toString);
        assertTrue(err.toString().contains("shard 1/2"), err::toString);

        assertEquals(
                2,
                launch(
                        "merge",
                        shard0.toString(),
                        shard0.toString(),
                        "--out",
                        dir.resolve("m2").toString()));
        assertTrue(err.toString().contains("duplicate unit training.csv["), err::toString);

        assertEquals(
                2, launch("merge", dir.toString(), "--out", dir.resolve("m3").toString()));
        assertTrue(err.toString().contains("is not a shard folder"), err::toString);
    }

    @Test
    void aShardFolderRefusesAnotherSweep() {
        Path shards = dir.resolve("shards");
        assertEquals(0, launch("run", "pieces", "--smoke", "--shard", "0/2", "--out", shards.toString()));
        assertEquals(
                2, launch("run", "pieces", "--smoke", "--seed", "9", "--shard", "0/2", "--out", shards.toString()));
        assertTrue(err.toString().contains("holds the shard pieces --smoke, seed 0"), err::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2/2", "-1/2", "0/0", "1", "a/b", "1/2/3", "", " / "})
    void badShardValuesExitTwoNamingTheOption(String value) {
        assertEquals(2, launch("run", "pieces", "--smoke", "--shard", value, "--out", dir.toString()));
        assertTrue(err.toString().contains("--shard: expected i/N"), err::toString);
        assertEquals(List.of(), listing(dir), "nothing may be written for a bad option");
    }

    @Test
    void shardAndPlanNeedOneExperimentWithSweeps() {
        assertEquals(2, launch("run", "all", "--smoke", "--shard", "0/2", "--out", dir.toString()));
        assertTrue(err.toString().contains("--shard needs one experiment"), err::toString);
        assertEquals(2, launch("run", "firenet", "--smoke", "--shard", "0/2", "--out", dir.toString()));
        assertTrue(err.toString().contains("firenet has no unit sweeps yet"), err::toString);
    }

    @Test
    void planCountsTheUnitsAndScalesTheWallTimeWithTheCores() {
        assertEquals(0, launch("run", "pieces", "--smoke", "--plan", "--cores", "4", "--out", dir.toString()));
        RunContext ctx = new RunContext(Preset.SMOKE, dir, 0, 1, null, null);
        int units = 0;
        try {
            for (UnitSweep sweep : Sweeps.find(Experiments.all(), "pieces").sweeps(ctx)) {
                units += sweep.units().size();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(out.toString().contains("total: " + units + " units"), out::toString);
        assertTrue(out.toString().contains("with --cores 4"), out::toString);
        assertEquals(List.of(), listing(dir), "--plan writes nothing");
    }

    private static List<String> listing(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<String> names = new ArrayList<>();
            s.filter(p -> !p.equals(root))
                    .forEach(p -> names.add(root.relativize(p).toString()));
            return names;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int dataLines(Path file) throws IOException {
        return (int) Files.readString(file, StandardCharsets.UTF_8).lines().count() - 1;
    }

    private static TreeMap<String, byte[]> files(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
