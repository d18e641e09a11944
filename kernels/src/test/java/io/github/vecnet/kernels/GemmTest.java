package io.github.vecnet.kernels;

import static io.github.vecnet.kernels.Transpose.NO;
import static io.github.vecnet.kernels.Transpose.YES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The public facade: argument checks (C untouched on every failure), dense overloads, threads. */
class GemmTest {
    private final int savedThreads = Kernels.threads();

    @AfterEach
    void restoreThreads() {
        Kernels.setThreads(savedThreads);
    }

    private static float[] random(int length, long seed) {
        Random random = new Random(seed);
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = random.nextFloat() * 2 - 1;
        }
        return x;
    }

    private static double[] randomDouble(int length, long seed) {
        Random random = new Random(seed);
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = random.nextDouble() * 2 - 1;
        }
        return x;
    }

    /** Naive double reference of a dense row-major product op(A) op(B), m x n. */
    private static double[] reference(Transpose ta, Transpose tb, int m, int n, int k, double[] a, double[] b) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double av = ta == YES ? a[p * m + i] : a[i * k + p];
                    double bv = tb == YES ? b[j * k + p] : b[p * n + j];
                    s += av * bv;
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    @Test
    void denseOverloadsMatchTheReference() {
        int m = 37;
        int n = 29;
        int k = 41;
        for (Transpose ta : Transpose.values()) {
            for (Transpose tb : Transpose.values()) {
                double[] a = randomDouble(m * k, 1);
                double[] b = randomDouble(k * n, 2);
                double[] ref = reference(ta, tb, m, n, k, a, b);
                double[] c = new double[m * n];
                Gemm.dgemm(ta, tb, m, n, k, 1.0, a, b, 0.0, c);
                float[] af = new float[a.length];
                float[] bf = new float[b.length];
                for (int i = 0; i < a.length; i++) {
                    af[i] = (float) a[i];
                }
                for (int i = 0; i < b.length; i++) {
                    bf[i] = (float) b[i];
                }
                double[] refF = reference(ta, tb, m, n, k, toDouble(af), toDouble(bf));
                float[] cf = new float[m * n];
                Gemm.sgemm(ta, tb, m, n, k, 1f, af, bf, 0f, cf);
                for (int i = 0; i < m * n; i++) {
                    assertEquals(ref[i], c[i], 4 * k * Math.ulp(1.0), "dgemm " + ta + tb + " at " + i);
                    assertEquals(refF[i], cf[i], 4 * k * Math.ulp(1f), "sgemm " + ta + tb + " at " + i);
                }
            }
        }
    }

    private static double[] toDouble(float[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i];
        }
        return y;
    }

    @Test
    void sameBitsForOneTwoAndThreeThreads() {
        int m = 200;
        int n = 150;
        int k = 300;
        float[] a = random(m * k, 3);
        float[] b = random(k * n, 4);
        float[] c0 = random(m * n, 5);
        float[][] results = new float[3][];
        for (int t = 1; t <= 3; t++) {
            Kernels.setThreads(t);
            float[] c = c0.clone();
            Gemm.sgemm(NO, YES, m, n, k, 0.75f, a, 0, k, b, 0, k, -1f, c, 0, n);
            results[t - 1] = c;
        }
        assertArrayEquals(results[0], results[1]);
        assertArrayEquals(results[0], results[2]);
    }

    /** Every rejected call must leave C exactly as it was. */
    private static void assertRejected(
            Class<? extends RuntimeException> type, String argument, float[] c, Executable call) {
        float[] before = c.clone();
        RuntimeException e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(argument), "message should name " + argument + ": " + e.getMessage());
        assertArrayEquals(before, c, "C changed by a rejected call");
    }

    @Test
    void badArgumentsAreRejectedBeforeAnythingIsWritten() {
        int m = 4;
        int n = 5;
        int k = 3;
        float[] a = random(m * k, 1);
        float[] b = random(k * n, 2);
        float[] c = random(m * n, 3);
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        Class<IndexOutOfBoundsException> ioobe = IndexOutOfBoundsException.class;
        assertRejected(iae, "transA", c, () -> Gemm.sgemm(null, NO, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "transB", c, () -> Gemm.sgemm(NO, null, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "m", c, () -> Gemm.sgemm(NO, NO, -1, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "n", c, () -> Gemm.sgemm(NO, NO, m, -1, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "k", c, () -> Gemm.sgemm(NO, NO, m, n, -2, 1f, a, 0, k, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "a", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, null, 0, k, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "b", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, null, 0, n, 0f, c, 0, n));
        assertRejected(iae, "c", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, b, 0, n, 0f, null, 0, n));
        // Leading dimensions below the stored row width: A is m x k (NO) or k x m (YES).
        assertRejected(iae, "lda", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k - 1, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "lda", c, () -> Gemm.sgemm(YES, NO, m, n, k, 1f, a, 0, m - 1, b, 0, n, 0f, c, 0, n));
        assertRejected(iae, "ldb", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, b, 0, n - 1, 0f, c, 0, n));
        assertRejected(iae, "ldb", c, () -> Gemm.sgemm(NO, YES, m, n, k, 1f, a, 0, k, b, 0, k - 1, 0f, c, 0, n));
        assertRejected(iae, "ldc", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n - 1));
        assertRejected(iae, "lda", c, () -> Gemm.sgemm(NO, NO, m, n, 0, 1f, a, 0, 0, b, 0, n, 0f, c, 0, n));
        // Offsets and extents past the ends.
        assertRejected(ioobe, "a", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 1, k, b, 0, n, 0f, c, 0, n));
        assertRejected(ioobe, "a", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, -1, k, b, 0, n, 0f, c, 0, n));
        assertRejected(ioobe, "a", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k + 1, b, 0, n, 0f, c, 0, n));
        assertRejected(ioobe, "b", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, b, 2, n, 0f, c, 0, n));
        assertRejected(ioobe, "b", c, () -> Gemm.sgemm(NO, YES, m, n, k, 1f, a, 0, k, b, 0, k + 1, 0f, c, 0, n));
        assertRejected(ioobe, "c", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 1, n));
        assertRejected(ioobe, "c", c, () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n + 1));
        // Integer overflow of offset + extent must not slip through.
        assertRejected(
                ioobe,
                "c",
                c,
                () -> Gemm.sgemm(NO, NO, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, Integer.MAX_VALUE - 2, n));
        // The dense overload checks the same way.
        assertRejected(ioobe, "a", c, () -> Gemm.sgemm(NO, NO, m + 1, n, k, 1f, a, b, 0f, c));
    }

    @Test
    void doubleArgumentsAreCheckedToo() {
        double[] a = new double[6];
        double[] b = new double[6];
        double[] c = {1, 2, 3, 4};
        double[] before = c.clone();
        assertThrows(
                IllegalArgumentException.class, () -> Gemm.dgemm(NO, NO, 2, 2, 3, 1, a, 0, 2, b, 0, 2, 0, c, 0, 2));
        assertThrows(
                IndexOutOfBoundsException.class, () -> Gemm.dgemm(NO, NO, 2, 2, 3, 1, a, 1, 3, b, 0, 2, 0, c, 0, 2));
        assertThrows(
                IllegalArgumentException.class, () -> Gemm.dgemm(NO, NO, 2, 2, 2, 1, c, 0, 2, b, 0, 2, 0, c, 0, 2));
        assertArrayEquals(before, c);
    }

    @Test
    void cOverlappingAOrBIsRejected() {
        // One array holds A (rows 0..3) and C; C starting inside A corrupts A while it is read.
        float[] shared = random(64, 9);
        float[] b = random(16, 10);
        assertRejected(
                IllegalArgumentException.class,
                "c overlaps a",
                shared,
                () -> Gemm.sgemm(NO, NO, 4, 4, 4, 1f, shared, 0, 4, b, 0, 4, 0f, shared, 8, 4));
        assertRejected(
                IllegalArgumentException.class,
                "c overlaps b",
                shared,
                () -> Gemm.sgemm(NO, YES, 4, 4, 4, 1f, b, 0, 4, shared, 0, 8, 0f, shared, 2, 8));
        // Interleaved but disjoint: A in columns 0..3, C in columns 4..7 of the same 8-wide array. Allowed.
        float[] expected = shared.clone();
        float[] aCopy = new float[16];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(shared, i * 8, aCopy, i * 4, 4);
        }
        float[] cDense = new float[16];
        Gemm.sgemm(NO, NO, 4, 4, 4, 1f, aCopy, b, 0f, cDense);
        Gemm.sgemm(NO, NO, 4, 4, 4, 1f, shared, 0, 8, b, 0, 4, 0f, shared, 4, 8);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 8; j++) {
                float want = j < 4 ? expected[i * 8 + j] : cDense[i * 4 + j - 4];
                assertEquals(want, shared[i * 8 + j], 0f, "element " + i + "," + j);
            }
        }
        // alpha = 0 never reads A, so overlap is harmless there and C = beta * C is well defined.
        float[] s2 = {1, 2, 3, 4};
        Gemm.sgemm(NO, NO, 2, 2, 2, 0f, s2, 0, 2, s2, 0, 2, 2f, s2, 0, 2);
        assertArrayEquals(new float[] {2, 4, 6, 8}, s2);
    }

    @Test
    void zeroDimensionsAreLegal() {
        float[] c = {1, 2, 3, 4};
        Gemm.sgemm(NO, NO, 0, 2, 3, 1f, new float[0], 0, 3, new float[6], 0, 2, 5f, c, 0, 2);
        assertArrayEquals(new float[] {1, 2, 3, 4}, c);
        Gemm.sgemm(NO, NO, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 3f, c, 0, 2);
        assertArrayEquals(new float[] {3, 6, 9, 12}, c);
        float[] nan = {Float.NaN, Float.NaN};
        Gemm.sgemm(NO, NO, 1, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 0f, nan, 0, 2);
        assertArrayEquals(new float[] {0, 0}, nan);
        double[] d = {Double.NaN};
        Gemm.dgemm(NO, NO, 1, 1, 1, 0, new double[] {1}, new double[] {1}, 0, d);
        assertEquals(0.0, d[0]);
        assertTrue(Arrays.equals(new double[] {0.0}, d));
    }
}
