package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.init.Init;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.layers.Sequential;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NnBridgeTest {

    @Test
    void nnForwardAndReluNetForwardAgree() {
        Mlp mlp = Mlp.builder()
                .widths(3, 7, 5, 2)
                .dtype(DType.FLOAT64)
                .init(Init.pytorchDefault())
                .rng(new SplittableRandom(8))
                .build();
        ReluNet net = NnBridge.toReluNet(mlp.linears());
        assertArrayEquals(new int[] {3, 7, 5, 2}, net.widths());
        // weight layouts differ (nn: in x out, ReluNet: out x in)
        assertEquals(mlp.linears().get(1).weight().get(4, 2), net.weightAt(1, 2, 4), 0.0);
        Rng rng = new Rng(1);
        int n = 50;
        double[] x = new double[n * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-2, 2);
        }
        assertArrayEquals(net.forward(x, n), NnBridge.predict(mlp, x, n, 3, DType.FLOAT64), 1e-13);
    }

    @Test
    void roundTripThroughNnKeepsEveryWeight() {
        ReluNet net = ReluNet.uniform(new int[] {1, 4, 3, 1}, -1, 1, new Rng(2));
        Sequential model = NnBridge.toNn(net, DType.FLOAT64);
        ReluNet back = NnBridge.toReluNet(NnBridge.linears(model));
        for (int l = 0; l < net.layers(); l++) {
            assertArrayEquals(net.weight(l), back.weight(l), 0.0);
            assertArrayEquals(net.bias(l), back.bias(l), 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> NnBridge.linears(new Sequential(Activation.SIGMOID)));
    }
}
