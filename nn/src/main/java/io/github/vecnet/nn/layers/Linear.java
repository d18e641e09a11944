package io.github.vecnet.nn.layers;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Ops;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.Init;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * {@code y = x W + b} with W of shape {@code in x out} (note: the transpose of PyTorch's layout, so that the forward
 * pass is a plain GEMM) and b of shape {@code 1 x out}. Either may be frozen; the bias may be absent.
 */
public final class Linear implements Module {
    private final Tensor weight;
    private final Tensor bias;

    /**
     * PyTorch's default initialisation for weight and bias: U(+-1/sqrt(in)). Weight drawn first, then bias.
     *
     * @param in the number of input features
     * @param out the number of output features
     * @param dtype the element type
     * @param rng the generator the values are drawn from
     */
    public Linear(int in, int out, DType dtype, RandomGenerator rng) {
        this(in, out, dtype, Init.pytorchDefault(), Init.pytorchDefault(), rng);
    }

    /**
     * Weight and bias from the given initialisers (weight drawn first); {@code biasInit == null} means no bias.
     *
     * @param in the number of input features
     * @param out the number of output features
     * @param dtype the element type
     * @param weightInit the initialiser of the weights
     * @param biasInit the initialiser of the bias, or null for no bias
     * @param rng the generator the values are drawn from
     */
    public Linear(int in, int out, DType dtype, Init weightInit, Init biasInit, RandomGenerator rng) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Linear needs in >= 1 and out >= 1, got in " + in + ", out " + out);
        }
        if (dtype == null || weightInit == null) {
            throw new IllegalArgumentException("Linear: dtype and weightInit must not be null");
        }
        weight = Tensor.zeros(in, out, dtype);
        weightInit.fill(weight, in, out, rng);
        weight.requiresGrad(true);
        if (biasInit != null) {
            bias = Tensor.zeros(1, out, dtype);
            biasInit.fill(bias, in, out, rng);
            bias.requiresGrad(true);
        } else {
            bias = null;
        }
    }

    /**
     * Uses the given tensors as parameters (not copied; their requiresGrad flags are kept, so pass
     * {@code requiresGrad(true)} tensors to train them). weight is {@code in x out}; bias is {@code 1 x out} or null.
     *
     * @param weight the {@code in x out} weight
     * @param bias the {@code 1 x out} bias, or null
     */
    public Linear(Tensor weight, Tensor bias) {
        if (weight == null) {
            throw new IllegalArgumentException("Linear: weight must not be null");
        }
        if (bias != null && (bias.rows() != 1 || bias.cols() != weight.cols() || bias.dtype() != weight.dtype())) {
            throw new IllegalArgumentException(
                    "Linear: bias is " + bias.shape() + " " + bias.dtype().label() + ", expected 1 x " + weight.cols()
                            + " " + weight.dtype().label());
        }
        this.weight = weight;
        this.bias = bias;
    }

    @Override
    public Tensor forward(Tensor x) {
        return Ops.linear(x, weight, bias);
    }

    /** {@code activation.forward(forward(x))} fused into one graph node, with the same bits. */
    Tensor forward(Tensor x, Activation activation) {
        switch (activation) {
            case RELU:
                return Ops.linearRelu(x, weight, bias);
            case SIGMOID:
                return Ops.linearSigmoid(x, weight, bias);
            case TANH:
                return Ops.linearTanh(x, weight, bias);
            default:
                return Ops.linear(x, weight, bias);
        }
    }

    /**
     * The {@code in x out} weight (live).
     *
     * @return the {@code in x out} weight (live)
     */
    public Tensor weight() {
        return weight;
    }

    /**
     * The {@code 1 x out} bias (live), or null.
     *
     * @return the {@code 1 x out} bias (live), or null
     */
    public Tensor bias() {
        return bias;
    }

    /**
     * The input width.
     *
     * @return the number of input features
     */
    public int inFeatures() {
        return weight.rows();
    }

    /**
     * The output width.
     *
     * @return the number of output features
     */
    public int outFeatures() {
        return weight.cols();
    }

    /**
     * The dtype of the parameters (inputs must share it).
     *
     * @return the dtype
     */
    public DType dtype() {
        return weight.dtype();
    }

    /**
     * Freezes the weight only. Returns this layer.
     *
     * @return this layer
     */
    public Linear freezeWeight() {
        weight.requiresGrad(false);
        return this;
    }

    /**
     * Freezes the bias only (no-op without bias). Returns this layer.
     *
     * @return this layer
     */
    public Linear freezeBias() {
        if (bias != null) {
            bias.requiresGrad(false);
        }
        return this;
    }

    @Override
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("weight", weight);
        if (bias != null) {
            out.put("bias", bias);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Linear(" + inFeatures() + " -> " + outFeatures() + (bias == null ? ", no bias" : "") + ", "
                + dtype().label() + ")";
    }
}
