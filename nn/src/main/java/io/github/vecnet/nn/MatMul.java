package io.github.vecnet.nn;

import io.github.vecnet.kernels.Transpose;

/** a (m x k) * b (k x n) on GEMM; backward uses transposed GEMM calls, never materialised transposes. */
final class MatMul extends Function {
    static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Tensor.zeros(a.rows(), b.cols(), a.dtype());
        Kern.gemm(Transpose.NO, Transpose.NO, 1.0, a, b, 0.0, out);
        return new MatMul().record(out, a, b);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor a = input(0);
        Tensor b = input(1);
        return new Tensor[] {
            needsGrad(0) ? product(existingGrad(0), a, Transpose.NO, Transpose.YES, dy, b) : null, // dA += dY * B^T
            needsGrad(1) ? product(existingGrad(1), b, Transpose.YES, Transpose.NO, a, dy) : null // dB += A^T * dY
        };
    }

    /**
     * op(x) * op(y) as a gradient for {@code target}: added straight into the buffer {@code existing} when there is
     * one (GEMM with beta = 1, no temporary; returning it tells Function it is already added), else a buffer from
     * {@link GradientBin} (GEMM with beta = 0 overwrites every element and never reads the old ones).
     */
    static Tensor product(Tensor existing, Tensor target, Transpose transX, Transpose transY, Tensor x, Tensor y) {
        if (existing != null) {
            Kern.gemm(transX, transY, 1.0, x, y, 1.0, existing);
            return existing;
        }
        Tensor fresh = GradientBin.current().take(target.rows(), target.cols(), target.dtype());
        Kern.gemm(transX, transY, 1.0, x, y, 0.0, fresh);
        return fresh;
    }
}
