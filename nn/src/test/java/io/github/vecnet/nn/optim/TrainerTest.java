package io.github.vecnet.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.data.DataLoader;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.loss.Losses;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrainerTest {
    @Test
    void divergingTrainingNamesTheEpoch() {
        Mlp net = Mlp.builder().widths(1, 4, 1).rng(new SplittableRandom(1)).build();
        Tensor x = Tensor.copyOf(new double[] {1, 2, 3, 4}, 4, 1);
        Tensor y = Tensor.copyOf(new double[] {1e3, 2e3, 3e3, 4e3}, 4, 1);
        // A huge learning rate makes plain GD blow up within a few dozen epochs.
        Trainer trainer = new Trainer(net, new Sgd(net.parameters(), 1e3), Loss.MSE).logEvery(0);
        TrainingDivergedException e = assertThrows(
                TrainingDivergedException.class, () -> trainer.fit(new DataLoader(x, y, 4, false, 0), 1000));
        assertTrue(e.getMessage().contains("at epoch " + e.epoch() + " "), e.getMessage());
        assertTrue(e.epoch() > 0 && e.epoch() < 1000);
        if (e.parameter() == null) {
            assertTrue(e.getMessage().contains("overflowed"), e.getMessage());
        } else {
            assertTrue(!net.namedParameters().get(e.parameter()).isFinite(), e.getMessage());
        }
    }

    @Test
    void nonFiniteParameterIsNamed() {
        Mlp net = Mlp.builder().widths(1, 4, 4, 1).rng(new SplittableRandom(1)).build();
        Tensor x = Tensor.copyOf(new double[] {1, 2, 3, 4}, 4, 1);
        int[] epochs = {0};
        Trainer trainer = new Trainer(net, new Sgd(net.parameters(), 0.01), Loss.MSE)
                .logEvery(0)
                .onEpoch((epoch, loss) -> {
                    if (epoch == 2) {
                        net.linears().get(1).bias().set(0, 3, Double.NaN); // simulate a corrupted update
                    }
                    epochs[0]++;
                    return true;
                });
        TrainingDivergedException e =
                assertThrows(TrainingDivergedException.class, () -> trainer.fit(new DataLoader(x, x, 2, false, 0), 10));
        assertEquals(3, e.epoch());
        assertEquals("2.bias", e.parameter());
        assertTrue(
                e.getMessage().contains("epoch 3")
                        && e.getMessage().contains("2.bias")
                        && e.getMessage().contains("element 3"),
                e.getMessage());
    }

    @Test
    void nanInputsAreReportedAsSuch() {
        Mlp net = Mlp.builder().widths(1, 2, 1).rng(new SplittableRandom(1)).build();
        Tensor x = Tensor.copyOf(new double[] {1, Double.NaN}, 2, 1);
        Tensor y = Tensor.copyOf(new double[] {1, 2}, 2, 1);
        Trainer trainer = new Trainer(net, new Sgd(net.parameters(), 0.1), Loss.MSE).logEvery(0);
        TrainingDivergedException e =
                assertThrows(TrainingDivergedException.class, () -> trainer.fit(new DataLoader(x, y, 2, false, 0), 3));
        assertEquals(0, e.epoch());
        assertTrue(e.getMessage().contains("inputs"), e.getMessage());
    }

    @Test
    void twoMoonsIsSeparatedWithMiniBatchesAndBceLoss() {
        SplittableRandom rng = new SplittableRandom(17);
        int n = 400;
        double[] xs = new double[2 * n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = Math.PI * rng.nextDouble();
            boolean upper = i % 2 == 0;
            xs[2 * i] = (upper ? Math.cos(t) : 1 - Math.cos(t)) + 0.1 * rng.nextGaussian();
            xs[2 * i + 1] = (upper ? Math.sin(t) : 0.5 - Math.sin(t)) + 0.1 * rng.nextGaussian();
            ys[i] = upper ? 1 : 0;
        }
        Tensor x = Tensor.copyOf(xs, n, 2);
        Tensor y = Tensor.copyOf(ys, n, 1);
        Mlp net = Mlp.builder()
                .widths(2, 16, 16, 1)
                .activation(Activation.RELU)
                .rng(new SplittableRandom(3))
                .build();
        double[] history = new Trainer(net, new Adam(net.parameters(), 0.01), Loss.BCE_WITH_LOGITS)
                .logEvery(0)
                .fit(new DataLoader(x, y, 32, true, 5), 60);
        assertTrue(history[59] < 0.05, "final loss " + history[59]);
        int correct = 0;
        try (NoGrad ignored = NoGrad.enter()) {
            Tensor logits = net.forward(x);
            for (int i = 0; i < n; i++) {
                correct += (logits.get(i) > 0) == (ys[i] == 1) ? 1 : 0;
            }
        }
        assertTrue(correct >= 0.98 * n, "accuracy " + correct + "/" + n);
    }

    @Test
    void smoothRegressionReachesSmallError() {
        int n = 200;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i / (n - 1.0);
            ys[i] = Math.sin(2 * Math.PI * xs[i]);
        }
        Tensor x = Tensor.copyOf(xs, n, 1, DType.FLOAT32);
        Tensor y = Tensor.copyOf(ys, n, 1, DType.FLOAT32);
        Mlp net = Mlp.builder()
                .widths(1, 32, 32, 1)
                .activation(Activation.TANH)
                .dtype(DType.FLOAT32)
                .rng(new SplittableRandom(4))
                .build();
        Adam adam = new Adam(net.parameters(), LearningRate.exponential(1e-2, 1e-3, 1500, LearningRate.Unit.EPOCH));
        int[] checkpoints = {0};
        double[] history = new Trainer(net, adam, Loss.MSE)
                .logEvery(0)
                .onEpoch((epoch, loss) -> {
                    if ((epoch + 1) % 500 == 0) {
                        checkpoints[0]++;
                    }
                    return true;
                })
                .fit(new DataLoader(x, y, n, false, 0), 1500);
        assertEquals(3, checkpoints[0]);
        try (NoGrad ignored = NoGrad.enter()) {
            double mse = Losses.mse(net.forward(x), y).item();
            assertTrue(mse < 2e-3, "final MSE " + mse + ", history end " + history[1499]);
        }
    }

    @Test
    void listenerCanStopEarly() {
        Mlp net = Mlp.builder().widths(1, 1).rng(new SplittableRandom(1)).build();
        Tensor x = Tensor.ones(3, 1, DType.FLOAT64);
        double[] h = new Trainer(net, new Sgd(net.parameters(), 0.1), Loss.MSE)
                .logEvery(0)
                .onEpoch((epoch, loss) -> epoch < 4)
                .fit(new DataLoader(x, x, 3, false, 0), 100);
        assertEquals(5, h.length);
    }

    @Test
    void etaFormatting() {
        assertEquals("1h01m05s", Trainer.formatSeconds(3665));
        assertEquals("2m05s", Trainer.formatSeconds(125));
    }

    @Test
    void trainingAFullyFrozenModelIsAClearError() {
        Mlp net = Mlp.builder().widths(1, 4, 1).rng(new SplittableRandom(1)).build();
        Tensor x = Tensor.copyOf(new double[] {1, 2, 3, 4}, 4, 1);
        DataLoader data = new DataLoader(x, x, 4, false, 0);
        Trainer trainer = new Trainer(net, new Sgd(net.parameters(), 0.1), Loss.MSE).logEvery(0);
        net.freeze(); // after the optimizer was made: it holds the parameters, all now frozen
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> trainer.fit(data, 3));
        assertTrue(e.getMessage().contains("frozen"), e.getMessage());
        // Frozen before the optimizer was made: it holds no parameter at all.
        Trainer empty = new Trainer(net, new Sgd(net.parameters(), 0.1), Loss.MSE).logEvery(0);
        assertThrows(IllegalStateException.class, () -> empty.fit(data, 3));
        net.unfreeze();
        assertEquals(3, trainer.fit(data, 3).length);
    }
}
