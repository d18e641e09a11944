package io.github.vecnet.examples.ball;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class RadialSamplerTest {
    private static final int COUNT = 20_000;
    /** Kolmogorov-Smirnov critical value at the 1 % level is 1.63 / sqrt(n). */
    private static final double KS_BOUND = 1.63 / Math.sqrt(COUNT);

    @Test
    void radiusIsUniformOnZeroToTwoR() {
        double r = 1.0;
        RadialData data = new RadialSampler(10, r).sample(COUNT, 11L);
        for (double rho : data.rho()) {
            assertTrue(rho >= 0 && rho < 2 * r, "rho out of [0, 2r): " + rho);
        }
        double ks = ksStatistic(data.rho(), t -> t / (2 * r));
        assertTrue(ks < KS_BOUND, "KS distance of rho to U[0,2r] " + ks + " >= " + KS_BOUND);
    }

    @Test
    void pointsHaveNormRhoAndLabelIsBallIndicator() {
        double r = 1.5;
        RadialData data = new RadialSampler(7, r).sample(5_000, 3L);
        for (int p = 0; p < data.count(); p++) {
            double norm2 = 0;
            for (int i = 0; i < 7; i++) {
                double v = data.x()[p * 7 + i];
                norm2 += v * v;
            }
            double norm = Math.sqrt(norm2);
            assertEquals(data.rho()[p], norm, 1e-12 * (1 + norm));
            assertEquals(data.rho()[p] <= r ? 1.0 : 0.0, data.label()[p]);
        }
        // P(rho <= r) = 1/2: binomial standard deviation sqrt(1/4n), allow 5 of them.
        assertEquals(0.5, data.insideFraction(), 5 * Math.sqrt(0.25 / 5_000));
    }

    @Test
    void directionHasMeanZeroAndSecondMomentOneOverD() {
        int d = 10;
        RadialData data = new RadialSampler(d, 1.0).sample(COUNT, 5L);
        double[] mean = new double[d];
        double[] second = new double[d];
        for (int p = 0; p < COUNT; p++) {
            for (int i = 0; i < d; i++) {
                double theta = data.x()[p * d + i] / data.rho()[p];
                mean[i] += theta / COUNT;
                second[i] += theta * theta / COUNT;
            }
        }
        // Uniform on S^(d-1): Var(theta_i) = 1/d, E[theta_i^4] = 3 / (d (d + 2)).
        double meanSd = Math.sqrt(1.0 / d / COUNT);
        double secondSd = Math.sqrt((3.0 / (d * (d + 2.0)) - 1.0 / (d * d)) / COUNT);
        for (int i = 0; i < d; i++) {
            assertEquals(0.0, mean[i], 5 * meanSd, "mean of theta_" + i);
            assertEquals(1.0 / d, second[i], 5 * secondSd, "E[theta_" + i + "^2]");
        }
    }

    @Test
    void directionCoordinateIsUniformInThreeDimensions() {
        // Archimedes: on S^2 every coordinate is uniform on [-1, 1].
        RadialData data = new RadialSampler(3, 1.0).sample(COUNT, 9L);
        double[] first = new double[COUNT];
        for (int p = 0; p < COUNT; p++) {
            first[p] = data.x()[p * 3] / data.rho()[p];
        }
        double ks = ksStatistic(first, t -> (t + 1) / 2);
        assertTrue(ks < KS_BOUND, "KS distance of theta_1 to U[-1,1] " + ks + " >= " + KS_BOUND);
    }

    @Test
    void sameSeedSamePointsOtherSeedOtherPoints() {
        RadialSampler sampler = new RadialSampler(4, 1.0);
        assertArrayEquals(sampler.sample(100, 42L).x(), sampler.sample(100, 42L).x());
        assertTrue(!Arrays.equals(
                sampler.sample(100, 42L).x(), sampler.sample(100, 43L).x()));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new RadialSampler(0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new RadialSampler(3, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new RadialSampler(3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new RadialSampler(3, 1.0).sample(0, 1L));
    }

    private static double ksStatistic(double[] values, DoubleUnaryOperator cdf) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(sorted[i]);
            worst = Math.max(worst, Math.max(Math.abs(f - (double) i / n), Math.abs((double) (i + 1) / n - f)));
        }
        return worst;
    }
}
