package io.github.vecnet.nn.io;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.layers.Module;
import io.github.vecnet.nn.layers.Sequential;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a module's parameters onto PyTorch {@code state_dict} entries. The names are already PyTorch's
 * ({@code "0.weight"}, {@code "0.bias"}, {@code "2.weight"} for Linear-ReLU-Linear, as {@code nn.Sequential} names
 * them); the layouts differ for {@link Linear}: vecnet stores the weight {@code in x out} so that the forward pass
 * is {@code x W}, PyTorch stores {@code [out, in]}, and PyTorch's bias is 1-D {@code [out]} where vecnet's is
 * {@code 1 x out}. Parameters of other modules are stored as their {@code [rows, cols]}.
 */
final class TorchLayout {
    private TorchLayout() {}

    /** How a vecnet parameter is laid out in the file. */
    enum Layout {
        /** {@code [rows, cols]}, the same row-major order. */
        MATRIX,
        /** A {@code rows x cols} vecnet weight stored as {@code [cols, rows]} (transposed). */
        TRANSPOSED,
        /** A {@code 1 x n} vecnet row stored 1-D as {@code [n]}. */
        VECTOR
    }

    /** One state-dict entry: the file name, the live vecnet parameter, and its layout in the file. */
    record Param(String name, Tensor tensor, Layout layout) {
        long[] fileShape() {
            switch (layout) {
                case TRANSPOSED:
                    return new long[] {tensor.cols(), tensor.rows()};
                case VECTOR:
                    return new long[] {tensor.cols()};
                default:
                    return new long[] {tensor.rows(), tensor.cols()};
            }
        }

        /** The parameter's values in file order (a copy; transposed for {@link Layout#TRANSPOSED}). */
        Tensor fileOrder() {
            if (layout != Layout.TRANSPOSED) {
                return tensor;
            }
            Tensor out = Tensor.zeros(tensor.cols(), tensor.rows(), tensor.dtype());
            for (int r = 0; r < tensor.rows(); r++) {
                for (int c = 0; c < tensor.cols(); c++) {
                    out.set(c, r, tensor.get(r, c));
                }
            }
            return out;
        }
    }

    /** The module's parameters as PyTorch names them, in {@link Module#namedParameters()} order. */
    static List<Param> of(Module model) {
        List<Param> out = new ArrayList<>();
        collect("", model, out);
        List<String> names = new ArrayList<>(model.namedParameters().keySet());
        List<String> mapped = new ArrayList<>();
        for (Param p : out) {
            mapped.add(p.name());
        }
        if (!names.equals(mapped)) {
            throw new IllegalStateException("parameter names " + mapped + " differ from namedParameters() " + names);
        }
        return out;
    }

    private static void collect(String prefix, Module module, List<Param> out) {
        if (module instanceof Mlp) {
            collect(prefix, ((Mlp) module).sequential(), out);
        } else if (module instanceof Sequential) {
            Sequential seq = (Sequential) module;
            for (int i = 0; i < seq.size(); i++) {
                collect(prefix + i + ".", seq.get(i), out);
            }
        } else if (module instanceof Linear) {
            Linear linear = (Linear) module;
            out.add(new Param(prefix + "weight", linear.weight(), Layout.TRANSPOSED));
            if (linear.bias() != null) {
                out.add(new Param(prefix + "bias", linear.bias(), Layout.VECTOR));
            }
        } else {
            for (Map.Entry<String, Tensor> e : module.namedParameters().entrySet()) {
                out.add(new Param(prefix + e.getKey(), e.getValue(), Layout.MATRIX));
            }
        }
    }
}
