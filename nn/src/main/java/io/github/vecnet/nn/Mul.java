package io.github.vecnet.nn;

import io.github.vecnet.kernels.BinaryOp;

/** a * b element-wise with broadcasting; backward needs both inputs (already held as inputs). */
final class Mul extends Function {
    static Tensor apply(Tensor a, Tensor b, int rows, int cols) {
        Tensor out = Tensor.zeros(rows, cols, a.dtype());
        if (a.sameShape(b)) {
            Kern.mul(a, b, out);
        } else {
            Kern.broadcast(BinaryOp.MUL, a, b, out);
        }
        return new Mul().record(out, a, b);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor a = input(0);
        Tensor b = input(1);
        return new Tensor[] {
            needsGrad(0) ? Broadcasting.reduceTo(product(dy, b), a.rows(), a.cols()) : null,
            needsGrad(1) ? Broadcasting.reduceTo(product(dy, a), b.rows(), b.cols()) : null
        };
    }

    private static Tensor product(Tensor dy, Tensor other) {
        Tensor out = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        if (dy.sameShape(other)) {
            Kern.mul(dy, other, out);
        } else {
            Kern.broadcast(BinaryOp.MUL, dy, other, out);
        }
        return out;
    }
}
