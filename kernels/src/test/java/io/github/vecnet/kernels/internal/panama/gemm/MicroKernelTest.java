package io.github.vecnet.kernels.internal.panama.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.kernels.internal.gemm.DgemmReferenceKernel;
import io.github.vecnet.kernels.internal.gemm.MicroKernel;
import io.github.vecnet.kernels.internal.gemm.SgemmReferenceKernel;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Panama micro-kernels, both register tiles (4 and 6 rows), (at this JVM's preferred width; the 256-bit surefire execution runs the other) against the naive reference micro-kernel on the same packed panels. */
class MicroKernelTest {
    private static final double[] SCALARS = {0, 1, -0.5, 2};

    @BeforeAll
    static void needsTheVectorModule() {
        Assumptions.assumeFalse(Boolean.getBoolean("vecnet.test.expectFallback"), "fallback run has no vector module");
    }

    @Test
    void sgemmTilesMatchTheReferenceKernel() {
        for (MicroKernel<float[]> kernel : List.of(new SgemmKernel4x2L(), new SgemmKernel6x2L())) {
            checkFloat(
                    kernel,
                    new SgemmReferenceKernel(kernel.blockSizes()),
                    kernel.blockSizes().nr());
        }
    }

    @Test
    void dgemmTilesMatchTheReferenceKernel() {
        for (MicroKernel<double[]> kernel : List.of(new DgemmKernel4x2L(), new DgemmKernel6x2L())) {
            checkDouble(
                    kernel,
                    new DgemmReferenceKernel(kernel.blockSizes()),
                    kernel.blockSizes().nr());
        }
    }

    private static void checkFloat(MicroKernel<float[]> kernel, MicroKernel<float[]> reference, int nr) {
        Random random = new Random(3);
        for (int kc : new int[] {1, 2, 7, 64, 256}) {
            for (double alpha : SCALARS) {
                for (double beta : SCALARS) {
                    float[] a = new float[3 + 6 * kc];
                    float[] b = new float[5 + nr * kc];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = random.nextFloat() * 2 - 1;
                    }
                    for (int i = 0; i < b.length; i++) {
                        b[i] = random.nextFloat() * 2 - 1;
                    }
                    int ldc = nr + 3;
                    float[] c = new float[2 + 5 * ldc + nr];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = beta == 0 ? Float.NaN : random.nextFloat();
                    }
                    float[] expected = c.clone();
                    kernel.compute(kc, a, 3, b, 5, alpha, beta, c, 2, ldc);
                    reference.compute(kc, a, 3, b, 5, alpha, beta, expected, 2, ldc);
                    for (int i = 0; i < c.length; i++) {
                        // Both accumulate in float; FMA vs mul+add differ by a few ulps of the partial sums.
                        assertEquals(
                                expected[i],
                                c[i],
                                2 * (kc + 2) * Math.ulp(1f) * (Math.abs(alpha) * kc + 2),
                                "kc=" + kc + " alpha=" + alpha + " beta=" + beta + " at " + i);
                    }
                }
            }
        }
    }

    private static void checkDouble(MicroKernel<double[]> kernel, MicroKernel<double[]> reference, int nr) {
        Random random = new Random(4);
        for (int kc : new int[] {1, 3, 8, 256}) {
            for (double alpha : SCALARS) {
                for (double beta : SCALARS) {
                    double[] a = new double[1 + 6 * kc];
                    double[] b = new double[nr * kc];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = random.nextDouble() * 2 - 1;
                    }
                    for (int i = 0; i < b.length; i++) {
                        b[i] = random.nextDouble() * 2 - 1;
                    }
                    int ldc = nr + 1;
                    double[] c = new double[5 * ldc + nr];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = beta == 0 ? Double.NaN : random.nextDouble();
                    }
                    double[] expected = c.clone();
                    kernel.compute(kc, a, 1, b, 0, alpha, beta, c, 0, ldc);
                    reference.compute(kc, a, 1, b, 0, alpha, beta, expected, 0, ldc);
                    for (int i = 0; i < c.length; i++) {
                        assertEquals(
                                expected[i],
                                c[i],
                                2 * (kc + 2) * Math.ulp(1.0) * (Math.abs(alpha) * kc + 2),
                                "kc=" + kc + " alpha=" + alpha + " beta=" + beta + " at " + i);
                    }
                }
            }
        }
    }
}
