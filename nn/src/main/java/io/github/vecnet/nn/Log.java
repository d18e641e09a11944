package io.github.vecnet.nn;

/** Natural log; backward divides by the input. */
final class Log extends Function {
    static Tensor apply(Tensor x) {
        Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        Kern.log(x, out);
        return new Log().record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        Kern.div(dy, input(0), dx);
        return new Tensor[] {dx};
    }
}
