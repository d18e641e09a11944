package io.github.vecnet.nn;

import io.github.vecnet.kernels.BinaryOp;

/** a / b element-wise with broadcasting; saves the quotient for the gradient of b. */
final class Div extends Function {
    private final Tensor quotient;

    private Div(Tensor quotient) {
        this.quotient = quotient;
    }

    static Tensor apply(Tensor a, Tensor b, int rows, int cols) {
        Tensor out = Tensor.zeros(rows, cols, a.dtype());
        if (a.sameShape(b)) {
            Kern.div(a, b, out);
        } else {
            Kern.broadcast(BinaryOp.DIV, a, b, out);
        }
        return new Div(out).record(out, a, b);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor a = input(0);
        Tensor b = input(1);
        // d/da = dy / b; d/db = -dy * a / b^2 = -(dy / b) * quotient
        Tensor dyOverB = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
        if (dy.sameShape(b)) {
            Kern.div(dy, b, dyOverB);
        } else {
            Kern.broadcast(BinaryOp.DIV, dy, b, dyOverB);
        }
        Tensor gb = null;
        if (needsGrad(1)) {
            Tensor t = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
            Kern.mul(dyOverB, quotient, t);
            Kern.scale(-1.0, t, t);
            gb = Broadcasting.reduceTo(t, b.rows(), b.cols());
        }
        Tensor ga = needsGrad(0) ? Broadcasting.reduceTo(dyOverB, a.rows(), a.cols()) : null;
        return new Tensor[] {ga, gb};
    }
}
