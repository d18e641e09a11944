package io.github.vecnet.nn;

/** x * x; backward is 2 x dy. */
final class Square extends Function {
    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.mul(x, x, out);
        return new Square().record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.mul(dy, x, dx);
        Kern.scale(2.0, dx, dx);
        return new Tensor[] {dx};
    }
}
