package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Mlp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Fig1IllustrationTest {

    @Test
    void targetMatchesClosedFormsAtChosenPoints() {
        // x = 0: log(2); x = pi/100: sin(50x) = 1, so log(3) + sin(pi/20); x = -pi/100: sin(50x) = -1, log(1) = 0.
        assertEquals(0.6931471805599453, Fig1Illustration.target(0), 1e-15);
        assertEquals(1.0986122886681098 + 0.15643446504023087, Fig1Illustration.target(Math.PI / 100), 1e-14);
        assertEquals(-0.15643446504023087, Fig1Illustration.target(-Math.PI / 100), 1e-14);
    }

    @Test
    void evaluationGridIsEquispacedAndIncludesBothEnds() {
        double[] x = Fig1Illustration.equispaced(10_000);
        assertEquals(10_000, x.length);
        assertEquals(-0.5, x[0], 0);
        assertEquals(0.5, x[x.length - 1], 0);
        assertEquals(1.0 / 9999, x[1] - x[0], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Fig1Illustration.equispaced(1));
    }

    @Test
    void studentHas22AffineMapsOfWidth50WithPytorchDefaultInit() {
        int m = 40;
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = -0.5 + (i + 0.5) / m;
            y[i] = Fig1Illustration.target(x[i]);
        }
        double[][] seen = new double[1][];
        Mlp model = Fig1Illustration.trainer(1, 7).train(x, y, m, x, m, new int[] {1}, (e, p, mse) -> seen[0] = p);
        assertEquals(m, seen[0].length);
        // 1 x 50, 20 x (50 x 50), 50 x 1 weights plus biases.
        long expected = (1 * 50 + 50) + 20L * (50 * 50 + 50) + (50 + 1);
        long count = 0;
        for (Map.Entry<String, Tensor> p : model.namedParameters().entrySet()) {
            double[] v = p.getValue().toDoubleArray();
            count += v.length;
        }
        assertEquals(expected, count);
        List<Linear> linears = io.github.vecnet.examples.common.NnBridge.linears(model.sequential());
        assertEquals(Fig1Illustration.AFFINE_MAPS, linears.size());
        for (int l = 0; l < linears.size(); l++) {
            Linear layer = linears.get(l);
            assertEquals(l == 0 ? 1 : 50, layer.inFeatures());
            assertEquals(l == linears.size() - 1 ? 1 : 50, layer.outFeatures());
            // PyTorch default: U(-1/sqrt(fan_in), 1/sqrt(fan_in)); one epoch of Adam at lr 1e-4 moves each entry by
            // at most 2 steps x 1e-4 (2 batches of 20).
            double bound = 1 / Math.sqrt(layer.inFeatures());
            double max = 0;
            double[] w = layer.weight().toDoubleArray();
            for (double v : w) {
                max = Math.max(max, Math.abs(v));
            }
            assertTrue(max <= bound + 2.5e-4, "layer " + l + ": max |w| " + max + " > " + bound);
            if (w.length >= 50) {
                assertTrue(
                        max >= 0.8 * bound, "layer " + l + ": max |w| " + max + " far below the init bound " + bound);
            }
        }
    }
}
