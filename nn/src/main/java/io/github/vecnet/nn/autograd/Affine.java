package io.github.vecnet.nn.autograd;

import io.github.vecnet.kernels.Transpose;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** x * W + b fused (one graph node per layer); b may be null. */
final class Affine extends Function {
  static Tensor apply(Tensor x, Tensor w, Tensor b) {
    Tensor out = Tensor.zeros(x.rows(), w.cols(), x.dtype());
    Kern.gemm(Transpose.NO, Transpose.NO, 1.0, x, w, 0.0, out);
    if (b != null) {
      Kern.addBias(b, out);
    }
    return needsGraph(x, w, b) ? new Affine().record(out, x, w, b) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    Tensor x = inputs()[0];
    Tensor w = inputs()[1];
    Tensor b = inputs()[2];
    if (w.requiresGrad()) {
      MatMul.gemmInto(w, Transpose.YES, Transpose.NO, x, dy);
    }
    if (b != null && b.requiresGrad()) {
      Tensor sums = Tensor.zeros(1, dy.cols(), dy.dtype());
      Kern.columnSums(dy, sums);
      accumulate(b, sums, true);
    }
    if (x.requiresGrad()) {
      MatMul.gemmInto(x, Transpose.NO, Transpose.YES, dy, w);
    }
  }
}
