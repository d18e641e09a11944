package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * linearRelu / linearSigmoid / linearTanh against two oracles: central differences in float64, and the unfused
 * composition {@code linear(x, w, b).act()}, which must give the same bits forward and backward. Also the in-place
 * activation backward passes, on graphs where a gradient buffer is shared or handed over.
 */
class FusedLinearTest {
    private static final double TOL = 1e-6;

    private interface Fused {
        Tensor apply(Tensor x, Tensor w, Tensor b);
    }

    private static final Fused[] FUSED = {Ops::linearRelu, Ops::linearSigmoid, Ops::linearTanh};

    private static final UnaryOperator<Tensor> RELU = Tensor::relu;
    private static final UnaryOperator<Tensor> SIGMOID = Tensor::sigmoid;
    private static final UnaryOperator<Tensor> TANH = Tensor::tanh;

    private static final List<UnaryOperator<Tensor>> UNFUSED = List.of(RELU, SIGMOID, TANH);

    private static Tensor weightedSum(Tensor y, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[y.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextDouble(-1, 1);
        }
        return y.mul(Tensor.copyOf(w, y.rows(), y.cols(), y.dtype())).sum();
    }

    private static Tensor leaf(int rows, int cols, DType dtype, SplittableRandom rng) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            double m = 0.2 + 1.3 * rng.nextDouble(); // away from relu's kink at 0
            v[i] = rng.nextBoolean() ? m : -m;
        }
        return Tensor.copyOf(v, rows, cols, dtype).requiresGrad(true);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int a = 0; a < FUSED.length; a++) {
            Fused f = FUSED[a];
            Tensor x = leaf(5, 3, DType.FLOAT64, rng);
            Tensor w = leaf(3, 4, DType.FLOAT64, rng).mul(0.3).detach().requiresGrad(true);
            Tensor b = leaf(1, 4, DType.FLOAT64, rng);
            long seed = 10 + a;
            GradCheck.check(() -> weightedSum(f.apply(x, w, b), seed), TOL, x, w, b);
            GradCheck.check(() -> weightedSum(f.apply(x, w, null), seed), TOL, x, w);
        }
    }

    @Test
    void sameBitsAsTheUnfusedComposition() {
        for (DType dtype : DType.values()) {
            for (int a = 0; a < FUSED.length; a++) {
                for (boolean withBias : new boolean[] {true, false}) {
                    // 1024 x 64 x 64 takes the skinny GEMM path, 40 x 70 x 90 the blocked one.
                    for (int[] s : new int[][] {{7, 5, 3}, {1024, 64, 64}, {40, 70, 90}}) {
                        SplittableRandom rng = new SplittableRandom(100 + a);
                        Tensor x = leaf(s[0], s[1], dtype, rng);
                        Tensor w = leaf(s[1], s[2], dtype, rng);
                        Tensor b = withBias ? leaf(1, s[2], dtype, rng) : null;
                        Tensor fused = FUSED[a].apply(x, w, b);
                        weightedSum(fused, 7).backward();
                        Tensor[] fusedGrads = {x.grad(), w.grad(), b == null ? null : b.grad()};
                        x.setGrad(null);
                        w.setGrad(null);
                        if (b != null) {
                            b.setGrad(null);
                        }
                        Tensor plain = UNFUSED.get(a).apply(Ops.linear(x, w, b));
                        weightedSum(plain, 7).backward();
                        String what = dtype + " activation " + a + " shape " + s[0] + "x" + s[1] + "x" + s[2]
                                + (withBias ? " with bias" : "");
                        assertArrayEquals(plain.toDoubleArray(), fused.toDoubleArray(), "forward " + what);
                        assertArrayEquals(x.grad().toDoubleArray(), fusedGrads[0].toDoubleArray(), "dx " + what);
                        assertArrayEquals(w.grad().toDoubleArray(), fusedGrads[1].toDoubleArray(), "dw " + what);
                        if (b != null) {
                            assertArrayEquals(b.grad().toDoubleArray(), fusedGrads[2].toDoubleArray(), "db " + what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFusedOutputUsedTwiceGetsBothGradients() {
        SplittableRandom rng = new SplittableRandom(3);
        Tensor x = leaf(4, 3, DType.FLOAT64, rng);
        Tensor w = leaf(3, 2, DType.FLOAT64, rng);
        Tensor b = leaf(1, 2, DType.FLOAT64, rng);
        // y feeds an Add twice (its gradient is handed to the first use and copied for the second) and a Mul.
        GradCheck.check(
                () -> {
                    Tensor y = Ops.linearSigmoid(x, w, b);
                    return weightedSum(y.add(y).add(y.mul(y)), 5);
                },
                TOL,
                x,
                w,
                b);
    }

    @Test
    void inPlaceActivationBackwardOnSharedAndHandedOverGradients() {
        SplittableRandom rng = new SplittableRandom(4);
        Tensor x1 = leaf(3, 4, DType.FLOAT64, rng);
        Tensor x2 = leaf(3, 4, DType.FLOAT64, rng);
        // Add hands its gradient to sigmoid(x1) uncopied and a copy to tanh(x2); a leaf feeds an activation
        // directly (its gradient buffer is the one the activation wrote in place); relu's output is reused.
        GradCheck.check(
                () -> {
                    Tensor s = x1.sigmoid();
                    Tensor r = x2.relu();
                    return weightedSum(s.add(x2.tanh()).add(r.mul(r)).add(s), 6);
                },
                TOL,
                x1,
                x2);
        // The activation as the root of the graph: the seed buffer is its gradient.
        Tensor z = leaf(1, 1, DType.FLOAT64, rng);
        GradCheck.check(() -> z.tanh(), TOL, z);
    }

    @Test
    void aGradientSetOnAnIntermediateIsCopiedNotOverwritten() {
        Tensor x = Tensor.copyOf(new double[] {-1, 2, -3, 4}, 2, 2).requiresGrad(true);
        Tensor h = x.relu();
        Tensor userGrad = Tensor.copyOf(new double[] {1, 1, 1, 1}, 2, 2);
        h.setGrad(userGrad);
        h.sum().backward(); // h's gradient: the set ones plus the sum's ones
        assertArrayEquals(new double[] {1, 1, 1, 1}, userGrad.toDoubleArray(), "the caller's tensor is untouched");
        assertArrayEquals(new double[] {0, 2, 0, 2}, x.grad().toDoubleArray());
    }

    @Test
    void nonLeafGradientsAreStillDroppedAndLeavesKeepTheirs() {
        SplittableRandom rng = new SplittableRandom(5);
        Tensor x = leaf(2, 3, DType.FLOAT32, rng);
        Tensor w = leaf(3, 3, DType.FLOAT32, rng);
        Tensor y = Ops.linearTanh(x, w, null);
        Tensor out = y.sigmoid();
        weightedSum(out, 1).backward();
        assertNull(y.grad(), "a non-leaf keeps no gradient after backward");
        assertNull(out.grad());
        assertEquals(2 * 3, x.grad().size());
        assertTrue(w.grad().size() == 9);
    }

    @Test
    void badShapesNameTheFusedOperation() {
        Tensor x = Tensor.zeros(2, 3, DType.FLOAT32);
        Tensor w = Tensor.zeros(4, 5, DType.FLOAT32);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ops.linearSigmoid(x, w, null));
        assertTrue(e.getMessage().startsWith("linearSigmoid: input is 2 x 3"), e.getMessage());
        Tensor w2 = Tensor.zeros(3, 5, DType.FLOAT32);
        Tensor badBias = Tensor.zeros(1, 4, DType.FLOAT32);
        e = assertThrows(IllegalArgumentException.class, () -> Ops.linearRelu(x, w2, badBias));
        assertTrue(e.getMessage().contains("bias is 1 x 4, expected 1 x 5"), e.getMessage());
    }
}
