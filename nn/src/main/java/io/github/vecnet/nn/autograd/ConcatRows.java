package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;

/** Tensors stacked vertically; backward hands each input its block of rows. */
final class ConcatRows extends Function {
  static Tensor apply(Tensor[] parts, int rows) {
    Tensor out = Tensor.zeros(rows, parts[0].cols(), parts[0].dtype());
    int at = 0;
    for (Tensor p : parts) {
      SliceRows.copyRows(p, 0, out, at, p.rows());
      at += p.rows();
    }
    return needsGraph(parts) ? new ConcatRows().record(out, parts) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    int at = 0;
    for (Tensor p : inputs()) {
      if (p.requiresGrad()) {
        Tensor g = Tensor.zeros(p.rows(), p.cols(), p.dtype());
        SliceRows.copyRows(dy, at, g, 0, p.rows());
        accumulate(p, g, true);
      }
      at += p.rows();
    }
  }
}
