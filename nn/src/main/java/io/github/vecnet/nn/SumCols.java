package io.github.vecnet.nn;

/** factor * (sum of each column): 1 x cols. */
final class SumCols extends Function {
    private final double factor;

    private SumCols(double factor) {
        this.factor = factor;
    }

    static Tensor apply(Tensor x, double factor) {
        Tensor out = Tensor.zeros(1, x.cols(), x.dtype());
        Kern.columnSums(x, out);
        if (factor != 1.0) {
            Kern.scale(factor, out, out);
        }
        return new SumCols(factor).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor dx = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.addBias(dy, dx); // each row gets dy
        if (factor != 1.0) {
            Kern.scale(factor, dx, dx);
        }
        return new Tensor[] {dx};
    }
}
