package io.github.vecnet.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Runs twice: in the normal test execution (with {@code --add-modules=jdk.incubator.vector}, where this machine must
 * pick panama) and in the surefire execution {@code fallback-without-vector-module} (no flag,
 * {@code vecnet.test.expectFallback=true}), where the library must fall back to scalar, say why, and still compute
 * correct results through the public API.
 */
class FallbackTest {
    private static final boolean EXPECT_FALLBACK = Boolean.getBoolean("vecnet.test.expectFallback");

    @Test
    void implementationMatchesTheJvm() {
        KernelsInfo info = Kernels.info();
        if (EXPECT_FALLBACK) {
            assertEquals("scalar", info.implementation());
            assertEquals(0, info.vectorBits());
            assertTrue(info.fallbackReason().contains("jdk.incubator.vector"), info.fallbackReason());
        } else {
            assertEquals("panama", info.implementation(), "fallback reason: " + info.fallbackReason());
            assertTrue(info.vectorBits() >= 128, info.summary());
            assertEquals("", info.fallbackReason());
        }
        assertTrue(info.summary().startsWith(info.implementation()), info.summary());
        assertTrue(info.summary().contains("threads=" + info.threads()), info.summary());
    }

    @Test
    void elementwiseKernelsAreCorrectThroughThePublicApi() {
        Random rnd = new Random(31);
        int n = 1003;
        float[] x = new float[n];
        double[] xd = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (rnd.nextGaussian() * 5);
            xd[i] = rnd.nextGaussian() * 5;
        }
        float[] s = new float[n];
        float[] t = new float[n];
        float[] r = new float[n];
        Activations.sigmoid(n, x, 0, s, 0);
        Activations.tanh(n, x, 0, t, 0);
        Activations.relu(n, x, 0, r, 0);
        double[] sd = new double[n];
        Activations.sigmoid(n, xd, 0, sd, 0);
        double dot = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(1 / (1 + Math.exp(-x[i])), s[i], 1e-6 * s[i], "sigmoid");
            assertEquals(Math.tanh(x[i]), t[i], 1e-6 * Math.abs(t[i]) + 1e-30, "tanh");
            assertEquals(Math.max(x[i], 0f), r[i], "relu");
            assertEquals(1 / (1 + Math.exp(-xd[i])), sd[i], 1e-14 * sd[i], "sigmoid(double)");
            dot += (double) x[i] * s[i];
        }
        assertEquals(dot, VectorOps.dot(n, x, 0, s, 0), 1e-5 * n);
        float[] y = s.clone();
        VectorOps.axpy(n, 2f, x, 0, y, 0);
        for (int i = 0; i < n; i++) {
            assertEquals(s[i] + 2f * x[i], y[i], "axpy");
        }
    }

    @Test
    void gemmIsCorrect() {
        Random rnd = new Random(37);
        int m = 7;
        int n = 9;
        int k = 5;
        float[] a = new float[m * k];
        float[] b = new float[k * n];
        float[] c = new float[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextFloat() - 0.5f;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rnd.nextFloat() - 0.5f;
        }
        Gemm.sgemm(Transpose.NO, Transpose.NO, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double expected = 0;
                for (int p = 0; p < k; p++) {
                    expected += (double) a[i * k + p] * b[p * n + j];
                }
                assertEquals(expected, c[i * n + j], 1e-5, "C[" + i + "][" + j + "]");
            }
        }
    }
}
