package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.kernels.Kernels;
import io.github.vecnet.nn.data.DataLoader;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Adam;
import io.github.vecnet.nn.optim.LearningRate;
import io.github.vecnet.nn.optim.Trainer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrecisionAndDeterminismTest {
    @Test
    void float32AndFloat64AgreeOnTheSameModel() {
        Mlp net64 = Mlp.builder()
                .widths(4, 16, 16, 2)
                .activation(Activation.TANH)
                .dtype(DType.FLOAT64)
                .rng(new SplittableRandom(5))
                .build();
        Mlp net32 = Mlp.builder()
                .widths(4, 16, 16, 2)
                .activation(Activation.TANH)
                .dtype(DType.FLOAT32)
                .rng(new SplittableRandom(5))
                .build();
        Tensor x = GradCheck.random(10, 4, -1, 1, new SplittableRandom(6)).requiresGrad(false);
        Tensor y = GradCheck.random(10, 2, -1, 1, new SplittableRandom(7)).requiresGrad(false);
        Tensor l64 = io.github.vecnet.nn.loss.Losses.mse(net64.forward(x), y);
        Tensor l32 = io.github.vecnet.nn.loss.Losses.mse(net32.forward(x.to(DType.FLOAT32)), y.to(DType.FLOAT32));
        assertEquals(l64.item(), l32.item(), 1e-5 * Math.abs(l64.item()));
        l64.backward();
        l32.backward();
        List<Tensor> p64 = net64.parameters();
        List<Tensor> p32 = net32.parameters();
        for (int k = 0; k < p64.size(); k++) {
            double scale = 0;
            for (int i = 0; i < p64.get(k).size(); i++) {
                scale = Math.max(scale, Math.abs(p64.get(k).grad().get(i)));
            }
            for (int i = 0; i < p64.get(k).size(); i++) {
                assertEquals(
                        p64.get(k).grad().get(i), p32.get(k).grad().get(i), 1e-5 * scale, "param " + k + " elem " + i);
            }
        }
    }

    private static double[] trainCurve(int threads, DType dtype) {
        int before = Kernels.threads();
        Kernels.setThreads(threads);
        try {
            SplittableRandom data = new SplittableRandom(3);
            double[] xs = new double[300 * 3];
            double[] ys = new double[300];
            for (int i = 0; i < 300; i++) {
                double s = 0;
                for (int j = 0; j < 3; j++) {
                    xs[3 * i + j] = data.nextDouble(-1, 1);
                    s += xs[3 * i + j] * (j + 1);
                }
                ys[i] = Math.sin(s);
            }
            // 100 x 128 x 128 GEMMs are above the kernels' parallel threshold (m n k >= 2^20), so 2 threads really
            // split.
            Mlp net = Mlp.builder()
                    .widths(3, 128, 128, 1)
                    .dtype(dtype)
                    .rng(new SplittableRandom(8))
                    .build();
            DataLoader loader =
                    new DataLoader(Tensor.copyOf(xs, 300, 3, dtype), Tensor.copyOf(ys, 300, 1, dtype), 100, true, 99);
            Adam adam = new Adam(net.parameters(), LearningRate.exponential(1e-2, 1e-3, 12, LearningRate.Unit.EPOCH));
            return new Trainer(net, adam, Loss.MSE).logEvery(0).fit(loader, 12);
        } finally {
            Kernels.setThreads(before);
        }
    }

    @Test
    void sameSeedGivesBitIdenticalLossCurvesWithOneOrTwoThreads() {
        for (DType dtype : DType.values()) {
            double[] a = trainCurve(1, dtype);
            double[] b = trainCurve(2, dtype);
            double[] c = trainCurve(1, dtype);
            assertArrayEquals(a, b, dtype.label());
            assertArrayEquals(a, c, dtype.label());
            org.junit.jupiter.api.Assertions.assertTrue(
                    a[11] < 0.5 * a[0], dtype + " loss did not fall: " + a[0] + " -> " + a[11]);
        }
    }
}
