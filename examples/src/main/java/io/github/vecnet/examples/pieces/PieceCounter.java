package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.common.ReluNet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact affine-piece counting for a ReLU network f: [a, b] -> R (one input, one output), in double.
 *
 * <p><b>Breakpoint propagation.</b> Keep a sorted list of breakpoints on which every neuron seen so far is affine
 * between neighbours (initially {a, b}). For each hidden layer, evaluate its pre-activations at the breakpoints;
 * where a neuron's pre-activation changes sign strictly between two neighbours, insert its zero crossing (linear
 * interpolation is exact because the pre-activation is affine there), then apply the ReLU. After the last layer,
 * f is affine on every interval; its slope on an interval comes from the activation pattern at the interval's
 * midpoint (a product of the masked weight matrices, so no division by a short interval length).
 *
 * <p><b>Counts.</b> {@code regions}: maximal intervals with one activation pattern. {@code pieces}: maximal
 * intervals on which f is affine: neighbouring intervals are merged when their slopes agree to a relative
 * {@link #MERGE_TOLERANCE} = 1e-9 (of the larger slope magnitude, or of the largest slope on [a, b] when both are
 * tiny). Slopes that only differ in the last bits come from neurons whose output weight is zero or that switch
 * without changing f (e.g. a dead branch); real kinks of trained or constructed networks change slopes by far more.
 * Zero-length intervals (crossings that round onto a breakpoint) are dropped.
 */
public final class PieceCounter {
    /** Relative slope difference below which neighbouring intervals count as one affine piece. */
    public static final double MERGE_TOLERANCE = 1e-9;

    private PieceCounter() {}

    /** The result: counts and the breakpoints (interval ends, including a and b) with f's slope on each interval. */
    public record Result(int pieces, int regions, double[] breakpoints, double[] slopes, double[] pieceEnds) {
        /**
         * Pieces longer than {@code width}: the count an observer with that resolution sees (a piece of 1e-300 is
         * exact arithmetic's, not the function's). Pieces are the intervals between consecutive {@code pieceEnds}.
         */
        public int piecesWiderThan(double width) {
            int wide = 0;
            for (int i = 0; i + 1 < pieceEnds.length; i++) {
                if (pieceEnds[i + 1] - pieceEnds[i] > width) {
                    wide++;
                }
            }
            return wide;
        }
    }

    /** Counts on [0, 1]. */
    public static Result count(ReluNet net) {
        return count(net, 0.0, 1.0);
    }

    public static Result count(ReluNet net, double a, double b) {
        if (net.inputDim() != 1 || net.outputDim() != 1) {
            throw new IllegalArgumentException(
                    "net: expected 1 input and 1 output, got " + net.inputDim() + " and " + net.outputDim());
        }
        if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("a, b: expected finite a < b, got " + a + ", " + b);
        }
        int[] widths = net.widths();
        int layers = net.layers();
        double[] t = {a, b};
        // act[i] = activations of the current layer at breakpoint i (initially the input itself).
        double[][] act = {{a}, {b}};
        for (int l = 0; l < layers - 1; l++) {
            int out = widths[l + 1];
            double[][] z = preActivations(net, l, act);
            List<Double> newT = new ArrayList<>();
            List<double[]> newZ = new ArrayList<>();
            for (int i = 0; i < t.length; i++) {
                newT.add(t[i]);
                newZ.add(z[i]);
                if (i + 1 == t.length) {
                    break;
                }
                // Zero crossings strictly inside (t[i], t[i+1]), sorted by position.
                List<double[]> crossings = new ArrayList<>(); // {fraction, neuron}
                for (int j = 0; j < out; j++) {
                    double z0 = z[i][j];
                    double z1 = z[i + 1][j];
                    if ((z0 < 0 && z1 > 0) || (z0 > 0 && z1 < 0)) {
                        crossings.add(new double[] {z0 / (z0 - z1), j});
                    }
                }
                crossings.sort((p, q) -> Double.compare(p[0], q[0]));
                for (double[] c : crossings) {
                    double alpha = c[0];
                    double tc = t[i] + alpha * (t[i + 1] - t[i]);
                    double[] zc = new double[out];
                    for (int j = 0; j < out; j++) {
                        zc[j] = z[i][j] + alpha * (z[i + 1][j] - z[i][j]);
                    }
                    zc[(int) c[1]] = 0.0; // exactly at its own kink
                    newT.add(tc);
                    newZ.add(zc);
                }
            }
            t = new double[newT.size()];
            act = new double[newT.size()][];
            for (int i = 0; i < t.length; i++) {
                t[i] = newT.get(i);
                double[] r = newZ.get(i);
                for (int j = 0; j < r.length; j++) {
                    r[j] = Math.max(0.0, r[j]);
                }
                act[i] = r;
            }
        }
        return merge(net, t);
    }

    private static double[][] preActivations(ReluNet net, int layer, double[][] act) {
        int[] widths = net.widths();
        int in = widths[layer];
        int out = widths[layer + 1];
        double[][] z = new double[act.length][out];
        for (int i = 0; i < act.length; i++) {
            for (int j = 0; j < out; j++) {
                double s = net.biasAt(layer, j);
                for (int k = 0; k < in; k++) {
                    s += net.weightAt(layer, j, k) * act[i][k];
                }
                z[i][j] = s;
            }
        }
        return z;
    }

    /** Slopes and patterns per interval (at midpoints), then merging into regions and pieces. */
    private static Result merge(ReluNet net, double[] t) {
        List<Double> ends = new ArrayList<>();
        List<Double> slopes = new ArrayList<>();
        List<boolean[]> patterns = new ArrayList<>();
        ends.add(t[0]);
        for (int i = 0; i + 1 < t.length; i++) {
            if (!(t[i + 1] > t[i])) {
                continue; // zero-length interval: a crossing rounded onto a breakpoint
            }
            double mid = 0.5 * (t[i] + t[i + 1]);
            List<boolean[]> pattern = new ArrayList<>();
            double slope = slopeAt(net, mid, pattern);
            ends.add(t[i + 1]);
            slopes.add(slope);
            patterns.add(flatten(pattern));
        }
        int intervals = slopes.size();
        double maxSlope = 0;
        for (double s : slopes) {
            maxSlope = Math.max(maxSlope, Math.abs(s));
        }
        int regions = intervals == 0 ? 0 : 1;
        int pieces = intervals == 0 ? 0 : 1;
        List<Double> pieceEnds = new ArrayList<>();
        pieceEnds.add(t[0]);
        for (int i = 0; i + 1 < intervals; i++) {
            if (!Arrays.equals(patterns.get(i), patterns.get(i + 1))) {
                regions++;
            }
            double s0 = slopes.get(i);
            double s1 = slopes.get(i + 1);
            double scale = Math.max(Math.max(Math.abs(s0), Math.abs(s1)), 1e-6 * maxSlope);
            if (Math.abs(s0 - s1) > MERGE_TOLERANCE * scale) {
                pieces++;
                pieceEnds.add(ends.get(i + 1));
            }
        }
        pieceEnds.add(t[t.length - 1]);
        return new Result(pieces, regions, toArray(ends), toArray(slopes), toArray(pieceEnds));
    }

    /** f'(x) from the activation pattern at x (forward-mode through the masked layers); records the pattern. */
    static double slopeAt(ReluNet net, double x, List<boolean[]> pattern) {
        int[] widths = net.widths();
        double[] a = {x};
        double[] g = {1.0};
        for (int l = 0; l < net.layers(); l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double[] z = new double[out];
            double[] dz = new double[out];
            for (int j = 0; j < out; j++) {
                double s = net.biasAt(l, j);
                double ds = 0;
                for (int k = 0; k < in; k++) {
                    s += net.weightAt(l, j, k) * a[k];
                    ds += net.weightAt(l, j, k) * g[k];
                }
                z[j] = s;
                dz[j] = ds;
            }
            if (l < net.layers() - 1) {
                boolean[] on = new boolean[out];
                for (int j = 0; j < out; j++) {
                    on[j] = z[j] > 0;
                    if (!on[j]) {
                        z[j] = 0;
                        dz[j] = 0;
                    }
                }
                pattern.add(on);
            }
            a = z;
            g = dz;
        }
        return g[0];
    }

    private static boolean[] flatten(List<boolean[]> pattern) {
        int n = 0;
        for (boolean[] p : pattern) {
            n += p.length;
        }
        boolean[] all = new boolean[n];
        int i = 0;
        for (boolean[] p : pattern) {
            System.arraycopy(p, 0, all, i, p.length);
            i += p.length;
        }
        return all;
    }

    private static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /**
     * The dense-grid cross-check: f at {@code points} equispaced points of [a, b] (ends included), second differences
     * above a noise threshold mark kinks, and runs of adjacent marked cells count as one kink (a kink strictly inside
     * a cell shows up in two neighbouring second differences). Returns kinks + 1. Two kinks closer than ~2 grid cells
     * are counted once, and a kink whose slope change is below the threshold is missed, so the grid count can be
     * lower than the exact one; on random nets they agree within 2.
     */
    public static int gridCount(ReluNet net, double a, double b, int points) {
        if (points < 3) {
            throw new IllegalArgumentException("points: expected >= 3, got " + points);
        }
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = a + (b - a) * i / (points - 1);
        }
        double[] f = net.forward(x, points);
        double h = (b - a) / (points - 1);
        double[] slope = new double[points - 1];
        double maxSlope = 0;
        double maxF = 0;
        for (int i = 0; i + 1 < points; i++) {
            slope[i] = (f[i + 1] - f[i]) / h;
            maxSlope = Math.max(maxSlope, Math.abs(slope[i]));
            maxF = Math.max(maxF, Math.abs(f[i]));
        }
        maxF = Math.max(maxF, Math.abs(f[points - 1]));
        // Rounding in f (~ 1e-15 |f|, larger through deep nets) is amplified by 1/h in the slopes.
        double threshold = Math.max(1e-6 * maxSlope, 1e-9 * maxF / h);
        int kinks = 0;
        boolean inRun = false;
        for (int i = 0; i + 1 < slope.length; i++) {
            boolean kink = Math.abs(slope[i + 1] - slope[i]) > threshold;
            if (kink && !inRun) {
                kinks++;
            }
            inRun = kink;
        }
        return kinks + 1;
    }
}
