package io.github.vecnet.examples;

import io.github.vecnet.examples.common.UnitSweep;
import java.util.List;

/**
 * One paper reproduction runnable from the launcher ({@code Main run <name>}). Implementations live in their own
 * package ({@code examples.sampling}, {@code examples.pieces}, {@code examples.firenet}, {@code examples.ball},
 * {@code examples.intrinsic}) and are registered in {@link Experiments}.
 */
public interface Experiment {

    /** Launcher name, e.g. {@code sampling}. */
    String name();

    /** One line for {@code Main list}. */
    String description();

    /**
     * Runs the experiment, writes CSV/PNG/summary.md under {@code context.outDir()}, and returns one row per paper
     * target. A missed target is a row with {@code pass = false}, not an exception; exceptions mean a crash.
     */
    List<ResultRow> run(RunContext context) throws Exception;

    /**
     * The experiment's sweeps as independent units (see {@link UnitSweep}), for {@code --shard}, {@code merge},
     * {@code --plan} and the Spark application. {@link #run} must run exactly these through
     * {@code common.UnitRunner} with {@code context.shard()} and {@code context.resumes()}, so that a table merged
     * from shards is the table of an unsharded run. Only {@code preset}, {@code seed} and {@code precision} of the
     * context may matter; no unit may write files. Empty (the default) for an experiment without sweeps yet.
     */
    default List<UnitSweep> sweeps(RunContext context) throws Exception {
        return List.of();
    }
}
