package io.github.vecnet.nn.layers;

import io.github.vecnet.nn.Tensor;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

/** Parameter-free activation layers. */
public enum Activation implements Module {
    /** The identity: the input itself (no graph node). */
    IDENTITY {
        @Override
        public Tensor forward(Tensor x) {
            return x;
        }
    },
    /** {@code max(x, 0)}. */
    RELU {
        @Override
        public Tensor forward(Tensor x) {
            return x.relu();
        }
    },
    /** {@code 1 / (1 + exp(-x))}. */
    SIGMOID {
        @Override
        public Tensor forward(Tensor x) {
            return x.sigmoid();
        }
    },
    /** The hyperbolic tangent. */
    TANH {
        @Override
        public Tensor forward(Tensor x) {
            return x.tanh();
        }
    };

    @Override
    public Map<String, Tensor> namedParameters() {
        return Collections.emptyMap();
    }

    /**
     * Parses {@code identity|relu|sigmoid|tanh} (case-insensitive; also {@code linear|none} for identity).
     *
     * @param name the activation name
     * @return the activation
     */
    public static Activation parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("activation name must not be null");
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "identity":
            case "linear":
            case "none":
                return IDENTITY;
            case "relu":
                return RELU;
            case "sigmoid":
                return SIGMOID;
            case "tanh":
                return TANH;
            default:
                throw new IllegalArgumentException(
                        "unknown activation '" + name + "'; expected identity, relu, sigmoid or tanh");
        }
    }
}
