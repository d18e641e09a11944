package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.examples.common.ReluNet;
import org.junit.jupiter.api.Test;

class GridInterpolationTest {

    private static double supError(ReluNet f, GridInterpolation g, double[] x, int n) {
        double[] fx = f.forward(x, n);
        double[] gx = g.evaluate(x, n);
        double max = 0;
        for (int p = 0; p < n; p++) {
            max = Math.max(max, Math.abs(fx[p] - gx[p]));
        }
        return max;
    }

    @Test
    void affineFunctionErrorIsHalfCellTimesTheL1Gradient() {
        // f(x) = 0.3 x1 - 0.7 x2 + 0.1: on a cell of side 1/K the worst corner is (|0.3| + |0.7|) / (2K) away.
        ReluNet f = ReluNet.of(new int[] {2, 1}, new double[][] {{0.3, -0.7}}, new double[][] {{0.1}});
        for (int k : new int[] {4, 10, 33}) {
            GridInterpolation g = GridInterpolation.sample(f, k, -0.5);
            double[] corners = GridInterpolation.corners(2, k, -0.5);
            assertEquals(1.0 / (2 * k), supError(f, g, corners, corners.length / 2), 1e-12);
        }
    }

    @Test
    void reproducesTheSamplesAtTheCentres() {
        ReluNet f = Teachers.teacher(3, 0);
        GridInterpolation g = GridInterpolation.sample(f, 5, -0.5);
        double[] c = GridInterpolation.centres(3, 5, -0.5);
        assertEquals(0.0, supError(f, g, c, 125));
        assertEquals(-0.5 + 0.1, c[0], 1e-15);
        assertEquals(-0.5 + 0.3, c[3 * 1], 1e-15);
        assertEquals(-0.5 + 0.3, c[3 * 5 + 1], 1e-15); // second coordinate advances every K cells
    }

    @Test
    void ridgeTeacherErrorIsExactlyHalfACell() {
        for (int d = 1; d <= 3; d++) {
            ReluNet ridge = Teachers.ridge(d);
            // 1-Lipschitz in the sup metric: ||w||_1 = 1 (checked from the weights).
            double l1 = 0;
            for (double w : ridge.weight(0)) {
                l1 += Math.abs(w);
            }
            assertEquals(1.0, l1, 1e-15);
            int k = 12;
            GridInterpolation g = GridInterpolation.sample(ridge, k, -0.5);
            double[] corners = GridInterpolation.corners(d, k, -0.5);
            assertEquals(1.0 / (2 * k), supError(ridge, g, corners, corners.length / d), 1e-12);
        }
    }
}
