package io.github.vecnet.nn;

/** factor * sum of all elements (factor 1/n gives the mean). */
final class SumAll extends Function {
    private final double factor;

    private SumAll(double factor) {
        this.factor = factor;
    }

    static Tensor apply(Tensor x, double factor) {
        Tensor out = Tensor.scalar(factor * Kern.sum(x), x.dtype());
        return new SumAll(factor).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        return new Tensor[] {Tensor.full(x.rows(), x.cols(), factor * dy.get(0), x.dtype())};
    }
}
