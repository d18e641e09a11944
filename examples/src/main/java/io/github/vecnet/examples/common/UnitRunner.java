package io.github.vecnet.examples.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single-machine runner of a {@link UnitSweep}: opens the sweep's {@link RunTable} in a directory, runs the
 * units of a shard that the table does not hold yet on a few threads, and appends each unit's rows in sweep order
 * (so the file does not depend on the thread count).
 */
public final class UnitRunner {
    private static final Logger LOG = LoggerFactory.getLogger(UnitRunner.class);

    private UnitRunner() {}

    /**
     * Runs the missing units of {@code shard} and returns the open table (the caller closes it).
     *
     * @param resume keep the finished units already in the table (else it starts afresh)
     */
    public static RunTable run(UnitSweep sweep, Path dir, Shard shard, boolean resume, int threads) throws Exception {
        RunTable table = open(sweep, dir, resume);
        try {
            List<Unit> todo = missing(sweep, table, shard);
            int selected = 0;
            for (Unit u : sweep.units()) {
                selected += shard.contains(u.index()) ? 1 : 0;
            }
            if (table.resumedRuns() > 0) {
                LOG.info(
                        "{}: resuming, {} of {} units already in {}",
                        sweep.label(),
                        selected - todo.size(),
                        selected,
                        sweep.table());
            }
            double total = 0;
            for (Unit u : todo) {
                total += u.cost();
            }
            Progress progress = new Progress(LOG, sweep.label(), Math.max(1, total));
            Parallel.forEachOrdered(todo, threads, u -> new Done(u, u.run()), done -> {
                table.writeRun(done.rows());
                progress.advance(done.unit().cost(), done.unit().key().toString());
            });
            return table;
        } catch (Exception | Error e) {
            table.close();
            throw e;
        }
    }

    /** Opens the sweep's table in {@code dir}. */
    public static RunTable open(UnitSweep sweep, Path dir, boolean resume) throws IOException {
        return RunTable.open(dir.resolve(sweep.table()), sweep.header(), sweep.keyColumns(), resume);
    }

    /** The units of {@code shard} that {@code table} does not hold, in sweep order. */
    public static List<Unit> missing(UnitSweep sweep, RunTable table, Shard shard) {
        List<Unit> todo = new ArrayList<>();
        for (Unit u : sweep.units()) {
            if (shard.contains(u.index()) && !table.done(u.key().values().toArray())) {
                todo.add(u);
            }
        }
        return todo;
    }

    private record Done(Unit unit, List<Object[]> rows) {}
}
