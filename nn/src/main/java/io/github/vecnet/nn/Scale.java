package io.github.vecnet.nn;

/** alpha * x (also negation). */
final class Scale extends Function {
    private final double alpha;

    private Scale(double alpha) {
        this.alpha = alpha;
    }

    static Tensor apply(Tensor x, double alpha) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.scale(alpha, x, out);
        return new Scale(alpha).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.scale(alpha, dy, dx);
        return new Tensor[] {dx};
    }
}
