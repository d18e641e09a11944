package io.github.vecnet.examples.common;

import java.util.List;

/**
 * One independent piece of a sweep (one training run or one evaluation): its position in the sweep, its key, a
 * relative cost for scheduling and progress, and the work, which must be a pure function of the key and the sweep's
 * settings: no shared state, no files, the same rows on every run (see docs/DETERMINISM.md).
 */
public final class Unit {
    private final int index;
    private final UnitKey key;
    private final double cost;
    private final Parallel.Task<Void, List<Object[]>> work;

    Unit(int index, UnitKey key, double cost, Parallel.Task<Void, List<Object[]>> work) {
        this.index = index;
        this.key = key;
        this.cost = cost;
        this.work = work;
    }

    /** Position in the sweep (0-based); shards select units by {@code index mod N}. */
    public int index() {
        return index;
    }

    public UnitKey key() {
        return key;
    }

    /** Relative cost (arbitrary units, comparable within one sweep). */
    public double cost() {
        return cost;
    }

    /** Computes the unit's rows; each row starts with the key columns. */
    public List<Object[]> run() throws Exception {
        return work.run(null);
    }
}
