package io.github.vecnet.spark;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Experiments;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.Sweeps;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.UnitSweep;
import io.github.vecnet.kernels.Kernels;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Runs one unit on an executor: the executor rebuilds the sweep from the few settings a unit depends on (experiment,
 * preset, seed, precision: serializable and small), so no closure state but a unit index travels. Rows are (unit
 * index, row number within the unit, every column as the CSV writes it), which keeps every digit and the row order.
 */
final class UnitTask implements FlatMapFunction<Integer, Row>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String experiment;
    private final Preset preset;
    private final long seed;
    private final String precision;
    private final int sweepIndex;
    private transient UnitSweep sweep;

    UnitTask(String experiment, Preset preset, long seed, String precision, int sweepIndex) {
        this.experiment = experiment;
        this.preset = preset;
        this.seed = seed;
        this.precision = precision;
        this.sweepIndex = sweepIndex;
    }

    @Override
    public Iterator<Row> call(Integer unitIndex) throws Exception {
        // A task gets spark.task.cpus cores; the kernels' results do not depend on their thread count.
        TaskContext task = TaskContext.get();
        Main.pinReproducibleKernels(); // the same bits whichever executor's CPU runs the unit
        Kernels.setThreads(Math.max(1, task == null ? 1 : task.cpus()));
        List<Object[]> rows = sweep().units().get(unitIndex).run();
        List<Row> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Object[] values = new Object[rows.get(r).length + 2];
            values[0] = unitIndex;
            values[1] = r;
            for (int c = 0; c < rows.get(r).length; c++) {
                values[c + 2] = CsvWriter.text(rows.get(r)[c]);
            }
            out.add(RowFactory.create(values));
        }
        return out.iterator();
    }

    private UnitSweep sweep() throws Exception {
        if (sweep == null) {
            List<Experiment> registry = Experiments.all();
            Experiment e = Sweeps.find(registry, experiment);
            // Units write no files: the directory only completes the context.
            RunContext ctx = new RunContext(preset, Path.of("."), seed, 1, precision, null);
            sweep = Sweeps.of(e, ctx, registry).get(sweepIndex);
        }
        return sweep;
    }
}
