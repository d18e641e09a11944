package io.github.vecnet.nn;

import io.github.vecnet.kernels.Transpose;
import java.util.Locale;

/**
 * x * W + b fused (one graph node per layer; b may be null), optionally followed by relu, sigmoid or tanh in the
 * same buffer: their backward passes need only the output, so the pre-activation is never kept. The bits are those
 * of the unfused composition: the same kernels run in the same order.
 */
final class Affine extends Function {
    /** The activation applied in place after the bias. */
    enum Then {
        NOTHING,
        RELU,
        SIGMOID,
        TANH
    }

    private final Then then;
    private final Tensor out;

    private Affine(Then then, Tensor out) {
        this.then = then;
        this.out = out;
    }

    static Tensor apply(Tensor x, Tensor w, Tensor b, Then then) {
        Tensor out = Tensor.zeros(x.rows(), w.cols(), x.dtype());
        Kern.gemm(Transpose.NO, Transpose.NO, 1.0, x, w, 0.0, out);
        if (b != null) {
            Kern.addBias(b, out);
        }
        switch (then) {
            case RELU:
                Kern.relu(out, out);
                break;
            case SIGMOID:
                Kern.sigmoid(out, out);
                break;
            case TANH:
                Kern.tanh(out, out);
                break;
            default:
                break;
        }
        return new Affine(then, then == Then.NOTHING ? null : out).record(out, x, w, b);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        // dy is this node's own gradient buffer, read by nothing after this call (Autograd drops it next), so the
        // gradient of the pre-activation overwrites it instead of taking a fresh buffer.
        switch (then) {
            case RELU:
                Kern.reluBackward(out, dy, dy);
                break;
            case SIGMOID:
                Kern.sigmoidBackward(out, dy, dy);
                break;
            case TANH:
                Kern.tanhBackward(out, dy, dy);
                break;
            default:
                break;
        }
        Tensor x = input(0);
        Tensor w = input(1);
        Tensor gw = needsGrad(1) ? MatMul.product(existingGrad(1), w, Transpose.YES, Transpose.NO, x, dy) : null;
        Tensor gb = null;
        if (needsGrad(2)) {
            gb = Tensor.zeros(1, dy.cols(), dy.dtype());
            Kern.columnSums(dy, gb);
        }
        Tensor gx = needsGrad(0) ? MatMul.product(existingGrad(0), x, Transpose.NO, Transpose.YES, dy, w) : null;
        return new Tensor[] {gx, gw, gb};
    }

    @Override
    public String name() {
        return then == Then.NOTHING ? "Affine" : "Affine+" + then.name().toLowerCase(Locale.ROOT);
    }
}
