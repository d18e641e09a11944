package io.github.vecnet.kernels.internal;

import static io.github.vecnet.kernels.internal.GemmSelfTest.OFFSET;
import static io.github.vecnet.kernels.internal.GemmSelfTest.PAD;
import static io.github.vecnet.kernels.internal.GemmSelfTest.close;
import static io.github.vecnet.kernels.internal.GemmSelfTest.route;
import static io.github.vecnet.kernels.internal.GemmSelfTest.uniform;

import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import java.util.Arrays;

/**
 * The float half of {@link GemmSelfTest}: the candidate's sgemm against scalar on one shape, transpose pair and
 * path. The double version is generated from this file.
 */
final class SgemmSelfTest {
    private SgemmSelfTest() {}

    /** The constant of the GEMM error bound (docs/KERNELS.md, "Start-up self-test"). */
    // double: private static final double TOLERANCE = 1e-12;
    private static final double TOLERANCE = 1e-4;

    /** A, B and C draw from seeds SEED_STRIDE * s + 0, 1, 2; the stride differs by precision (3 and 5). */
    // double: private static final long SEED_STRIDE = 5;
    private static final long SEED_STRIDE = 3;

    static String compare(
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
        float[] a = values(OFFSET + (ta ? k : m) * lda, seed * SEED_STRIDE);
        float[] b = values(OFFSET + (tb ? n : k) * ldb, seed * SEED_STRIDE + 1);
        float[] c0 = beta == 0 ? nans(OFFSET + m * ldc + PAD) : values(OFFSET + m * ldc + PAD, seed * SEED_STRIDE + 2);
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
            if (!close(want[i], got[i], TOLERANCE * bound[i])) {
                return "sgemm c[" + i + "]: expected " + want[i] + " but got " + got[i];
            }
        }
        return null;
    }

    /** {@link GemmSelfTest#uniform} in this precision. */
    private static float[] values(int n, long seed) {
        // double {
        // return uniform(n, seed);
        // } float {
        double[] d = uniform(n, seed);
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) d[i];
        }
        return f;
        // }
    }

    private static float[] nans(int n) {
        float[] a = new float[n];
        Arrays.fill(a, Float.NaN);
        return a;
    }

    private static float[] abs(float[] a) {
        float[] b = a.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.abs(b[i]);
        }
        return b;
    }
}
