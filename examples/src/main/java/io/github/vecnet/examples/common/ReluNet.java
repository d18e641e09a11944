package io.github.vecnet.examples.common;

import io.github.vecnet.kernels.Activations;
import io.github.vecnet.kernels.Gemm;
import io.github.vecnet.kernels.Transpose;
import io.github.vecnet.kernels.VectorOps;
import java.util.Arrays;

/**
 * A fully connected ReLU network in double, {@code x -> W_L relu(... relu(W_1 x + b_1) ...) + b_L}: the form in
 * which teachers, fooling bumps and trained nn models (copied from their Linear layers) are evaluated exactly and
 * handed to the piece counter. Weights are stored like PyTorch/nn: layer l is {@code out x in}, row-major. Immutable.
 */
public final class ReluNet {
    /** Rows per GEMM call when evaluating many points, to bound temporary memory. */
    private static final int CHUNK = 8192;

    private final int[] widths;
    private final double[][] weights;
    private final double[][] biases;

    private ReluNet(int[] widths, double[][] weights, double[][] biases) {
        this.widths = widths;
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * A network with layer widths {@code widths[0]} (input) ... {@code widths[L]} (output); {@code weights[l]} has
     * {@code widths[l+1] * widths[l]} entries (out x in, row-major), {@code biases[l]} has {@code widths[l+1]}. Copies.
     */
    public static ReluNet of(int[] widths, double[][] weights, double[][] biases) {
        if (widths == null || widths.length < 2) {
            throw new IllegalArgumentException("widths: expected at least input and output width");
        }
        int layers = widths.length - 1;
        if (weights == null || biases == null || weights.length != layers || biases.length != layers) {
            throw new IllegalArgumentException(
                    "weights, biases: expected " + layers + " layers for widths " + Arrays.toString(widths));
        }
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            if (widths[l] < 1 || widths[l + 1] < 1) {
                throw new IllegalArgumentException("widths: expected positive widths, got " + Arrays.toString(widths));
            }
            if (weights[l] == null || weights[l].length != widths[l + 1] * widths[l]) {
                throw new IllegalArgumentException("weights[" + l + "]: expected " + widths[l + 1] + " x " + widths[l]
                        + " = " + widths[l + 1] * widths[l] + " entries, got "
                        + (weights[l] == null ? "null" : weights[l].length));
            }
            if (biases[l] == null || biases[l].length != widths[l + 1]) {
                throw new IllegalArgumentException("biases[" + l + "]: expected " + widths[l + 1] + " entries, got "
                        + (biases[l] == null ? "null" : biases[l].length));
            }
            w[l] = weights[l].clone();
            b[l] = biases[l].clone();
        }
        return new ReluNet(widths.clone(), w, b);
    }

    /** Every weight and bias drawn uniformly from [lo, hi) in layer order (weights row-major, then biases). */
    public static ReluNet uniform(int[] widths, double lo, double hi, Rng rng) {
        double[][] w = new double[widths.length - 1][];
        double[][] b = new double[widths.length - 1][];
        for (int l = 0; l < w.length; l++) {
            w[l] = new double[widths[l + 1] * widths[l]];
            b[l] = new double[widths[l + 1]];
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = rng.uniform(lo, hi);
            }
            for (int i = 0; i < b[l].length; i++) {
                b[l][i] = rng.uniform(lo, hi);
            }
        }
        return of(widths, w, b);
    }

    public int inputDim() {
        return widths[0];
    }

    public int outputDim() {
        return widths[widths.length - 1];
    }

    /** Number of affine layers (hidden layers + 1). */
    public int layers() {
        return widths.length - 1;
    }

    /** Hidden neurons (all widths except input and output). */
    public int neurons() {
        int n = 0;
        for (int l = 1; l < widths.length - 1; l++) {
            n += widths[l];
        }
        return n;
    }

    public int[] widths() {
        return widths.clone();
    }

    /** A copy of layer l's weights (out x in, row-major). */
    public double[] weight(int layer) {
        return weights[layer].clone();
    }

    /** A copy of layer l's biases. */
    public double[] bias(int layer) {
        return biases[layer].clone();
    }

    /** Weight (row {@code out}, column {@code in}) of layer l, without copying. */
    public double weightAt(int layer, int out, int in) {
        return weights[layer][out * widths[layer] + in];
    }

    public double biasAt(int layer, int out) {
        return biases[layer][out];
    }

    /** Evaluates {@code n} points ({@code x} is n x inputDim, row-major); returns n x outputDim. */
    public double[] forward(double[] x, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n: expected >= 0, got " + n);
        }
        if (x == null || x.length < (long) n * widths[0]) {
            throw new IllegalArgumentException(
                    "x: expected " + n + " x " + widths[0] + " values, got " + (x == null ? "null" : x.length));
        }
        int outDim = outputDim();
        double[] out = new double[n * outDim];
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            double[] a = Arrays.copyOfRange(x, start * widths[0], (start + rows) * widths[0]);
            for (int l = 0; l < layers(); l++) {
                int in = widths[l];
                int o = widths[l + 1];
                double[] z = new double[rows * o];
                // z = a * W^T (rows x in times in x out), then + b, then ReLU on hidden layers.
                Gemm.dgemm(Transpose.NO, Transpose.YES, rows, o, in, 1.0, a, 0, in, weights[l], 0, in, 0.0, z, 0, o);
                VectorOps.addBias(rows, o, biases[l], 0, z, 0);
                if (l < layers() - 1) {
                    Activations.relu(z.length, z, 0, z, 0);
                }
                a = z;
            }
            System.arraycopy(a, 0, out, start * outDim, rows * outDim);
        }
        return out;
    }

    /** Evaluates one point. */
    public double[] forward(double... point) {
        return forward(point, 1);
    }
}
