package io.github.vecnet.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vecnet.examples.Experiments;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.Sweeps;
import io.github.vecnet.examples.common.Shard;
import io.github.vecnet.examples.common.UnitSweep;
import io.github.vecnet.examples.pieces.PiecesExperiment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark's local[2] mode against the single-machine launcher: the same files bit for bit, and a re-run on a half
 * filled output runs exactly the missing units.
 */
class SparkSweepTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        assumeTrue(SparkSupport.supported(), SparkSupport.reason());
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("vecnet-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void rowsAndFilesEqualTheSingleMachineRunBitForBit() throws Exception {
        for (String experiment : List.of("pieces", "sampling")) {
            Path plain = dir.resolve("plain-" + experiment);
            Path viaSpark = dir.resolve("spark-" + experiment);
            launchPlain(experiment, plain);
            SparkSweep app =
                    SparkSweep.parse(spark, experiment, "--smoke", "--seed", "4", "--out", viaSpark.toString());
            assertEquals(0, app.call());

            TreeMap<String, byte[]> expected =
                    PiecesExperiment.withoutProcessLocalArtefacts(files(plain.resolve(experiment)));
            TreeMap<String, byte[]> actual =
                    PiecesExperiment.withoutProcessLocalArtefacts(files(viaSpark.resolve(experiment)));
            actual.keySet().removeIf(name -> name.startsWith("parquet/"));
            assertEquals(expected.keySet(), actual.keySet(), experiment);
            for (String name : expected.keySet()) {
                assertArrayEquals(expected.get(name), actual.get(name), experiment + ": " + name + " differs");
            }
            // The Parquet rows are the CSV's rows.
            for (UnitSweep sweep : sweeps(experiment)) {
                List<String> fromParquet = new ArrayList<>();
                ParquetRows.read(spark, sweep, SparkSweep.dataset(viaSpark.resolve(experiment), sweep))
                        .values()
                        .forEach(unit -> unit.forEach(row -> fromParquet.add(String.join(",", row))));
                List<String> fromCsv =
                        Files.readAllLines(plain.resolve(experiment).resolve(sweep.table()));
                assertEquals(
                        fromCsv.subList(1, fromCsv.size()).stream().sorted().toList(),
                        fromParquet.stream().sorted().toList(),
                        sweep.table());
            }
        }
    }

    @Test
    void aReRunOnAHalfFilledOutputRunsOnlyTheMissingUnits() throws Exception {
        Path viaSpark = dir.resolve("spark");
        Path plain = dir.resolve("plain");
        SparkSweep half = SparkSweep.parse(
                spark, "pieces", "--smoke", "--seed", "4", "--shard", "0/2", "--out", viaSpark.toString());
        assertEquals(0, half.call());
        List<UnitSweep> sweeps = sweeps("pieces");
        assertEquals(count(sweeps, new Shard(0, 2)), half.ranPerSweep());

        SparkSweep rest = SparkSweep.parse(spark, "pieces", "--smoke", "--seed", "4", "--out", viaSpark.toString());
        assertEquals(0, rest.call());
        assertEquals(count(sweeps, new Shard(1, 2)), rest.ranPerSweep());

        launchPlain("pieces", plain);
        for (UnitSweep sweep : sweeps) {
            assertEquals(
                    Files.readString(plain.resolve("pieces").resolve(sweep.table())),
                    Files.readString(viaSpark.resolve("pieces").resolve(sweep.table())),
                    sweep.table());
        }
    }

    private static List<Integer> count(List<UnitSweep> sweeps, Shard shard) {
        List<Integer> counts = new ArrayList<>();
        for (UnitSweep sweep : sweeps) {
            counts.add((int) sweep.units().stream()
                    .filter(u -> shard.contains(u.index()))
                    .count());
        }
        return counts;
    }

    private static List<UnitSweep> sweeps(String experiment) throws Exception {
        RunContext ctx = new RunContext(Preset.SMOKE, Path.of("."), 4, 1, null, null);
        return Sweeps.find(Experiments.all(), experiment).sweeps(ctx);
    }

    private static void launchPlain(String experiment, Path out) {
        StringWriter err = new StringWriter();
        int code = Main.execute(
                Experiments.all(),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err, true),
                "run",
                experiment,
                "--smoke",
                "--seed",
                "4",
                "--out",
                out.toString());
        assertEquals(0, code, err::toString);
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
