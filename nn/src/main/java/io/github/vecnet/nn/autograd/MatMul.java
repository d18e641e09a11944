package io.github.vecnet.nn.autograd;

import io.github.vecnet.kernels.Transpose;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** a (m x k) * b (k x n) on GEMM; backward uses transposed GEMM calls, never materialised transposes. */
final class MatMul extends Function {
  static Tensor apply(Tensor a, Tensor b) {
    Tensor out = Tensor.zeros(a.rows(), b.cols(), a.dtype());
    Kern.gemm(Transpose.NO, Transpose.NO, 1.0, a, b, 0.0, out);
    return needsGraph(a, b) ? new MatMul().record(out, a, b) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    Tensor a = inputs()[0];
    Tensor b = inputs()[1];
    if (a.requiresGrad()) {
      gemmInto(a, Transpose.NO, Transpose.YES, dy, b); // dA += dY * B^T
    }
    if (b.requiresGrad()) {
      gemmInto(b, Transpose.YES, Transpose.NO, a, dy); // dB += A^T * dY
    }
  }

  /** target.grad += op(x) * op(y), writing straight into the gradient buffer (no temporary). */
  static void gemmInto(Tensor target, Transpose transX, Transpose transY, Tensor x, Tensor y) {
    Tensor g = target.grad();
    if (g == null) {
      Tensor fresh = Tensor.zeros(target.rows(), target.cols(), target.dtype());
      Kern.gemm(transX, transY, 1.0, x, y, 0.0, fresh);
      accumulate(target, fresh, true);
    } else {
      Kern.gemm(transX, transY, 1.0, x, y, 1.0, g);
    }
  }
}
