package io.github.vecnet.nn.layers;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.Init;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron: {@code Linear -> activation -> ... -> Linear -> outputActivation}. Built with
 * {@link #builder()}:
 * <pre>{@code
 * Mlp net = Mlp.builder().widths(1, 32, 32, 1).activation(Activation.RELU)
 *     .dtype(DType.FLOAT64).init(Init.pytorchDefault()).rng(new SplitMix64(42)).build();
 * }</pre>
 * Parameters are drawn layer by layer, weight before bias, from the one generator. Parameter names are
 * {@code "<module index>.weight|bias"} of the underlying {@link Sequential} (activations occupy indices too).
 */
public final class Mlp implements Module {
    private final Sequential body;
    private final List<Linear> linears;
    private final int[] widths;
    private final DType dtype;
    private final boolean dtypeDefaulted;

    private Mlp(Sequential body, List<Linear> linears, int[] widths, DType dtype, boolean dtypeDefaulted) {
        this.body = body;
        this.linears = Collections.unmodifiableList(linears);
        this.widths = widths;
        this.dtype = dtype;
        this.dtypeDefaulted = dtypeDefaulted;
    }

    /**
     * A builder for float64 parameters unless {@link Builder#dtype(DType)} or {@link Builder#dtypeOf(Tensor)} says
     * otherwise; prefer {@link #builder(DType)}, which makes the choice visible.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for parameters of the given dtype (the inputs must have it too).
     *
     * @param dtype the parameter dtype
     * @return a new builder
     */
    public static Builder builder(DType dtype) {
        if (dtype == null) {
            throw new IllegalArgumentException("Mlp.builder: dtype must not be null");
        }
        return new Builder().dtype(dtype);
    }

    /**
     * Applies the layers. The input must be {@code batch x widths()[0]} of this network's {@link #dtype()}.
     *
     * @param x the input
     * @return the {@code batch x widths()[last]} output
     */
    @Override
    public Tensor forward(Tensor x) {
        if (x != null && x.dtype() != dtype) {
            throw new IllegalArgumentException("Mlp" + Arrays.toString(widths) + " has " + dtype.label()
                    + " parameters" + (dtypeDefaulted ? " (the default of Mlp.builder())" : "") + " but the input is "
                    + x.shape() + " " + x.dtype().label() + "; build it with Mlp.builder(DType."
                    + x.dtype().name()
                    + ") or .dtypeOf(data), or convert the input with x.to(DType." + dtype.name() + ")");
        }
        return body.forward(x);
    }

    /**
     * The dtype of the parameters, which inputs must share.
     *
     * @return the dtype
     */
    public DType dtype() {
        return dtype;
    }

    /**
     * The linear layers, input side first.
     *
     * @return the linear layers, input side first
     */
    public List<Linear> linears() {
        return linears;
    }

    /**
     * The widths given to the builder (a copy).
     *
     * @return the widths given to the builder (a copy)
     */
    public int[] widths() {
        return widths.clone();
    }

    /**
     * The underlying sequence of linear and activation modules.
     *
     * @return the underlying sequence of linear and activation modules
     */
    public Sequential sequential() {
        return body;
    }

    @Override
    public Map<String, Tensor> namedParameters() {
        return body.namedParameters();
    }

    @Override
    public String toString() {
        return "Mlp" + Arrays.toString(widths);
    }

    /** Builder; every setting has a default except the widths. */
    public static final class Builder {
        private int[] widths;
        private Activation activation = Activation.RELU;
        private Activation outputActivation = Activation.IDENTITY;
        private DType dtype = DType.FLOAT64;
        private boolean dtypeDefaulted = true;
        private Init weightInit = Init.pytorchDefault();
        private Init biasInit = Init.pytorchDefault();
        private RandomGenerator rng;
        private boolean bias = true;

        private Builder() {}

        /**
         * Layer widths from input to output, at least two (e.g. 784, 256, 10).
         *
         * @param widths the widths, input first
         * @return this builder
         */
        public Builder widths(int... widths) {
            this.widths = widths == null ? null : widths.clone();
            return this;
        }

        /**
         * Hidden activation (default ReLU).
         *
         * @param activation the activation after every hidden layer
         * @return this builder
         */
        public Builder activation(Activation activation) {
            this.activation = activation;
            return this;
        }

        /**
         * Activation after the last layer (default identity).
         *
         * @param outputActivation the activation after the last layer
         * @return this builder
         */
        public Builder outputActivation(Activation outputActivation) {
            this.outputActivation = outputActivation;
            return this;
        }

        /**
         * Sets the parameter dtype (float64 if neither this nor {@link #dtypeOf(Tensor)} is called).
         *
         * @param dtype the parameter dtype
         * @return this builder
         */
        public Builder dtype(DType dtype) {
            this.dtype = dtype;
            this.dtypeDefaulted = false;
            return this;
        }

        /**
         * Takes the parameter dtype from the training data, so that float32 data gets a float32 network.
         *
         * @param data a tensor of the inputs the network will see
         * @return this builder
         */
        public Builder dtypeOf(Tensor data) {
            if (data == null) {
                throw new IllegalArgumentException("Mlp.Builder.dtypeOf: data must not be null");
            }
            return dtype(data.dtype());
        }

        /**
         * Initialiser for weights and biases alike (default {@link Init#pytorchDefault()}).
         *
         * @param init the initialiser of weights and biases
         * @return this builder
         */
        public Builder init(Init init) {
            this.weightInit = init;
            this.biasInit = init;
            return this;
        }

        /**
         * Sets the weight initialiser alone (default {@link Init#pytorchDefault()}).
         *
         * @param weightInit the initialiser of the weights
         * @return this builder
         */
        public Builder weightInit(Init weightInit) {
            this.weightInit = weightInit;
            return this;
        }

        /**
         * Sets the bias initialiser alone (default {@link Init#pytorchDefault()}).
         *
         * @param biasInit the initialiser of the biases
         * @return this builder
         */
        public Builder biasInit(Init biasInit) {
            this.biasInit = biasInit;
            return this;
        }

        /**
         * Whether the linear layers have biases (default true).
         *
         * @param bias true for biases
         * @return this builder
         */
        public Builder bias(boolean bias) {
            this.bias = bias;
            return this;
        }

        /**
         * The seeded generator parameters are drawn from (required).
         *
         * @param rng the generator the values are drawn from
         * @return this builder
         */
        public Builder rng(RandomGenerator rng) {
            this.rng = rng;
            return this;
        }

        /**
         * Draws the parameters and builds the network.
         *
         * @return the network
         */
        public Mlp build() {
            if (widths == null || widths.length < 2) {
                throw new IllegalArgumentException("Mlp needs at least two widths (input and output), got "
                        + (widths == null ? "none" : Arrays.toString(widths)));
            }
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] < 1) {
                    throw new IllegalArgumentException("Mlp width " + i + " is " + widths[i] + "; widths must be >= 1: "
                            + Arrays.toString(widths));
                }
            }
            if (activation == null
                    || outputActivation == null
                    || dtype == null
                    || weightInit == null
                    || (bias && biasInit == null)) {
                throw new IllegalArgumentException(
                        "Mlp: activation, outputActivation, dtype and inits must not be null");
            }
            if (rng == null) {
                throw new IllegalArgumentException("Mlp: rng must be set, e.g. rng(new SplitMix64(seed))");
            }
            List<Module> modules = new ArrayList<>();
            List<Linear> linears = new ArrayList<>();
            for (int i = 0; i + 1 < widths.length; i++) {
                Linear layer = new Linear(widths[i], widths[i + 1], dtype, weightInit, bias ? biasInit : null, rng);
                linears.add(layer);
                modules.add(layer);
                Activation act = i + 2 < widths.length ? activation : outputActivation;
                if (act != Activation.IDENTITY) {
                    modules.add(act);
                }
            }
            return new Mlp(new Sequential(modules), linears, widths.clone(), dtype, dtypeDefaulted);
        }
    }
}
