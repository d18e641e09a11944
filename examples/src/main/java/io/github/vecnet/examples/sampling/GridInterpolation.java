package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.common.ReluNet;

/**
 * Piecewise-constant interpolation on a K^d grid over [lo, lo + 1]^d (m = K^d samples at the cell centres): the
 * optimal uniform learner of 1b, whose sup error on a Lipschitz function decays like m^(-1/d).
 */
final class GridInterpolation {
    private final int d;
    private final int k;
    private final double lo;
    private final double[] values;

    private GridInterpolation(int d, int k, double lo, double[] values) {
        this.d = d;
        this.k = k;
        this.lo = lo;
        this.values = values;
    }

    /** The K^d cell centres, row-major, cell index i = sum_j i_j K^j (first coordinate fastest). */
    static double[] centres(int d, int k, double lo) {
        int cells = cells(d, k);
        double[] x = new double[cells * d];
        for (int c = 0; c < cells; c++) {
            int rest = c;
            for (int j = 0; j < d; j++) {
                x[c * d + j] = lo + ((rest % k) + 0.5) / k;
                rest /= k;
            }
        }
        return x;
    }

    /** The (K+1)^d cell corners: where a function affine on a cell is farthest from its centre value. */
    static double[] corners(int d, int k, double lo) {
        int per = k + 1;
        int count = cells(d, per);
        double[] x = new double[count * d];
        for (int c = 0; c < count; c++) {
            int rest = c;
            for (int j = 0; j < d; j++) {
                x[c * d + j] = lo + (double) (rest % per) / k;
                rest /= per;
            }
        }
        return x;
    }

    static int cells(int d, int k) {
        long cells = 1;
        for (int j = 0; j < d; j++) {
            cells *= k;
        }
        if (cells > Integer.MAX_VALUE / Math.max(1, d)) {
            throw new IllegalArgumentException("k: " + k + "^" + d + " cells is too many");
        }
        return (int) cells;
    }

    /** Learns from the sample values at the cell centres (length K^d, order of {@link #centres}). */
    static GridInterpolation fromSamples(int d, int k, double lo, double[] centreValues) {
        if (d < 1 || k < 1) {
            throw new IllegalArgumentException("d, k: expected >= 1, got " + d + ", " + k);
        }
        if (centreValues == null || centreValues.length != cells(d, k)) {
            throw new IllegalArgumentException("centreValues: expected " + k + "^" + d + " values");
        }
        return new GridInterpolation(d, k, lo, centreValues.clone());
    }

    /** Samples {@code f} at the cell centres and learns from them. */
    static GridInterpolation sample(ReluNet f, int k, double lo) {
        int d = f.inputDim();
        return fromSamples(d, k, lo, f.forward(centres(d, k, lo), cells(d, k)));
    }

    /** The interpolant at n points (n x d); points on a cell face take the upper cell, the domain edge is clamped. */
    double[] evaluate(double[] x, int n) {
        double[] out = new double[n];
        for (int p = 0; p < n; p++) {
            int index = 0;
            int stride = 1;
            for (int j = 0; j < d; j++) {
                int i = (int) Math.floor((x[p * d + j] - lo) * k);
                i = Math.max(0, Math.min(k - 1, i));
                index += i * stride;
                stride *= k;
            }
            out[p] = values[index];
        }
        return out;
    }

    int k() {
        return k;
    }
}
