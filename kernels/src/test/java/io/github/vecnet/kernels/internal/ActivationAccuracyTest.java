package io.github.vecnet.kernels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accuracy of sigmoid, tanh, exp and log over the whole range. Float: a dense sweep of bit patterns (every 1021st
 * float of each sign, every 31st in [2^-12, 16)) plus special values, against double-precision {@link Math}.
 * Double: sampled points against a 50-digit BigDecimal reference (sigmoid, tanh) or Math (exp, log).
 * Error = |y - ref| / max(|ref|, MIN_NORMAL): plain relative error wherever the result is a normal number.
 */
class ActivationAccuracyTest {
    /** Required: 1e-6 for float sigmoid/tanh, 1e-14 for double (issue 2). exp/log bounds from docs. */
    static final double SIGMOID_TANH_F = 1e-6;

    static final double SIGMOID_TANH_D = 1e-14;
    static final double EXP_LOG_F = 3e-7;
    static final double EXP_LOG_D = 2e-15;

    static Stream<VectorizationProvider> implementations() {
        return Implementations.all().stream();
    }

    interface FloatMap {
        void apply(FloatElementwise k, float[] x, float[] y);
    }

    /** Every {@code stride}-th float of each sign, every {@code stride / 32}-th in [2^-12, 16), specials, a grid. */
    static float[] floatSweep(int stride) {
        int dense = Math.max(1, stride / 32);
        int count = (int) (0x7F800000L / stride + 1)
                + (Float.floatToIntBits(16f) - Float.floatToIntBits(0x1p-12f)) / dense
                + 1
                + Checking.SPECIAL_F.length
                + 1601
                + 1;
        float[] x = new float[2 * count];
        int i = 0;
        for (long bits = 0; bits < 0x7F800000L; bits += stride) {
            x[i++] = Float.intBitsToFloat((int) bits);
        }
        for (int bits = Float.floatToIntBits(0x1p-12f); bits < Float.floatToIntBits(16f); bits += dense) {
            x[i++] = Float.intBitsToFloat(bits);
        }
        for (float f : Checking.SPECIAL_F) {
            x[i++] = f;
        }
        for (int k = -800; k <= 800; k++) {
            x[i++] = k * 0.25f;
        }
        x[i++] = Float.MAX_VALUE;
        for (int j = 0; j < i; j++) {
            x[i + j] = -x[j];
        }
        return java.util.Arrays.copyOf(x, 2 * i);
    }

    private static final float[] SWEEP = floatSweep(4093);

    /** Max error of a float kernel over the sweep; NaN/inf must match the reference exactly. */
    private static void checkFloat(
            VectorizationProvider p,
            String name,
            FloatMap kernel,
            DoubleUnaryOperator ref,
            double bound,
            boolean positiveOnly) {
        checkFloat(p, name, kernel, ref, bound, positiveOnly, SWEEP);
    }

    private static void checkFloat(
            VectorizationProvider p,
            String name,
            FloatMap kernel,
            DoubleUnaryOperator ref,
            double bound,
            boolean positiveOnly,
            float[] input) {
        float[] x = input.clone();
        if (positiveOnly) {
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.abs(x[i]);
            }
        }
        float[] y = new float[x.length];
        kernel.apply(p.floatElementwise(), x, y);
        double worst = 0;
        float worstX = 0;
        for (int i = 0; i < x.length; i++) {
            double expected = ref.applyAsDouble(x[i]);
            if (Double.isNaN(expected) || Double.isInfinite(expected) || Math.abs(expected) > Float.MAX_VALUE) {
                float e = (float) expected;
                assertEquals(
                        Float.floatToIntBits(e) == Float.floatToIntBits(Float.NaN),
                        Float.isNaN(y[i]),
                        p.name() + " " + name + "(" + x[i] + ") NaN");
                if (!Float.isNaN(e)) {
                    assertEquals(e, y[i], p.name() + " " + name + "(" + x[i] + ")");
                }
                continue;
            }
            double error = Math.abs(y[i] - expected) / Math.max(Math.abs(expected), Float.MIN_NORMAL);
            if (!(error <= worst)) {
                worst = error;
                worstX = x[i];
            }
        }
        assertTrue(
                worst <= bound,
                p.name() + " " + name + "(float): max error " + worst + " at x=" + worstX + " exceeds " + bound);
    }

    static double sigmoidDouble(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void floatSigmoidTanhExpLogOverTheWholeRange(VectorizationProvider p) {
        int n = SWEEP.length;
        checkFloat(
                p,
                "sigmoid",
                (k, x, y) -> k.sigmoid(n, x, 0, y, 0),
                ActivationAccuracyTest::sigmoidDouble,
                SIGMOID_TANH_F,
                false);
        checkFloat(p, "tanh", (k, x, y) -> k.tanh(n, x, 0, y, 0), Math::tanh, SIGMOID_TANH_F, false);
        checkFloat(p, "exp", (k, x, y) -> k.exp(n, x, 0, y, 0), Math::exp, EXP_LOG_F, false);
        checkFloat(p, "log", (k, x, y) -> k.log(n, x, 0, y, 0), Math::log, EXP_LOG_F, true);
        checkFloat(p, "log", (k, x, y) -> k.log(n, x, 0, y, 0), Math::log, EXP_LOG_F, false);
    }

    /** 50 million floats (every 257th bit pattern, every 8th in [2^-12, 16)); about a minute. */
    @Tag("slow")
    @ParameterizedTest
    @MethodSource("implementations")
    void denseFloatSweep(VectorizationProvider p) {
        float[] x = floatSweep(257);
        int n = x.length;
        checkFloat(
                p,
                "sigmoid",
                (k, a, b) -> k.sigmoid(n, a, 0, b, 0),
                ActivationAccuracyTest::sigmoidDouble,
                SIGMOID_TANH_F,
                false,
                x);
        checkFloat(p, "tanh", (k, a, b) -> k.tanh(n, a, 0, b, 0), Math::tanh, SIGMOID_TANH_F, false, x);
    }

    static double sigmoidStrict(double v) {
        double e = StrictMath.exp(-Math.abs(v));
        return v >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    /**
     * Where sigmoid and tanh change regime: tanh rounds to 1 (|x| ~ 9.01) and is clamped (|x| = 10), sigmoid rounds
     * to 1 (x ~ 17.33), turns subnormal (x ~ -87.34), rounds to 0 (x ~ -103.97) and is clamped (-104); the range
     * reduction's k steps (multiples of ln2/2), the float exponent steps and the smallest normals.
     */
    static final float[] REGIME_BOUNDARIES = {
        9.01f,
        10f,
        17.33f,
        87.34f,
        103.97f,
        104f,
        (float) (Math.log(2) / 2),
        (float) Math.log(2),
        (float) (1.5 * Math.log(2)),
        (float) (10.5 * Math.log(2)),
        0.5f,
        1f,
        2f,
        16f,
        0x1p-12f,
        Float.MIN_NORMAL,
        2 * Float.MIN_NORMAL
    };

    /** Every 251st float in [-20, 20], the 256 floats either side of each boundary (both signs), specials. */
    static float[] denseSweepAndBoundaries() {
        int last = Float.floatToIntBits(20f);
        float[] x = new float[2 * (last / 251 + 1) + 2 * REGIME_BOUNDARIES.length * 513 + Checking.SPECIAL_F.length];
        int i = 0;
        for (int bits = 0; bits <= last; bits += 251) {
            x[i++] = Float.intBitsToFloat(bits);
            x[i++] = -Float.intBitsToFloat(bits);
        }
        for (float b : REGIME_BOUNDARIES) {
            int center = Float.floatToIntBits(b);
            for (int d = -256; d <= 256; d++) {
                x[i++] = Float.intBitsToFloat(center + d);
                x[i++] = -Float.intBitsToFloat(center + d);
            }
        }
        for (float f : Checking.SPECIAL_F) {
            x[i++] = f;
        }
        return x;
    }

    /** The 1e-6 bound where it is hardest to keep, against StrictMath in double (a JDK-independent oracle). */
    @ParameterizedTest
    @MethodSource("implementations")
    void floatSigmoidTanhDenseSweepAndRegimeBoundaries(VectorizationProvider p) {
        float[] x = denseSweepAndBoundaries();
        int n = x.length;
        checkFloat(
                p,
                "sigmoid",
                (k, a, b) -> k.sigmoid(n, a, 0, b, 0),
                ActivationAccuracyTest::sigmoidStrict,
                SIGMOID_TANH_F,
                false,
                x);
        checkFloat(p, "tanh", (k, a, b) -> k.tanh(n, a, 0, b, 0), StrictMath::tanh, SIGMOID_TANH_F, false, x);
    }

    /**
     * Saturation is exact (sigmoid 1 above 17.33 and 0 below -103.97, tanh +-1 beyond 9.01: asserted with a margin
     * that the 1e-6 bound cannot bridge), and the subnormal results of sigmoid are neither flushed to 0 nor garbage.
     */
    @ParameterizedTest
    @MethodSource("implementations")
    void floatSaturationIsExactAndSubnormalResultsAreGraded(VectorizationProvider p) {
        float[] x = new float[4 * 1000 + 2];
        int n = 0;
        for (int j = 0; j < 1000; j++) {
            float far = (float) Math.pow(2, 7 + j * (120.0 / 999)); // 128 .. 2^127, log-spaced
            float near = 18f + j * 0.082f; // 18 .. 99.9
            x[n++] = near;
            x[n++] = far;
            x[n++] = -near - 86.5f; // -104.5 .. -186.4
            x[n++] = -far;
        }
        x[n++] = Float.MAX_VALUE;
        x[n++] = -Float.MAX_VALUE;
        float[] s = new float[n];
        float[] t = new float[n];
        p.floatElementwise().sigmoid(n, x, 0, s, 0);
        p.floatElementwise().tanh(n, x, 0, t, 0);
        for (int i = 0; i < n; i++) {
            String at = p.name() + " at x=" + x[i];
            assertEquals(x[i] > 0 ? 1f : 0f, s[i], "sigmoid saturates " + at);
            assertEquals(Math.signum(x[i]), t[i], "tanh saturates " + at);
        }
        float[] tanhEdge = {9.5f, 10f, 10.5f, 12f, -9.5f, -10f, -10.5f, -12f};
        float[] tanhOut = new float[tanhEdge.length];
        p.floatElementwise().tanh(tanhEdge.length, tanhEdge, 0, tanhOut, 0);
        for (int i = 0; i < tanhEdge.length; i++) {
            assertEquals(Math.signum(tanhEdge[i]), tanhOut[i], p.name() + " tanh(" + tanhEdge[i] + ")");
        }
        // Subnormal results: every 7th float in [-103.9, -87.4], within 8 units of the last place of the subnormals
        // (the 1e-6 bound relative to MIN_NORMAL is 8.4 of them) and never 0.
        int from = Float.floatToIntBits(87.4f);
        int to = Float.floatToIntBits(103.9f);
        float[] sub = new float[(to - from) / 7 + 1];
        for (int i = 0; i < sub.length; i++) {
            sub[i] = -Float.intBitsToFloat(from + 7 * i);
        }
        float[] out = new float[sub.length];
        p.floatElementwise().sigmoid(sub.length, sub, 0, out, 0);
        for (int i = 0; i < sub.length; i++) {
            double ref = sigmoidStrict(sub[i]);
            String at = p.name() + " sigmoid(" + sub[i] + ") = " + out[i] + ", reference " + ref;
            assertTrue(out[i] > 0 && Math.abs(out[i] - ref) <= 8 * Float.MIN_VALUE, at);
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void floatSpecialValues(VectorizationProvider p) {
        float[] x =
                Checking.tile(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, Float.MIN_VALUE);
        float[] s = new float[x.length];
        float[] t = new float[x.length];
        p.floatElementwise().sigmoid(x.length, x, 0, s, 0);
        p.floatElementwise().tanh(x.length, x, 0, t, 0);
        for (int i = 0; i < x.length; i += 6) {
            String at = p.name() + " at " + i;
            assertTrue(Float.isNaN(s[i]) && Float.isNaN(t[i]), "NaN -> NaN " + at);
            assertEquals(1f, s[i + 1], at);
            assertEquals(0f, s[i + 2], at);
            assertEquals(1f, t[i + 1], at);
            assertEquals(-1f, t[i + 2], at);
            assertEquals(0.5f, s[i + 3], at);
            assertEquals(0.5f, s[i + 4], at);
            assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(t[i + 3]), "tanh(+0) = +0 " + at);
            assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(t[i + 4]), "tanh(-0) = -0 " + at);
            assertEquals(Float.MIN_VALUE, t[i + 5], "tanh(x) = x for subnormal x " + at);
        }
    }

    /** Log-uniform magnitudes from 1e-320 to 1e4, both signs, plus values near the branch points. */
    static double[] doubleSamples() {
        Random rnd = new Random(2024);
        double[] x = new double[10000];
        for (int i = 0; i < x.length; i++) {
            double magnitude = Math.pow(10, -320 + rnd.nextDouble() * 324);
            x[i] = rnd.nextBoolean() ? magnitude : -magnitude;
        }
        double[] near = {
            1e-8,
            0.17,
            0.1733,
            0.3466,
            0.35,
            0.5,
            0.75,
            1,
            2,
            5,
            10,
            18.5,
            19.9,
            20,
            20.1,
            36,
            37,
            372,
            700,
            709,
            710,
            745,
            746,
            1e4,
            Double.MIN_VALUE,
            Double.MIN_NORMAL,
            1e-310
        };
        double[] all = new double[x.length + 2 * near.length];
        System.arraycopy(x, 0, all, 0, x.length);
        for (int i = 0; i < near.length; i++) {
            all[x.length + 2 * i] = near[i];
            all[x.length + 2 * i + 1] = -near[i];
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void doubleSigmoidAndTanhAgainstBigDecimal(VectorizationProvider p) {
        double[] x = doubleSamples();
        double[] s = new double[x.length];
        double[] t = new double[x.length];
        p.doubleElementwise().sigmoid(x.length, x, 0, s, 0);
        p.doubleElementwise().tanh(x.length, x, 0, t, 0);
        double worstS = 0;
        double worstT = 0;
        double worstSx = 0;
        double worstTx = 0;
        for (int i = 0; i < x.length; i++) {
            double es = HighPrecision.relativeError(s[i], HighPrecision.sigmoid(x[i]), Double.MIN_NORMAL);
            double et = HighPrecision.relativeError(t[i], HighPrecision.tanh(x[i]), Double.MIN_NORMAL);
            if (es > worstS) {
                worstS = es;
                worstSx = x[i];
            }
            if (et > worstT) {
                worstT = et;
                worstTx = x[i];
            }
        }
        assertTrue(worstS <= SIGMOID_TANH_D, p.name() + " sigmoid(double) max error " + worstS + " at " + worstSx);
        assertTrue(worstT <= SIGMOID_TANH_D, p.name() + " tanh(double) max error " + worstT + " at " + worstTx);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void doubleExpAndLogAgainstMath(VectorizationProvider p) {
        Random rnd = new Random(77);
        int n = 200_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (rnd.nextDouble() * 2 - 1) * 746;
        }
        double[] y = new double[n];
        p.doubleElementwise().exp(n, x, 0, y, 0);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double ref = Math.exp(x[i]);
            if (ref == 0 || Double.isInfinite(ref)) {
                assertEquals(ref, y[i], "exp(" + x[i] + ")");
                continue;
            }
            worst = Math.max(worst, Math.abs(y[i] - ref) / Math.max(ref, Double.MIN_NORMAL));
        }
        assertTrue(worst <= EXP_LOG_D, p.name() + " exp(double) max error " + worst);
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(2, -1074 + rnd.nextDouble() * 2097) * (i % 2 == 0 ? 1 : 1 + rnd.nextDouble() * 1e-6);
        }
        p.doubleElementwise().log(n, x, 0, y, 0);
        worst = 0;
        for (int i = 0; i < n; i++) {
            double ref = Math.log(x[i]);
            worst = Math.max(worst, Math.abs(y[i] - ref) / Math.max(Math.abs(ref), Double.MIN_NORMAL));
        }
        assertTrue(worst <= EXP_LOG_D, p.name() + " log(double) max error " + worst);
        double[] special = Checking.tile(Double.NaN, -1, -0.0, 0.0, Double.POSITIVE_INFINITY, 1, Double.MIN_VALUE);
        double[] out = new double[special.length];
        p.doubleElementwise().log(special.length, special, 0, out, 0);
        for (int i = 0; i < special.length; i += 7) {
            assertTrue(Double.isNaN(out[i]) && Double.isNaN(out[i + 1]), "log(NaN), log(-1) are NaN at " + i);
            assertEquals(Double.NEGATIVE_INFINITY, out[i + 2]);
            assertEquals(Double.NEGATIVE_INFINITY, out[i + 3]);
            assertEquals(Double.POSITIVE_INFINITY, out[i + 4]);
            assertEquals(0.0, out[i + 5]);
            assertEquals(Math.log(Double.MIN_VALUE), out[i + 6], 1e-12);
        }
    }
}
