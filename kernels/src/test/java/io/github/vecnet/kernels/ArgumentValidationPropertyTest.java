package io.github.vecnet.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests of argument validation: random, often absurd, sizes, offsets, leading dimensions (near the
 * limits, negative, overflowing) and aliasing. An independent validity predicate, written here from the documented
 * contract, decides whether a call must be accepted; a call is rejected exactly when the predicate says so, a
 * rejected call leaves every array byte-identical, and an accepted GEMM equals a naive double-precision reference.
 */
class ArgumentValidationPropertyTest {
    private static final int CASES = 20_000;

    // ---------------------------------------------------------------- GEMM

    @Test
    void gemmRejectsExactlyTheInvalidCallsAndWritesNothingThen() {
        SplittableRandom random = new SplittableRandom(14);
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            GemmCase g = GemmCase.random(random);
            float[] a0 = g.a == null ? null : g.a.clone();
            float[] b0 = g.b == null ? null : g.b.clone();
            float[] c0 = g.c == null ? null : g.c.clone();
            boolean valid = g.valid();
            RuntimeException thrown = null;
            try {
                Gemm.sgemm(
                        g.transA, g.transB, g.m, g.n, g.k, g.alpha, g.a, g.aOffset, g.lda, g.b, g.bOffset, g.ldb,
                        g.beta, g.c, g.cOffset, g.ldc);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                thrown = e;
            }
            if (valid && thrown != null) {
                fail("valid call rejected: " + g + ": " + thrown.getMessage());
            }
            if (!valid) {
                if (thrown == null) {
                    fail("invalid call accepted: " + g);
                }
                assertArrayEquals(a0, g.a, "a changed by a rejected call " + g);
                assertArrayEquals(b0, g.b, "b changed by a rejected call " + g);
                assertArrayEquals(c0, g.c, "c changed by a rejected call " + g);
                continue;
            }
            accepted++;
            g.assertMatchesReference(a0, b0, c0);
        }
        assertTrue(accepted > CASES / 20, "too few valid cases to mean anything: " + accepted);
    }

    /** One random sgemm call; arrays may be shared (C inside A's or B's array). */
    private static final class GemmCase {
        Transpose transA;
        Transpose transB;
        int m;
        int n;
        int k;
        float alpha;
        float beta;
        float[] a;
        float[] b;
        float[] c;
        int aOffset;
        int bOffset;
        int cOffset;
        int lda;
        int ldb;
        int ldc;

        static GemmCase random(SplittableRandom r) {
            GemmCase g = new GemmCase();
            g.transA = r.nextInt(40) == 0 ? null : r.nextBoolean() ? Transpose.YES : Transpose.NO;
            g.transB = r.nextInt(40) == 0 ? null : r.nextBoolean() ? Transpose.YES : Transpose.NO;
            g.m = size(r);
            g.n = size(r);
            g.k = size(r);
            g.alpha = r.nextInt(8) == 0 ? 0f : (float) r.nextDouble(-2, 2);
            g.beta = r.nextInt(4) == 0 ? 0f : (float) r.nextDouble(-2, 2);
            g.lda = leading(r, g.transA == Transpose.YES ? g.m : g.k);
            g.ldb = leading(r, g.transB == Transpose.YES ? g.k : g.n);
            g.ldc = leading(r, g.n);
            g.aOffset = offset(r);
            g.bOffset = offset(r);
            g.cOffset = offset(r);
            g.a = array(r, g.aOffset, g.aExtent());
            g.b = array(r, g.bOffset, g.bExtent());
            g.c = array(r, g.cOffset, g.cExtent());
            if (g.c != null && r.nextInt(6) == 0) {
                // C shares A's or B's array at a random offset: valid only where the regions do not meet.
                float[] shared = new float[Math.max(1, (int) Math.min(4096, g.aExtent() + g.cExtent() + 8))];
                fill(shared, r);
                g.cOffset = r.nextInt(shared.length);
                if (r.nextBoolean()) {
                    g.a = shared;
                    g.aOffset = r.nextInt(shared.length);
                } else {
                    g.b = shared;
                    g.bOffset = r.nextInt(shared.length);
                }
                g.c = shared;
            }
            return g;
        }

        static int size(SplittableRandom r) {
            switch (r.nextInt(20)) {
                case 0:
                    return -1 - r.nextInt(3);
                case 1:
                    return Integer.MAX_VALUE - r.nextInt(3);
                case 2:
                    return 1 << (16 + r.nextInt(15));
                default:
                    return r.nextInt(7);
            }
        }

        static int leading(SplittableRandom r, int width) {
            int min = Math.max(1, width);
            switch (r.nextInt(12)) {
                case 0:
                    return min - 1;
                case 1:
                    return -r.nextInt(3);
                case 2:
                    return Integer.MAX_VALUE;
                case 3:
                    return min + r.nextInt(4);
                default:
                    return min;
            }
        }

        static int offset(SplittableRandom r) {
            switch (r.nextInt(16)) {
                case 0:
                    return -1;
                case 1:
                    return Integer.MAX_VALUE - r.nextInt(2);
                default:
                    return r.nextInt(4);
            }
        }

        /** An array holding the region or one element short of it (or null), when that is small enough to allocate. */
        static float[] array(SplittableRandom r, int offset, long extent) {
            if (r.nextInt(50) == 0) {
                return null;
            }
            long needed = Math.max(0, (long) offset) + extent;
            long length = r.nextInt(5) == 0 ? needed - 1 : needed + r.nextInt(3);
            float[] array = new float[(int) Math.max(0, Math.min(length, 1 << 12))];
            fill(array, r);
            return array;
        }

        static void fill(float[] array, SplittableRandom r) {
            for (int i = 0; i < array.length; i++) {
                array[i] = (float) r.nextDouble(-1, 1);
            }
        }

        /** Elements spanned by a stored rows x cols matrix (0 if empty), in long: never overflows here. */
        static long extent(long rows, long cols, long ld) {
            return rows <= 0 || cols <= 0 ? 0 : (rows - 1) * ld + cols;
        }

        long aExtent() {
            return transA == Transpose.YES ? extent(k, m, lda) : extent(m, k, lda);
        }

        long bExtent() {
            return transB == Transpose.YES ? extent(n, k, ldb) : extent(k, n, ldb);
        }

        long cExtent() {
            return extent(m, n, ldc);
        }

        /** The documented contract, independently of the library's checks. */
        boolean valid() {
            if (transA == null || transB == null || m < 0 || n < 0 || k < 0) {
                return false;
            }
            if (lda < Math.max(1, transA == Transpose.YES ? m : k)
                    || ldb < Math.max(1, transB == Transpose.YES ? k : n)
                    || ldc < Math.max(1, n)) {
                return false;
            }
            if (!fits(a, aOffset, aExtent()) || !fits(b, bOffset, bExtent()) || !fits(c, cOffset, cExtent())) {
                return false;
            }
            boolean readsAandB = m > 0 && n > 0 && k > 0 && alpha != 0;
            return !readsAandB
                    || (!shares(
                                    c,
                                    cOffset,
                                    m,
                                    n,
                                    ldc,
                                    a,
                                    aOffset,
                                    transA == Transpose.YES ? k : m,
                                    transA == Transpose.YES ? m : k,
                                    lda)
                            && !shares(
                                    c,
                                    cOffset,
                                    m,
                                    n,
                                    ldc,
                                    b,
                                    bOffset,
                                    transB == Transpose.YES ? n : k,
                                    transB == Transpose.YES ? k : n,
                                    ldb));
        }

        static boolean fits(float[] array, int offset, long extent) {
            return array != null && offset >= 0 && offset + extent <= array.length;
        }

        /** Brute force: whether two strided regions of the same array share an element (arrays here are small). */
        static boolean shares(
                float[] c,
                int cOff,
                int rows1,
                int cols1,
                int ld1,
                float[] x,
                int xOff,
                int rows2,
                int cols2,
                int ld2) {
            if (c != x) {
                return false;
            }
            boolean[] used = new boolean[c.length];
            for (int i = 0; i < rows2; i++) {
                for (int j = 0; j < cols2; j++) {
                    used[(int) (xOff + (long) i * ld2 + j)] = true;
                }
            }
            for (int i = 0; i < rows1; i++) {
                for (int j = 0; j < cols1; j++) {
                    if (used[(int) (cOff + (long) i * ld1 + j)]) {
                        return true;
                    }
                }
            }
            return false;
        }

        void assertMatchesReference(float[] a0, float[] b0, float[] c0) {
            if (m == 0 || n == 0) {
                assertArrayEquals(c0, c, "an empty product must not write C: " + this);
                return;
            }
            boolean ta = transA == Transpose.YES;
            boolean tb = transB == Transpose.YES;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    double bound = 0;
                    for (int p = 0; p < k; p++) {
                        double x = a0[aOffset + (ta ? p * lda + i : i * lda + p)];
                        double y = b0[bOffset + (tb ? j * ldb + p : p * ldb + j)];
                        sum += x * y;
                        bound += Math.abs(x * y);
                    }
                    double old = c0[cOffset + i * ldc + j];
                    double want = (alpha == 0 || k == 0 ? 0 : alpha * sum) + (beta == 0 ? 0 : beta * old);
                    double tolerance = 4 * (k + 2) * 0x1p-24 * (Math.abs(alpha) * bound + Math.abs(beta * old)) + 1e-30;
                    assertEquals(want, c[cOffset + i * ldc + j], tolerance, this + " at " + i + "," + j);
                }
            }
        }

        @Override
        public String toString() {
            return "sgemm(" + transA + ", " + transB + ", m=" + m + ", n=" + n + ", k=" + k + ", alpha=" + alpha
                    + ", a[" + (a == null ? "null" : a.length) + "]@" + aOffset + " lda=" + lda + ", b["
                    + (b == null ? "null" : b.length) + "]@" + bOffset + " ldb=" + ldb + ", beta=" + beta + ", c["
                    + (c == null ? "null" : c.length)
                    + "]@" + cOffset + " ldc=" + ldc + (c != null && (c == a || c == b) ? ", shared" : "") + ")";
        }
    }

    // ---------------------------------------------------------------- element-wise

    /** An element-wise kernel with one input x and one output y (and, for two-input kernels, y doubles as input). */
    interface Kernel {
        void run(int n, float[] x, int xOffset, float[] y, int yOffset);
    }

    private static final String[] NAMES = {"relu", "sigmoid", "tanh", "exp", "scale", "axpy", "add"};
    private static final Kernel[] KERNELS = {
        Activations::relu,
        Activations::sigmoid,
        Activations::tanh,
        Activations::exp,
        (n, x, xo, y, yo) -> VectorOps.scale(n, 2f, x, xo, y, yo),
        (n, x, xo, y, yo) -> VectorOps.axpy(n, 0.5f, x, xo, y, yo),
        (n, x, xo, y, yo) -> VectorOps.add(n, x, xo, x, xo, y, yo),
    };

    @Test
    void elementwiseKernelsRejectExactlyTheInvalidCallsAndWriteNothingThen() {
        SplittableRandom random = new SplittableRandom(41);
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            int kernel = random.nextInt(KERNELS.length);
            int n = random.nextInt(10) == 0 ? (random.nextBoolean() ? -1 : Integer.MAX_VALUE) : random.nextInt(40);
            float[] x = random.nextInt(50) == 0 ? null : new float[random.nextInt(48)];
            boolean shared = x != null && random.nextInt(3) == 0;
            float[] y = shared ? x : random.nextInt(50) == 0 ? null : new float[random.nextInt(48)];
            int xOffset =
                    random.nextInt(12) == 0 ? (random.nextBoolean() ? -1 : Integer.MAX_VALUE) : random.nextInt(16);
            int yOffset = random.nextInt(3) == 0 ? xOffset : random.nextInt(16);
            fill(x, random);
            if (!shared) {
                fill(y, random);
            }
            float[] x0 = x == null ? null : x.clone();
            float[] y0 = y == null ? null : y.clone();
            boolean valid = n >= 0
                    && fits(x, xOffset, n)
                    && fits(y, yOffset, n)
                    && (x != y || xOffset == yOffset || n == 0 || Math.abs((long) xOffset - yOffset) >= n);
            try {
                KERNELS[kernel].run(n, x, xOffset, y, yOffset);
                if (!valid) {
                    fail(NAMES[kernel] + " accepted an invalid call: n=" + n + " x@" + xOffset + " y@" + yOffset
                            + (shared ? " (same array)" : ""));
                }
                accepted++;
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                if (valid) {
                    fail(NAMES[kernel] + " rejected a valid call: " + e.getMessage());
                }
                assertArrayEquals(x0, x, NAMES[kernel] + ": x changed by a rejected call");
                assertArrayEquals(y0, y, NAMES[kernel] + ": y changed by a rejected call");
            }
        }
        assertTrue(accepted > CASES / 10, "too few valid cases to mean anything: " + accepted);
    }

    private static boolean fits(float[] array, int offset, long n) {
        return array != null && offset >= 0 && offset + n <= array.length;
    }

    private static void fill(float[] array, SplittableRandom random) {
        if (array != null) {
            for (int i = 0; i < array.length; i++) {
                array[i] = (float) random.nextDouble(-3, 3);
            }
        }
    }
}
