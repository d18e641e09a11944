package io.github.vecnet.examples.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Sequential;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlateauTrainingTest {
    /** y = 3 x + 1 + N(0, 0.1^2): a linear model's loss plateaus at the noise variance 0.01. */
    private static Tensor[] noisyLine(int n) {
        Rng rng = new Rng(4);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(-1, 1);
            y[i] = 3 * x[i] + 1 + 0.1 * rng.nextGaussian();
        }
        return new Tensor[] {Tensor.copyOf(x, n, 1, DType.FLOAT64), Tensor.copyOf(y, n, 1, DType.FLOAT64)};
    }

    private static Sequential line() {
        return new Sequential(new Linear(1, 1, DType.FLOAT64, new SplittableRandom(7)));
    }

    @Test
    void stopsOnTheNoisePlateauBeforeTheBudget() {
        Tensor[] data = noisyLine(512);
        PlateauTraining.Outcome o = PlateauTraining.train(line(), data[0], data[1], 0.05, 32, 400, 5, 0.01, 1);
        assertTrue(o.epochs() < 400, "stopped after " + o.epochs());
        assertEquals(0.01, o.trainLoss(), 0.003); // the noise variance, independent of the optimiser
    }

    @Test
    void aFlatStartIsNotAPlateau() {
        // A step of 1e-9 never leaves the initial loss: the rule must not stop after the first flat block.
        Tensor[] data = noisyLine(64);
        PlateauTraining.Outcome o = PlateauTraining.train(line(), data[0], data[1], 1e-9, 64, 30, 5, 0.01, 1);
        assertEquals(30, o.epochs());
    }

    @Test
    void rejectsBadBudgets() {
        Tensor[] data = noisyLine(8);
        assertThrows(
                IllegalArgumentException.class,
                () -> PlateauTraining.train(line(), data[0], data[1], 0.1, 8, 0, 5, 0.01, 1));
    }
}
