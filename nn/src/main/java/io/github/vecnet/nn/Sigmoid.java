package io.github.vecnet.nn;

/** 1 / (1 + exp(-x)); saves its output. */
final class Sigmoid extends Function {
    private final Tensor out;

    private Sigmoid(Tensor out) {
        this.out = out;
    }

    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.sigmoid(x, out);
        return new Sigmoid(out).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Kern.sigmoidBackward(out, dy, dy); // in place: dy is this node's own gradient, dropped after this call
        return new Tensor[] {dy};
    }
}
