package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.gemm.GemmRoute;

/**
 * The GEMM part of the start-up self-test: the candidate's {@code sgemm}/{@code dgemm} against scalar on a few
 * awkward shapes (tails of every register tile, k = 1, both paths, every transpose, offsets, leading dimensions
 * wider than the matrix, beta = 0 over NaN). The tolerance is the standard GEMM bound with a generous constant:
 * |got - want| <= tol * (|alpha| |A||B| + |beta| |C|), with |A||B| computed by scalar GEMM on absolute values.
 * The comparison of one case is {@link SgemmSelfTest} and its generated double twin.
 */
final class GemmSelfTest {
    private GemmSelfTest() {}

    /** {m, n, k}: small enough to run in milliseconds even before the JIT compiles anything. */
    private static final int[][] SHAPES = {{7, 13, 1}, {13, 37, 9}, {19, 70, 3}};

    static final int OFFSET = 2;
    static final int PAD = 3;

    /** Null when {@code actual} agrees with {@code expected}, else a description of the first mismatch. */
    static String run(GemmKernels expected, GemmKernels actual) {
        int seed = 0;
        for (int[] s : SHAPES) {
            for (int t = 0; t < 4; t++) {
                for (boolean small : new boolean[] {true, false}) {
                    seed++;
                    boolean ta = (t & 1) != 0;
                    boolean tb = (t & 2) != 0;
                    double alpha = t == 3 ? 1 : -0.75;
                    double beta = t % 2 == 0 ? 0.5 : 0; // both paths see both betas
                    String where = "(m=" + s[0] + ", n=" + s[1] + ", k=" + s[2] + ", transA=" + ta + ", transB=" + tb
                            + ", beta=" + beta + (small ? ", small path)" : ", blocked path)");
                    String f =
                            SgemmSelfTest.compare(expected, actual, small, ta, tb, s[0], s[1], s[2], alpha, beta, seed);
                    if (f == null) {
                        f = DgemmSelfTest.compare(expected, actual, small, ta, tb, s[0], s[1], s[2], alpha, beta, seed);
                    }
                    if (f != null) {
                        return f + " " + where;
                    }
                }
            }
        }
        return null;
    }

    /** Same NaN-ness, else |got - want| <= bound (bound is NaN only where both must be NaN). */
    static boolean close(double want, double got, double bound) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        return Math.abs(got - want) <= bound;
    }

    /** Deterministic values in (-1, 1). */
    static double[] uniform(int n, long seed) {
        double[] a = new double[n];
        long state = seed * 0x9E3779B97F4A7C15L + 11;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            a[i] = (state >>> 11) * 0x1p-53 * 2 - 1;
        }
        return a;
    }

    static GemmRoute route(boolean small) {
        return small ? GemmRoute.SMALL : GemmRoute.BLOCKED;
    }
}
