package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.kernels.Activations;
import io.github.vecnet.kernels.Gemm;
import io.github.vecnet.kernels.Transpose;
import io.github.vecnet.kernels.VectorOps;

/**
 * Full-batch training of a scalar ReLU MLP on vecnet's kernels with every kernel result rounded to a
 * {@link Precision}: the training loop of section 4. Forward, MSE and backward are written out (one GEMM per layer
 * and direction) so that each intermediate can be rounded, which an autodiff engine would hide. Parameters are
 * stored PyTorch-style (out x in) and are themselves values of the precision.
 */
final class RoundedMlp {
    /** Optimiser: plain gradient descent or Adam (beta1 0.9, beta2 0.999, eps 1e-8; one fused kernel per update). */
    enum Optimizer {
        GD,
        ADAM
    }

    private final int[] widths;
    private final double[][] w;
    private final double[][] b;
    private final Precision precision;
    private final Optimizer optimizer;
    private final double lr;
    /**
     * Adam's moment buffers: float32 when training in float16 (as mixed-precision practice does; in binary16 the
     * second moment of gradients below ~5e-3 underflows to 0 and the step explodes), else the run's precision.
     */
    private final Precision stateFormat;

    private final double[][] mw;
    private final double[][] vw;
    private final double[][] mb;
    private final double[][] vb;
    private long steps;
    /** Per layer: histogram of log10(|db| / |b|) in {@link #RATIO_BINS} bins, then updates below half an ulp, total. */
    private final long[][] ratioHistogram;

    private final long[] belowHalfUlp;
    private final long[] ratioUpdates;
    private long biasUpdates;
    private long biasUpdatesLost;
    private double biasUpdateSum;

    RoundedMlp(ReluNet init, Precision precision, Optimizer optimizer, double lr) {
        if (init.inputDim() != 1 || init.outputDim() != 1) {
            throw new IllegalArgumentException(
                    "init: expected a scalar net, got " + init.inputDim() + " -> " + init.outputDim());
        }
        if (!(lr > 0)) {
            throw new IllegalArgumentException("lr: expected > 0, got " + lr);
        }
        this.widths = init.widths();
        this.precision = precision;
        this.optimizer = optimizer;
        this.lr = lr;
        this.stateFormat = precision == Precision.FLOAT16 ? Precision.FLOAT32 : precision;
        int layers = widths.length - 1;
        w = new double[layers][];
        b = new double[layers][];
        mw = new double[layers][];
        vw = new double[layers][];
        mb = new double[layers][];
        vb = new double[layers][];
        ratioHistogram = new long[layers][RATIO_BINS];
        belowHalfUlp = new long[layers];
        ratioUpdates = new long[layers];
        for (int l = 0; l < layers; l++) {
            w[l] = init.weight(l);
            b[l] = init.bias(l);
            precision.round(w[l]);
            precision.round(b[l]);
            mw[l] = new double[w[l].length];
            vw[l] = new double[w[l].length];
            mb[l] = new double[b[l].length];
            vb[l] = new double[b[l].length];
        }
    }

    /** The current parameters as an exact double network (for the piece counter). */
    ReluNet net() {
        return ReluNet.of(widths, w, b);
    }

    /**
     * One full-batch step on (x, y) (n points); returns the loss before the update (NaN/infinite if the run
     * diverged; the parameters are then left as they were).
     */
    double step(double[] x, double[] y, int n) {
        int layers = widths.length - 1;
        double[][] gw = new double[layers][];
        double[][] gb = new double[layers][];
        double loss = lossAndGradients(x, y, n, gw, gb);
        if (!Double.isFinite(loss)) {
            return loss;
        }
        steps++;
        for (int l = 0; l < layers; l++) {
            update(w[l], gw[l], mw[l], vw[l], -1);
            update(b[l], gb[l], mb[l], vb[l], l);
        }
        return loss;
    }

    /** MSE loss at the current parameters; fills gw[l], gb[l] with its gradients (rounded like everything else). */
    double lossAndGradients(double[] x, double[] y, int n, double[][] gw, double[][] gb) {
        int layers = widths.length - 1;
        double[][] a = new double[layers][]; // a[l] = input of layer l (n x widths[l])
        double[][] z = new double[layers][]; // pre-activations (n x widths[l+1])
        double[] in = x.clone();
        precision.round(in);
        for (int l = 0; l < layers; l++) {
            a[l] = in;
            int inW = widths[l];
            int outW = widths[l + 1];
            double[] zl = new double[n * outW];
            Gemm.dgemm(Transpose.NO, Transpose.YES, n, outW, inW, 1.0, in, 0, inW, w[l], 0, inW, 0.0, zl, 0, outW);
            precision.round(zl);
            VectorOps.addBias(n, outW, b[l], 0, zl, 0);
            precision.round(zl);
            z[l] = zl;
            if (l < layers - 1) {
                double[] h = new double[zl.length];
                Activations.relu(h.length, zl, 0, h, 0);
                in = h;
            }
        }
        double[] out = z[layers - 1];
        double[] r = new double[n];
        VectorOps.sub(n, out, 0, y, 0, r, 0);
        precision.round(r);
        double loss = precision.round(VectorOps.dot(n, r, 0, r, 0) / n);
        if (!Double.isFinite(loss)) {
            return loss;
        }
        // dL/dout = 2 r / n
        double[] dz = new double[n];
        VectorOps.scale(n, 2.0 / n, r, 0, dz, 0);
        precision.round(dz);
        for (int l = layers - 1; l >= 0; l--) {
            int inW = widths[l];
            int outW = widths[l + 1];
            gw[l] = new double[outW * inW];
            // gW = dZ^T A (out x n times n x in)
            Gemm.dgemm(Transpose.YES, Transpose.NO, outW, inW, n, 1.0, dz, 0, outW, a[l], 0, inW, 0.0, gw[l], 0, inW);
            precision.round(gw[l]);
            gb[l] = new double[outW];
            VectorOps.columnSums(n, outW, dz, 0, gb[l], 0);
            precision.round(gb[l]);
            if (l > 0) {
                double[] da = new double[n * inW];
                Gemm.dgemm(Transpose.NO, Transpose.NO, n, inW, outW, 1.0, dz, 0, outW, w[l], 0, inW, 0.0, da, 0, inW);
                precision.round(da);
                double[] dzPrev = new double[n * inW];
                Activations.reluBackward(da.length, z[l - 1], 0, da, 0, dzPrev, 0);
                dz = dzPrev;
            }
        }
        return loss;
    }

    /** log10(|db| / |b|) histogram: bins of {@link #RATIO_BIN_WIDTH} from {@link #RATIO_LOW}; the ends collect the rest. */
    static final int RATIO_BINS = 36;

    static final double RATIO_LOW = -16;
    static final double RATIO_BIN_WIDTH = 0.5;

    /** The histogram bin of a ratio |db| / |b| > 0. */
    static int ratioBin(double ratio) {
        int bin = (int) Math.floor((Math.log10(ratio) - RATIO_LOW) / RATIO_BIN_WIDTH);
        return Math.max(0, Math.min(RATIO_BINS - 1, bin));
    }

    /** Per layer: counts of nonzero bias updates of a nonzero bias by log10(|db| / |b|) bin (since construction). */
    long[][] biasRatioHistogram() {
        long[][] copy = new long[ratioHistogram.length][];
        for (int l = 0; l < copy.length; l++) {
            copy[l] = ratioHistogram[l].clone();
        }
        return copy;
    }

    /** Per layer: nonzero bias updates smaller than half an ulp of the bias in this precision. */
    long[] biasUpdatesBelowHalfUlp() {
        return belowHalfUlp.clone();
    }

    /** Per layer: all nonzero bias updates (of zero and nonzero biases). */
    long[] biasUpdateCounts() {
        return ratioUpdates.clone();
    }

    /**
     * One fused update kernel: internal arithmetic in double, outputs rounded to the precision. {@code biasLayer}
     * is the layer of a bias vector (its updates are recorded) or -1 for weights.
     */
    private void update(double[] p, double[] g, double[] m, double[] v, int biasLayer) {
        boolean bias = biasLayer >= 0;
        double c1 = 1 - StrictMath.pow(0.9, steps);
        double c2 = 1 - StrictMath.pow(0.999, steps);
        for (int i = 0; i < p.length; i++) {
            double delta;
            if (optimizer == Optimizer.GD) {
                delta = lr * g[i];
            } else {
                m[i] = stateFormat.round(0.9 * m[i] + 0.1 * g[i]);
                v[i] = stateFormat.round(0.999 * v[i] + 0.001 * g[i] * g[i]);
                delta = lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
            }
            double updated = precision.round(p[i] - delta);
            if (bias && delta != 0) {
                ratioUpdates[biasLayer]++;
                if (Math.abs(delta) < 0.5 * precision.ulp(p[i])) {
                    belowHalfUlp[biasLayer]++;
                }
                if (p[i] != 0) {
                    ratioHistogram[biasLayer][ratioBin(Math.abs(delta / p[i]))]++;
                }
                biasUpdates++;
                biasUpdateSum += Math.abs(delta);
                if (updated == p[i]) {
                    biasUpdatesLost++; // the update is below half an ulp of the bias: rounding swallowed it
                }
            }
            p[i] = updated;
        }
    }

    /** Mean |bias update| since the last call, the fraction of nonzero bias updates lost to rounding; resets. */
    double[] takeBiasUpdateStats() {
        double[] stats = {
            biasUpdates == 0 ? 0 : biasUpdateSum / biasUpdates,
            biasUpdates == 0 ? 0 : (double) biasUpdatesLost / biasUpdates
        };
        biasUpdates = 0;
        biasUpdatesLost = 0;
        biasUpdateSum = 0;
        return stats;
    }

    long steps() {
        return steps;
    }

    Precision precision() {
        return precision;
    }
}
