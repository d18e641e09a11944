package io.github.vecnet.nn.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Ops;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.SplitMix64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sequential runs a Linear followed by an Activation as one fused node: the same bits, forward and backward, as
 * the layers applied one by one, whatever surrounds the pair.
 */
class SequentialFusionTest {
    private static Tensor input(DType dtype) {
        double[] v = new double[6 * 5];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(1.7 * i) * 2;
        }
        return Tensor.copyOf(v, 6, 5, dtype).requiresGrad(true);
    }

    private static Tensor byHand(List<Module> modules, Tensor x) {
        Tensor h = x;
        for (Module m : modules) {
            h = m instanceof Linear ? Ops.linear(h, ((Linear) m).weight(), ((Linear) m).bias()) : m.forward(h);
        }
        return h;
    }

    @Test
    void fusedPairsGiveTheBitsOfTheLayersOneByOne() {
        for (DType dtype : DType.values()) {
            SplitMix64 rng = new SplitMix64(9);
            Linear a = new Linear(5, 4, dtype, rng);
            Linear b = new Linear(4, 4, dtype, rng);
            Linear c = new Linear(4, 3, dtype, rng);
            // An activation first, pairs of each kind, two activations in a row, and a Linear last.
            List<Module> modules = List.of(
                    Activation.TANH,
                    a,
                    Activation.SIGMOID,
                    b,
                    Activation.RELU,
                    Activation.TANH,
                    c,
                    Activation.IDENTITY,
                    new Linear(3, 2, dtype, rng));
            Sequential net = new Sequential(modules);
            Tensor x = input(dtype);
            Tensor fused = net.forward(x);
            fused.sum().backward();
            List<Tensor> params = List.copyOf(net.parameters());
            double[][] fusedGrads = new double[params.size() + 1][];
            for (int i = 0; i < params.size(); i++) {
                fusedGrads[i] = params.get(i).grad().toDoubleArray();
                params.get(i).setGrad(null);
            }
            fusedGrads[params.size()] = x.grad().toDoubleArray();
            x.setGrad(null);
            Tensor plain = byHand(modules, x);
            plain.sum().backward();
            assertArrayEquals(plain.toDoubleArray(), fused.toDoubleArray(), dtype + " forward");
            for (int i = 0; i < params.size(); i++) {
                assertArrayEquals(params.get(i).grad().toDoubleArray(), fusedGrads[i], dtype + " parameter " + i);
            }
            assertArrayEquals(x.grad().toDoubleArray(), fusedGrads[params.size()], dtype + " input gradient");
            assertEquals(8, net.namedParameters().size(), "parameter names unchanged");
        }
    }
}
