package io.github.vecnet.nn.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.GradCheck;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.Init;
import io.github.vecnet.nn.loss.Losses;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MlpTest {
    @Test
    void forwardMatchesHandWrittenLoops() {
        Mlp net = Mlp.builder()
                .widths(3, 4, 2)
                .activation(Activation.TANH)
                .outputActivation(Activation.SIGMOID)
                .dtype(DType.FLOAT64)
                .rng(new SplittableRandom(1))
                .build();
        Tensor x = GradCheck.random(5, 3, -1, 1, new SplittableRandom(2));
        Tensor y = net.forward(x);
        Linear l0 = net.linears().get(0);
        Linear l1 = net.linears().get(1);
        for (int r = 0; r < 5; r++) {
            double[] h = new double[4];
            for (int j = 0; j < 4; j++) {
                double s = l0.bias().get(0, j);
                for (int i = 0; i < 3; i++) {
                    s += x.get(r, i) * l0.weight().get(i, j);
                }
                h[j] = Math.tanh(s);
            }
            for (int j = 0; j < 2; j++) {
                double s = l1.bias().get(0, j);
                for (int i = 0; i < 4; i++) {
                    s += h[i] * l1.weight().get(i, j);
                }
                assertEquals(1 / (1 + Math.exp(-s)), y.get(r, j), 1e-14);
            }
        }
    }

    @Test
    void pytorchDefaultInitBoundsAndDeterminism() {
        Mlp a = Mlp.builder().widths(16, 32, 1).rng(new SplittableRandom(7)).build();
        Mlp b = Mlp.builder().widths(16, 32, 1).rng(new SplittableRandom(7)).build();
        double bound = 1 / Math.sqrt(16);
        Tensor w = a.linears().get(0).weight();
        Tensor bias = a.linears().get(0).bias();
        for (int i = 0; i < w.size(); i++) {
            assertTrue(Math.abs(w.get(i)) <= bound);
        }
        for (int i = 0; i < bias.size(); i++) {
            assertTrue(Math.abs(bias.get(i)) <= bound);
        }
        List<String> names = new ArrayList<>(a.namedParameters().keySet());
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), names);
        for (String n : names) {
            assertTrue(
                    java.util.Arrays.equals(
                            a.namedParameters().get(n).doubleData(),
                            b.namedParameters().get(n).doubleData()),
                    n);
        }
    }

    @Test
    void mlpGradientsMatchCentralDifferencesWithFrozenLayer() {
        Mlp net = Mlp.builder()
                .widths(3, 5, 4, 2)
                .activation(Activation.TANH)
                .outputActivation(Activation.SIGMOID)
                .dtype(DType.FLOAT64)
                .init(Init.normal(0.8))
                .rng(new SplittableRandom(3))
                .build();
        net.linears().get(1).freezeWeight();
        Tensor x = GradCheck.random(6, 3, -1, 1, new SplittableRandom(4));
        Tensor t = GradCheck.random(6, 2, 0, 1, new SplittableRandom(5)).requiresGrad(false);
        List<Tensor> all = new ArrayList<>(net.namedParameters().values());
        GradCheck.check(() -> Losses.mse(net.forward(x), t), 1e-6, all.toArray(new Tensor[0]));
        assertNull(net.linears().get(1).weight().grad());
        assertEquals(5, net.parameters().size());
    }

    @Test
    void noGradRecordsNothing() {
        Mlp net = Mlp.builder().widths(2, 3, 1).rng(new SplittableRandom(1)).build();
        Tensor y;
        try (NoGrad ignored = NoGrad.enter()) {
            y = net.forward(Tensor.ones(4, 2, DType.FLOAT64));
        }
        assertTrue(!y.requiresGrad() && y.gradFn() == null);
        assertTrue(NoGrad.isGradEnabled());
        Tensor loss = y.sum();
        assertThrows(IllegalStateException.class, loss::backward);
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Mlp.builder().widths(3).rng(new SplittableRandom(1)).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Mlp.builder().widths(3, 0, 1).rng(new SplittableRandom(1)).build());
        assertThrows(
                IllegalArgumentException.class, () -> Mlp.builder().widths(3, 1).build());
    }

    @Test
    void dtypeIsChosenExplicitlyOrFromTheData() {
        Mlp explicit = Mlp.builder(DType.FLOAT32)
                .widths(3, 4, 2)
                .rng(new SplittableRandom(1))
                .build();
        assertEquals(DType.FLOAT32, explicit.dtype());
        for (Tensor p : explicit.namedParameters().values()) {
            assertEquals(DType.FLOAT32, p.dtype());
        }
        Tensor data = Tensor.zeros(5, 3, DType.FLOAT32);
        Mlp fromData = Mlp.builder()
                .dtypeOf(data)
                .widths(3, 4, 2)
                .rng(new SplittableRandom(1))
                .build();
        assertEquals(DType.FLOAT32, fromData.dtype());
        assertEquals(DType.FLOAT32, fromData.forward(data).dtype());
        assertThrows(IllegalArgumentException.class, () -> Mlp.builder(null));
    }

    @Test
    void feedingTheOtherDtypeSaysHowToFixIt() {
        Mlp defaulted =
                Mlp.builder().widths(3, 4, 2).rng(new SplittableRandom(1)).build();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> defaulted.forward(Tensor.zeros(5, 3, DType.FLOAT32)));
        assertEquals(
                "Mlp[3, 4, 2] has float64 parameters (the default of Mlp.builder()) but the input is 5 x 3 float32;"
                        + " build it with Mlp.builder(DType.FLOAT32) or .dtypeOf(data), or convert the input with"
                        + " x.to(DType.FLOAT64)",
                e.getMessage());
        Mlp chosen = Mlp.builder(DType.FLOAT32)
                .widths(3, 2)
                .rng(new SplittableRandom(1))
                .build();
        e = assertThrows(IllegalArgumentException.class, () -> chosen.forward(Tensor.zeros(1, 3, DType.FLOAT64)));
        assertTrue(
                e.getMessage().startsWith("Mlp[3, 2] has float32 parameters but the input is 1 x 3 float64"),
                e.getMessage());
    }
}
