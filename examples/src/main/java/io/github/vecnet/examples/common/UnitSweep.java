package io.github.vecnet.examples.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A sweep as a list of independent units that all write to one run table ({@link RunTable}). The single-machine
 * runner is {@link UnitRunner}; shards (launcher {@code --shard}) and the Spark application run the same units
 * elsewhere and their rows are merged into the same table.
 */
public final class UnitSweep {
    private final String label;
    private final String table;
    private final String[] header;
    private final int keyColumns;
    private final List<Unit> units;

    private UnitSweep(String label, String table, String[] header, int keyColumns, List<Unit> units) {
        this.label = label;
        this.table = table;
        this.header = header;
        this.keyColumns = keyColumns;
        this.units = Collections.unmodifiableList(units);
    }

    /**
     * A sweep over {@code configs}, in that order.
     *
     * @param label for progress logs, e.g. {@code sampling 1a teacher-student}
     * @param table the run table's file name in the experiment's directory, e.g. {@code teacher_student.csv}
     * @param header the table's columns; the first {@code keyColumns} identify a unit
     * @param key a configuration's key values (as many as {@code keyColumns})
     * @param cost a configuration's relative cost
     * @param run a configuration's rows: a pure function of the configuration
     */
    public static <C> UnitSweep of(
            String label,
            String table,
            String[] header,
            int keyColumns,
            List<C> configs,
            Function<C, Object[]> key,
            ToDoubleFunction<C> cost,
            Parallel.Task<C, List<Object[]>> run) {
        if (keyColumns < 1 || keyColumns > header.length) {
            throw new IllegalArgumentException("keyColumns: expected 1.." + header.length + ", got " + keyColumns);
        }
        List<String> names = Arrays.asList(Arrays.copyOf(header, keyColumns));
        List<Unit> units = new ArrayList<>(configs.size());
        for (C config : configs) {
            Object[] values = key.apply(config);
            UnitKey k = UnitKey.of(table, names, values);
            units.add(new Unit(units.size(), k, cost.applyAsDouble(config), ignored -> run.run(config)));
        }
        return new UnitSweep(label, table, header.clone(), keyColumns, units);
    }

    public String label() {
        return label;
    }

    public String table() {
        return table;
    }

    public String[] header() {
        return header.clone();
    }

    public int keyColumns() {
        return keyColumns;
    }

    public List<Unit> units() {
        return units;
    }

    /** The key of a row of this sweep's table (its first {@link #keyColumns} values as text). */
    public UnitKey keyOf(Object[] row) {
        return UnitKey.of(table, Arrays.asList(Arrays.copyOf(header, keyColumns)), Arrays.copyOf(row, keyColumns));
    }
}
