package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.Seeds;

/**
 * The teacher networks of 1a: ReLU nets [d, 32, 32, 32, 32, 1] with every weight and bias U(-1/2, 1/2), on inputs
 * uniform on [-1/2, 1/2]^d. Teacher t of dimension d is fixed by (d, t) alone ("seeds 0..39"), independent of the
 * run's base seed, so that every preset and seed sees the same teachers.
 */
final class Teachers {
    /** Lower corner of the input cube [-1/2, 1/2]^d. */
    static final double LO = -0.5;

    static final int WIDTH = 32;
    static final int HIDDEN_LAYERS = 4;

    private Teachers() {}

    static ReluNet teacher(int d, int index) {
        int[] widths = new int[HIDDEN_LAYERS + 2];
        widths[0] = d;
        for (int l = 1; l <= HIDDEN_LAYERS; l++) {
            widths[l] = WIDTH;
        }
        widths[HIDDEN_LAYERS + 1] = 1;
        return ReluNet.uniform(widths, -0.5, 0.5, new Rng(Seeds.derive(index, "teacher", d)));
    }

    /**
     * The 1-Lipschitz (in the l-infinity metric) ReLU ridge relu(w . x + 1/20) with w = (1, -1/2, 1/3, ...) / ||.||_1:
     * affine on about half of the cube, so piecewise-constant interpolation on a K^d grid has sup error exactly
     * ||w||_1 / (2K) = 1 / (2K) already for small K (a random ReLU teacher reaches its asymptotic rate only for
     * much larger K in d = 3).
     */
    static ReluNet ridge(int d) {
        double[] w = new double[d];
        double norm = 0;
        for (int i = 0; i < d; i++) {
            w[i] = (i % 2 == 0 ? 1.0 : -1.0) / (i + 1);
            norm += Math.abs(w[i]);
        }
        for (int i = 0; i < d; i++) {
            w[i] /= norm;
        }
        return ReluNet.of(new int[] {d, 1, 1}, new double[][] {w, {1}}, new double[][] {{0.05}, {0}});
    }

    /** n points uniform on [-1/2, 1/2]^d, row-major. */
    static double[] uniformPoints(int n, int d, Rng rng) {
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = LO + rng.nextDouble();
        }
        return x;
    }
}
