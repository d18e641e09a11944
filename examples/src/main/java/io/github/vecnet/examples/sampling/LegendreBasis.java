package io.github.vecnet.examples.sampling;

import java.util.ArrayList;
import java.util.List;

/**
 * Tensor-product Legendre polynomials on [-1, 1]^d of total degree <= n, orthonormal for the uniform probability
 * measure: {@code L_k(t) = sqrt(2k + 1) P_k(t)}, {@code psi_nu(y) = prod_i L_{nu_i}(y_i)}. The number of terms is
 * {@code C(n + d, d)} (495 for d = 8, n = 4). The baseline of Adcock and Dexter's comparison (1c).
 */
final class LegendreBasis {
    private final int dimension;
    private final int degree;
    private final int[][] indices;

    LegendreBasis(int dimension, int degree) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension: expected >= 1, got " + dimension);
        }
        if (degree < 0) {
            throw new IllegalArgumentException("degree: expected >= 0, got " + degree);
        }
        this.dimension = dimension;
        this.degree = degree;
        List<int[]> list = new ArrayList<>();
        enumerate(new int[dimension], 0, degree, list);
        this.indices = list.toArray(new int[0][]);
    }

    /** Number of basis functions with total degree <= n in d variables, C(n + d, d). */
    static long size(int dimension, int degree) {
        long c = 1;
        for (int i = 1; i <= dimension; i++) {
            c = c * (degree + i) / i;
        }
        return c;
    }

    int size() {
        return indices.length;
    }

    int degree() {
        return degree;
    }

    int dimension() {
        return dimension;
    }

    /** The multi-index of basis function j (a copy). */
    int[] index(int j) {
        return indices[j].clone();
    }

    private static void enumerate(int[] current, int position, int remaining, List<int[]> out) {
        if (position == current.length) {
            out.add(current.clone());
            return;
        }
        for (int k = 0; k <= remaining; k++) {
            current[position] = k;
            enumerate(current, position + 1, remaining - k, out);
        }
        current[position] = 0;
    }

    /** Writes psi_j(y) for all j into {@code row[offset ..]}; y has d coordinates starting at {@code yOffset}. */
    void evaluate(double[] y, int yOffset, double[] row, int offset) {
        double[][] table = new double[dimension][degree + 1];
        for (int i = 0; i < dimension; i++) {
            univariate(y[yOffset + i], table[i]);
        }
        for (int j = 0; j < indices.length; j++) {
            double p = 1;
            for (int i = 0; i < dimension; i++) {
                p *= table[i][indices[j][i]];
            }
            row[offset + j] = p;
        }
    }

    /** The n x size design matrix (row-major) for n points y (n x d, row-major). */
    double[] design(double[] y, int n) {
        double[] a = new double[n * indices.length];
        for (int p = 0; p < n; p++) {
            evaluate(y, p * dimension, a, p * indices.length);
        }
        return a;
    }

    /** Sum_j c_j psi_j at n points. */
    double[] evaluateExpansion(double[] coefficients, double[] y, int n) {
        if (coefficients.length != indices.length) {
            throw new IllegalArgumentException(
                    "coefficients: expected " + indices.length + ", got " + coefficients.length);
        }
        double[] out = new double[n];
        double[] row = new double[indices.length];
        for (int p = 0; p < n; p++) {
            evaluate(y, p * dimension, row, 0);
            double s = 0;
            for (int j = 0; j < row.length; j++) {
                s += coefficients[j] * row[j];
            }
            out[p] = s;
        }
        return out;
    }

    /** Orthonormal L_0..L_degree at t by the three-term recurrence (k+1) P_{k+1} = (2k+1) t P_k - k P_{k-1}. */
    void univariate(double t, double[] out) {
        double previous = 1;
        double current = t;
        out[0] = 1;
        if (degree >= 1) {
            out[1] = Math.sqrt(3) * t;
        }
        for (int k = 1; k < degree; k++) {
            double next = ((2 * k + 1) * t * current - k * previous) / (k + 1);
            previous = current;
            current = next;
            out[k + 1] = Math.sqrt(2 * k + 3) * next;
        }
    }
}
