package io.github.vecnet.nn;

/** exp(x); saves its output (its own derivative). */
final class Exp extends Function {
    private final Tensor out;

    private Exp(Tensor out) {
        this.out = out;
    }

    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.exp(x, out);
        return new Exp(out).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.mul(dy, out, dx);
        return new Tensor[] {dx};
    }
}
