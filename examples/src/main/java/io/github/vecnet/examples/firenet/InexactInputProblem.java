package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.Dct;
import io.github.vecnet.examples.firenet.imaging.DenseComplexMatrix;

/**
 * The inexact-input construction of EXPERIMENTS.md 3a (the paper's Table 1): a 21 x 22 real matrix A, data y and
 * the unique square-root-LASSO minimiser x*, all determined by (K, n, q). Two problems that differ only in q are
 * 2^-n close in A but their minimisers are ~3 10^-K apart, so no algorithm fed the inexact (A_n, y_n) can be more
 * accurate than that.
 *
 * @param matrix row-major 21 x 22, already left-multiplied by the orthonormal DCT-II matrix
 * @param data y (length 21), likewise DCT-transformed
 * @param minimiser x* (length 22)
 */
public record InexactInputProblem(DenseComplexMatrix matrix, double[] data, double[] minimiser) {
    public static final double DELTA = 1.0 / 6.0;
    public static final double LAMBDA = 1.0;
    public static final int N1 = 2;
    public static final int N2 = 20;

    /**
     * @param k accuracy exponent K >= 1
     * @param n perturbation exponent, eps' = 2^(-n-1)
     * @param q the index in [0, N1) of the perturbed entry of a (and of the non-zero of x*)
     */
    public static InexactInputProblem build(int k, int n, int q) {
        if (k < 1 || n < 1 || q < 0 || q >= N1) {
            throw new IllegalArgumentException(
                    "need K >= 1, n >= 1, q in [0, " + N1 + "), got " + k + ", " + n + ", " + q);
        }
        double gamma1 = Math.sqrt(2) * (1 - DELTA) * StrictMath.pow(10, k) / (3 * LAMBDA);
        double[] a = new double[N1];
        java.util.Arrays.fill(a, gamma1 * LAMBDA / (1 - DELTA));
        double epsPrime = StrictMath.pow(2, -n - 1);
        double rho = 1 - DELTA;
        double ratio = epsPrime / (gamma1 * LAMBDA);
        double t = ratio * rho * rho / (1 + ratio * rho);
        double rhoMin = rho - t;
        a[q] = gamma1 * LAMBDA / rhoMin;
        double normA = Math.sqrt(a[0] * a[0] + a[1] * a[1]);

        int rows = N2 + 1;
        int cols = N1 + N2;
        double[] block = new double[rows * cols];
        for (int j = 0; j < N1; j++) {
            block[j] = a[j];
        }
        for (int i = 0; i < N2; i++) {
            block[(i + 1) * cols + N1 + i] = normA;
        }
        double[] y = new double[rows];
        y[0] = 1;
        double[] x = new double[cols];
        x[q] = rhoMin / (LAMBDA * gamma1);

        double[] dct = Dct.matrix(rows);
        double[] transformed = new double[rows * cols];
        double[] transformedY = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int l = 0; l < rows; l++) {
                double c = dct[i * rows + l];
                for (int j = 0; j < cols; j++) {
                    transformed[i * cols + j] += c * block[l * cols + j];
                }
                transformedY[i] += c * y[l];
            }
        }
        return new InexactInputProblem(DenseComplexMatrix.real(rows, cols, transformed), transformedY, x);
    }

    /** The q of the perturbed problem (A_n, y_n) for a given K, as in the paper's script. */
    public static int perturbedIndex(int k) {
        return k == 3 ? 0 : 1;
    }

    /** The q of the exact problem (A, y, x*) for a given K. */
    public static int exactIndex(int k) {
        return k == 3 ? 1 : 0;
    }
}
