package io.github.vecnet.kernels.internal;

import static io.github.vecnet.kernels.internal.Checking.assertClose;
import static io.github.vecnet.kernels.internal.Checking.assertGuards;
import static io.github.vecnet.kernels.internal.Checking.assertSame;
import static io.github.vecnet.kernels.internal.Checking.doubles;
import static io.github.vecnet.kernels.internal.Checking.floats;
import static io.github.vecnet.kernels.internal.Checking.guards;
import static io.github.vecnet.kernels.internal.Checking.guardsD;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every element-wise map on every implementation, over awkward lengths, with offsets, in place, against a double
 * reference computed here; guard cells around every range catch writes past the end (masked tails).
 */
class ElementwiseKernelsTest {
    private static final double U_F = 0x1p-24;

    static Stream<VectorizationProvider> implementations() {
        return Implementations.all().stream();
    }

    interface FloatMap {
        void apply(FloatElementwise k, float[] x, int xOffset, float[] y, int yOffset, int n);
    }

    interface DoubleMap {
        void apply(DoubleElementwise k, double[] x, int xOffset, double[] y, int yOffset, int n);
    }

    static double sigmoid(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }

    static double relu(double v) {
        return v > 0 ? v : (Double.isNaN(v) ? v : 0);
    }

    /** Runs a float map at offsets (0,0), (3,5) and in place, and checks values, guards and the untouched input. */
    private static void checkMap(
            VectorizationProvider p,
            String name,
            FloatMap map,
            DoubleUnaryOperator reference,
            double tolerance,
            float range,
            boolean positiveOnly) {
        Random rnd = new Random(name.hashCode());
        for (int n : Implementations.awkwardLengths()) {
            for (int[] offsets : new int[][] {{0, 0}, {3, 5}, {3, -1}}) {
                int xo = offsets[0];
                boolean inPlace = offsets[1] < 0;
                int yo = inPlace ? xo : offsets[1];
                float[] x = floats(rnd, xo, n, range, true);
                if (positiveOnly) {
                    for (int i = 0; i < n; i++) {
                        x[xo + i] = Math.abs(x[xo + i]);
                    }
                }
                float[] original = x.clone();
                float[] y = inPlace ? x : guards(yo, n);
                String what = p.name() + " " + name + "(float) n=" + n + " xOffset=" + xo + " yOffset=" + yo
                        + (inPlace ? " in place" : "");
                map.apply(p.floatElementwise(), x, xo, y, yo, n);
                for (int i = 0; i < n; i++) {
                    double expected = reference.applyAsDouble(original[xo + i]);
                    assertClose(
                            what + " at " + i + " (x=" + original[xo + i] + ")",
                            (float) expected,
                            y[yo + i],
                            tolerance,
                            Float.MIN_NORMAL);
                }
                assertGuards(what + " output", y, yo, n);
                if (!inPlace) {
                    assertGuards(what + " input", x, xo, n);
                    for (int i = 0; i < n; i++) {
                        assertSame(what + " input changed at " + i, original[xo + i], x[xo + i]);
                    }
                }
            }
        }
    }

    private static void checkMapD(
            VectorizationProvider p,
            String name,
            DoubleMap map,
            DoubleUnaryOperator reference,
            double tolerance,
            double range,
            boolean positiveOnly) {
        Random rnd = new Random(name.hashCode());
        for (int n : Implementations.awkwardLengths()) {
            for (int[] offsets : new int[][] {{0, 0}, {3, 5}, {3, -1}}) {
                int xo = offsets[0];
                boolean inPlace = offsets[1] < 0;
                int yo = inPlace ? xo : offsets[1];
                double[] x = doubles(rnd, xo, n, range, true);
                if (positiveOnly) {
                    for (int i = 0; i < n; i++) {
                        x[xo + i] = Math.abs(x[xo + i]);
                    }
                }
                double[] original = x.clone();
                double[] y = inPlace ? x : guardsD(yo, n);
                String what = p.name() + " " + name + "(double) n=" + n + " xOffset=" + xo + " yOffset=" + yo
                        + (inPlace ? " in place" : "");
                map.apply(p.doubleElementwise(), x, xo, y, yo, n);
                for (int i = 0; i < n; i++) {
                    double expected = reference.applyAsDouble(original[xo + i]);
                    assertClose(
                            what + " at " + i + " (x=" + original[xo + i] + ")",
                            expected,
                            y[yo + i],
                            tolerance,
                            Double.MIN_NORMAL);
                }
                assertGuards(what + " output", y, yo, n);
                if (!inPlace) {
                    assertGuards(what + " input", x, xo, n);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void reluIsExact(VectorizationProvider p) {
        checkMap(p, "relu", (k, x, xo, y, yo, n) -> k.relu(n, x, xo, y, yo), ElementwiseKernelsTest::relu, 0, 8, false);
        checkMapD(
                p, "relu", (k, x, xo, y, yo, n) -> k.relu(n, x, xo, y, yo), ElementwiseKernelsTest::relu, 0, 8, false);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void sigmoidMatchesDoubleReference(VectorizationProvider p) {
        checkMap(
                p,
                "sigmoid",
                (k, x, xo, y, yo, n) -> k.sigmoid(n, x, xo, y, yo),
                ElementwiseKernelsTest::sigmoid,
                1e-6,
                30,
                false);
        checkMapD(
                p,
                "sigmoid",
                (k, x, xo, y, yo, n) -> k.sigmoid(n, x, xo, y, yo),
                ElementwiseKernelsTest::sigmoid,
                1e-14,
                30,
                false);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void tanhMatchesDoubleReference(VectorizationProvider p) {
        checkMap(p, "tanh", (k, x, xo, y, yo, n) -> k.tanh(n, x, xo, y, yo), Math::tanh, 1e-6, 10, false);
        checkMapD(p, "tanh", (k, x, xo, y, yo, n) -> k.tanh(n, x, xo, y, yo), Math::tanh, 1e-14, 10, false);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void expMatchesDoubleReference(VectorizationProvider p) {
        checkMap(p, "exp", (k, x, xo, y, yo, n) -> k.exp(n, x, xo, y, yo), Math::exp, 3e-7, 90, false);
        checkMapD(p, "exp", (k, x, xo, y, yo, n) -> k.exp(n, x, xo, y, yo), Math::exp, 2e-15, 700, false);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void logMatchesDoubleReference(VectorizationProvider p) {
        checkMap(p, "log", (k, x, xo, y, yo, n) -> k.log(n, x, xo, y, yo), Math::log, 3e-7, 4, true);
        checkMap(p, "log", (k, x, xo, y, yo, n) -> k.log(n, x, xo, y, yo), Math::log, 3e-7, 4, false);
        checkMapD(p, "log", (k, x, xo, y, yo, n) -> k.log(n, x, xo, y, yo), Math::log, 2e-15, 4, true);
        checkMapD(p, "log", (k, x, xo, y, yo, n) -> k.log(n, x, xo, y, yo), Math::log, 2e-15, 4, false);
    }

    interface FloatBinary {
        void apply(FloatElementwise k, float[] a, int ao, float[] b, int bo, float[] c, int co, int n);
    }

    interface FloatPairReference {
        double apply(float a, float b);
    }

    /** Kernels of the form c = f(a, b): offsets (0,0,0), (1,2,3), and c aliasing b. */
    private static void checkBinary(
            VectorizationProvider p,
            String name,
            FloatBinary op,
            FloatPairReference reference,
            double absoluteTolerancePerB,
            float rangeA,
            boolean exact) {
        Random rnd = new Random(name.hashCode());
        for (int n : Implementations.awkwardLengths()) {
            for (int[] o : new int[][] {{0, 0, 0}, {1, 2, 3}, {1, 2, -1}}) {
                boolean inPlace = o[2] < 0;
                float[] a = floats(rnd, o[0], n, rangeA, exact);
                float[] b = floats(rnd, o[1], n, 4, exact);
                float[] bOriginal = b.clone();
                int co = inPlace ? o[1] : o[2];
                float[] c = inPlace ? b : guards(co, n);
                String what = p.name() + " " + name + " n=" + n + " offsets=" + o[0] + "," + o[1] + "," + co;
                op.apply(p.floatElementwise(), a, o[0], b, o[1], c, co, n);
                for (int i = 0; i < n; i++) {
                    float av = a[o[0] + i];
                    float bv = bOriginal[o[1] + i];
                    double expected = reference.apply(av, bv);
                    if (exact) {
                        assertSame(what + " at " + i, (float) expected, c[co + i]);
                    } else {
                        assertClose(what + " at " + i, expected, c[co + i], absoluteTolerancePerB * Math.abs(bv), 1);
                    }
                }
                assertGuards(what + " output", c, co, n);
                assertGuards(what + " a", a, o[0], n);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void addSubMulAreExact(VectorizationProvider p) {
        checkBinary(
                p, "add", (k, a, ao, b, bo, c, co, n) -> k.add(n, a, ao, b, bo, c, co), (a, b) -> a + b, 0, 4, true);
        checkBinary(
                p, "sub", (k, a, ao, b, bo, c, co, n) -> k.sub(n, a, ao, b, bo, c, co), (a, b) -> a - b, 0, 4, true);
        checkBinary(
                p, "mul", (k, a, ao, b, bo, c, co, n) -> k.mul(n, a, ao, b, bo, c, co), (a, b) -> a * b, 0, 4, true);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void backwardKernelsMatchDoubleFormulas(VectorizationProvider p) {
        // a = forward input/output, b = upstream gradient dy; error bound a few float roundings times |dy|.
        checkBinary(
                p,
                "reluBackward",
                (k, a, ao, b, bo, c, co, n) -> k.reluBackward(n, a, ao, b, bo, c, co),
                (a, b) -> a > 0 ? b : 0,
                0,
                4,
                true);
        checkBinary(
                p,
                "sigmoidBackward",
                (k, a, ao, b, bo, c, co, n) -> k.sigmoidBackward(n, a, ao, b, bo, c, co),
                (s, g) -> g * (double) s * (1 - (double) s),
                4 * U_F,
                1,
                false);
        checkBinary(
                p,
                "tanhBackward",
                (k, a, ao, b, bo, c, co, n) -> k.tanhBackward(n, a, ao, b, bo, c, co),
                (t, g) -> g * (1 - (double) t * t),
                4 * U_F,
                1,
                false);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void axpyAndScaleAreExactIncludingInPlace(VectorizationProvider p) {
        Random rnd = new Random(7);
        for (int n : Implementations.awkwardLengths()) {
            float alpha = -1.75f;
            float[] x = floats(rnd, 2, n, 4, true);
            float[] y = floats(rnd, 5, n, 4, true);
            float[] y0 = y.clone();
            p.floatElementwise().axpy(n, alpha, x, 2, y, 5);
            for (int i = 0; i < n; i++) {
                assertSame(p.name() + " axpy n=" + n + " at " + i, y0[5 + i] + alpha * x[2 + i], y[5 + i]);
            }
            assertGuards("axpy y", y, 5, n);
            float[] z = floats(rnd, 1, n, 4, true);
            float[] z0 = z.clone();
            p.floatElementwise().axpy(n, alpha, z, 1, z, 1);
            for (int i = 0; i < n; i++) {
                assertSame(p.name() + " axpy in place n=" + n + " at " + i, z0[1 + i] + alpha * z0[1 + i], z[1 + i]);
            }
            float[] s = guards(3, n);
            p.floatElementwise().scale(n, alpha, x, 2, s, 3);
            for (int i = 0; i < n; i++) {
                assertSame(p.name() + " scale n=" + n + " at " + i, alpha * x[2 + i], s[3 + i]);
            }
            assertGuards("scale y", s, 3, n);

            double[] xd = doubles(rnd, 2, n, 4, true);
            double[] yd = doubles(rnd, 5, n, 4, true);
            double[] yd0 = yd.clone();
            p.doubleElementwise().axpy(n, 0.3, xd, 2, yd, 5);
            for (int i = 0; i < n; i++) {
                assertSame(p.name() + " axpy(double) n=" + n + " at " + i, yd0[5 + i] + 0.3 * xd[2 + i], yd[5 + i]);
            }
            assertGuards("axpy(double) y", yd, 5, n);
            double[] sd = guardsD(0, n);
            p.doubleElementwise().scale(n, -2.5, xd, 2, sd, 0);
            for (int i = 0; i < n; i++) {
                assertSame(p.name() + " scale(double) n=" + n + " at " + i, -2.5 * xd[2 + i], sd[i]);
            }
            double[] ad = guardsD(1, n);
            p.doubleElementwise().add(n, xd, 2, yd0, 5, ad, 1);
            double[] md = guardsD(1, n);
            p.doubleElementwise().mul(n, xd, 2, yd0, 5, md, 1);
            double[] bd = guardsD(1, n);
            p.doubleElementwise().sub(n, xd, 2, yd0, 5, bd, 1);
            for (int i = 0; i < n; i++) {
                assertSame(p.name() + " add(double) at " + i, xd[2 + i] + yd0[5 + i], ad[1 + i]);
                assertSame(p.name() + " sub(double) at " + i, xd[2 + i] - yd0[5 + i], bd[1 + i]);
                assertSame(p.name() + " mul(double) at " + i, xd[2 + i] * yd0[5 + i], md[1 + i]);
            }
            assertGuards("add(double)", ad, 1, n);
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void doubleBackwardKernels(VectorizationProvider p) {
        Random rnd = new Random(11);
        for (int n : Implementations.awkwardLengths()) {
            double[] y = doubles(rnd, 1, n, 1, false);
            double[] dy = doubles(rnd, 2, n, 3, false);
            double[] dx = guardsD(3, n);
            p.doubleElementwise().sigmoidBackward(n, y, 1, dy, 2, dx, 3);
            for (int i = 0; i < n; i++) {
                double s = y[1 + i];
                assertClose("sigmoidBackward(double) at " + i, dy[2 + i] * s * (1 - s), dx[3 + i], 1e-15, 1);
            }
            assertGuards("sigmoidBackward(double)", dx, 3, n);
            p.doubleElementwise().tanhBackward(n, y, 1, dy, 2, dx, 3);
            for (int i = 0; i < n; i++) {
                double t = y[1 + i];
                assertClose("tanhBackward(double) at " + i, dy[2 + i] * (1 - t * t), dx[3 + i], 1e-15, 1);
            }
            p.doubleElementwise().reluBackward(n, y, 1, dy, 2, dx, 3);
            for (int i = 0; i < n; i++) {
                assertSame("reluBackward(double) at " + i, y[1 + i] > 0 ? dy[2 + i] : 0.0, dx[3 + i]);
            }
            // in place: dx overwrites dy
            double[] g = dy.clone();
            p.doubleElementwise().reluBackward(n, y, 1, g, 2, g, 2);
            for (int i = 0; i < n; i++) {
                assertSame("reluBackward(double) in place at " + i, y[1 + i] > 0 ? dy[2 + i] : 0.0, g[2 + i]);
            }
        }
    }

    static List<Integer> columnCounts() {
        return Implementations.awkwardLengths();
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void softmaxRowsMatchesDoubleReference(VectorizationProvider p) {
        Random rnd = new Random(3);
        int rows = 3;
        for (int cols : columnCounts()) {
            float[] x = floats(rnd, 2, rows * cols, 8, false);
            float[] y = guards(1, rows * cols);
            p.floatElementwise().softmaxRows(rows, cols, x, 2, y, 1);
            double[] xd = doubles(rnd, 2, rows * cols, 30, false);
            double[] yd = xd.clone();
            double[] xd0 = xd.clone();
            p.doubleElementwise().softmaxRows(rows, cols, xd, 2, yd, 2);
            p.doubleElementwise().softmaxRows(rows, cols, xd, 2, xd, 2); // in place
            for (int r = 0; r < rows; r++) {
                double max = Double.NEGATIVE_INFINITY;
                double maxD = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    max = Math.max(max, x[2 + r * cols + j]);
                    maxD = Math.max(maxD, xd0[2 + r * cols + j]);
                }
                double total = 0;
                double totalD = 0;
                for (int j = 0; j < cols; j++) {
                    total += Math.exp(x[2 + r * cols + j] - max);
                    totalD += Math.exp(xd0[2 + r * cols + j] - maxD);
                }
                for (int j = 0; j < cols; j++) {
                    String what = p.name() + " softmax cols=" + cols + " row " + r + " col " + j;
                    assertClose(what, Math.exp(x[2 + r * cols + j] - max) / total, y[1 + r * cols + j], 2e-6, 1e-30);
                    double expectedD = Math.exp(xd0[2 + r * cols + j] - maxD) / totalD;
                    assertClose(what + " (double)", expectedD, yd[2 + r * cols + j], 1e-14, 1e-300);
                    assertSame(what + " (double, in place)", yd[2 + r * cols + j], xd[2 + r * cols + j]);
                }
            }
            assertGuards("softmax", y, 1, rows * cols);
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void softmaxSpecialRows(VectorizationProvider p) {
        // Rows of 3 * 23 = 69 columns (vector path plus tail): {-inf, 0, -inf...}, {1000, 1000, -inf...}, {NaN, 1,
        // 2...}
        float ninf = Float.NEGATIVE_INFINITY;
        int cols = 69;
        float[] x = new float[3 * cols];
        for (int j = 0; j < cols; j++) {
            x[j] = j == 40 ? 0f : ninf;
            x[cols + j] = j == 5 || j == 66 ? 1000f : ninf;
            x[2 * cols + j] = j == 17 ? Float.NaN : j % 3;
        }
        float[] y = new float[3 * cols];
        p.floatElementwise().softmaxRows(3, cols, x, 0, y, 0);
        for (int j = 0; j < cols; j++) {
            assertSame(p.name() + " softmax one finite entry, col " + j, j == 40 ? 1f : 0f, y[j]);
            assertSame(p.name() + " softmax two large entries, col " + j, j == 5 || j == 66 ? 0.5f : 0f, y[cols + j]);
            assertSame(p.name() + " softmax row with NaN, col " + j, Float.NaN, y[2 * cols + j]);
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void logSumExpRowsMatchesDoubleReference(VectorizationProvider p) {
        Random rnd = new Random(5);
        int rows = 4;
        for (int cols : columnCounts()) {
            float[] x = floats(rnd, 3, rows * cols, 50, false);
            float[] out = guards(2, rows);
            p.floatElementwise().logSumExpRows(rows, cols, x, 3, out, 2);
            double[] xd = doubles(rnd, 3, rows * cols, 300, false);
            double[] outD = guardsD(2, rows);
            p.doubleElementwise().logSumExpRows(rows, cols, xd, 3, outD, 2);
            for (int r = 0; r < rows; r++) {
                double max = Double.NEGATIVE_INFINITY;
                double maxD = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    max = Math.max(max, x[3 + r * cols + j]);
                    maxD = Math.max(maxD, xd[3 + r * cols + j]);
                }
                double total = 0;
                double totalD = 0;
                for (int j = 0; j < cols; j++) {
                    total += Math.exp(x[3 + r * cols + j] - max);
                    totalD += Math.exp(xd[3 + r * cols + j] - maxD);
                }
                String what = p.name() + " logSumExp cols=" + cols + " row " + r;
                assertClose(what, cols == 0 ? max : max + Math.log(total), out[2 + r], 1e-6, 1);
                assertClose(what + " (double)", cols == 0 ? maxD : maxD + Math.log(totalD), outD[2 + r], 1e-14, 1);
            }
            assertGuards("logSumExp", out, 2, rows);
            assertGuards("logSumExp(double)", outD, 2, rows);
        }
        int cols = 35;
        float[] special = new float[3 * cols];
        Arrays.fill(special, 0, cols, Float.NEGATIVE_INFINITY);
        Arrays.fill(special, cols, 3 * cols, 1f);
        special[cols + 20] = Float.POSITIVE_INFINITY;
        special[2 * cols + 33] = Float.NaN;
        float[] out = new float[3];
        p.floatElementwise().logSumExpRows(3, cols, special, 0, out, 0);
        assertSame("logSumExp of -inf row", Float.NEGATIVE_INFINITY, out[0]);
        assertSame("logSumExp with +inf", Float.POSITIVE_INFINITY, out[1]);
        assertSame("logSumExp with NaN", Float.NaN, out[2]);
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void addBiasAndColumnSums(VectorizationProvider p) {
        Random rnd = new Random(9);
        int rows = 5;
        for (int cols : columnCounts()) {
            float[] bias = floats(rnd, 1, cols, 2, false);
            float[] c = floats(rnd, 4, rows * cols, 2, false);
            float[] c0 = c.clone();
            p.floatElementwise().addBias(rows, cols, bias, 1, c, 4);
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < cols; j++) {
                    assertSame(
                            p.name() + " addBias cols=" + cols,
                            c0[4 + r * cols + j] + bias[1 + j],
                            c[4 + r * cols + j]);
                }
            }
            assertGuards("addBias", c, 4, rows * cols);
            float[] sums = guards(2, cols);
            p.floatElementwise().columnSums(rows, cols, c0, 4, sums, 2);
            for (int j = 0; j < cols; j++) {
                double expected = 0;
                double magnitude = 0;
                for (int r = 0; r < rows; r++) {
                    expected += c0[4 + r * cols + j];
                    magnitude += Math.abs(c0[4 + r * cols + j]);
                }
                assertClose(
                        p.name() + " columnSums cols=" + cols + " col " + j,
                        expected,
                        sums[2 + j],
                        rows * U_F * magnitude / Math.max(Math.abs(expected), 1e-30),
                        1e-30);
            }
            assertGuards("columnSums", sums, 2, cols);

            double[] biasD = doubles(rnd, 0, cols, 2, false);
            double[] cd = doubles(rnd, 1, rows * cols, 2, false);
            double[] cd0 = cd.clone();
            p.doubleElementwise().addBias(rows, cols, biasD, 0, cd, 1);
            double[] sumsD = guardsD(3, cols);
            p.doubleElementwise().columnSums(rows, cols, cd0, 1, sumsD, 3);
            for (int j = 0; j < cols; j++) {
                double expected = 0;
                for (int r = 0; r < rows; r++) {
                    assertSame("addBias(double)", cd0[1 + r * cols + j] + biasD[j], cd[1 + r * cols + j]);
                    expected += cd0[1 + r * cols + j];
                }
                assertSame("columnSums(double) keeps row order", expected, sumsD[3 + j]);
            }
            assertGuards("columnSums(double)", sumsD, 3, cols);
        }
    }
}
