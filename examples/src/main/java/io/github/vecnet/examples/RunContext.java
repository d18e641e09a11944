package io.github.vecnet.examples;

import io.github.vecnet.examples.common.Shard;
import java.nio.file.Path;

/**
 * Options shared by all experiments.
 *
 * @param preset smoke, quick, standard or full
 * @param outDir this experiment's results directory ({@code results/<experiment>/} by default), already created
 * @param seed base seed; every random choice derives from it (see {@code common.Seeds})
 * @param threads kernel threads (already applied to {@code Kernels.setThreads})
 * @param precision {@code "float32"} or {@code "float64"} where meaningful, else null (experiment default)
 * @param dataDir optional data location (Fashion-MNIST), else null
 * @param shard the units of each sweep this process runs ({@link Shard#ALL} unless {@code --shard})
 * @param resume keep the finished units of the run tables in {@code outDir} under any preset (shards, merge, Spark);
 *     FULL always resumes
 */
public record RunContext(
        Preset preset,
        Path outDir,
        long seed,
        int threads,
        String precision,
        Path dataDir,
        Shard shard,
        boolean resume) {

    /** An unsharded run that resumes only under FULL. */
    public RunContext(Preset preset, Path outDir, long seed, int threads, String precision, Path dataDir) {
        this(preset, outDir, seed, threads, precision, dataDir, Shard.ALL, false);
    }

    /** This context with another shard and resume setting. */
    public RunContext withUnits(Shard newShard, boolean newResume, Path newOutDir) {
        return new RunContext(preset, newOutDir, seed, threads, precision, dataDir, newShard, newResume);
    }

    /** Whether run tables keep their finished units: always under FULL, and when {@link #resume} is set. */
    public boolean resumes() {
        return resume || preset == Preset.FULL;
    }

    /**
     * True for every preset but FULL: the reduced settings. STANDARD counts as reduced here because the experiments
     * that have no STANDARD recipe of their own yet (pieces, ball, intrinsic: issue 11) run their quick
     * settings under it.
     */
    public boolean quick() {
        return preset != Preset.FULL;
    }

    public boolean standard() {
        return preset == Preset.STANDARD;
    }

    /** True only for the hidden CI preset, which may shrink a quick run further. */
    public boolean smoke() {
        return preset == Preset.SMOKE;
    }

    public boolean full() {
        return preset == Preset.FULL;
    }
}
