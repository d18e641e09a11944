package io.github.vecnet.kernels.internal;

import static io.github.vecnet.kernels.internal.Checking.assertClose;
import static io.github.vecnet.kernels.internal.Checking.assertGuards;
import static io.github.vecnet.kernels.internal.Checking.assertSame;
import static io.github.vecnet.kernels.internal.Checking.doubles;
import static io.github.vecnet.kernels.internal.Checking.floats;
import static io.github.vecnet.kernels.internal.Checking.guards;
import static io.github.vecnet.kernels.internal.Checking.guardsD;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.BinaryOp;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * div, addScalar, abs, absBackward, broadcast and Adam on every implementation over awkward lengths with offsets,
 * against references computed here: one IEEE operation in double rounded once to float is the correctly rounded
 * float result, so the maps must match it bit for bit; Adam is checked against BigDecimal arithmetic.
 */
class ArithmeticKernelsTest {
    private static final AdamStep STEP = new AdamStep(0.9, 0.999, 1e-8, 3e-3, 1.7, 2e-4);

    static Stream<VectorizationProvider> implementations() {
        return Implementations.all().stream();
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void floatMapsAreCorrectlyRounded(VectorizationProvider p) {
        Random rnd = new Random(1);
        for (int n : Implementations.awkwardLengths()) {
            float[] x = floats(rnd, 3, n, 50, true);
            float[] y = floats(rnd, 5, n, 2, true);
            float[] z = guards(1, n);
            String what = p.name() + " n=" + n;
            p.floatElementwise().div(n, x, 3, y, 5, z, 1);
            for (int i = 0; i < n; i++) {
                assertSame(what + " div at " + i, (float) ((double) x[3 + i] / y[5 + i]), z[1 + i]);
            }
            p.floatElementwise().addScalar(n, 0.3f, x, 3, z, 1);
            for (int i = 0; i < n; i++) {
                assertSame(what + " addScalar at " + i, (float) ((double) x[3 + i] + 0.3f), z[1 + i]);
            }
            p.floatElementwise().abs(n, x, 3, z, 1);
            for (int i = 0; i < n; i++) {
                double v = x[3 + i];
                assertSame(what + " abs at " + i, (float) (v < 0 || 1 / v < 0 ? -v : v), z[1 + i]);
            }
            p.floatElementwise().absBackward(n, x, 3, y, 5, z, 1);
            for (int i = 0; i < n; i++) {
                double v = x[3 + i];
                double sign = v > 0 ? 1 : v < 0 ? -1 : v; // zeros and NaN stay themselves
                assertSame(what + " absBackward at " + i, (float) (sign * y[5 + i]), z[1 + i]);
            }
            assertGuards(what + " output", z, 1, n);
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void doubleMapsAreExact(VectorizationProvider p) {
        Random rnd = new Random(2);
        for (int n : Implementations.awkwardLengths()) {
            double[] x = doubles(rnd, 3, n, 50, true);
            double[] y = doubles(rnd, 5, n, 2, true);
            double[] z = guardsD(1, n);
            String what = p.name() + " n=" + n;
            p.doubleElementwise().div(n, x, 3, y, 5, z, 1);
            for (int i = 0; i < n; i++) {
                assertSame(what + " div at " + i, x[3 + i] / y[5 + i], z[1 + i]);
            }
            p.doubleElementwise().addScalar(n, 0.3, x, 3, z, 1);
            for (int i = 0; i < n; i++) {
                assertSame(what + " addScalar at " + i, x[3 + i] + 0.3, z[1 + i]);
            }
            p.doubleElementwise().absBackward(n, x, 3, y, 5, z, 1);
            for (int i = 0; i < n; i++) {
                double v = x[3 + i];
                assertSame(what + " absBackward at " + i, (v > 0 ? 1 : v < 0 ? -1 : v) * y[5 + i], z[1 + i]);
            }
            assertGuards(what + " output", z, 1, n);
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void broadcastCoversRowColumnAndScalarOperands(VectorizationProvider p) {
        Random rnd = new Random(3);
        int[][] shapes = {{1, 1}, {1, 0}, {0, 1}, {0, 0}}; // 1 = broadcast dimension, 0 = full
        for (int cols : Implementations.awkwardLengths()) {
            int rows = 3;
            for (BinaryOp op : BinaryOp.values()) {
                for (int[] as : shapes) {
                    for (int[] bs : shapes) {
                        int ar = as[0] == 1 ? 1 : rows;
                        int ac = as[1] == 1 ? 1 : cols;
                        int br = bs[0] == 1 ? 1 : rows;
                        int bc = bs[1] == 1 ? 1 : cols;
                        float[] a = floats(rnd, 2, ar * ac, 4, false);
                        float[] b = floats(rnd, 1, br * bc, 4, false);
                        float[] z = guards(3, rows * cols);
                        p.floatElementwise().broadcast(op, rows, cols, a, 2, ar, ac, b, 1, br, bc, z, 3);
                        String what = p.name() + " " + op + " a " + ar + "x" + ac + " b " + br + "x" + bc + " -> "
                                + rows + "x" + cols;
                        for (int i = 0; i < rows; i++) {
                            for (int j = 0; j < cols; j++) {
                                double u = a[2 + (ar == 1 ? 0 : i) * ac + (ac == 1 ? 0 : j)];
                                double v = b[1 + (br == 1 ? 0 : i) * bc + (bc == 1 ? 0 : j)];
                                double expected = op == BinaryOp.ADD
                                        ? u + v
                                        : op == BinaryOp.SUB ? u - v : op == BinaryOp.MUL ? u * v : u / v;
                                assertSame(what + " at " + i + "," + j, (float) expected, z[3 + i * cols + j]);
                            }
                        }
                        assertGuards(what, z, 3, rows * cols);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void adamMatchesBigDecimalAndScalarBits(VectorizationProvider p) {
        Random rnd = new Random(4);
        FloatElementwise scalar = VectorizationProvider.scalar().floatElementwise();
        for (int n : Implementations.awkwardLengths()) {
            double[] param = doubles(rnd, 2, n, 1, false);
            double[] grad = doubles(rnd, 1, n, 1, false);
            double[] m = doubles(rnd, 3, n, 0.1, false);
            double[] v = doubles(rnd, 0, n, 0.01, false);
            for (int i = 0; i < n; i++) {
                v[i] = Math.abs(v[i]);
            }
            float[][] f = {toFloat(param), toFloat(grad), toFloat(m), toFloat(v)};
            float[][] fs = {f[0].clone(), f[1], f[2].clone(), f[3].clone()};
            double[] pd = param.clone();
            double[] md = m.clone();
            double[] vd = v.clone();
            p.floatElementwise().adam(n, f[0], 2, f[1], 1, f[2], 3, f[3], 0, STEP);
            scalar.adam(n, fs[0], 2, fs[1], 1, fs[2], 3, fs[3], 0, STEP);
            p.doubleElementwise().adam(n, pd, 2, grad, 1, md, 3, vd, 0, STEP);
            for (int i = 0; i < n; i++) {
                String what = p.name() + " adam n=" + n + " at " + i;
                double[] want = exactAdam(param[2 + i], grad[1 + i], m[3 + i], v[i]);
                assertClose(what + " (double p)", want[0], pd[2 + i], 1e-13, 1);
                // m and v can cancel: bound the error by the size of the terms (|m|, |g| <= 1, |v| <= 0.01), not the
                // result
                assertClose(what + " (double m)", want[1], md[3 + i], 1e-15, 1);
                assertClose(what + " (double v)", want[2], vd[i], 1e-15, 0.01);
                double[] wantF =
                        exactAdam(toFloat(param)[2 + i], toFloat(grad)[1 + i], toFloat(m)[3 + i], toFloat(v)[i]);
                assertClose(what + " (float p)", wantF[0], f[0][2 + i], 4e-6, 1);
                assertSame(what + " (float p, vector vs scalar bits)", fs[0][2 + i], f[0][2 + i]);
                assertSame(what + " (float m, vector vs scalar bits)", fs[2][3 + i], f[2][3 + i]);
            }
            assertGuards(p.name() + " adam p", pd, 2, n);
            assertGuards(p.name() + " adam m", md, 3, n);
        }
    }

    /** The Adam formula in 40-digit decimal arithmetic: p, m, v after one step. */
    private static double[] exactAdam(double p, double g, double m, double v) {
        MathContext mc = new MathContext(40);
        BigDecimal b1 = new BigDecimal(STEP.beta1());
        BigDecimal b2 = new BigDecimal(STEP.beta2());
        BigDecimal gd = new BigDecimal(g);
        BigDecimal m1 = b1.multiply(new BigDecimal(m), mc)
                .add(BigDecimal.ONE.subtract(b1).multiply(gd, mc), mc);
        BigDecimal v1 = b2.multiply(new BigDecimal(v), mc)
                .add(BigDecimal.ONE.subtract(b2).multiply(gd.multiply(gd, mc), mc), mc);
        BigDecimal denominator =
                v1.sqrt(mc).multiply(new BigDecimal(STEP.invSqrtBias2()), mc).add(new BigDecimal(STEP.eps()), mc);
        BigDecimal keep = BigDecimal.ONE.subtract(new BigDecimal(STEP.decay()));
        BigDecimal p1 = new BigDecimal(p)
                .multiply(keep, mc)
                .subtract(new BigDecimal(STEP.stepSize()).multiply(m1, mc).divide(denominator, mc), mc);
        return new double[] {p1.doubleValue(), m1.doubleValue(), v1.doubleValue()};
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }
}
