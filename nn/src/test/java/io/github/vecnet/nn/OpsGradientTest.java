package io.github.vecnet.nn;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every differentiable operation against central differences in float64 (relative error <= 1e-6). */
class OpsGradientTest {
    private static final double TOL = 1e-6;
    private final SplittableRandom rng = new SplittableRandom(12345);

    /** Weighted sum with fixed random weights, so every output element matters differently. */
    private Tensor weightedSum(Tensor y, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[y.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextDouble(-1, 1);
        }
        return y.mul(Tensor.copyOf(w, y.rows(), y.cols())).sum();
    }

    @Test
    void matmul() {
        Tensor a = GradCheck.random(3, 4, -1, 1, rng);
        Tensor b = GradCheck.random(4, 5, -1, 1, rng);
        GradCheck.check(() -> weightedSum(a.matmul(b), 1), TOL, a, b);
    }

    @Test
    void linearWithBiasAndWithout() {
        Tensor x = GradCheck.random(6, 3, -1, 1, rng);
        Tensor w = GradCheck.random(3, 4, -1, 1, rng);
        Tensor b = GradCheck.random(1, 4, -1, 1, rng);
        GradCheck.check(() -> weightedSum(Ops.linear(x, w, b), 2), TOL, x, w, b);
        GradCheck.check(() -> weightedSum(Ops.linear(x, w, null), 3), TOL, x, w);
    }

    @Test
    void addSubMulDivSameShape() {
        Tensor a = GradCheck.random(3, 4, -1, 1, rng);
        Tensor b = GradCheck.random(3, 4, 0.5, 2, rng);
        GradCheck.check(() -> weightedSum(a.add(b), 4), TOL, a, b);
        GradCheck.check(() -> weightedSum(a.sub(b), 5), TOL, a, b);
        GradCheck.check(() -> weightedSum(a.mul(b), 6), TOL, a, b);
        GradCheck.check(() -> weightedSum(a.div(b), 7), TOL, a, b);
    }

    @Test
    void broadcastingRowColumnScalarBothSides() {
        Tensor m = GradCheck.random(4, 3, -1, 1, rng);
        Tensor row = GradCheck.random(1, 3, 0.5, 2, rng);
        Tensor col = GradCheck.random(4, 1, 0.5, 2, rng);
        Tensor s = GradCheck.random(1, 1, 0.5, 2, rng);
        for (Tensor small : new Tensor[] {row, col, s}) {
            GradCheck.check(() -> weightedSum(m.add(small), 8), TOL, m, small);
            GradCheck.check(() -> weightedSum(small.add(m), 9), TOL, m, small);
            GradCheck.check(() -> weightedSum(m.sub(small), 10), TOL, m, small);
            GradCheck.check(() -> weightedSum(small.sub(m), 11), TOL, m, small);
            GradCheck.check(() -> weightedSum(m.mul(small), 12), TOL, m, small);
            GradCheck.check(() -> weightedSum(m.div(small), 13), TOL, m, small);
        }
        // row (1 x 3) with column (4 x 1) -> 4 x 3 outer combination
        GradCheck.check(() -> weightedSum(row.mul(col), 14), TOL, row, col);
        GradCheck.check(() -> weightedSum(col.div(row), 15), TOL, row, col);
    }

    @Test
    void scalarOpsAndReductions() {
        Tensor a = GradCheck.random(3, 5, -1, 1, rng);
        GradCheck.check(() -> weightedSum(a.mul(-2.5), 16), TOL, a);
        GradCheck.check(() -> weightedSum(a.add(0.75), 17), TOL, a);
        GradCheck.check(() -> weightedSum(a.neg(), 18), TOL, a);
        GradCheck.check(() -> a.sum(), TOL, a);
        GradCheck.check(() -> a.mean(), TOL, a);
        GradCheck.check(() -> weightedSum(a.sumRows(), 19), TOL, a);
        GradCheck.check(() -> weightedSum(a.meanRows(), 20), TOL, a);
        GradCheck.check(() -> weightedSum(a.sumCols(), 21), TOL, a);
        GradCheck.check(() -> weightedSum(a.meanCols(), 22), TOL, a);
    }

    @Test
    void elementwiseFunctions() {
        Tensor a = GradCheck.awayFromZero(3, 4, rng);
        Tensor pos = GradCheck.random(3, 4, 0.3, 3, rng);
        GradCheck.check(() -> weightedSum(a.relu(), 23), TOL, a);
        GradCheck.check(() -> weightedSum(a.sigmoid(), 24), TOL, a);
        GradCheck.check(() -> weightedSum(a.tanh(), 25), TOL, a);
        GradCheck.check(() -> weightedSum(a.exp(), 26), TOL, a);
        GradCheck.check(() -> weightedSum(pos.log(), 27), TOL, pos);
        GradCheck.check(() -> weightedSum(a.square(), 28), TOL, a);
        GradCheck.check(() -> weightedSum(a.abs(), 29), TOL, a);
    }

    @Test
    void rowwiseMaxSoftmaxLogSoftmax() {
        Tensor a = GradCheck.random(4, 5, -2, 2, rng);
        GradCheck.check(() -> weightedSum(a.maxRows(), 30), TOL, a);
        GradCheck.check(() -> weightedSum(a.softmaxRows(), 31), TOL, a);
        GradCheck.check(() -> weightedSum(a.logSoftmaxRows(), 32), TOL, a);
    }

    @Test
    void sliceAndConcatColumns() {
        Tensor a = GradCheck.random(3, 5, -1, 1, rng);
        Tensor b = GradCheck.random(3, 2, -1, 1, rng);
        GradCheck.check(() -> weightedSum(a.sliceCols(1, 4), 33), TOL, a);
        GradCheck.check(() -> weightedSum(Tensor.concatCols(a, b, a), 34), TOL, a, b);
    }

    @Test
    void sliceAndConcatRows() {
        Tensor a = GradCheck.random(5, 3, -1, 1, rng);
        Tensor b = GradCheck.random(2, 3, -1, 1, rng);
        GradCheck.check(() -> weightedSum(a.sliceRows(1, 4), 38), TOL, a);
        GradCheck.check(() -> weightedSum(Tensor.concatRows(a, b, a.sliceRows(0, 2)), 39), TOL, a, b);
    }

    @Test
    void reusedTensorsAndDeepCompositions() {
        Tensor a = GradCheck.random(3, 3, -1, 1, rng);
        Tensor b = GradCheck.random(3, 3, -1, 1, rng);
        GradCheck.check(() -> weightedSum(a.add(a).mul(a), 35), TOL, a);
        GradCheck.check(
                () -> weightedSum(
                        a.matmul(b).tanh().matmul(a).sigmoid().mul(b.exp()).add(a.square()), 36),
                TOL,
                a,
                b);
    }

    @Test
    void frozenInputGetsNoGradientButOthersAreExact() {
        Tensor x = GradCheck.random(5, 3, -1, 1, rng);
        Tensor w = GradCheck.random(3, 2, -1, 1, rng).requiresGrad(false);
        Tensor b = GradCheck.random(1, 2, -1, 1, rng);
        GradCheck.check(() -> weightedSum(Ops.linear(x, w, b).sigmoid(), 37), TOL, x, w, b);
        org.junit.jupiter.api.Assertions.assertNull(w.grad());
    }
}
