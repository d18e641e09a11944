package io.github.vecnet.examples;

import io.github.vecnet.examples.common.RunTable;
import io.github.vecnet.examples.common.Shard;
import io.github.vecnet.examples.common.Unit;
import io.github.vecnet.examples.common.UnitKey;
import io.github.vecnet.examples.common.UnitRunner;
import io.github.vecnet.examples.common.UnitSweep;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sweeps past one process: a shard runs its units into a folder of its own, and {@link #merge} puts the shards'
 * rows back into the tables of an unsharded run and then runs the experiment on them (every unit is found finished,
 * so only the parts that run whole, the analysis, the plots and summary.md remain). The Spark application uses the
 * same {@link #writeTable} and {@link #finish}.
 */
public final class Sweeps {
    private Sweeps() {}

    /** The experiment's sweeps, or a bad-argument error naming the experiments that have some. */
    public static List<UnitSweep> of(Experiment experiment, RunContext ctx, List<Experiment> registry)
            throws Exception {
        List<UnitSweep> sweeps = experiment.sweeps(ctx);
        if (sweeps.isEmpty()) {
            List<String> with = new ArrayList<>();
            for (Experiment e : registry) {
                if (!e.sweeps(ctx).isEmpty()) {
                    with.add(e.name());
                }
            }
            throw new IllegalArgumentException(
                    experiment.name() + " has no unit sweeps yet; experiments with sweeps: " + with);
        }
        return sweeps;
    }

    /** The registered experiment called {@code name}. */
    public static Experiment find(List<Experiment> registry, String name) {
        List<String> names = new ArrayList<>();
        for (Experiment e : registry) {
            if (e.name().equals(name)) {
                return e;
            }
            names.add(e.name());
        }
        throw new IllegalArgumentException("unknown experiment '" + name + "'; expected one of " + names);
    }

    /**
     * Runs the units of {@code ctx.shard()} into {@code ctx.outDir()} (resuming what is there) and writes the
     * folder's manifest; returns the number of units run now.
     */
    static int runShard(Experiment experiment, RunContext ctx, List<Experiment> registry, PrintWriter out)
            throws Exception {
        List<UnitSweep> sweeps = of(experiment, ctx, registry);
        SweepManifest manifest = SweepManifest.of(experiment.name(), ctx);
        if (Files.exists(ctx.outDir().resolve(SweepManifest.FILE))) {
            SweepManifest there = SweepManifest.read(ctx.outDir());
            if (!there.equals(manifest)) {
                throw new IllegalArgumentException(ctx.outDir() + " holds the shard " + there.describe() + ", not "
                        + manifest.describe() + " (use another --out)");
            }
        }
        manifest.write(ctx.outDir());
        int ran = 0;
        int selected = 0;
        for (UnitSweep sweep : sweeps) {
            try (RunTable table = UnitRunner.open(sweep, ctx.outDir(), true)) {
                ran += UnitRunner.missing(sweep, table, ctx.shard()).size();
            }
            for (Unit u : sweep.units()) {
                selected += ctx.shard().contains(u.index()) ? 1 : 0;
            }
            UnitRunner.run(sweep, ctx.outDir(), ctx.shard(), true, ctx.threads())
                    .close();
        }
        out.printf(
                "shard %s of %s: %d units (%d run now) in %s; combine the shards with 'merge DIR...'%n",
                ctx.shard(), experiment.name(), selected, ran, ctx.outDir());
        out.flush();
        return ran;
    }

    /**
     * Merges shard folders into {@code outRoot/<experiment>/} and runs the experiment there; returns its rows.
     *
     * @throws IllegalArgumentException when the folders are not shards of one sweep, or a unit is missing or found
     *     twice (the message names the unit and the folders)
     */
    static List<ResultRow> merge(
            List<Experiment> registry, List<Path> shardDirs, Path outRoot, int threads, Path dataDir) throws Exception {
        if (shardDirs.isEmpty()) {
            throw new IllegalArgumentException("merge: expected at least one shard folder");
        }
        SweepManifest first = SweepManifest.read(shardDirs.get(0));
        for (Path dir : shardDirs) {
            SweepManifest m = SweepManifest.read(dir);
            if (!m.sameSweep(first)) {
                throw new IllegalArgumentException("merge: " + dir + " holds " + m.describe() + " but "
                        + shardDirs.get(0) + " holds " + first.describe());
            }
        }
        Experiment experiment = find(registry, first.experiment());
        Path dir = outRoot.resolve(experiment.name());
        Files.createDirectories(dir);
        RunContext ctx =
                new RunContext(first.preset(), dir, first.seed(), threads, first.precision(), dataDir, Shard.ALL, true);
        for (UnitSweep sweep : of(experiment, ctx, registry)) {
            Map<List<String>, List<String[]>> rows = new LinkedHashMap<>();
            Map<List<String>, Path> source = new LinkedHashMap<>();
            for (Path shardDir : shardDirs) {
                Map<List<String>, List<String[]>> runs =
                        RunTable.readFinished(shardDir.resolve(sweep.table()), sweep.header(), sweep.keyColumns());
                for (Map.Entry<List<String>, List<String[]>> run : runs.entrySet()) {
                    Path before = source.putIfAbsent(run.getKey(), shardDir);
                    if (before != null) {
                        throw new IllegalArgumentException("merge: duplicate unit " + key(sweep, run.getKey()) + " in "
                                + before + " and " + shardDir);
                    }
                    rows.put(run.getKey(), run.getValue());
                }
            }
            writeTable(sweep, dir, rows, first.shard().count());
        }
        return experiment.run(ctx);
    }

    /**
     * Writes a sweep's table in {@code dir} from finished units (key as text -> rows as text), in sweep order.
     *
     * @param shards the shard count, to say which shard a missing unit belongs to (1 when not sharded)
     * @throws IllegalArgumentException naming a missing unit, or a unit that is not in the sweep
     */
    public static void writeTable(UnitSweep sweep, Path dir, Map<List<String>, List<String[]>> rows, int shards)
            throws Exception {
        Map<List<String>, Unit> byKey = new LinkedHashMap<>();
        for (Unit u : sweep.units()) {
            byKey.put(u.key().values(), u);
        }
        for (List<String> key : rows.keySet()) {
            if (!byKey.containsKey(key)) {
                throw new IllegalArgumentException("merge: unit " + key(sweep, key) + " is not in this sweep (other "
                        + "settings or a changed grid)");
            }
        }
        for (Unit u : sweep.units()) {
            if (!rows.containsKey(u.key().values())) {
                throw new IllegalArgumentException("merge: missing unit " + u.key() + " (unit " + u.index() + ", shard "
                        + u.index() % shards + "/" + shards + ")");
            }
        }
        try (RunTable table = UnitRunner.open(sweep, dir, false)) {
            for (Unit u : sweep.units()) {
                table.writeRun(new ArrayList<>(rows.get(u.key().values())));
            }
        }
    }

    /** Runs the experiment in {@code ctx.outDir()} on its finished tables (the summary and plot step). */
    public static List<ResultRow> finish(Experiment experiment, RunContext ctx) throws Exception {
        return experiment.run(ctx.withUnits(Shard.ALL, true, ctx.outDir()));
    }

    private static UnitKey key(UnitSweep sweep, List<String> values) {
        List<String> names = List.of(sweep.header()).subList(0, sweep.keyColumns());
        return new UnitKey(sweep.table(), names, values);
    }
}
