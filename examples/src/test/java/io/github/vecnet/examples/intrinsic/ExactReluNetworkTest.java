package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.examples.common.Rng;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExactReluNetworkTest {
    private static void agreesWithEncoding(LipschitzFunction f, int n, int points, long seed) {
        int d = f.dimension();
        IntrinsicConstruction c = IntrinsicConstruction.build(f, n);
        ExactReluNetwork net = ExactReluNetwork.build(n, d);
        Rng rng = new Rng(seed);
        double[] x = new double[d];
        for (int p = 0; p < points; p++) {
            for (int k = 0; k < d; k++) {
                x[k] = rng.nextDouble();
            }
            BigDecimal layers = net.value(x, c);
            assertEquals(
                    0,
                    layers.compareTo(c.valueExact(x)),
                    "n=" + n + " d=" + d + " x=" + Arrays.toString(x) + ": " + layers + " vs " + c.valueExact(x));
        }
    }

    @Test
    void throughTheLayersEqualsTheEncodingPathPastFloat64() {
        // n d = 7, 8 are beyond float64 (its weights lose the biases 1 - 2^(K^d - m - 1)).
        for (int n = 1; n <= 8; n++) {
            agreesWithEncoding(IntrinsicExperiment.functions(1).get(0), n, 6, 10 + n);
        }
        for (int n = 1; n <= 4; n++) {
            agreesWithEncoding(IntrinsicExperiment.functions(2).get(0), n, 4, 20 + n);
        }
    }

    @Test
    void equalsTheFloat64ArchitectureWhereFloat64IsExact() {
        // The double network of IntrinsicArchitecture is exact for n d <= 5 up to its last two roundings: the two
        // layer builders must agree there.
        for (int n = 1; n <= 5; n++) {
            LipschitzFunction f = IntrinsicExperiment.functions(1).get(1);
            IntrinsicConstruction c = IntrinsicConstruction.build(f, n);
            IntrinsicArchitecture arch = IntrinsicArchitecture.build(n, 1);
            ExactReluNetwork net = ExactReluNetwork.build(n, 1);
            Rng rng = new Rng(n);
            for (int p = 0; p < 20; p++) {
                double[] x = {rng.nextDouble()};
                // The double network rounds min + range * level twice; the exact value is rounded once.
                double exact = net.value(x, c).doubleValue();
                assertEquals(exact, arch.evaluate(x, c.parametersDouble()), 2 * Math.ulp(exact), "n=" + n);
            }
        }
    }

    @Test
    void rejectsAWrongShape() {
        IntrinsicConstruction c =
                IntrinsicConstruction.build(IntrinsicExperiment.functions(1).get(0), 2);
        assertThrows(
                IllegalArgumentException.class,
                () -> ExactReluNetwork.build(3, 1).value(new double[] {0.5}, c));
        assertThrows(IllegalArgumentException.class, () -> ExactReluNetwork.build(0, 1));
    }
}
