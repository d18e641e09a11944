package io.github.vecnet.nn;

import io.github.vecnet.kernels.BinaryOp;

/** a + b with broadcasting; backward sums the gradient over broadcast dimensions. */
final class Add extends Function {
    static Tensor apply(Tensor a, Tensor b, int rows, int cols) {
        Tensor out = Tensor.zeros(rows, cols, a.dtype());
        if (a.sameShape(b)) {
            Kern.add(a, b, out);
        } else if (a.sameShape(out) && b.rows() == 1 && b.cols() == cols) {
            out.copyFrom(a);
            Kern.addBias(b, out);
        } else {
            Kern.broadcast(BinaryOp.ADD, a, b, out);
        }
        return new Add().record(out, a, b);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        return new Tensor[] {
            needsGrad(0) ? Broadcasting.reduceTo(dy, input(0).rows(), input(0).cols()) : null,
            needsGrad(1) ? Broadcasting.reduceTo(dy, input(1).rows(), input(1).cols()) : null
        };
    }
}
