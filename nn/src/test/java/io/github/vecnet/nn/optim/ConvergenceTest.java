package io.github.vecnet.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Small problems that must be solved with fixed seeds. */
class ConvergenceTest {
    private static final double[] XOR_X = {0, 0, 0, 1, 1, 0, 1, 1};
    private static final double[] XOR_Y = {0, 1, 1, 0};

    @Test
    void xorWithAdamAndExponentialDecay() {
        for (DType dtype : DType.values()) {
            Mlp net = Mlp.builder()
                    .widths(2, 8, 1)
                    .activation(Activation.TANH)
                    .outputActivation(Activation.SIGMOID)
                    .dtype(dtype)
                    .rng(new SplittableRandom(0))
                    .build();
            Tensor x = Tensor.copyOf(XOR_X, 4, 2, dtype);
            Tensor y = Tensor.copyOf(XOR_Y, 4, 1, dtype);
            Optimizer opt =
                    new Adam(net.parameters(), LearningRate.exponential(0.05, 0.005, 2000, LearningRate.Unit.STEP));
            double loss = 0;
            for (int step = 0; step < 2000; step++) {
                opt.zeroGrad();
                Tensor l = Losses.mse(net.forward(x), y);
                loss = l.item();
                l.backward();
                opt.step();
            }
            assertTrue(loss < 1e-3, dtype + " final XOR loss " + loss);
            try (NoGrad ignored = NoGrad.enter()) {
                Tensor p = net.forward(x);
                for (int i = 0; i < 4; i++) {
                    assertEquals(XOR_Y[i], Math.rint(p.get(i)), dtype + " sample " + i);
                }
            }
        }
    }

    @Test
    void xorWithSgdAndMomentum() {
        for (boolean nesterov : new boolean[] {false, true}) {
            Mlp net = Mlp.builder()
                    .widths(2, 8, 1)
                    .activation(Activation.TANH)
                    .outputActivation(Activation.SIGMOID)
                    .dtype(DType.FLOAT64)
                    .rng(new SplittableRandom(1))
                    .build();
            Tensor x = Tensor.copyOf(XOR_X, 4, 2, DType.FLOAT64);
            Tensor y = Tensor.copyOf(XOR_Y, 4, 1, DType.FLOAT64);
            Optimizer opt = new Momentum(net.parameters(), 0.5, 0.9, nesterov);
            double loss = 0;
            for (int step = 0; step < 3000; step++) {
                opt.zeroGrad();
                Tensor l = Losses.mse(net.forward(x), y);
                loss = l.item();
                l.backward();
                opt.step();
            }
            assertTrue(loss < 1e-2, "nesterov=" + nesterov + " final XOR loss " + loss);
        }
    }

    @Test
    void fullBatchGradientDescentFitsLinearRegressionExactly() {
        // y = 2 x1 - 3 x2 + 0.5: a single linear layer under plain GD must reach the least-squares solution.
        SplittableRandom rng = new SplittableRandom(9);
        int n = 64;
        double[] xs = new double[2 * n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[2 * i] = rng.nextDouble(-1, 1);
            xs[2 * i + 1] = rng.nextDouble(-1, 1);
            ys[i] = 2 * xs[2 * i] - 3 * xs[2 * i + 1] + 0.5;
        }
        Mlp net = Mlp.builder().widths(2, 1).rng(new SplittableRandom(2)).build();
        Tensor x = Tensor.copyOf(xs, n, 2);
        Tensor y = Tensor.copyOf(ys, n, 1);
        Sgd opt = new Sgd(net.parameters(), 0.5);
        for (int step = 0; step < 500; step++) {
            opt.zeroGrad();
            Losses.mse(net.forward(x), y).backward();
            opt.step();
        }
        Tensor w = net.linears().get(0).weight();
        assertEquals(2, w.get(0, 0), 1e-9);
        assertEquals(-3, w.get(1, 0), 1e-9);
        assertEquals(0.5, net.linears().get(0).bias().get(0), 1e-9);
    }

    @Test
    void chunkedGradientAccumulationEqualsTheFullBatchGradient() {
        SplittableRandom rng = new SplittableRandom(31);
        Mlp net = Mlp.builder()
                .widths(3, 8, 2)
                .activation(Activation.SIGMOID)
                .rng(new SplittableRandom(4))
                .build();
        Tensor x = Tensor.rand(23, 3, -1, 1, DType.FLOAT64, rng);
        Tensor y = Tensor.rand(23, 2, -1, 1, DType.FLOAT64, rng);
        Losses.mse(net.forward(x), y).backward();
        double[][] full = new double[net.parameters().size()][];
        for (int k = 0; k < full.length; k++) {
            full[k] = net.parameters().get(k).grad().toDoubleArray();
            net.parameters().get(k).zeroGrad();
        }
        for (int start = 0; start < 23; start += 5) {
            int end = Math.min(23, start + 5);
            Losses.mse(net.forward(x.sliceRows(start, end)), y.sliceRows(start, end))
                    .mul((end - start) / 23.0)
                    .backward();
        }
        for (int k = 0; k < full.length; k++) {
            double[] chunked = net.parameters().get(k).grad().toDoubleArray();
            for (int i = 0; i < chunked.length; i++) {
                assertEquals(full[k][i], chunked[i], 1e-15);
            }
        }
    }
}
