package io.github.vecnet.nn;

import io.github.vecnet.kernels.BinaryOp;

/** x - logsumexp(x) per row; saves its output y: dx = dy - exp(y) * sum_j dy_j. */
final class LogSoftmaxRows extends Function {
    private final Tensor out;

    private LogSoftmaxRows(Tensor out) {
        this.out = out;
    }

    static Tensor apply(Tensor x) {
        Tensor lse = Tensor.zeros(x.rows(), 1, x.dtype());
        Kern.logSumExpRows(x, lse);
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.broadcast(BinaryOp.SUB, x, lse, out);
        return new LogSoftmaxRows(out).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor softmax = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.exp(out, softmax);
        Tensor dySums = Tensor.zeros(dy.rows(), 1, dy.dtype());
        Kern.rowSums(dy, dySums);
        Tensor weighted = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.broadcast(BinaryOp.MUL, softmax, dySums, weighted);
        Kern.sub(dy, weighted, weighted);
        return new Tensor[] {weighted};
    }
}
