package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IntrinsicNetworkTest {

    private static IntrinsicNetwork network(LipschitzFunction f, int n) {
        return IntrinsicNetwork.of(
                IntrinsicArchitecture.build(n, f.dimension()),
                IntrinsicConstruction.build(f, n).parametersDouble());
    }

    @Test
    void exactlyNPlusTwoTrainableParameters() {
        for (int n = 1; n <= 5; n++) {
            IntrinsicNetwork net = network(LipschitzFunction.sine1d(), n);
            assertEquals(n + 2, net.trainableParameterCount());
            assertEquals(n, net.bitPlanes().size());
            Set<String> trainable = new TreeSet<>();
            for (Map.Entry<String, Tensor> e : net.namedParameters().entrySet()) {
                if (e.getValue().requiresGrad()) {
                    trainable.add(e.getKey());
                }
            }
            assertEquals(Set.of("planes.bias", "output.weight", "output.bias"), trainable);
            assertTrue(net.parameterCount() > 10L * (n + 2), "the fixed part should dominate");
        }
    }

    @Test
    void frozenPartIsTheSameForEveryFunction() {
        IntrinsicNetwork f = network(LipschitzFunction.sineProduct2d(), 2);
        IntrinsicNetwork g = network(LipschitzFunction.cone2d(), 2);
        Map<String, Tensor> pf = f.namedParameters();
        Map<String, Tensor> pg = g.namedParameters();
        assertEquals(pf.keySet(), pg.keySet());
        boolean trainableDiffer = false;
        for (String name : pf.keySet()) {
            double[] a = pf.get(name).toDoubleArray();
            double[] b = pg.get(name).toDoubleArray();
            if (pf.get(name).requiresGrad()) {
                trainableDiffer |= !java.util.Arrays.equals(a, b);
            } else {
                assertArrayEquals(a, b, name);
            }
        }
        assertTrue(trainableDiffer);
    }

    @Test
    void forwardMatchesExactPathWhileFloat64Suffices() {
        SplittableRandom random = new SplittableRandom(7);
        for (LipschitzFunction f : new LipschitzFunction[] {
            LipschitzFunction.sine1d(), LipschitzFunction.kink1d(), LipschitzFunction.sineProduct2d()
        }) {
            int d = f.dimension();
            for (int n = 1; n * d <= 5; n++) {
                IntrinsicConstruction c = IntrinsicConstruction.build(f, n);
                IntrinsicNetwork net = network(f, n);
                int points = 200;
                double[] x = new double[points * d];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextDouble();
                }
                double[] out;
                try (NoGrad ignored = NoGrad.enter()) {
                    out = net.forward(Tensor.copyOf(x, points, d)).toDoubleArray();
                }
                double scale = Math.abs(c.thetaMin()) + c.thetaRange();
                for (int p = 0; p < points; p++) {
                    double[] point = java.util.Arrays.copyOfRange(x, p * d, p * d + d);
                    assertEquals(c.value(point), out[p], 1e-14 * (1 + scale), f.name() + " n=" + n + " x=" + point[0]);
                }
            }
        }
    }

    @Test
    void gradientReachesOnlyTheIntrinsicParameters() {
        LipschitzFunction f = LipschitzFunction.kink1d();
        int n = 3;
        IntrinsicConstruction c = IntrinsicConstruction.build(f, n);
        IntrinsicNetwork net = network(f, n);
        double[] x = {0.05, 0.3, 0.51, 0.77, 0.99};
        net.forward(Tensor.copyOf(x, x.length, 1)).sum().backward();
        // d(sum out)/d theta_{n+2} = sum of the quantised levels s(x); d/d theta_{n+1} = number of points.
        double levels = 0;
        for (double v : x) {
            levels += c.quantisedLevel(c.cellIndex(new double[] {v}));
        }
        assertEquals(levels, net.outputNeuron().weight().grad().item(), 1e-12);
        assertEquals(x.length, net.outputNeuron().bias().grad().item(), 1e-12);
        assertNotNull(net.bitPlanes().grad());
        for (Tensor t : net.namedParameters().values()) {
            if (!t.requiresGrad()) {
                assertNull(t.grad());
            }
        }
    }

    @Test
    void rejectsWrongParameterCount() {
        assertThrows(
                IllegalArgumentException.class,
                () -> IntrinsicNetwork.of(IntrinsicArchitecture.build(2, 1), new double[3]));
    }
}
