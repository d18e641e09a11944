package io.github.vecnet.examples.common;

/**
 * Rounding to IEEE 754 binary16 ("half", 1 sign, 5 exponent, 10 fraction bits), for emulating float16 arithmetic:
 * a float16 computation is emulated by computing each kernel call in float32/float64 and rounding every result with
 * {@link #round}. Round-to-nearest, ties to even; magnitudes >= 65520 become infinity (65504 is the largest
 * finite half); results below 2^-14 are rounded to the subnormal grid of multiples of 2^-24 and to (signed) zero
 * below 2^-25; NaN stays NaN. The result is returned as a double/float holding the exact half value.
 */
public final class Fp16 {
    /** Largest finite binary16 value. */
    public static final double MAX = 65504.0;
    /** Smallest positive normal binary16 value, 2^-14. */
    public static final double MIN_NORMAL = 0x1.0p-14;
    /** Smallest positive subnormal binary16 value, 2^-24. */
    public static final double MIN_VALUE = 0x1.0p-24;

    private Fp16() {}

    /** The binary16 value nearest to x (ties to even), as a double. */
    public static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double abs = Math.abs(x);
        if (abs >= 65520.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x); // 65520 is the midpoint above 65504: ties go up (even)
        }
        // 10 fraction bits: the spacing in [2^e, 2^(e+1)) is 2^(e-10); below 2^-14 it is the subnormal 2^-24.
        int exponent = Math.max(Math.getExponent(abs), -14);
        double quantum = powerOfTwo(exponent - 10);
        double inverse = powerOfTwo(10 - exponent);
        // Scaling by powers of two is exact here; rint rounds half to even.
        double r = Math.rint(abs * inverse) * quantum;
        if (r > MAX) {
            r = Double.POSITIVE_INFINITY;
        }
        return Math.copySign(r, x);
    }

    /** 2^k for -1022 <= k <= 1023, built from its bits (cheaper than Math.scalb in this hot loop). */
    private static double powerOfTwo(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /** The binary16 value nearest to x, as a float (float holds every half value exactly). */
    public static float round(float x) {
        return (float) round((double) x);
    }

    /** Rounds {@code a[offset .. offset+n)} in place. */
    public static void roundInPlace(float[] a, int offset, int n) {
        checkRange(a == null ? -1 : a.length, offset, n);
        for (int i = offset; i < offset + n; i++) {
            a[i] = round(a[i]);
        }
    }

    /** Rounds {@code a[offset .. offset+n)} in place. */
    public static void roundInPlace(double[] a, int offset, int n) {
        checkRange(a == null ? -1 : a.length, offset, n);
        for (int i = offset; i < offset + n; i++) {
            a[i] = round(a[i]);
        }
    }

    private static void checkRange(int length, int offset, int n) {
        if (length < 0) {
            throw new IllegalArgumentException("a: expected an array");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n: expected >= 0, got " + n);
        }
        if (offset < 0 || (long) offset + n > length) {
            throw new IndexOutOfBoundsException(
                    "a: range [" + offset + ", " + ((long) offset + n) + ") outside length " + length);
        }
    }
}
