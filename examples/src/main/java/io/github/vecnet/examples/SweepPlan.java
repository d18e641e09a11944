package io.github.vecnet.examples;

import io.github.vecnet.examples.common.Unit;
import io.github.vecnet.examples.common.UnitSweep;
import io.github.vecnet.kernels.Kernels;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code run <experiment> --plan}: the size of a sweep before it is submitted. Each sweep's relative unit costs are
 * turned into seconds by timing its cheapest units on one kernel thread here (a short calibration), which gives the
 * core-hours of all units and the wall time on a number of cores (the longest unit bounds it from below: a unit is
 * never split). The estimate is only as good as the sweep's cost model, which is extrapolated from its cheapest
 * units to its dearest ones.
 */
final class SweepPlan {
    /** Calibration stops after this many seconds per sweep, or {@link #MAX_UNITS} units. */
    static final double BUDGET_SECONDS = 20;

    static final int MAX_UNITS = 3;

    private SweepPlan() {}

    static void print(Experiment experiment, List<UnitSweep> sweeps, RunContext ctx, int cores, PrintWriter out)
            throws Exception {
        int threadsBefore = Kernels.threads();
        Kernels.setThreads(1);
        try {
            out.printf(
                    Locale.ROOT,
                    "plan: %s %s, seed %d, calibrated on this machine (%d processors), 1 thread per " + "unit%n",
                    experiment.name(),
                    ctx.preset().option(),
                    ctx.seed(),
                    Runtime.getRuntime().availableProcessors());
            double totalSeconds = 0;
            double longest = 0;
            int units = 0;
            for (UnitSweep sweep : sweeps) {
                Calibration c = calibrate(sweep);
                double cost = 0;
                double maxCost = 0;
                for (Unit u : sweep.units()) {
                    cost += u.cost();
                    maxCost = Math.max(maxCost, u.cost());
                }
                double seconds = cost * c.secondsPerCost();
                totalSeconds += seconds;
                longest = Math.max(longest, maxCost * c.secondsPerCost());
                units += sweep.units().size();
                out.printf(
                        Locale.ROOT,
                        "  %-28s %7d units  %10.1f core-hours  longest unit %s  (calibration: %d "
                                + "cheapest units, %.1f s CPU)%n",
                        sweep.table(),
                        sweep.units().size(),
                        seconds / 3600,
                        hours(maxCost * c.secondsPerCost()),
                        c.units(),
                        c.seconds());
            }
            double wall = Math.max(totalSeconds / cores, longest);
            out.printf(
                    Locale.ROOT,
                    "  total: %d units, %.1f core-hours; with --cores %d: about %s wall time (at least the "
                            + "longest unit)%n",
                    units,
                    totalSeconds / 3600,
                    cores,
                    hours(wall));
            out.println("  not counted: the parts of the experiment that are not units (they run once, on the process "
                    + "that merges)");
            out.flush();
        } finally {
            Kernels.setThreads(threadsBefore);
        }
    }

    private record Calibration(int units, double seconds, double secondsPerCost) {}

    private static Calibration calibrate(UnitSweep sweep) throws Exception {
        List<Unit> cheapest = new ArrayList<>(sweep.units());
        cheapest.sort(Comparator.comparingDouble(Unit::cost));
        double seconds = 0;
        double cost = 0;
        int n = 0;
        for (Unit u : cheapest) {
            if (n >= MAX_UNITS || (n > 0 && seconds >= BUDGET_SECONDS)) {
                break;
            }
            long start = cpuNanos();
            u.run();
            seconds += (cpuNanos() - start) / 1e9;
            cost += u.cost();
            n++;
        }
        return new Calibration(n, seconds, seconds / cost);
    }

    /**
     * CPU time of this thread (the unit runs on it, with one kernel thread), not wall time: other processes on a shared
     * machine would otherwise inflate the core-hours. Wall time where the JVM does not measure thread CPU time.
     */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String hours(double seconds) {
        return seconds < 3600
                ? String.format(Locale.ROOT, "%.0f min", Math.ceil(seconds / 60))
                : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
