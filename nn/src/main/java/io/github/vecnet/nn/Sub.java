package io.github.vecnet.nn;

import io.github.vecnet.kernels.BinaryOp;

/** a - b with broadcasting. */
final class Sub extends Function {
    static Tensor apply(Tensor a, Tensor b, int rows, int cols) {
        Tensor out = Tensor.zeros(rows, cols, a.dtype());
        if (a.sameShape(b)) {
            Kern.sub(a, b, out);
        } else {
            Kern.broadcast(BinaryOp.SUB, a, b, out);
        }
        return new Sub().record(out, a, b);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor ga = needsGrad(0) ? Broadcasting.reduceTo(dy, input(0).rows(), input(0).cols()) : null;
        Tensor gb = null;
        if (needsGrad(1)) {
            Tensor reduced = Broadcasting.reduceTo(dy, input(1).rows(), input(1).cols());
            gb = reduced == dy ? Tensor.zeros(dy.rows(), dy.cols(), dy.dtype()) : reduced;
            Kern.scale(-1.0, reduced, gb);
        }
        return new Tensor[] {ga, gb};
    }
}
