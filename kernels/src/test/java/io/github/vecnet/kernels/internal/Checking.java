package io.github.vecnet.kernels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

/** Guarded test arrays and tolerance checks shared by the kernel tests. */
final class Checking {
    private Checking() {}

    /** Written around every range a kernel may touch; a kernel writing outside its range changes one. */
    static final float GUARD_F = 12345.5f;

    static final double GUARD_D = 12345.5;
    static final int PAD = 4;

    static final float[] SPECIAL_F = {
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        0f,
        -0f,
        Float.MIN_VALUE,
        -Float.MIN_VALUE,
        1e-40f,
        -1e-40f,
        Float.MIN_NORMAL,
        100f,
        -100f,
        1e4f,
        -1e4f,
        Float.MAX_VALUE,
        -Float.MAX_VALUE,
        1e-7f,
        -3e-5f
    };
    static final double[] SPECIAL_D = {
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        1e-310,
        -1e-310,
        Double.MIN_NORMAL,
        1e-40,
        100,
        -100,
        800,
        -800,
        1e4,
        -1e4,
        Double.MAX_VALUE,
        1e-9,
        -3e-5
    };

    /** offset guards, n values uniform in [-range, range] (a few specials when asked), PAD guards after. */
    static float[] floats(Random rnd, int offset, int n, float range, boolean specials) {
        float[] a = new float[offset + n + PAD];
        java.util.Arrays.fill(a, GUARD_F);
        for (int i = 0; i < n; i++) {
            a[offset + i] = (float) ((rnd.nextDouble() * 2 - 1) * range);
            if (specials && rnd.nextInt(4) == 0) {
                a[offset + i] = SPECIAL_F[rnd.nextInt(SPECIAL_F.length)];
            }
        }
        return a;
    }

    static double[] doubles(Random rnd, int offset, int n, double range, boolean specials) {
        double[] a = new double[offset + n + PAD];
        java.util.Arrays.fill(a, GUARD_D);
        for (int i = 0; i < n; i++) {
            a[offset + i] = (rnd.nextDouble() * 2 - 1) * range;
            if (specials && rnd.nextInt(4) == 0) {
                a[offset + i] = SPECIAL_D[rnd.nextInt(SPECIAL_D.length)];
            }
        }
        return a;
    }

    static float[] guards(int offset, int n) {
        float[] a = new float[offset + n + PAD];
        java.util.Arrays.fill(a, GUARD_F);
        return a;
    }

    static double[] guardsD(int offset, int n) {
        double[] a = new double[offset + n + PAD];
        java.util.Arrays.fill(a, GUARD_D);
        return a;
    }

    /** Everything outside [offset, offset + n) still holds the guard value. */
    static void assertGuards(String what, float[] a, int offset, int n) {
        for (int i = 0; i < a.length; i++) {
            if ((i < offset || i >= offset + n) && a[i] != GUARD_F) {
                fail(what + ": wrote outside its range at index " + i + " (range " + offset + " + " + n + ")");
            }
        }
    }

    static void assertGuards(String what, double[] a, int offset, int n) {
        for (int i = 0; i < a.length; i++) {
            if ((i < offset || i >= offset + n) && a[i] != GUARD_D) {
                fail(what + ": wrote outside its range at index " + i + " (range " + offset + " + " + n + ")");
            }
        }
    }

    /**
     * |actual - expected| <= tolerance * max(|expected|, floor); NaN must match NaN, infinities must match exactly.
     */
    static void assertClose(String what, double expected, double actual, double tolerance, double floor) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            if (!(Double.isNaN(expected) && Double.isNaN(actual))) {
                fail(what + ": expected " + expected + " but got " + actual);
            }
            return;
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            assertEquals(expected, actual, what);
            return;
        }
        double error = Math.abs(actual - expected);
        if (error > tolerance * Math.max(Math.abs(expected), floor)) {
            fail(what + ": expected " + expected + " but got " + actual + " (relative error "
                    + error / Math.max(Math.abs(expected), floor) + " > " + tolerance + ")");
        }
    }

    /** Bit-identical (all NaNs equal). */
    static void assertSame(String what, float expected, float actual) {
        if (Float.floatToIntBits(expected) != Float.floatToIntBits(actual)) {
            fail(what + ": expected " + expected + " but got " + actual);
        }
    }

    static void assertSame(String what, double expected, double actual) {
        if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
            fail(what + ": expected " + expected + " but got " + actual);
        }
    }

    /**
     * The pattern repeated until at least 4 * 16 + 3 elements: long enough that vector implementations take their
     * vector path (short inputs are handled by scalar tails).
     */
    static float[] tile(float... pattern) {
        int copies = (67 + pattern.length - 1) / pattern.length;
        float[] a = new float[copies * pattern.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = pattern[i % pattern.length];
        }
        return a;
    }

    static double[] tile(double... pattern) {
        int copies = (67 + pattern.length - 1) / pattern.length;
        double[] a = new double[copies * pattern.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = pattern[i % pattern.length];
        }
        return a;
    }
}
