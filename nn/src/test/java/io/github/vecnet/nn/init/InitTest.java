package io.github.vecnet.nn.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Sample moments and bounds against the closed-form distributions (n = 40 000; tolerances ~5 standard errors). */
class InitTest {
    private static final int FAN_IN = 200;
    private static final int FAN_OUT = 200;

    private static double[] sample(Init init) {
        Tensor t = Tensor.zeros(FAN_IN, FAN_OUT, DType.FLOAT64);
        init.fill(t, FAN_IN, FAN_OUT, new SplittableRandom(2024));
        return t.toDoubleArray();
    }

    private static void assertMoments(double[] v, double mean, double sd) {
        double m = 0;
        for (double x : v) {
            m += x / v.length;
        }
        double var = 0;
        for (double x : v) {
            var += (x - m) * (x - m) / (v.length - 1);
        }
        assertEquals(mean, m, 5 * sd / Math.sqrt(v.length) + 1e-15, "mean");
        assertEquals(sd, Math.sqrt(var), 0.02 * sd, "standard deviation");
    }

    private static void assertWithin(double[] v, double lo, double hi) {
        for (double x : v) {
            assertTrue(x >= lo && x <= hi, x + " outside [" + lo + ", " + hi + "]");
        }
    }

    @Test
    void distributionsHaveTheirClosedFormMoments() {
        assertMoments(sample(Init.heNormal()), 0, Math.sqrt(2.0 / FAN_IN));
        double he = Math.sqrt(6.0 / FAN_IN);
        double[] heU = sample(Init.heUniform());
        assertWithin(heU, -he, he);
        assertMoments(heU, 0, he / Math.sqrt(3));
        assertMoments(sample(Init.xavierNormal()), 0, Math.sqrt(2.0 / (FAN_IN + FAN_OUT)));
        double xb = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));
        double[] xu = sample(Init.xavierUniform());
        assertWithin(xu, -xb, xb);
        assertMoments(xu, 0, xb / Math.sqrt(3));
        double pb = 1 / Math.sqrt(FAN_IN);
        double[] pt = sample(Init.pytorchDefault());
        assertWithin(pt, -pb, pb);
        assertMoments(pt, 0, pb / Math.sqrt(3));
        assertMoments(sample(Init.normal(0.1)), 0, 0.1);
        assertMoments(sample(Init.normal(3, 0.5)), 3, 0.5);
        double[] u = sample(Init.uniform(-0.5, 0.5));
        assertWithin(u, -0.5, 0.5);
        assertMoments(u, 0, 1 / Math.sqrt(12));
        for (double x : sample(Init.constant(0.25))) {
            assertEquals(0.25, x);
        }
    }

    @Test
    void sameSeedSameValuesAndFloat32IsRoundedFloat64() {
        Tensor a = Tensor.zeros(7, 9, DType.FLOAT64);
        Tensor b = Tensor.zeros(7, 9, DType.FLOAT64);
        Tensor f = Tensor.zeros(7, 9, DType.FLOAT32);
        Init.heNormal().fill(a, 7, 9, seeded());
        Init.heNormal().fill(b, 7, 9, seeded());
        Init.heNormal().fill(f, 7, 9, seeded());
        assertArrayEquals(a.doubleData(), b.doubleData());
        for (int i = 0; i < a.size(); i++) {
            assertEquals((float) a.get(i), f.floatData()[i]);
        }
    }

    private static RandomGenerator seeded() {
        return new SplittableRandom(77);
    }

    @Test
    void invalidParametersAndMissingGeneratorAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Init.uniform(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Init.normal(-1));
        Tensor t = Tensor.zeros(2, 2, DType.FLOAT64);
        assertThrows(IllegalArgumentException.class, () -> Init.heNormal().fill(t, 2, 2, null));
    }
}
