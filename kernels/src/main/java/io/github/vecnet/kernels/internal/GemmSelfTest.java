package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.gemm.GemmRoute;
import java.util.Arrays;

/**
 * The GEMM part of the start-up self-test: the candidate's {@code sgemm}/{@code dgemm} against scalar on a few
 * awkward shapes (tails of every register tile, k = 1, both paths, every transpose, offsets, leading dimensions
 * wider than the matrix, beta = 0 over NaN). The tolerance is the standard GEMM bound with a generous constant:
 * |got - want| <= tol * (|alpha| |A||B| + |beta| |C|), with |A||B| computed by scalar GEMM on absolute values.
 */
final class GemmSelfTest {
    private GemmSelfTest() {}

    /** {m, n, k}: small enough to run in milliseconds even before the JIT compiles anything. */
    private static final int[][] SHAPES = {{7, 13, 1}, {13, 37, 9}, {19, 70, 3}};

    private static final int OFFSET = 2;
    private static final int PAD = 3;
    private static final double TOLERANCE_F = 1e-4;
    private static final double TOLERANCE_D = 1e-12;

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
                    String f = compareFloat(expected, actual, small, ta, tb, s[0], s[1], s[2], alpha, beta, seed);
                    if (f == null) {
                        f = compareDouble(expected, actual, small, ta, tb, s[0], s[1], s[2], alpha, beta, seed);
                    }
                    if (f != null) {
                        return f + " " + where;
                    }
                }
            }
        }
        return null;
    }

    private static String compareFloat(
            GemmKernels expected,
            GemmKernels actual,
            boolean small,
            boolean ta,
            boolean tb,
            int m,
            int n,
            int k,
            double alpha,
            double beta,
            int seed) {
        int lda = (ta ? m : k) + PAD;
        int ldb = (tb ? k : n) + PAD;
        int ldc = n + PAD;
        float[] a = floats(OFFSET + (ta ? k : m) * lda, seed * 3L);
        float[] b = floats(OFFSET + (tb ? n : k) * ldb, seed * 3L + 1);
        float[] c0 = beta == 0 ? nans(OFFSET + m * ldc + PAD) : floats(OFFSET + m * ldc + PAD, seed * 3L + 2);
        float[] want = c0.clone();
        float[] got = c0.clone();
        float[] bound = abs(c0);
        expected.sgemm(
                route(small),
                ta,
                tb,
                m,
                n,
                k,
                (float) alpha,
                a,
                OFFSET,
                lda,
                b,
                OFFSET,
                ldb,
                (float) beta,
                want,
                OFFSET,
                ldc,
                1);
        expected.sgemm(
                route(small),
                ta,
                tb,
                m,
                n,
                k,
                (float) Math.abs(alpha),
                abs(a),
                OFFSET,
                lda,
                abs(b),
                OFFSET,
                ldb,
                (float) Math.abs(beta),
                bound,
                OFFSET,
                ldc,
                1);
        try {
            actual.sgemm(
                    route(small),
                    ta,
                    tb,
                    m,
                    n,
                    k,
                    (float) alpha,
                    a,
                    OFFSET,
                    lda,
                    b,
                    OFFSET,
                    ldb,
                    (float) beta,
                    got,
                    OFFSET,
                    ldc,
                    1);
        } catch (RuntimeException | LinkageError e) {
            return "sgemm threw " + e;
        }
        for (int i = 0; i < want.length; i++) {
            if (!close(want[i], got[i], TOLERANCE_F * bound[i])) {
                return "sgemm c[" + i + "]: expected " + want[i] + " but got " + got[i];
            }
        }
        return null;
    }

    private static String compareDouble(
            GemmKernels expected,
            GemmKernels actual,
            boolean small,
            boolean ta,
            boolean tb,
            int m,
            int n,
            int k,
            double alpha,
            double beta,
            int seed) {
        int lda = (ta ? m : k) + PAD;
        int ldb = (tb ? k : n) + PAD;
        int ldc = n + PAD;
        double[] a = doubles(OFFSET + (ta ? k : m) * lda, seed * 5L);
        double[] b = doubles(OFFSET + (tb ? n : k) * ldb, seed * 5L + 1);
        double[] c0 = beta == 0 ? nansD(OFFSET + m * ldc + PAD) : doubles(OFFSET + m * ldc + PAD, seed * 5L + 2);
        double[] want = c0.clone();
        double[] got = c0.clone();
        double[] bound = abs(c0);
        expected.dgemm(
                route(small), ta, tb, m, n, k, alpha, a, OFFSET, lda, b, OFFSET, ldb, beta, want, OFFSET, ldc, 1);
        expected.dgemm(
                route(small),
                ta,
                tb,
                m,
                n,
                k,
                Math.abs(alpha),
                abs(a),
                OFFSET,
                lda,
                abs(b),
                OFFSET,
                ldb,
                Math.abs(beta),
                bound,
                OFFSET,
                ldc,
                1);
        try {
            actual.dgemm(
                    route(small), ta, tb, m, n, k, alpha, a, OFFSET, lda, b, OFFSET, ldb, beta, got, OFFSET, ldc, 1);
        } catch (RuntimeException | LinkageError e) {
            return "dgemm threw " + e;
        }
        for (int i = 0; i < want.length; i++) {
            if (!close(want[i], got[i], TOLERANCE_D * bound[i])) {
                return "dgemm c[" + i + "]: expected " + want[i] + " but got " + got[i];
            }
        }
        return null;
    }

    /** Same NaN-ness, else |got - want| <= bound (bound is NaN only where both must be NaN). */
    private static boolean close(double want, double got, double bound) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        return Math.abs(got - want) <= bound;
    }

    private static float[] floats(int n, long seed) {
        double[] d = doubles(n, seed);
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    /** Deterministic values in (-1, 1). */
    private static double[] doubles(int n, long seed) {
        double[] a = new double[n];
        long state = seed * 0x9E3779B97F4A7C15L + 11;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            a[i] = (state >>> 11) * 0x1p-53 * 2 - 1;
        }
        return a;
    }

    private static float[] nans(int n) {
        float[] a = new float[n];
        Arrays.fill(a, Float.NaN);
        return a;
    }

    private static double[] nansD(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private static float[] abs(float[] a) {
        float[] b = a.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.abs(b[i]);
        }
        return b;
    }

    private static double[] abs(double[] a) {
        double[] b = a.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.abs(b[i]);
        }
        return b;
    }

    private static GemmRoute route(boolean small) {
        return small ? GemmRoute.SMALL : GemmRoute.BLOCKED;
    }
}
