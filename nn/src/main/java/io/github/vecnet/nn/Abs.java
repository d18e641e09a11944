package io.github.vecnet.nn;

/** |x|; the subgradient at 0 is 0. */
final class Abs extends Function {
    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.abs(x, out);
        return new Abs().record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.absBackward(x, dy, dx);
        return new Tensor[] {dx};
    }
}
