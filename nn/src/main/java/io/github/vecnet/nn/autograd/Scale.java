package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** alpha * x (also negation). */
final class Scale extends Function {
  private final double alpha;

  private Scale(double alpha) {
    this.alpha = alpha;
  }

  static Tensor apply(Tensor x, double alpha) {
    Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
    Kern.scale(alpha, x, out);
    return needsGraph(x) ? new Scale(alpha).record(out, x) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
    Kern.scale(alpha, dy, dx);
    accumulate(inputs()[0], dx, true);
  }
}
