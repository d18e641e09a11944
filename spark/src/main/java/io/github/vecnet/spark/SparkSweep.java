package io.github.vecnet.spark;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Experiments;
import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.Sweeps;
import io.github.vecnet.examples.Verdicts;
import io.github.vecnet.examples.common.ResultsDir;
import io.github.vecnet.examples.common.Shard;
import io.github.vecnet.examples.common.Unit;
import io.github.vecnet.examples.common.UnitSweep;
import io.github.vecnet.kernels.Kernels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark application: distributes the units of an experiment's sweeps over the executors (one task per unit,
 * so Spark's scheduler balances units of very different cost), appends their rows to Parquet datasets under
 * {@code OUT/<experiment>/parquet/}, skips the units already there (a re-run resumes), then on the driver writes the
 * run tables (the same CSV as the single-machine launcher) and runs the experiment's summary and plot step.
 * Submitted with {@code spark-submit} (see docs/SWEEPS.md); the master comes from there.
 */
@Command(
        name = "vecnet-spark",
        mixinStandardHelpOptions = true,
        description = "Runs an experiment's sweep on Spark: units on the executors, summary and plots on the driver.")
public final class SparkSweep implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "EXPERIMENT",
            description = "An experiment with unit sweeps (sampling, " + "pieces).")
    String experimentName;

    @Option(names = "--quick", description = "The quick preset (default).")
    boolean quick;

    @Option(names = "--standard", description = "The standard preset.")
    boolean standard;

    @Option(names = "--full", description = "The papers' settings.")
    boolean full;

    @Option(names = "--smoke", hidden = true, description = "Tiny settings for tests.")
    boolean smoke;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Results root on a file system the driver and every "
                    + "executor share (default: ${DEFAULT-VALUE}).")
    Path outRoot = ResultsDir.DEFAULT_ROOT;

    @Option(names = "--seed", paramLabel = "N", description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--precision", paramLabel = "P", description = "float32 or float64 where offered.")
    String precision;

    @Option(
            names = "--shard",
            paramLabel = "i/N",
            description = "Run only these units and stop before the tables "
                    + "(default: all units, then tables, summary and plots).")
    String shard;

    private SparkSession spark;
    private final List<Integer> ranPerSweep = new ArrayList<>();
    private List<ResultRow> rows = List.of();

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SparkSweep app = new SparkSweep();
        CommandLine cl = new CommandLine(app);
        if (cl.parseArgs(args).isUsageHelpRequested()) {
            cl.usage(System.out);
            return;
        }
        SparkSession session =
                SparkSession.builder().appName("vecnet " + app.experimentName).getOrCreate();
        int code;
        try {
            code = app.on(session).call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            session.stop();
        }
        System.exit(code);
    }

    /** Parses launcher-style arguments into an application on {@code session} (tests, embedding). */
    static SparkSweep parse(SparkSession session, String... args) {
        SparkSweep app = new SparkSweep();
        new CommandLine(app).parseArgs(args);
        return app.on(session);
    }

    SparkSweep on(SparkSession session) {
        this.spark = session;
        return this;
    }

    /** Units run by the last {@link #call}, per sweep. */
    List<Integer> ranPerSweep() {
        return ranPerSweep;
    }

    /** The verdict rows of the last {@link #call} (empty for a shard). */
    List<ResultRow> rows() {
        return rows;
    }

    @Override
    public Integer call() throws Exception {
        int chosen = (quick ? 1 : 0) + (standard ? 1 : 0) + (full ? 1 : 0) + (smoke ? 1 : 0);
        if (chosen > 1) {
            throw new IllegalArgumentException("--quick, --standard and --full are mutually exclusive");
        }
        Preset preset = full ? Preset.FULL : standard ? Preset.STANDARD : smoke ? Preset.SMOKE : Preset.QUICK;
        Shard selected = shard == null ? Shard.ALL : Shard.parse(shard);
        List<Experiment> registry = Experiments.all();
        Experiment experiment = Sweeps.find(registry, experimentName);
        Path dir = ResultsDir.create(outRoot, experiment.name());
        RunContext ctx = new RunContext(preset, dir, seed, Kernels.threads(), precision, null, Shard.ALL, true);
        List<UnitSweep> sweeps = Sweeps.of(experiment, ctx, registry);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ranPerSweep.clear();
        for (int i = 0; i < sweeps.size(); i++) {
            UnitSweep sweep = sweeps.get(i);
            Path dataset = dataset(dir, sweep);
            Map<List<String>, List<String[]>> done = ParquetRows.read(spark, sweep, dataset);
            List<Integer> todo = new ArrayList<>();
            for (Unit u : sweep.units()) {
                if (selected.contains(u.index()) && !done.containsKey(u.key().values())) {
                    todo.add(u.index());
                }
            }
            ranPerSweep.add(todo.size());
            if (!todo.isEmpty()) {
                jsc.setJobDescription(experiment.name() + " " + sweep.table() + ": " + todo.size() + " units");
                JavaRDD<Row> out = jsc.parallelize(todo, todo.size())
                        .flatMap(new UnitTask(experiment.name(), preset, seed, precision, i));
                ParquetRows.append(spark, out, sweep, dataset);
            }
        }
        if (!selected.isAll()) {
            return 0;
        }
        for (UnitSweep sweep : sweeps) {
            Sweeps.writeTable(sweep, dir, ParquetRows.read(spark, sweep, dataset(dir, sweep)), 1);
        }
        rows = Sweeps.finish(experiment, ctx);
        Verdicts.printTable(new PrintWriter(System.out, true), rows);
        return 0;
    }

    /** Where a sweep's Parquet dataset lives: {@code <experiment dir>/parquet/<table without .csv>}. */
    static Path dataset(Path dir, UnitSweep sweep) {
        return dir.resolve("parquet").resolve(sweep.table().replaceFirst("\\.csv$", ""));
    }
}
