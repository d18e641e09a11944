package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.nn.Tensor;

/**
 * Largest eigenvalue of {@code [H 1]^T [H 1] / n} by power iteration: the curvature scale of a linear output
 * layer on features H (the column of ones is the bias). Model A's gradient-descent step is set from it, so the same
 * step rule is stable for every width k instead of one hand-tuned rate per k.
 */
final class GramSpectrum {
    private GramSpectrum() {}

    static double largestEigenvalue(Tensor features, int iterations, long seed) {
        int n = features.rows();
        int k = features.cols();
        double[] h = features.toDoubleArray();
        Rng rng = new Rng(seed);
        double[] v = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            v[i] = rng.nextGaussian();
        }
        double lambda = 0;
        double[] hv = new double[n];
        double[] next = new double[k + 1];
        for (int it = 0; it < iterations; it++) {
            normalise(v);
            for (int r = 0; r < n; r++) {
                double s = v[k];
                int row = r * k;
                for (int c = 0; c < k; c++) {
                    s += h[row + c] * v[c];
                }
                hv[r] = s;
            }
            java.util.Arrays.fill(next, 0);
            for (int r = 0; r < n; r++) {
                double s = hv[r] / n;
                int row = r * k;
                for (int c = 0; c < k; c++) {
                    next[c] += h[row + c] * s;
                }
                next[k] += s;
            }
            double dot = 0;
            for (int i = 0; i <= k; i++) {
                dot += next[i] * v[i];
            }
            lambda = dot; // Rayleigh quotient: v is a unit vector
            double[] swap = v;
            v = next;
            next = swap;
        }
        return lambda;
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        double inverse = 1 / Math.sqrt(s);
        for (int i = 0; i < v.length; i++) {
            v[i] *= inverse;
        }
    }
}
