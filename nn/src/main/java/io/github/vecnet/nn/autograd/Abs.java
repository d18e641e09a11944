package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** |x|; the subgradient at 0 is 0. */
final class Abs extends Function {
  static Tensor apply(Tensor x) {
    Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
    LoopKernels.abs(x, out);
    return needsGraph(x) ? new Abs().record(out, x) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    Tensor x = inputs()[0];
    Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
    LoopKernels.absBackward(x, dy, dx);
    accumulate(x, dx, true);
  }
}
