package io.github.vecnet.kernels.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

/**
 * One GEMM test case in row-major storage with optional offsets and padded leading dimensions, plus the oracle: a
 * naive double-precision product and the standard error bound
 * {@code |C - Cref| <= c * (k + 3) * eps * (|alpha| (|A||B|) + |beta| |C0|)} element-wise. Inputs of a single
 * precision problem are rounded to float first, so the reference sees exactly the values sgemm sees.
 */
final class GemmProblem {
    /** Padding and off-matrix elements hold this sentinel; GEMM must never change them. */
    static final double SENTINEL = -777.25;

    final boolean single;
    final boolean transA;
    final boolean transB;
    final int m;
    final int n;
    final int k;
    final double alpha;
    final double beta;
    final int aOffset;
    final int lda;
    final int bOffset;
    final int ldb;
    final int cOffset;
    final int ldc;
    final double[] a;
    final double[] b;
    final double[] c0;

    GemmProblem(
            boolean single,
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double alpha,
            double beta,
            boolean padded,
            long seed) {
        Random random = new Random(seed);
        this.single = single;
        this.transA = transA;
        this.transB = transB;
        this.m = m;
        this.n = n;
        this.k = k;
        this.alpha = alpha;
        this.beta = beta;
        int aCols = transA ? m : k;
        int bCols = transB ? k : n;
        this.aOffset = padded ? random.nextInt(4) : 0;
        this.bOffset = padded ? random.nextInt(4) : 0;
        this.cOffset = padded ? random.nextInt(4) : 0;
        this.lda = Math.max(1, aCols) + (padded ? random.nextInt(4) : 0);
        this.ldb = Math.max(1, bCols) + (padded ? random.nextInt(4) : 0);
        this.ldc = Math.max(1, n) + (padded ? random.nextInt(4) : 0);
        this.a = matrix(random, aOffset, transA ? k : m, aCols, lda, padded);
        this.b = matrix(random, bOffset, transB ? n : k, bCols, ldb, padded);
        this.c0 = matrix(random, cOffset, m, n, ldc, padded);
    }

    private double[] matrix(Random random, int offset, int rows, int cols, int ld, boolean padded) {
        int length = offset + (int) GemmChecks.extent(rows, cols, ld) + (padded ? 3 : 0);
        double[] x = new double[length];
        java.util.Arrays.fill(x, SENTINEL);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = random.nextDouble() * 2 - 1;
                x[offset + i * ld + j] = single ? (float) v : v;
            }
        }
        return x;
    }

    double opA(int i, int p) {
        return transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
    }

    double opB(int p, int j) {
        return transB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
    }

    double eps() {
        return single ? Math.ulp(1.0f) : Math.ulp(1.0);
    }

    /**
     * The whole C array (widened to double) as the Panama small path computes it: each element one fused
     * multiply-add chain over p = 0..k-1 in order, in the problem's precision, then r = alpha * acc and C = r (beta
     * = 0) or beta * C + r. An exact oracle for that path's bits (not for n = 1, which takes dot products).
     */
    double[] inOrderFmaChains() {
        double[] out = single ? widen(GemmProblem.toFloat(c0)) : c0.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = cOffset + i * ldc + j;
                if (single) {
                    float acc = 0f;
                    for (int p = 0; p < k; p++) {
                        acc = Math.fma((float) opA(i, p), (float) opB(p, j), acc);
                    }
                    float r = (float) alpha * acc;
                    out[at] = beta == 0 ? r : (float) beta * (float) c0[at] + r;
                } else {
                    double acc = 0;
                    for (int p = 0; p < k; p++) {
                        acc = Math.fma(opA(i, p), opB(p, j), acc);
                    }
                    double r = alpha * acc;
                    out[at] = beta == 0 ? r : beta * c0[at] + r;
                }
            }
        }
        return out;
    }

    private static double[] widen(float[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i];
        }
        return y;
    }

    /** Runs GEMM on a copy of C (as float[] or double[]) and returns the whole C array widened to double. */
    double[] run(GemmKernels kernels, Route route, int threads) {
        if (single) {
            float[] c = toFloat(c0);
            float[] af = toFloat(a);
            float[] bf = toFloat(b);
            kernels.sgemm(
                    route.gemmRoute,
                    transA,
                    transB,
                    m,
                    n,
                    k,
                    (float) alpha,
                    af,
                    aOffset,
                    lda,
                    bf,
                    bOffset,
                    ldb,
                    (float) beta,
                    c,
                    cOffset,
                    ldc,
                    threads);
            double[] out = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                out[i] = c[i];
            }
            return out;
        }
        double[] c = c0.clone();
        kernels.dgemm(
                route.gemmRoute,
                transA,
                transB,
                m,
                n,
                k,
                alpha,
                a,
                aOffset,
                lda,
                b,
                bOffset,
                ldb,
                beta,
                c,
                cOffset,
                ldc,
                threads);
        return c;
    }

    static float[] toFloat(double[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) x[i];
        }
        return y;
    }

    /** Asserts the oracle's bound inside C and exact sentinels outside it. */
    void assertCorrect(double[] c, String label) {
        boolean[] inside = new boolean[c.length];
        double eps = eps();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double abs = 0;
                for (int p = 0; p < k; p++) {
                    double x = opA(i, p) * opB(p, j);
                    sum += x;
                    abs += Math.abs(x);
                }
                int at = cOffset + i * ldc + j;
                inside[at] = true;
                double ref = alpha * sum + (beta == 0 ? 0 : beta * c0[at]);
                double bound = 2 * (k + 3) * eps * (Math.abs(alpha) * abs + (beta == 0 ? 0 : Math.abs(beta * c0[at])));
                double err = Math.abs(c[at] - ref);
                if (!(err <= bound)) {
                    fail(label + ": C[" + i + "][" + j + "] = " + c[at] + ", reference " + ref + ", error " + err
                            + " > bound " + bound + " (" + this + ")");
                }
            }
        }
        for (int x = 0; x < c.length; x++) {
            if (!inside[x]) {
                assertEquals(c0[x], c[x], 0.0, label + ": element " + x + " outside C changed (" + this + ")");
            }
        }
    }

    @Override
    public String toString() {
        return (single ? "sgemm" : "dgemm") + " transA=" + transA + " transB=" + transB + " m=" + m + " n=" + n + " k="
                + k + " alpha=" + alpha + " beta=" + beta + " offsets=" + aOffset + "," + bOffset + "," + cOffset
                + " ld="
                + lda + "," + ldb + "," + ldc;
    }

    /** Which path of GemmKernels a test drives. */
    enum Route {
        AUTO(GemmRoute.BY_SHAPE),
        BLOCKED(GemmRoute.BLOCKED),
        SMALL(GemmRoute.SMALL);

        final GemmRoute gemmRoute;

        Route(GemmRoute gemmRoute) {
            this.gemmRoute = gemmRoute;
        }
    }
}
