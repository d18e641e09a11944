package io.github.vecnet.nn;

/** max(x, 0); saves its output (positive exactly where the input was). */
final class Relu extends Function {
    private final Tensor out;

    private Relu(Tensor out) {
        this.out = out;
    }

    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.relu(x, out);
        return new Relu(out).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Kern.reluBackward(out, dy, dy); // in place: dy is this node's own gradient, dropped after this call
        return new Tensor[] {dy};
    }
}
