package io.github.vecnet.examples.sampling;

import io.github.vecnet.kernels.VectorOps;

/**
 * Dense linear least squares {@code min ||A c - b||_2} by Householder QR in double, on vecnet's kernels: the matrix
 * is held column by column so every reflection is a {@code dot} and an {@code axpy} over contiguous ranges. QR
 * instead of the normal equations because the Legendre design matrices of 1c have condition numbers up to ~1e3,
 * which the normal equations would square.
 */
final class LeastSquares {
    private LeastSquares() {}

    /**
     * Solves for {@code c} (length n) given {@code a} (m x n, row-major) and {@code b} (length m), m >= n. Throws if
     * A is numerically rank-deficient (a diagonal of R below 1e-12 times the largest), naming the column.
     */
    static double[] solve(double[] a, int m, int n, double[] b) {
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("m, n: expected positive sizes, got " + m + " x " + n);
        }
        if (m < n) {
            throw new IllegalArgumentException(
                    "m: expected at least as many rows as columns (n = " + n + "), got " + m);
        }
        if (a == null || a.length != (long) m * n) {
            throw new IllegalArgumentException(
                    "a: expected " + m + " x " + n + " values, got " + (a == null ? "null" : a.length));
        }
        if (b == null || b.length != m) {
            throw new IllegalArgumentException("b: expected " + m + " values, got " + (b == null ? "null" : b.length));
        }
        // Column-major copy: column j occupies [j*m, (j+1)*m).
        double[] q = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                q[j * m + i] = a[i * n + j];
            }
        }
        double[] y = b.clone();
        double[] diag = new double[n];
        double maxDiag = 0;
        for (int k = 0; k < n; k++) {
            int col = k * m + k;
            int len = m - k;
            double norm = VectorOps.norm2(len, q, col);
            // alpha has the opposite sign of the pivot, so v = x - alpha e1 never cancels.
            double alpha = q[col] > 0 ? -norm : norm;
            diag[k] = alpha;
            maxDiag = Math.max(maxDiag, Math.abs(alpha));
            if (norm == 0 || Math.abs(alpha) <= 1e-12 * maxDiag) {
                throw new IllegalArgumentException("a: numerically rank-deficient at column " + k + " (|R[k][k]| = "
                        + Math.abs(alpha) + ", max " + maxDiag + ")");
            }
            q[col] -= alpha; // v is stored in place of the column's lower part
            double vv = VectorOps.dot(len, q, col, q, col);
            for (int j = k + 1; j < n; j++) {
                int cj = j * m + k;
                double f = -2 * VectorOps.dot(len, q, col, q, cj) / vv;
                VectorOps.axpy(len, f, q, col, q, cj);
            }
            double f = -2 * VectorOps.dot(len, q, col, y, k) / vv;
            VectorOps.axpy(len, f, q, col, y, k);
        }
        // Back substitution with R: diagonal in diag[], strictly upper part in q (row k of column j at j*m + k).
        double[] c = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            double s = y[k];
            for (int j = k + 1; j < n; j++) {
                s -= q[j * m + k] * c[j];
            }
            c[k] = s / diag[k];
        }
        return c;
    }
}
