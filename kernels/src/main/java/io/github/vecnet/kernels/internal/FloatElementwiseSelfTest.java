package io.github.vecnet.kernels.internal;

import static io.github.vecnet.kernels.internal.SelfTest.ADAM;
import static io.github.vecnet.kernels.internal.SelfTest.OFFSET;
import static io.github.vecnet.kernels.internal.SelfTest.close;

import io.github.vecnet.kernels.BinaryOp;
import java.util.Arrays;

/**
 * The float half of the element-wise {@link SelfTest}: every kernel of the candidate against scalar at one length,
 * on inputs drawn from float's own special values. The double version is generated from this file.
 */
final class FloatElementwiseSelfTest {
    private FloatElementwiseSelfTest() {}

    /** 10x the documented bounds (docs/KERNELS-ELEMENTWISE.md). */
    // double: private static final double TOLERANCE = 1e-13;
    private static final double TOLERANCE = 1e-5;

    /** The inputs' seeds are SEED + 1 .. SEED + 7: the two precisions draw different values. */
    // double: private static final int SEED = 10;
    private static final int SEED = 0;

    /** NaN, infinities, signed zeros, subnormals, and values where exp and the sigmoid saturate. */
    private static final float[] SPECIAL = {
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        0f,
        -0f,
        Float.MIN_VALUE,
        // double: -1e-310,
        -1e-40f,
        1e4f,
        -1e4f,
        // double: -720,
        -90f,
        // double: 0x1p-40
        0x1p-20f
    };

    private interface Run {
        void apply(FloatElementwise k, float[] out);
    }

    static String compare(FloatElementwise expected, FloatElementwise actual, int n) {
        float[] x = values(n, SEED + 1, 20, true);
        float[] y = values(n, SEED + 2, 1, true);
        float[] positive = abs(x);
        float[] moderate = values(n, SEED + 3, 8, false);
        float[] moderate2 = values(n, SEED + 4, 8, false);
        int rows = 3;
        float[] matrix = values(rows * n, SEED + 5, 8, false);
        float[] bias = values(n, SEED + 6, 2, false);
        float[] column = values(rows, SEED + 7, 2, true);
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
    private static String map(String name, FloatElementwise expected, FloatElementwise actual, int n, Run run) {
        float[] want = new float[OFFSET + n + 2];
        float[] got = new float[OFFSET + n + 2];
        Arrays.fill(want, 7f);
        Arrays.fill(got, 7f);
        run.apply(expected, want);
        try {
            run.apply(actual, got);
        } catch (RuntimeException | LinkageError e) {
            // The table drops every narrowing cast, which would take this message's precision tag too.
            // double: return name + "(double) threw " + e;
            return name + "(float) threw " + e;
        }
        for (int i = 0; i < want.length; i++) {
            if (!close(want[i], got[i], TOLERANCE, Float.MIN_NORMAL)) {
                return name + "(float)[" + (i - OFFSET) + "]: expected " + want[i] + " but got " + got[i];
            }
        }
        return null;
    }

    private static String scalar(String name, float want, float got, float scale) {
        return close(want, got, TOLERANCE, scale) ? null : name + "(float): expected " + want + " but got " + got;
    }

    /** Deterministic values in (-range, range), every fourth replaced by a special value when asked. */
    private static float[] values(int n, int seed, float range, boolean specials) {
        float[] a = new float[OFFSET + n + 2];
        // double: long state = seed * 0x9E3779B97F4A7C15L + 7;
        long state = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            a[OFFSET + i] = (float) (((state >>> 11) * 0x1p-53 * 2 - 1) * range);
            if (specials && i % 4 == 1) {
                a[OFFSET + i] = SPECIAL[(i / 4 + seed) % SPECIAL.length];
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
}
