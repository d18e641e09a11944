package io.github.vecnet.nn;

import io.github.vecnet.kernels.Transpose;

/** x * W + b fused (one graph node per layer); b may be null. */
final class Affine extends Function {
    static Tensor apply(Tensor x, Tensor w, Tensor b) {
        Tensor out = Tensor.zeros(x.rows(), w.cols(), x.dtype());
        Kern.gemm(Transpose.NO, Transpose.NO, 1.0, x, w, 0.0, out);
        if (b != null) {
            Kern.addBias(b, out);
        }
        return new Affine().record(out, x, w, b);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor w = input(1);
        Tensor gw = needsGrad(1) ? MatMul.product(existingGrad(1), w, Transpose.YES, Transpose.NO, x, dy) : null;
        Tensor gb = null;
        if (needsGrad(2)) {
            gb = Tensor.zeros(1, dy.cols(), dy.dtype());
            Kern.columnSums(dy, gb);
        }
        Tensor gx = needsGrad(0) ? MatMul.product(existingGrad(0), x, Transpose.NO, Transpose.YES, dy, w) : null;
        return new Tensor[] {gx, gw, gb};
    }
}
