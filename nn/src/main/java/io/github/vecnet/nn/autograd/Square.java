package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** x * x; backward is 2 x dy. */
final class Square extends Function {
  static Tensor apply(Tensor x) {
    Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
    Kern.mul(x, x, out);
    return needsGraph(x) ? new Square().record(out, x) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    Tensor x = inputs()[0];
    Tensor dx = Tensor.zeros(dy.rows(), dy.cols(), dy.dtype());
    Kern.mul(dy, x, dx);
    Kern.scale(2.0, dx, dx);
    accumulate(x, dx, true);
  }
}
