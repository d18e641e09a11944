package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.common.ReluNet;

/**
 * The approximation-theory constructions of section 4 as ReLU nets on [0, 1] (weights and biases are dyadic, so
 * double evaluates them exactly).
 *
 * <ul>
 *   <li>Sawtooth: g(x) = 2 relu(x) - 4 relu(x - 1/2) (the tent map on [0, 1]); g^(oL) is a net with L hidden layers
 *       of width 2 and exactly 2^L affine pieces.
 *   <li>Yarotsky's square: f_m(x) = x - sum_{s=1..m} g^(os)(x) / 4^s, the piecewise-linear interpolant of x^2 at
 *       the 2^m + 1 points k / 2^m, so ||f_m - x^2||_inf = 2^(-2m-2) (attained at the midpoints). Hidden layer s
 *       holds relu(y), relu(y - 1/2), relu(a) with y = g^(o(s-1))(x) and the partial sum a = f_(s-1)(x) >= 0.
 * </ul>
 */
public final class Constructions {
    private Constructions() {}

    /** g^(oL) as a net [1, 2, ..., 2, 1] with L hidden layers. */
    public static ReluNet sawtooth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth: expected >= 1, got " + depth);
        }
        int[] widths = new int[depth + 2];
        double[][] w = new double[depth + 1][];
        double[][] b = new double[depth + 1][];
        widths[0] = 1;
        widths[depth + 1] = 1;
        for (int l = 1; l <= depth; l++) {
            widths[l] = 2;
        }
        w[0] = new double[] {1, 1};
        b[0] = new double[] {0, -0.5};
        for (int l = 1; l < depth; l++) {
            // y = 2 h1 - 4 h2, then relu(y), relu(y - 1/2)
            w[l] = new double[] {2, -4, 2, -4};
            b[l] = new double[] {0, -0.5};
        }
        w[depth] = new double[] {2, -4};
        b[depth] = new double[] {0};
        return ReluNet.of(widths, w, b);
    }

    /** Yarotsky's f_m as a net [1, 3, ..., 3, 1] with m hidden layers. */
    public static ReluNet yarotsky(int m) {
        if (m < 1 || m > 24) {
            throw new IllegalArgumentException("m: expected 1..24 (exact dyadic weights), got " + m);
        }
        int[] widths = new int[m + 2];
        double[][] w = new double[m + 1][];
        double[][] b = new double[m + 1][];
        widths[0] = 1;
        widths[m + 1] = 1;
        for (int l = 1; l <= m; l++) {
            widths[l] = 3;
        }
        // Layer 1 from x: relu(x), relu(x - 1/2), relu(x) (x >= 0 passes through).
        w[0] = new double[] {1, 1, 1};
        b[0] = new double[] {0, -0.5, 0};
        for (int s = 1; s < m; s++) {
            // From (h1, h2, h3) of layer s: y_s = 2 h1 - 4 h2 and a_s = h3 - y_s / 4^s.
            double q = Math.scalb(1.0, -2 * s);
            w[s] = new double[] {2, -4, 0, 2, -4, 0, -2 * q, 4 * q, 1};
            b[s] = new double[] {0, -0.5, 0};
        }
        double q = Math.scalb(1.0, -2 * m);
        w[m] = new double[] {-2 * q, 4 * q, 1};
        b[m] = new double[] {0};
        return ReluNet.of(widths, w, b);
    }
}
