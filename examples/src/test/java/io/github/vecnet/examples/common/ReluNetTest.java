package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReluNetTest {

    /** Scalar reference forward pass written directly from the definition. */
    static double[] reference(ReluNet net, double[] x) {
        double[] a = x.clone();
        int[] w = net.widths();
        for (int l = 0; l < net.layers(); l++) {
            double[] z = new double[w[l + 1]];
            for (int o = 0; o < w[l + 1]; o++) {
                double s = net.biasAt(l, o);
                for (int i = 0; i < w[l]; i++) {
                    s += net.weightAt(l, o, i) * a[i];
                }
                z[o] = l < net.layers() - 1 ? Math.max(0, s) : s;
            }
            a = z;
        }
        return a;
    }

    @Test
    void batchForwardMatchesTheScalarDefinition() {
        Rng rng = new Rng(3);
        ReluNet net = ReluNet.uniform(new int[] {3, 7, 5, 2}, -0.5, 0.5, rng);
        int n = 9000; // more than one chunk
        double[] x = new double[n * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1, 1);
        }
        double[] y = net.forward(x, n);
        for (int p = 0; p < n; p += 97) {
            double[] expected = reference(net, new double[] {x[3 * p], x[3 * p + 1], x[3 * p + 2]});
            assertEquals(expected[0], y[2 * p], 1e-14);
            assertEquals(expected[1], y[2 * p + 1], 1e-14);
        }
        assertEquals(12, net.neurons());
    }

    @Test
    void handBuiltHat() {
        // hat(t) = relu(t + 1) - 2 relu(t) + relu(t - 1)
        ReluNet hat = ReluNet.of(
                new int[] {1, 3, 1}, new double[][] {{1, 1, 1}, {1, -2, 1}}, new double[][] {{1, 0, -1}, {0}});
        assertEquals(1.0, hat.forward(0.0)[0]);
        assertEquals(0.5, hat.forward(0.5)[0]);
        assertEquals(0.0, hat.forward(-3.0)[0]);
        assertEquals(0.25, hat.forward(-0.75)[0]);
    }

    @Test
    void shapesAreValidated() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ReluNet.of(new int[] {1, 2}, new double[][] {{1}}, new double[][] {{0, 0}}));
        ReluNet net = ReluNet.uniform(new int[] {2, 3, 1}, 0, 1, new Rng(1));
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[3], 2));
    }
}
