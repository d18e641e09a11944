package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** Tensors side by side; backward hands each input its block of columns. */
final class ConcatCols extends Function {
  static Tensor apply(Tensor[] parts) {
    int cols = 0;
    for (Tensor p : parts) {
      cols += p.cols();
    }
    Tensor out = Tensor.zeros(parts[0].rows(), cols, parts[0].dtype());
    int at = 0;
    for (Tensor p : parts) {
      SliceCols.copyBlock(p, 0, out, at, p.cols());
      at += p.cols();
    }
    return needsGraph(parts) ? new ConcatCols().record(out, parts) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    int at = 0;
    for (Tensor p : inputs()) {
      if (p.requiresGrad()) {
        Tensor g = Tensor.zeros(p.rows(), p.cols(), p.dtype());
        SliceCols.copyBlock(dy, at, g, 0, p.cols());
        accumulate(p, g, true);
      }
      at += p.cols();
    }
  }
}
