package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.AdamStep;

/**
 * Start-up self-test: runs a candidate implementation against scalar on small awkward inputs (lengths around every
 * common lane count, non-zero offsets, NaN, infinities, signed zeros, subnormals) and reports the first
 * disagreement beyond tolerances that are loose enough for any correct implementation (10x the documented
 * bounds) and tight enough to catch a wrong one. The element-wise comparisons are {@link FloatElementwiseSelfTest}
 * and its generated double twin; GEMM is checked by {@link GemmSelfTest}.
 */
final class SelfTest {
    private SelfTest() {}

    // Tails only (1, 5), exact multiples (16, 64 for 4-16 lanes), one lane over (17, 33), unrolled loops plus a tail
    // (67).
    private static final int[] LENGTHS = {0, 1, 5, 16, 17, 33, 64, 67};
    static final int OFFSET = 3;
    static final AdamStep ADAM = new AdamStep(0.9, 0.999, 1e-8, 1e-3, 1.2, 1e-4);

    /** Null when {@code candidate} agrees with scalar, else a description of the first mismatch. */
    static String run(VectorizationProvider candidate) {
        try {
            VectorizationProvider expected = VectorizationProvider.scalar();
            for (int n : LENGTHS) {
                String failure =
                        FloatElementwiseSelfTest.compare(expected.floatElementwise(), candidate.floatElementwise(), n);
                if (failure == null) {
                    failure = DoubleElementwiseSelfTest.compare(
                            expected.doubleElementwise(), candidate.doubleElementwise(), n);
                }
                if (failure != null) {
                    return failure + " (n=" + n + ", offset=" + OFFSET + ")";
                }
            }
            return GemmSelfTest.run(VectorizationProvider.scalar().gemm(), candidate.gemm());
        } catch (Throwable t) {
            return "threw " + t;
        }
    }

    /** Same NaN-ness, same infinity, else |got - want| <= tolerance * max(|want|, floor). */
    static boolean close(double want, double got, double tolerance, double floor) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (Double.isInfinite(want) || Double.isInfinite(got)) {
            return want == got;
        }
        return Math.abs(got - want) <= tolerance * Math.max(Math.abs(want), floor);
    }
}
