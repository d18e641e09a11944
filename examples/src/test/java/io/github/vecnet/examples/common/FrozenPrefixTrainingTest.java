package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Sequential;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Sgd;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrozenPrefixTrainingTest {

    @Test
    void prefixLengthFollowsRequiresGrad() {
        Linear first = new Linear(3, 4, DType.FLOAT64, new SplittableRandom(1));
        Linear second = new Linear(4, 1, DType.FLOAT64, new SplittableRandom(2));
        Sequential model = new Sequential(first, Activation.TANH, second);
        assertEquals(0, FrozenPrefixTraining.frozenPrefixLength(model));
        first.freeze();
        assertEquals(2, FrozenPrefixTraining.frozenPrefixLength(model));
        second.freeze();
        assertEquals(3, FrozenPrefixTraining.frozenPrefixLength(model));
    }

    @Test
    void fullBatchGradientDescentOnFrozenFeaturesReachesLeastSquares() {
        // Frozen tanh features, trainable linear output: GD on MSE must converge to the normal-equation solution.
        int n = 40;
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = random.nextDouble() * 2 - 1;
            x[2 * i + 1] = random.nextDouble() * 2 - 1;
            y[i] = Math.sin(3 * x[2 * i]) + x[2 * i + 1];
        }
        // Fixed, well-conditioned features tanh(x1), tanh(x2 + 0.5), tanh(x1 - x2) so that GD converges in few steps.
        Linear hidden = new Linear(
                Tensor.copyOf(new double[] {1, 0, 1, 0, 1, -1}, 2, 3), Tensor.copyOf(new double[] {0, 0.5, 0}, 1, 3));
        double[] frozenBefore = hidden.weight().toDoubleArray().clone();
        Linear output = new Linear(
                Tensor.zeros(3, 1, DType.FLOAT64).requiresGrad(true),
                Tensor.zeros(1, 1, DType.FLOAT64).requiresGrad(true));
        Sequential model = new Sequential(hidden, Activation.TANH, output);
        FrozenPrefixTraining.train(
                model,
                Tensor.copyOf(x, n, 2),
                Tensor.copyOf(y, n, 1),
                Loss.MSE,
                params -> new Sgd(params, 0.5),
                5000,
                n,
                5L);
        assertArrayEquals(frozenBefore, hidden.weight().toDoubleArray());

        // Oracle: least squares on [tanh(x W + b), 1] by normal equations (4 x 4, Gaussian elimination in double).
        double[] w = hidden.weight().toDoubleArray();
        double[] b = hidden.bias().toDoubleArray();
        double[][] a = new double[4][5];
        for (int i = 0; i < n; i++) {
            double[] f = new double[4];
            for (int j = 0; j < 3; j++) {
                f[j] = Math.tanh(x[2 * i] * w[j] + x[2 * i + 1] * w[3 + j] + b[j]);
            }
            f[3] = 1;
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    a[r][c] += f[r] * f[c];
                }
                a[r][4] += f[r] * y[i];
            }
        }
        double[] solution = solve(a);
        double[] trained = output.weight().toDoubleArray();
        for (int j = 0; j < 3; j++) {
            assertEquals(solution[j], trained[j], 1e-6, "weight " + j);
        }
        assertEquals(solution[3], output.bias().item(), 1e-6);
    }

    @Test
    void sameSeedSameResultWithMiniBatches() {
        double[] first = trainTiny(9L);
        double[] second = trainTiny(9L);
        assertArrayEquals(first, second);
    }

    @Test
    void rejectsBadArguments() {
        Linear layer = new Linear(2, 1, DType.FLOAT64, new SplittableRandom(1));
        Sequential model = new Sequential(layer);
        Tensor x = Tensor.zeros(4, 2, DType.FLOAT64);
        Tensor y = Tensor.zeros(3, 1, DType.FLOAT64);
        assertThrows(
                IllegalArgumentException.class,
                () -> FrozenPrefixTraining.train(model, x, y, Loss.MSE, p -> new Sgd(p, 0.1), 1, 1, 1L));
        layer.freeze();
        Tensor y4 = Tensor.zeros(4, 1, DType.FLOAT64);
        assertThrows(
                IllegalArgumentException.class,
                () -> FrozenPrefixTraining.train(model, x, y4, Loss.MSE, p -> new Sgd(p, 0.1), 1, 1, 1L));
    }

    private static double[] trainTiny(long seed) {
        Linear hidden = new Linear(2, 5, DType.FLOAT32, new SplittableRandom(1));
        Linear out = new Linear(5, 1, DType.FLOAT32, new SplittableRandom(2));
        Sequential model = new Sequential(hidden, Activation.RELU, out);
        float[] x = new float[64];
        float[] y = new float[32];
        for (int i = 0; i < 32; i++) {
            x[2 * i] = i / 32f;
            x[2 * i + 1] = (i % 7) / 7f;
            y[i] = x[2 * i] - x[2 * i + 1];
        }
        FrozenPrefixTraining.train(
                model, Tensor.copyOf(x, 32, 2), Tensor.copyOf(y, 32, 1), Loss.MSE, p -> new Sgd(p, 0.05), 3, 5, seed);
        return out.weight().toDoubleArray();
    }

    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double factor = a[r][col] / a[col][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}
