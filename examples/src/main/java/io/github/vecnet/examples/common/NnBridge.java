package io.github.vecnet.examples.common;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Module;
import io.github.vecnet.nn.layers.Sequential;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversions between nn models (Linear layers with ReLU between them) and {@link ReluNet}, the exact double form
 * the piece counter and the error evaluations use. nn stores a Linear weight as {@code in x out}; ReluNet as
 * {@code out x in}.
 */
public final class NnBridge {
    private NnBridge() {}

    /** The network x -> L_k(relu(... relu(L_1 x))) of the given Linear layers (ReLU between, none after the last). */
    public static ReluNet toReluNet(List<Linear> linears) {
        if (linears == null || linears.isEmpty()) {
            throw new IllegalArgumentException("linears: expected at least one Linear layer");
        }
        int[] widths = new int[linears.size() + 1];
        double[][] w = new double[linears.size()][];
        double[][] b = new double[linears.size()][];
        widths[0] = linears.get(0).inFeatures();
        for (int l = 0; l < linears.size(); l++) {
            Linear layer = linears.get(l);
            int in = layer.inFeatures();
            int out = layer.outFeatures();
            if (in != widths[l]) {
                throw new IllegalArgumentException(
                        "linears: layer " + l + " expects " + in + " inputs, previous layer gives " + widths[l]);
            }
            widths[l + 1] = out;
            w[l] = new double[out * in];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    w[l][j * in + i] = layer.weight().get(i, j);
                }
            }
            b[l] = new double[out];
            for (int j = 0; j < out; j++) {
                b[l][j] = layer.bias() == null ? 0.0 : layer.bias().get(0, j);
            }
        }
        return ReluNet.of(widths, w, b);
    }

    /** The Linear layers of a Sequential of Linear and ReLU modules, in order. */
    public static List<Linear> linears(Sequential model) {
        List<Linear> out = new ArrayList<>();
        for (Module m : model.modules()) {
            if (m instanceof Linear) {
                out.add((Linear) m);
            } else if (m != Activation.RELU) {
                throw new IllegalArgumentException("model: expected only Linear and ReLU modules, found " + m);
            }
        }
        return out;
    }

    /** An nn model with the same weights (rounded to dtype), trainable, ReLU between the Linear layers. */
    public static Sequential toNn(ReluNet net, DType dtype) {
        int[] widths = net.widths();
        List<Module> modules = new ArrayList<>();
        for (int l = 0; l < net.layers(); l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double[] w = new double[in * out];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    w[i * out + j] = net.weightAt(l, j, i);
                }
            }
            Tensor weight = Tensor.copyOf(w, in, out, dtype).requiresGrad(true);
            Tensor bias = Tensor.copyOf(net.bias(l), 1, out, dtype).requiresGrad(true);
            modules.add(new Linear(weight, bias));
            if (l + 1 < net.layers()) {
                modules.add(Activation.RELU);
            }
        }
        return new Sequential(modules);
    }

    /** Evaluates an nn model on n points (n x inDim, row-major) without recording a graph, in chunks. */
    public static double[] predict(Module model, double[] x, int n, int inDim, DType dtype) {
        int chunk = 8192;
        double[] out = null;
        int outDim = -1;
        try (NoGrad ignored = NoGrad.enter()) {
            for (int start = 0; start < n; start += chunk) {
                int rows = Math.min(chunk, n - start);
                double[] part = java.util.Arrays.copyOfRange(x, start * inDim, (start + rows) * inDim);
                Tensor y = model.forward(Tensor.copyOf(part, rows, inDim, dtype));
                if (out == null) {
                    outDim = y.cols();
                    out = new double[n * outDim];
                }
                double[] values = y.toDoubleArray();
                System.arraycopy(values, 0, out, start * outDim, values.length);
            }
        }
        return out == null ? new double[0] : out;
    }
}
