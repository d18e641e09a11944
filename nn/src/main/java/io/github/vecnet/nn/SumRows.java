package io.github.vecnet.nn;

import io.github.vecnet.kernels.BinaryOp;

/** factor * (sum of each row): rows x 1. */
final class SumRows extends Function {
    private final double factor;

    private SumRows(double factor) {
        this.factor = factor;
    }

    static Tensor apply(Tensor x, double factor) {
        Tensor out = Tensor.zeros(x.rows(), 1, x.dtype());
        Kern.rowSums(x, out);
        if (factor != 1.0) {
            Kern.scale(factor, out, out);
        }
        return new SumRows(factor).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor dx = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Tensor zeros = Tensor.zeros(1, 1, x.dtype());
        Kern.broadcast(BinaryOp.ADD, zeros, dy, dx); // each row filled with its dy
        if (factor != 1.0) {
            Kern.scale(factor, dx, dx);
        }
        return new Tensor[] {dx};
    }
}
