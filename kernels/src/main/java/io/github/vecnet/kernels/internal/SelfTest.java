package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.BinaryOp;
import java.util.Arrays;

/**
 * Start-up self-test: runs a candidate implementation against scalar on small awkward inputs (lengths around every
 * common lane count, non-zero offsets, NaN, infinities, signed zeros, subnormals) and reports the first
 * disagreement beyond tolerances that are loose enough for any correct implementation (10x the documented
 * bounds) and tight enough to catch a wrong one. GEMM is checked by {@link GemmSelfTest}.
 */
final class SelfTest {
    private SelfTest() {}

    // Tails only (1, 5), exact multiples (16, 64 for 4-16 lanes), one lane over (17, 33), unrolled loops plus a tail
    // (67).
    private static final int[] LENGTHS = {0, 1, 5, 16, 17, 33, 64, 67};
    private static final int OFFSET = 3;
    private static final double MAP_TOLERANCE_F = 1e-5;
    private static final double MAP_TOLERANCE_D = 1e-13;
    private static final AdamStep ADAM = new AdamStep(0.9, 0.999, 1e-8, 1e-3, 1.2, 1e-4);

    private static final float[] SPECIAL_F = {
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        0f,
        -0f,
        Float.MIN_VALUE,
        -1e-40f,
        1e4f,
        -1e4f,
        -90f,
        0x1p-20f
    };
    private static final double[] SPECIAL_D = {
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -1e-310,
        1e4,
        -1e4,
        -720,
        0x1p-40
    };

    /** Null when {@code candidate} agrees with scalar, else a description of the first mismatch. */
    static String run(VectorizationProvider candidate) {
        try {
            VectorizationProvider expected = VectorizationProvider.scalar();
            for (int n : LENGTHS) {
                String failure = compareFloat(expected.floatElementwise(), candidate.floatElementwise(), n);
                if (failure == null) {
                    failure = compareDouble(expected.doubleElementwise(), candidate.doubleElementwise(), n);
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

    // ---------------------------------------------------------------- inputs

    /** Deterministic values in (-range, range), every fourth replaced by a special value when asked. */
    private static float[] floats(int n, int seed, float range, boolean specials) {
        float[] a = new float[OFFSET + n + 2];
        long state = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            a[OFFSET + i] = (float) (((state >>> 11) * 0x1p-53 * 2 - 1) * range);
            if (specials && i % 4 == 1) {
                a[OFFSET + i] = SPECIAL_F[(i / 4 + seed) % SPECIAL_F.length];
            }
        }
        return a;
    }

    private static double[] doubles(int n, int seed, double range, boolean specials) {
        double[] a = new double[OFFSET + n + 2];
        long state = seed * 0x9E3779B97F4A7C15L + 7;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            a[OFFSET + i] = ((state >>> 11) * 0x1p-53 * 2 - 1) * range;
            if (specials && i % 4 == 1) {
                a[OFFSET + i] = SPECIAL_D[(i / 4 + seed) % SPECIAL_D.length];
            }
        }
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

    // ---------------------------------------------------------------- float

    private interface FloatRun {
        void apply(FloatElementwise k, float[] out);
    }

    private static String compareFloat(FloatElementwise expected, FloatElementwise actual, int n) {
        float[] x = floats(n, 1, 20, true);
        float[] y = floats(n, 2, 1, true);
        float[] positive = abs(x);
        float[] moderate = floats(n, 3, 8, false);
        float[] moderate2 = floats(n, 4, 8, false);
        int rows = 3;
        float[] matrix = floats(rows * n, 5, 8, false);
        float[] bias = floats(n, 6, 2, false);
        float[] column = floats(rows, 7, 2, true);
        String f;
        if ((f = map("relu", expected, actual, n, (k, o) -> k.relu(n, x, OFFSET, o, OFFSET))) != null
                || (f = map("sigmoid", expected, actual, n, (k, o) -> k.sigmoid(n, x, OFFSET, o, OFFSET))) != null
                || (f = map("tanh", expected, actual, n, (k, o) -> k.tanh(n, x, OFFSET, o, OFFSET))) != null
                || (f = map("exp", expected, actual, n, (k, o) -> k.exp(n, x, OFFSET, o, OFFSET))) != null
                || (f = map("log", expected, actual, n, (k, o) -> k.log(n, positive, OFFSET, o, OFFSET))) != null
                || (f = map(
                                "reluBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.reluBackward(n, x, OFFSET, y, OFFSET, o, OFFSET)))
                        != null
                || (f = map(
                                "sigmoidBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.sigmoidBackward(n, y, OFFSET, moderate, OFFSET, o, OFFSET)))
                        != null
                || (f = map(
                                "tanhBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.tanhBackward(n, y, OFFSET, moderate, OFFSET, o, OFFSET)))
                        != null
                || (f = map("axpy", expected, actual, n, (k, o) -> {
                            System.arraycopy(y, 0, o, 0, o.length);
                            k.axpy(n, -0.75f, x, OFFSET, o, OFFSET);
                        }))
                        != null
                || (f = map("scale", expected, actual, n, (k, o) -> k.scale(n, 1.5f, x, OFFSET, o, OFFSET))) != null
                || (f = map("add", expected, actual, n, (k, o) -> k.add(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = map("sub", expected, actual, n, (k, o) -> k.sub(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = map("mul", expected, actual, n, (k, o) -> k.mul(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = map("div", expected, actual, n, (k, o) -> k.div(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = map("addScalar", expected, actual, n, (k, o) -> k.addScalar(n, -2.5f, x, OFFSET, o, OFFSET)))
                        != null
                || (f = map("abs", expected, actual, n, (k, o) -> k.abs(n, x, OFFSET, o, OFFSET))) != null
                || (f = map(
                                "absBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.absBackward(n, x, OFFSET, moderate, OFFSET, o, OFFSET)))
                        != null
                || (f = map(
                                "broadcast rows",
                                expected,
                                actual,
                                rows * n,
                                (k, o) -> k.broadcast(
                                        BinaryOp.DIV, rows, n, matrix, OFFSET, rows, n, bias, OFFSET, 1, n, o, OFFSET)))
                        != null
                || (f = map(
                                "broadcast columns",
                                expected,
                                actual,
                                rows * n,
                                (k, o) -> k.broadcast(
                                        BinaryOp.SUB,
                                        rows,
                                        n,
                                        column,
                                        OFFSET,
                                        rows,
                                        1,
                                        matrix,
                                        OFFSET,
                                        rows,
                                        n,
                                        o,
                                        OFFSET)))
                        != null
                || (f = map("adam", expected, actual, n, (k, o) -> {
                            System.arraycopy(moderate, 0, o, 0, o.length);
                            k.adam(n, o, OFFSET, x, OFFSET, moderate2.clone(), OFFSET, positive.clone(), OFFSET, ADAM);
                        }))
                        != null
                || (f = map(
                                "softmaxRows",
                                expected,
                                actual,
                                rows * n,
                                (k, o) -> k.softmaxRows(rows, n, matrix, OFFSET, o, OFFSET)))
                        != null
                || (f = map(
                                "logSumExpRows",
                                expected,
                                actual,
                                rows,
                                (k, o) -> k.logSumExpRows(rows, n, matrix, OFFSET, o, OFFSET)))
                        != null
                || (f = map("addBias", expected, actual, rows * n, (k, o) -> {
                            System.arraycopy(matrix, 0, o, 0, Math.min(o.length, matrix.length));
                            k.addBias(rows, n, bias, OFFSET, o, OFFSET);
                        }))
                        != null
                || (f = map(
                                "columnSums",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.columnSums(rows, n, matrix, OFFSET, o, OFFSET)))
                        != null) {
            return f;
        }
        float scale = sumAbs(moderate, n) + 1;
        if ((f = scalar("sum", expected.sum(n, moderate, OFFSET), actual.sum(n, moderate, OFFSET), scale)) != null
                || (f = scalar(
                                "dot",
                                expected.dot(n, moderate, OFFSET, moderate2, OFFSET),
                                actual.dot(n, moderate, OFFSET, moderate2, OFFSET),
                                8 * scale))
                        != null
                || (f = scalar("max", expected.max(n, x, OFFSET), actual.max(n, x, OFFSET), 0)) != null
                || (f = scalar("max", expected.max(n, moderate, OFFSET), actual.max(n, moderate, OFFSET), 0)) != null
                || (f = scalar(
                                "norm2",
                                expected.norm2(n, x, OFFSET),
                                actual.norm2(n, x, OFFSET),
                                expected.norm2(n, x, OFFSET)))
                        != null
                || (f = scalar(
                                "norm2",
                                expected.norm2(n, moderate, OFFSET),
                                actual.norm2(n, moderate, OFFSET),
                                expected.norm2(n, moderate, OFFSET)))
                        != null) {
            return f;
        }
        return null;
    }

    private static float sumAbs(float[] a, int n) {
        float s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.abs(a[OFFSET + i]);
        }
        return s;
    }

    /** Runs both implementations into fresh outputs (pre-filled alike) and compares every element and the guards. */
    private static String map(String name, FloatElementwise expected, FloatElementwise actual, int n, FloatRun run) {
        float[] want = new float[OFFSET + n + 2];
        float[] got = new float[OFFSET + n + 2];
        Arrays.fill(want, 7f);
        Arrays.fill(got, 7f);
        run.apply(expected, want);
        try {
            run.apply(actual, got);
        } catch (RuntimeException | LinkageError e) {
            return name + "(float) threw " + e;
        }
        for (int i = 0; i < want.length; i++) {
            if (!close(want[i], got[i], MAP_TOLERANCE_F, Float.MIN_NORMAL)) {
                return name + "(float)[" + (i - OFFSET) + "]: expected " + want[i] + " but got " + got[i];
            }
        }
        return null;
    }

    private static String scalar(String name, float want, float got, float scale) {
        return close(want, got, MAP_TOLERANCE_F, scale) ? null : name + "(float): expected " + want + " but got " + got;
    }

    // ---------------------------------------------------------------- double

    private interface DoubleRun {
        void apply(DoubleElementwise k, double[] out);
    }

    private static String compareDouble(DoubleElementwise expected, DoubleElementwise actual, int n) {
        double[] x = doubles(n, 11, 20, true);
        double[] y = doubles(n, 12, 1, true);
        double[] positive = abs(x);
        double[] moderate = doubles(n, 13, 8, false);
        double[] moderate2 = doubles(n, 14, 8, false);
        int rows = 3;
        double[] matrix = doubles(rows * n, 15, 8, false);
        double[] bias = doubles(n, 16, 2, false);
        double[] column = doubles(rows, 17, 2, true);
        String f;
        if ((f = mapD("relu", expected, actual, n, (k, o) -> k.relu(n, x, OFFSET, o, OFFSET))) != null
                || (f = mapD("sigmoid", expected, actual, n, (k, o) -> k.sigmoid(n, x, OFFSET, o, OFFSET))) != null
                || (f = mapD("tanh", expected, actual, n, (k, o) -> k.tanh(n, x, OFFSET, o, OFFSET))) != null
                || (f = mapD("exp", expected, actual, n, (k, o) -> k.exp(n, x, OFFSET, o, OFFSET))) != null
                || (f = mapD("log", expected, actual, n, (k, o) -> k.log(n, positive, OFFSET, o, OFFSET))) != null
                || (f = mapD(
                                "reluBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.reluBackward(n, x, OFFSET, y, OFFSET, o, OFFSET)))
                        != null
                || (f = mapD(
                                "sigmoidBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.sigmoidBackward(n, y, OFFSET, moderate, OFFSET, o, OFFSET)))
                        != null
                || (f = mapD(
                                "tanhBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.tanhBackward(n, y, OFFSET, moderate, OFFSET, o, OFFSET)))
                        != null
                || (f = mapD("axpy", expected, actual, n, (k, o) -> {
                            System.arraycopy(y, 0, o, 0, o.length);
                            k.axpy(n, -0.75, x, OFFSET, o, OFFSET);
                        }))
                        != null
                || (f = mapD("scale", expected, actual, n, (k, o) -> k.scale(n, 1.5, x, OFFSET, o, OFFSET))) != null
                || (f = mapD("add", expected, actual, n, (k, o) -> k.add(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = mapD("sub", expected, actual, n, (k, o) -> k.sub(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = mapD("mul", expected, actual, n, (k, o) -> k.mul(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = mapD("div", expected, actual, n, (k, o) -> k.div(n, x, OFFSET, y, OFFSET, o, OFFSET))) != null
                || (f = mapD("addScalar", expected, actual, n, (k, o) -> k.addScalar(n, -2.5, x, OFFSET, o, OFFSET)))
                        != null
                || (f = mapD("abs", expected, actual, n, (k, o) -> k.abs(n, x, OFFSET, o, OFFSET))) != null
                || (f = mapD(
                                "absBackward",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.absBackward(n, x, OFFSET, moderate, OFFSET, o, OFFSET)))
                        != null
                || (f = mapD(
                                "broadcast rows",
                                expected,
                                actual,
                                rows * n,
                                (k, o) -> k.broadcast(
                                        BinaryOp.DIV, rows, n, matrix, OFFSET, rows, n, bias, OFFSET, 1, n, o, OFFSET)))
                        != null
                || (f = mapD(
                                "broadcast columns",
                                expected,
                                actual,
                                rows * n,
                                (k, o) -> k.broadcast(
                                        BinaryOp.SUB,
                                        rows,
                                        n,
                                        column,
                                        OFFSET,
                                        rows,
                                        1,
                                        matrix,
                                        OFFSET,
                                        rows,
                                        n,
                                        o,
                                        OFFSET)))
                        != null
                || (f = mapD("adam", expected, actual, n, (k, o) -> {
                            System.arraycopy(moderate, 0, o, 0, o.length);
                            k.adam(n, o, OFFSET, x, OFFSET, moderate2.clone(), OFFSET, positive.clone(), OFFSET, ADAM);
                        }))
                        != null
                || (f = mapD(
                                "softmaxRows",
                                expected,
                                actual,
                                rows * n,
                                (k, o) -> k.softmaxRows(rows, n, matrix, OFFSET, o, OFFSET)))
                        != null
                || (f = mapD(
                                "logSumExpRows",
                                expected,
                                actual,
                                rows,
                                (k, o) -> k.logSumExpRows(rows, n, matrix, OFFSET, o, OFFSET)))
                        != null
                || (f = mapD("addBias", expected, actual, rows * n, (k, o) -> {
                            System.arraycopy(matrix, 0, o, 0, Math.min(o.length, matrix.length));
                            k.addBias(rows, n, bias, OFFSET, o, OFFSET);
                        }))
                        != null
                || (f = mapD(
                                "columnSums",
                                expected,
                                actual,
                                n,
                                (k, o) -> k.columnSums(rows, n, matrix, OFFSET, o, OFFSET)))
                        != null) {
            return f;
        }
        double scale = sumAbs(moderate, n) + 1;
        if ((f = scalarD("sum", expected.sum(n, moderate, OFFSET), actual.sum(n, moderate, OFFSET), scale)) != null
                || (f = scalarD(
                                "dot",
                                expected.dot(n, moderate, OFFSET, moderate2, OFFSET),
                                actual.dot(n, moderate, OFFSET, moderate2, OFFSET),
                                8 * scale))
                        != null
                || (f = scalarD("max", expected.max(n, x, OFFSET), actual.max(n, x, OFFSET), 0)) != null
                || (f = scalarD("max", expected.max(n, moderate, OFFSET), actual.max(n, moderate, OFFSET), 0)) != null
                || (f = scalarD(
                                "norm2",
                                expected.norm2(n, x, OFFSET),
                                actual.norm2(n, x, OFFSET),
                                expected.norm2(n, x, OFFSET)))
                        != null
                || (f = scalarD(
                                "norm2",
                                expected.norm2(n, moderate, OFFSET),
                                actual.norm2(n, moderate, OFFSET),
                                expected.norm2(n, moderate, OFFSET)))
                        != null) {
            return f;
        }
        return null;
    }

    private static double sumAbs(double[] a, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.abs(a[OFFSET + i]);
        }
        return s;
    }

    private static String mapD(
            String name, DoubleElementwise expected, DoubleElementwise actual, int n, DoubleRun run) {
        double[] want = new double[OFFSET + n + 2];
        double[] got = new double[OFFSET + n + 2];
        Arrays.fill(want, 7.0);
        Arrays.fill(got, 7.0);
        run.apply(expected, want);
        try {
            run.apply(actual, got);
        } catch (RuntimeException | LinkageError e) {
            return name + "(double) threw " + e;
        }
        for (int i = 0; i < want.length; i++) {
            if (!close(want[i], got[i], MAP_TOLERANCE_D, Double.MIN_NORMAL)) {
                return name + "(double)[" + (i - OFFSET) + "]: expected " + want[i] + " but got " + got[i];
            }
        }
        return null;
    }

    private static String scalarD(String name, double want, double got, double scale) {
        return close(want, got, MAP_TOLERANCE_D, scale)
                ? null
                : name + "(double): expected " + want + " but got " + got;
    }

    /** Same NaN-ness, same infinity, else |got - want| <= tolerance * max(|want|, floor). */
    private static boolean close(double want, double got, double tolerance, double floor) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (Double.isInfinite(want) || Double.isInfinite(got)) {
            return want == got;
        }
        return Math.abs(got - want) <= tolerance * Math.max(Math.abs(want), floor);
    }
}
