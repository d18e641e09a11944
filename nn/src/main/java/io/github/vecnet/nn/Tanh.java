package io.github.vecnet.nn;

/** tanh(x); saves its output. */
final class Tanh extends Function {
    private final Tensor out;

    private Tanh(Tensor out) {
        this.out = out;
    }

    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.tanh(x, out);
        return new Tanh(out).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Kern.tanhBackward(out, dy, dy); // in place: dy is this node's own gradient, dropped after this call
        return new Tensor[] {dy};
    }
}
