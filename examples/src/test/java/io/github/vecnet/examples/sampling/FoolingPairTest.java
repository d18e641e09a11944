package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.common.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoolingPairTest {

    /** The bump from its formula: h max(0, sum_i max(0, 1 - |z_i|) - (d - 1) - tau) / (1 - tau). */
    static double closedForm(double[] x, double[] x0, double s, double h) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.max(0, 1 - Math.abs((x[i] - x0[i]) / s));
        }
        double tau = FoolingPair.DEAD_ZONE;
        return h * Math.max(0, sum - (x.length - 1) - tau) / (1 - tau);
    }

    @ParameterizedTest
    @CsvSource({"1, 100", "2, 1000", "3, 1000", "1, 100000"})
    void vanishesBitExactlyOnRandomSamplesAndPeaksAtTheCentre(int d, int m) {
        Rng rng = new Rng(17 + d);
        double[] x = Teachers.uniformPoints(m, d, rng);
        FoolingPair pair = FoolingPair.construct(x, m, d, Teachers.LO, 1.0);
        int k = pair.cubesPerAxis();
        assertTrue(Math.pow(k, d) >= 2.0 * m && Math.pow(k - 1, d) < 2.0 * m);
        assertEquals(0, pair.nonZeroOnSamples(x, m));
        double[] x0 = pair.centre();
        double s = pair.halfSide();
        // No sample lies in the open cube (independent check).
        for (int p = 0; p < m; p++) {
            boolean inside = true;
            for (int j = 0; j < d; j++) {
                inside &= Math.abs(x[p * d + j] - x0[j]) < s;
            }
            assertTrue(!inside, "sample " + p + " inside the empty cube");
        }
        double h = pair.height();
        assertEquals(s, h, 0.0);
        assertEquals(h, pair.plus().forward(x0)[0], 1e-9 * h); // first-layer rounding ~ K ulp
        assertEquals(-h, pair.minus().forward(x0)[0], 1e-9 * h);
        // The net equals the formula near and inside the cube.
        for (int t = 0; t < 200; t++) {
            double[] y = new double[d];
            for (int j = 0; j < d; j++) {
                y[j] = x0[j] + rng.uniform(-1.5 * s, 1.5 * s);
            }
            assertEquals(closedForm(y, x0, s, h), pair.plus().forward(y)[0], 1e-9 * h);
        }
    }

    @Test
    void samplesOnCubeFacesAndCornersGiveExactZeros() {
        int d = 2;
        int m = 50;
        int k = FoolingPair.cubesPerAxis(m, d);
        assertEquals(10, k);
        // Samples on the lattice lo + i/K (faces and corners of the cubes), computed independently of the bump.
        double[] x = new double[m * d];
        Rng rng = new Rng(2);
        for (int p = 0; p < m; p++) {
            x[p * d] = Teachers.LO + rng.nextInt(k + 1) / (double) k;
            x[p * d + 1] = p % 2 == 0 ? Teachers.LO + rng.nextInt(k + 1) * 0.1 : rng.uniform(-0.5, 0.5);
        }
        FoolingPair pair = FoolingPair.construct(x, m, d, Teachers.LO, 1.0);
        assertEquals(0, pair.nonZeroOnSamples(x, m));
        // And every cube corner of the whole grid, computed as lo + i * (2s).
        double[] corners = GridInterpolation.corners(d, k, Teachers.LO);
        assertEquals(0, pair.nonZeroOnSamples(corners, corners.length / d));
    }

    @Test
    void argumentsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> FoolingPair.construct(new double[3], 2, 2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> FoolingPair.construct(new double[4], 2, 2, 0, 0));
        assertEquals(2, FoolingPair.cubesPerAxis(1, 1));
        assertEquals(6, FoolingPair.cubesPerAxis(100, 3)); // 6^3 = 216 >= 200 > 125
    }
}
