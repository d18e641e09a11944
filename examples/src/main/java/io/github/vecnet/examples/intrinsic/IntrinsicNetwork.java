package io.github.vecnet.examples.intrinsic;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Module;
import io.github.vecnet.nn.layers.Sequential;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Shen-Yang-Zhang network as an nn model in float64: every layer of {@link IntrinsicArchitecture} is a FROZEN
 * {@link Linear}; the only trainable tensors are the bit-plane vector {@code (theta_1..theta_n)} (the bias of a
 * linear map with a frozen zero weight, so it is a constant of the input) and the output neuron
 * {@code theta_{n+1} + theta_{n+2} s}. Its trainable parameter count is therefore exactly n + 2.
 *
 * <p>{@code forward(x)} for an {@code batch x d} input:
 * {@code out(readout(body(ReLU(inject(floor(x)) + planesInject(planes(x))))))}, where {@code planes(x) = x 0 + theta}
 * is the trainable bit-plane vector broadcast over the batch.
 */
public final class IntrinsicNetwork implements Module {
    private final Sequential floor;
    private final Linear inject;
    private final Linear planes;
    private final Linear planesInject;
    private final Sequential body;
    private final Linear readout;
    private final Linear output;

    private IntrinsicNetwork(
            Sequential floor,
            Linear inject,
            Linear planes,
            Linear planesInject,
            Sequential body,
            Linear readout,
            Linear output) {
        this.floor = floor;
        this.inject = inject;
        this.planes = planes;
        this.planesInject = planesInject;
        this.body = body;
        this.readout = readout;
        this.output = output;
    }

    /**
     * Builds the network with the fixed layers of {@code architecture} and the intrinsic parameters
     * {@code (theta_1..theta_n, theta_{n+1}, theta_{n+2})} (e.g. {@link IntrinsicConstruction#parametersDouble()}).
     */
    public static IntrinsicNetwork of(IntrinsicArchitecture architecture, double[] intrinsic) {
        int n = architecture.bits();
        if (intrinsic == null || intrinsic.length != n + 2) {
            throw new IllegalArgumentException("need n + 2 = " + (n + 2) + " intrinsic parameters, got "
                    + (intrinsic == null ? "null" : intrinsic.length));
        }
        Sequential floor = new Sequential(
                frozen(architecture.floor(), true),
                Activation.RELU,
                frozen(architecture.floorStep(), true),
                Activation.RELU);
        Linear inject = frozen(architecture.injectFromFloor(), true);
        Tensor planeBias = Tensor.zeros(1, n, DType.FLOAT64);
        for (int j = 0; j < n; j++) {
            planeBias.set(0, j, intrinsic[j]);
        }
        Linear planes =
                new Linear(Tensor.zeros(architecture.dimension(), n, DType.FLOAT64), planeBias.requiresGrad(true));
        Linear planesInject = frozen(architecture.injectFromTheta(), false);
        List<Module> layers = new ArrayList<>();
        for (DenseLayer layer : architecture.extraction()) {
            layers.add(frozen(layer, true));
            layers.add(Activation.RELU);
        }
        Sequential body = new Sequential(layers);
        Linear readout = frozen(architecture.readout(), false);
        Linear output = new Linear(
                Tensor.scalar(intrinsic[n + 1], DType.FLOAT64).requiresGrad(true),
                Tensor.scalar(intrinsic[n], DType.FLOAT64).requiresGrad(true));
        return new IntrinsicNetwork(floor, inject, planes, planesInject, body, readout, output);
    }

    /** A frozen nn Linear holding {@code layer} (transposed: nn multiplies {@code x W} with W of shape in x out). */
    private static Linear frozen(DenseLayer layer, boolean withBias) {
        Tensor weight = Tensor.zeros(layer.inputs(), layer.outputs(), DType.FLOAT64);
        for (int r = 0; r < layer.outputs(); r++) {
            for (int c = 0; c < layer.inputs(); c++) {
                weight.set(c, r, layer.weight()[r * layer.inputs() + c]);
            }
        }
        Tensor bias = null;
        if (withBias) {
            bias = Tensor.zeros(1, layer.outputs(), DType.FLOAT64);
            for (int r = 0; r < layer.outputs(); r++) {
                bias.set(0, r, layer.bias()[r]);
            }
        }
        return new Linear(weight, bias);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor state = inject.forward(floor.forward(x))
                .add(planesInject.forward(planes.forward(x)))
                .relu();
        return output.forward(readout.forward(body.forward(state)));
    }

    /** The trainable bit-plane vector {@code 1 x n}. */
    public Tensor bitPlanes() {
        return planes.bias();
    }

    /** The trainable output neuron: weight theta_{n+2}, bias theta_{n+1}. */
    public Linear outputNeuron() {
        return output;
    }

    @Override
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        put(out, "floor", floor.namedParameters());
        put(out, "inject", inject.namedParameters());
        put(out, "planes", planes.namedParameters());
        put(out, "planesInject", planesInject.namedParameters());
        put(out, "body", body.namedParameters());
        put(out, "readout", readout.namedParameters());
        put(out, "output", output.namedParameters());
        return out;
    }

    private static void put(Map<String, Tensor> out, String prefix, Map<String, Tensor> parameters) {
        for (Map.Entry<String, Tensor> e : parameters.entrySet()) {
            out.put(prefix + "." + e.getKey(), e.getValue());
        }
    }
}
