package io.github.vecnet.examples.pieces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.common.Fp16;
import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import org.junit.jupiter.api.Test;

class RoundedMlpTest {
    private static final int N = 64;

    private static double[][] data(Rng rng) {
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = rng.nextDouble();
            y[i] = x[i] * x[i];
        }
        return new double[][] {x, y};
    }

    private static double mse(ReluNet net, double[] x, double[] y) {
        double[] f = net.forward(x, x.length);
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            s += (f[i] - y[i]) * (f[i] - y[i]);
        }
        return s / f.length;
    }

    @Test
    void float64GradientsMatchCentralDifferences() {
        Rng rng = new Rng(9);
        ReluNet init = ReluNet.uniform(new int[] {1, 5, 4, 1}, -1, 1, rng);
        double[][] d = data(rng);
        RoundedMlp mlp = new RoundedMlp(init, Precision.FLOAT64, RoundedMlp.Optimizer.GD, 0.1);
        double[][] gw = new double[3][];
        double[][] gb = new double[3][];
        double loss = mlp.lossAndGradients(d[0], d[1], N, gw, gb);
        assertEquals(mse(init, d[0], d[1]), loss, 1e-14);
        double h = 1e-6;
        for (int l = 0; l < 3; l++) {
            double[][] weights = new double[3][];
            double[][] biases = new double[3][];
            for (int k = 0; k < 3; k++) {
                weights[k] = init.weight(k);
                biases[k] = init.bias(k);
            }
            for (int i = 0; i < weights[l].length; i++) {
                double saved = weights[l][i];
                weights[l][i] = saved + h;
                double up = mse(ReluNet.of(init.widths(), weights, biases), d[0], d[1]);
                weights[l][i] = saved - h;
                double down = mse(ReluNet.of(init.widths(), weights, biases), d[0], d[1]);
                weights[l][i] = saved;
                assertEquals((up - down) / (2 * h), gw[l][i], 1e-6, "weight " + l + "," + i);
            }
            for (int i = 0; i < biases[l].length; i++) {
                double saved = biases[l][i];
                biases[l][i] = saved + h;
                double up = mse(ReluNet.of(init.widths(), weights, biases), d[0], d[1]);
                biases[l][i] = saved - h;
                double down = mse(ReluNet.of(init.widths(), weights, biases), d[0], d[1]);
                biases[l][i] = saved;
                assertEquals((up - down) / (2 * h), gb[l][i], 1e-6, "bias " + l + "," + i);
            }
        }
    }

    @Test
    void gradientDescentAndAdamReduceTheLoss() {
        for (RoundedMlp.Optimizer opt : RoundedMlp.Optimizer.values()) {
            Rng rng = new Rng(4);
            ReluNet init = ReluNet.uniform(new int[] {1, 8, 8, 1}, -0.5, 0.5, rng);
            double[][] d = data(rng);
            RoundedMlp mlp = new RoundedMlp(init, Precision.FLOAT64, opt, opt == RoundedMlp.Optimizer.GD ? 0.05 : 1e-2);
            double first = mlp.step(d[0], d[1], N);
            double last = first;
            for (int s = 0; s < 300; s++) {
                last = mlp.step(d[0], d[1], N);
            }
            assertTrue(last < 0.2 * first, opt + ": loss " + first + " -> " + last);
        }
    }

    @Test
    void float16RunsKeepEveryParameterAHalfValue() {
        Rng rng = new Rng(5);
        ReluNet init = ReluNet.uniform(new int[] {1, 6, 6, 1}, -0.5, 0.5, rng);
        double[][] d = data(rng);
        for (RoundedMlp.Optimizer opt : RoundedMlp.Optimizer.values()) {
            RoundedMlp mlp = new RoundedMlp(init, Precision.FLOAT16, opt, 1e-2);
            for (int s = 0; s < 50; s++) {
                assertTrue(Double.isFinite(mlp.step(d[0], d[1], N)));
            }
            ReluNet net = mlp.net();
            for (int l = 0; l < net.layers(); l++) {
                for (double v : net.weight(l)) {
                    assertEquals(Fp16.round(v), v, 0.0);
                }
                for (double v : net.bias(l)) {
                    assertEquals(Fp16.round(v), v, 0.0);
                }
            }
            double[] stats = mlp.takeBiasUpdateStats();
            assertTrue(stats[0] > 0 && stats[1] >= 0 && stats[1] <= 1);
        }
    }

    @Test
    void float32RoundingMatchesFloatCasts() {
        assertEquals((double) (float) 0.1, Precision.FLOAT32.round(0.1), 0.0);
        assertEquals(0.1, Precision.FLOAT64.round(0.1), 0.0);
        assertEquals(Fp16.round(0.1), Precision.FLOAT16.round(0.1), 0.0);
        assertEquals(Precision.FLOAT16, Precision.parse("float16"));
    }
}
