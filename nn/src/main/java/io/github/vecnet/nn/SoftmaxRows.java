package io.github.vecnet.nn;

import io.github.vecnet.kernels.BinaryOp;

/** Softmax of each row; saves its output y: dx = y * (dy - sum_j dy_j y_j). */
final class SoftmaxRows extends Function {
    private final Tensor out;

    private SoftmaxRows(Tensor out) {
        this.out = out;
    }

    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.softmaxRows(x, out);
        return new SoftmaxRows(out).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor dyTimesY = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.mul(dy, out, dyTimesY);
        Tensor rowDots = Tensor.zeros(dy.rows(), 1, dy.dtype());
        Kern.rowSums(dyTimesY, rowDots);
        Tensor centred = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.broadcast(BinaryOp.SUB, dy, rowDots, centred);
        Kern.mul(centred, out, centred);
        return new Tensor[] {centred};
    }
}
