package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.common.ReluNet;

/**
 * Grohs and Voigtlaender's fooling pair for a given sample set: split [lo, lo + 1]^d into K^d >= 2m cubes, take a
 * cube whose interior holds no sample (centre x0, half side s = 1/(2K)), and u+- = +-h B((x - x0)/s) with the bump
 * B(z) = relu(sum_i hat(z_i) - (d - 1)), hat(t) = relu(t + 1) - 2 relu(t) + relu(t - 1), a depth-3 ReLU net.
 * Both functions vanish on every sample, so targets f + u+ and f + u- are bit-identical there and any learner
 * returns the same g for both; at x0 the two differ by 2h, hence sup|g - f - u+| + sup|g - f - u-| >= 2h.
 *
 * <p>Rounding: outside the cube the exact hat sum is <= d - 1, but the first layer's rounding may leave it a few
 * ulps above. The last ReLU therefore gets a dead zone {@link #DEAD_ZONE} (bias -(d - 1) - tau) and the output is
 * rescaled by 1/(1 - tau), so B(0) = 1 still and every sample gives exactly 0.0 (checked by
 * {@link #nonZeroOnSamples}).
 */
final class FoolingPair {
    /** tau: far above first-layer rounding (~1e-13 for K <= 1e5), far below the bump's height 1. */
    static final double DEAD_ZONE = 0x1.0p-20;

    private final int d;
    private final int k;
    private final double[] centre;
    private final double halfSide;
    private final double height;
    private final ReluNet plus;
    private final ReluNet minus;

    private FoolingPair(int d, int k, double[] centre, double halfSide, double height) {
        this.d = d;
        this.k = k;
        this.centre = centre;
        this.halfSide = halfSide;
        this.height = height;
        this.plus = bump(centre, halfSide, height);
        this.minus = bump(centre, halfSide, -height);
    }

    /**
     * Builds the pair for {@code m} samples (m x d, row-major) in [lo, lo + 1]^d. {@code heightPerHalfSide} sets
     * h = heightPerHalfSide * s; 1 keeps u+- 1-Lipschitz per coordinate, so the pair stays in a Lipschitz class and
     * the bound 2h ~ (2m)^(-1/d) is the minimax rate.
     */
    static FoolingPair construct(double[] samples, int m, int d, double lo, double heightPerHalfSide) {
        if (d < 1 || m < 1) {
            throw new IllegalArgumentException("m, d: expected >= 1, got " + m + ", " + d);
        }
        if (samples == null || samples.length != m * d) {
            throw new IllegalArgumentException("samples: expected " + m + " x " + d + " values");
        }
        if (!(heightPerHalfSide > 0)) {
            throw new IllegalArgumentException("heightPerHalfSide: expected > 0, got " + heightPerHalfSide);
        }
        int k = cubesPerAxis(m, d);
        int cells = GridInterpolation.cells(d, k);
        boolean[] occupied = new boolean[cells];
        for (int p = 0; p < m; p++) {
            int index = 0;
            int stride = 1;
            for (int j = 0; j < d; j++) {
                // A sample on a face gets the upper cube by floor; it is outside the lower cube's interior either way.
                int i = (int) Math.floor((samples[p * d + j] - lo) * k);
                i = Math.max(0, Math.min(k - 1, i));
                index += i * stride;
                stride *= k;
            }
            occupied[index] = true;
        }
        int empty = -1;
        for (int c = 0; c < cells && empty < 0; c++) {
            if (!occupied[c]) {
                empty = c;
            }
        }
        if (empty < 0) {
            throw new IllegalStateException("no empty cube among " + cells + " for " + m + " samples");
        }
        double[] centre = new double[d];
        int rest = empty;
        for (int j = 0; j < d; j++) {
            centre[j] = lo + ((rest % k) + 0.5) / k;
            rest /= k;
        }
        double s = 0.5 / k;
        return new FoolingPair(d, k, centre, s, heightPerHalfSide * s);
    }

    /** The smallest K with K^d >= 2m. */
    static int cubesPerAxis(int m, int d) {
        int k = Math.max(1, (int) Math.floor(StrictMath.pow(2.0 * m, 1.0 / d)));
        while (StrictMath.pow(k, d) < 2.0 * m) {
            k++;
        }
        while (k > 1 && StrictMath.pow(k - 1, d) >= 2.0 * m) {
            k--;
        }
        return k;
    }

    /** h B((x - x0)/s) as a ReLU net [d, 3d, 1, 1]. */
    static ReluNet bump(double[] x0, double s, double h) {
        int d = x0.length;
        double[] w1 = new double[3 * d * d];
        double[] b1 = new double[3 * d];
        for (int i = 0; i < d; i++) {
            double shift = -x0[i] / s;
            for (int r = 0; r < 3; r++) {
                w1[(3 * i + r) * d + i] = 1 / s;
                b1[3 * i + r] = shift + 1 - r; // z + 1, z, z - 1
            }
        }
        double[] w2 = new double[3 * d];
        for (int i = 0; i < d; i++) {
            w2[3 * i] = 1;
            w2[3 * i + 1] = -2;
            w2[3 * i + 2] = 1;
        }
        double[] b2 = {-(d - 1) - DEAD_ZONE};
        double[] w3 = {h / (1 - DEAD_ZONE)};
        return ReluNet.of(new int[] {d, 3 * d, 1, 1}, new double[][] {w1, w2, w3}, new double[][] {b1, b2, {0}});
    }

    /** How many of the n points (n x d) get a value other than +-0.0 from u+ or u- (0 for the samples). */
    int nonZeroOnSamples(double[] x, int n) {
        double[] up = plus.forward(x, n);
        double[] um = minus.forward(x, n);
        int count = 0;
        for (int p = 0; p < n; p++) {
            if (up[p] != 0.0 || um[p] != 0.0) {
                count++;
            }
        }
        return count;
    }

    ReluNet plus() {
        return plus;
    }

    ReluNet minus() {
        return minus;
    }

    double[] centre() {
        return centre.clone();
    }

    double halfSide() {
        return halfSide;
    }

    /** h: the bound is 2h. */
    double height() {
        return height;
    }

    int cubesPerAxis() {
        return k;
    }

    int dimension() {
        return d;
    }
}
