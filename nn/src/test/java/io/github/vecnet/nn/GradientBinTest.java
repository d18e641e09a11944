package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The recycled gradient buffers of {@link GradientBin}: gradients stay right (central differences, and the same bits
 * as on a thread whose bin is empty) when the bin holds buffers of the same shapes, a buffer an input took over is
 * not handed out while that input still reads it, and the bin keeps only the latest pass's buffers.
 */
class GradientBinTest {
    private static Tensor leaf(int rows, int cols, DType dtype, SplittableRandom rng) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble(-1, 1);
        }
        return Tensor.copyOf(v, rows, cols, dtype).requiresGrad(true);
    }

    private static Tensor weights(Tensor y, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[y.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextDouble(-1, 1);
        }
        return Tensor.copyOf(w, y.rows(), y.cols(), y.dtype());
    }

    @Test
    void aGradientAnInputTookOverIsNotReusedWhileThatInputReadsIt() {
        // Add hands its output gradient (a recyclable GEMM result) to a; if freeing the Add node recycled it, the
        // weight gradient of the first matmul would be written into the very buffer it reads.
        SplittableRandom rng = new SplittableRandom(11);
        Tensor x = leaf(5, 4, DType.FLOAT64, rng);
        Tensor w1 = leaf(4, 5, DType.FLOAT64, rng);
        Tensor c = leaf(5, 5, DType.FLOAT64, rng);
        Tensor w2 = leaf(5, 5, DType.FLOAT64, rng);
        for (int pass = 0; pass < 3; pass++) { // later passes start with a warm bin
            GradCheck.check(
                    () -> {
                        Tensor m = x.matmul(w1).add(c).matmul(w2);
                        return m.mul(weights(m, 3)).sum();
                    },
                    1e-6,
                    x,
                    w1,
                    c,
                    w2);
        }
    }

    private static double[][] mlpGradients(float nanOrScale, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Tensor x = leaf(33, 7, DType.FLOAT32, rng);
        Tensor w1 = leaf(7, 20, DType.FLOAT32, rng);
        Tensor b1 = leaf(1, 20, DType.FLOAT32, rng);
        Tensor w2 = leaf(20, 20, DType.FLOAT32, rng);
        Tensor w3 = leaf(20, 3, DType.FLOAT32, rng);
        if (Float.isNaN(nanOrScale)) {
            x.fill(Double.NaN); // every intermediate gradient of this pass is NaN
        }
        Tensor h = Ops.linearSigmoid(x, w1, b1);
        h = Ops.linearTanh(h, w2, null);
        Tensor out = Ops.linear(h, w3, null);
        out.mul(weights(out, 5)).sum().backward();
        return new double[][] {
            x.grad().toDoubleArray(),
            w1.grad().toDoubleArray(),
            b1.grad().toDoubleArray(),
            w2.grad().toDoubleArray(),
            w3.grad().toDoubleArray()
        };
    }

    @Test
    void staleValuesInRecycledBuffersNeverReachAGradient() throws InterruptedException {
        AtomicReference<double[][]> fresh = new AtomicReference<>();
        Thread t = new Thread(() -> fresh.set(mlpGradients(1f, 9))); // a new thread: its bin is empty
        t.start();
        t.join();
        mlpGradients(Float.NaN, 9); // fills this thread's bin with NaN buffers of the same shapes
        assertTrue(GradientBin.current().holds(DType.FLOAT32, 33 * 20));
        double[][] warm = mlpGradients(1f, 9);
        for (int i = 0; i < warm.length; i++) {
            for (double v : warm[i]) {
                assertTrue(Double.isFinite(v), "a NaN from the previous pass leaked into gradient " + i);
            }
            assertArrayEquals(fresh.get()[i], warm[i], "gradient " + i + " differs from an empty bin's");
        }
    }

    @Test
    void keepsOnlyTheBuffersOfTheLatestPass() {
        mlpGradients(1f, 4);
        assertTrue(GradientBin.current().holds(DType.FLOAT32, 33 * 20));
        SplittableRandom rng = new SplittableRandom(2);
        Tensor x = leaf(6, 8, DType.FLOAT32, rng);
        Tensor w1 = leaf(8, 9, DType.FLOAT32, rng);
        Tensor w2 = leaf(9, 2, DType.FLOAT32, rng);
        x.matmul(w1).relu().matmul(w2).sum().backward();
        assertFalse(GradientBin.current().holds(DType.FLOAT32, 33 * 20), "a buffer of an older pass is still held");
        assertTrue(GradientBin.current().holds(DType.FLOAT32, 6 * 9));
    }
}
