package io.github.vecnet.kernels.internal;

import static io.github.vecnet.kernels.internal.Checking.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sum, dot, max and norm2 on every implementation against exact (BigDecimal) references, with the error bounds of
 * docs/KERNELS-ELEMENTWISE.md: float sum/dot |s^ - s| <= 66 u sum|terms| + u |s| (u = 2^-24); double
 * |s^ - s| <= (n + 2) 2^-53 sum|terms|.
 */
class ReductionTest {
    private static final double U_F = 0x1p-24;
    private static final double U_D = 0x1p-53;

    static Stream<VectorizationProvider> implementations() {
        return Implementations.all().stream();
    }

    private static void assertWithin(String what, BigDecimal exact, double actual, double bound) {
        double error = new BigDecimal(actual).subtract(exact).abs().doubleValue();
        assertTrue(
                error <= bound,
                what + ": error " + error + " > bound " + bound + " (exact " + exact.doubleValue() + ", got " + actual
                        + ")");
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void sumAndDotWithinTheDocumentedBound(VectorizationProvider p) {
        Random rnd = new Random(13);
        for (int n : Implementations.reductionLengths()) {
            for (int offset : new int[] {0, 3}) {
                float[] x = Checking.floats(rnd, offset, n, 10, false);
                float[] y = Checking.floats(rnd, offset + 1, n, 10, false);
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal dot = BigDecimal.ZERO;
                double sumAbs = 0;
                double dotAbs = 0;
                for (int i = 0; i < n; i++) {
                    sum = sum.add(new BigDecimal(x[offset + i]));
                    dot = dot.add(new BigDecimal(x[offset + i]).multiply(new BigDecimal(y[offset + 1 + i])));
                    sumAbs += Math.abs(x[offset + i]);
                    dotAbs += Math.abs((double) x[offset + i] * y[offset + 1 + i]);
                }
                String what = p.name() + " n=" + n + " offset=" + offset;
                assertWithin(
                        what + " sum",
                        sum,
                        p.floatElementwise().sum(n, x, offset),
                        66 * U_F * sumAbs + U_F * Math.abs(sum.doubleValue()));
                assertWithin(
                        what + " dot",
                        dot,
                        p.floatElementwise().dot(n, x, offset, y, offset + 1),
                        66 * U_F * dotAbs + U_F * Math.abs(dot.doubleValue()));

                double[] xd = Checking.doubles(rnd, offset, n, 10, false);
                double[] yd = Checking.doubles(rnd, offset + 2, n, 10, false);
                BigDecimal sumD = BigDecimal.ZERO;
                BigDecimal dotD = BigDecimal.ZERO;
                double sumAbsD = 0;
                double dotAbsD = 0;
                for (int i = 0; i < n; i++) {
                    sumD = sumD.add(new BigDecimal(xd[offset + i]));
                    dotD = dotD.add(new BigDecimal(xd[offset + i]).multiply(new BigDecimal(yd[offset + 2 + i])));
                    sumAbsD += Math.abs(xd[offset + i]);
                    dotAbsD += Math.abs(xd[offset + i] * yd[offset + 2 + i]);
                }
                assertWithin(
                        what + " sum(double)", sumD, p.doubleElementwise().sum(n, xd, offset), (n + 2) * U_D * sumAbsD);
                assertWithin(
                        what + " dot(double)",
                        dotD,
                        p.doubleElementwise().dot(n, xd, offset, yd, offset + 2),
                        (n + 2) * U_D * dotAbsD);
            }
        }
    }

    /** A million positive terms: a plain float loop would be off by ~n u; the blocked sum must stay within 66 u. */
    @ParameterizedTest
    @MethodSource("implementations")
    void longFloatSumStaysAccurate(VectorizationProvider p) {
        Random rnd = new Random(17);
        int n = 1 << 20;
        float[] x = new float[n];
        BigDecimal exact = BigDecimal.ZERO;
        double total = 0;
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextFloat();
            total += x[i];
        }
        for (int i = 0; i < n; i++) {
            exact = exact.add(new BigDecimal(x[i]));
        }
        assertWithin(
                p.name() + " sum of 2^20 positives", exact, p.floatElementwise().sum(n, x, 0), 67 * U_F * total);
        assertWithin(
                p.name() + " dot of 2^20 positives",
                exact,
                p.floatElementwise().dot(n, x, 0, ones(n), 0),
                67 * U_F * total);
    }

    private static float[] ones(int n) {
        float[] a = new float[n];
        Arrays.fill(a, 1f);
        return a;
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void maxPropagatesNaNWherever(VectorizationProvider p) {
        Random rnd = new Random(19);
        for (int n : Implementations.reductionLengths()) {
            float[] x = Checking.floats(rnd, 2, n, 100, false);
            double[] xd = Checking.doubles(rnd, 2, n, 100, false);
            float expected = Float.NEGATIVE_INFINITY;
            double expectedD = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                expected = x[2 + i] > expected ? x[2 + i] : expected;
                expectedD = xd[2 + i] > expectedD ? xd[2 + i] : expectedD;
            }
            assertSame(p.name() + " max n=" + n, expected, p.floatElementwise().max(n, x, 2));
            assertSame(
                    p.name() + " max(double) n=" + n,
                    expectedD,
                    p.doubleElementwise().max(n, xd, 2));
            for (int at : new int[] {0, n / 2, n - 1}) {
                if (n == 0) {
                    continue;
                }
                float[] withNaN = x.clone();
                withNaN[2 + at] = Float.NaN;
                assertTrue(
                        Float.isNaN(p.floatElementwise().max(n, withNaN, 2)),
                        p.name() + " max n=" + n + " NaN at " + at);
                double[] withNaND = xd.clone();
                withNaND[2 + at] = Double.NaN;
                assertTrue(
                        Double.isNaN(p.doubleElementwise().max(n, withNaND, 2)),
                        p.name() + " max(double) NaN at " + at);
            }
        }
        assertSame(
                "max of nothing", Float.NEGATIVE_INFINITY, p.floatElementwise().max(0, new float[0], 0));
        float[] zeros = new float[40];
        Arrays.fill(zeros, -0f);
        assertSame("max of -0s", -0f, p.floatElementwise().max(40, zeros, 0));
        zeros[37] = 0f;
        assertSame("max(-0, +0) = +0", 0f, p.floatElementwise().max(40, zeros, 0));
        float[] negInf = new float[33];
        Arrays.fill(negInf, Float.NEGATIVE_INFINITY);
        assertSame("max of -infs", Float.NEGATIVE_INFINITY, p.floatElementwise().max(33, negInf, 0));
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void norm2MatchesExactReferenceAndNeverOverflows(VectorizationProvider p) {
        Random rnd = new Random(23);
        for (int n : Implementations.reductionLengths()) {
            for (double magnitude : new double[] {1, 1e30, 1e-30, 1e-42}) {
                float[] x = new float[n + 1];
                for (int i = 0; i < n; i++) {
                    x[1 + i] = (float) ((rnd.nextDouble() * 2 - 1) * magnitude);
                }
                double expected = exactNorm(x, 1, n);
                double got = p.floatElementwise().norm2(n, x, 1);
                double tolerance = magnitude < 1e-38 ? 1e-3 : 2e-6; // subnormal inputs carry fewer bits themselves
                assertEquals(
                        expected,
                        got,
                        tolerance * expected + Float.MIN_VALUE,
                        p.name() + " norm2 n=" + n + " ~" + magnitude);
            }
            for (double magnitude : new double[] {1, 1e300, 1e-300, 1e-320}) {
                double[] x = new double[n + 2];
                for (int i = 0; i < n; i++) {
                    x[2 + i] = (rnd.nextDouble() * 2 - 1) * magnitude;
                }
                double expected = exactNorm(x, 2, n);
                double tolerance = magnitude < 1e-308 ? 1e-3 : 1e-14;
                assertEquals(
                        expected,
                        p.doubleElementwise().norm2(n, x, 2),
                        tolerance * expected + Double.MIN_VALUE,
                        p.name() + " norm2(double) n=" + n + " ~" + magnitude);
            }
        }
        float[] special = Checking.tile(3f, 4f, 0f);
        int n = special.length;
        special[n / 2] = Float.POSITIVE_INFINITY;
        assertEquals(Float.POSITIVE_INFINITY, p.floatElementwise().norm2(n, special, 0));
        special[3] = Float.NaN;
        assertTrue(Float.isNaN(p.floatElementwise().norm2(n, special, 0)), "NaN wins over infinity");
        double[] specialD = Checking.tile(3.0, 0.0, -4.0);
        specialD[specialD.length - 1] = Double.NEGATIVE_INFINITY;
        assertEquals(Double.POSITIVE_INFINITY, p.doubleElementwise().norm2(specialD.length, specialD, 0));
        assertEquals(0.0, p.doubleElementwise().norm2(70, new double[70], 0));
        assertEquals(5f, p.floatElementwise().norm2(2, new float[] {3, 4}, 0));
        float[] pairs = Checking.tile(3f, 4f);
        assertEquals(5 * Math.sqrt(pairs.length / 2), p.floatElementwise().norm2(pairs.length, pairs, 0), 1e-5);
    }

    /** sqrt of the exact sum of squares (BigDecimal), rounded once to double. */
    private static double exactNorm(float[] x, int offset, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[offset + i];
        }
        return exactNorm(d, 0, n);
    }

    private static double exactNorm(double[] x, int offset, int n) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal v = new BigDecimal(x[offset + i]);
            total = total.add(v.multiply(v));
        }
        return total.sqrt(HighPrecision.MC).doubleValue();
    }
}
