package io.github.vecnet.examples.ball;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.common.FrozenPrefixTraining;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Sequential;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Sgd;
import org.junit.jupiter.api.Test;

class BallModelsTest {

    private static Tensor sample(int d, int count, long seed) {
        RadialData data = new RadialSampler(d, 1.0).sample(count, seed);
        return Tensor.copyOf(data.x(), count, d, DType.FLOAT64);
    }

    @Test
    void modelATrainsOnlyTheOutputNeuron() {
        int d = 5;
        int k = 30;
        Tensor x = sample(d, 200, 1L);
        Sequential a = BallModels.modelA(d, k, DType.FLOAT64, new Rng(2), x);
        assertEquals(k + 1, a.trainableParameterCount());
        assertEquals(3, FrozenPrefixTraining.frozenPrefixLength(a));
        Linear hidden = (Linear) a.get(0);
        double[] u = hidden.weight().toDoubleArray().clone();
        double[] b = hidden.bias().toDoubleArray().clone();
        for (double v : b) {
            assertTrue(v >= -3 && v < 3, "b out of U(-3, 3): " + v);
        }
        Tensor y = Tensor.zeros(200, 1, DType.FLOAT64);
        FrozenPrefixTraining.train(a, x, y, Loss.MSE, p -> new Sgd(p, 0.1), 5, 200, 3L);
        assertArrayEquals(u, hidden.weight().toDoubleArray());
        assertArrayEquals(b, hidden.bias().toDoubleArray());
    }

    @Test
    void standardisedFeaturesHaveZeroMeanUnitVarianceOnTheFittingData() {
        int d = 4;
        int k = 12;
        Tensor x = sample(d, 500, 4L);
        Sequential a = BallModels.modelA(d, k, DType.FLOAT64, new Rng(5), x);
        Tensor h = FrozenPrefixTraining.forwardInChunks(FrozenPrefixTraining.slice(a, 0, 3), x, 128);
        for (int c = 0; c < k; c++) {
            double mean = 0;
            double square = 0;
            for (int r = 0; r < 500; r++) {
                mean += h.get(r, c) / 500;
                square += h.get(r, c) * h.get(r, c) / 500;
            }
            assertEquals(0, mean, 1e-9);
            assertEquals(1, square - mean * mean, 1e-6);
        }
    }

    @Test
    void modelsBAndCAreFullyTrainable() {
        Sequential b = BallModels.modelB(7, 20, DType.FLOAT32, new Rng(1));
        assertEquals(7 * 20 + 20 + 20 + 1, b.trainableParameterCount());
        assertEquals(b.parameterCount(), b.trainableParameterCount());
        Sequential c = BallModels.modelC(7, 20, DType.FLOAT32, new Rng(1));
        int w2 = BallModels.C_SECOND_WIDTH;
        assertEquals(7 * 20 + 20 + 20 * w2 + w2 + w2 + 1, c.trainableParameterCount());
    }

    @Test
    void gramSpectrumOfOrthogonalColumns() {
        // Columns (1,-1,1,-1), (2,2,-2,-2) and the implicit ones are orthogonal: Gram / n = diag(1, 4, 1).
        Tensor h = Tensor.copyOf(new double[] {1, 2, -1, 2, 1, -2, -1, -2}, 4, 2);
        assertEquals(4.0, GramSpectrum.largestEigenvalue(h, 200, 1L), 1e-9);
    }

    @Test
    void mseAndAccuracy() {
        double[] p = {0.9, 0.2, 0.6, 0.4};
        double[] y = {1, 0, 0, 1};
        assertEquals((0.01 + 0.04 + 0.36 + 0.36) / 4, BallExperiment.mse(p, y), 1e-15);
        assertEquals(0.5, BallExperiment.accuracy(p, y));
    }
}
