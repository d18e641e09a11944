package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** x + c. */
final class AddScalar extends Function {
  static Tensor apply(Tensor x, double c) {
    Tensor out = Tensor.zeros(x.rows(), x.cols(), x.dtype());
    LoopKernels.addScalar(x, c, out);
    return needsGraph(x) ? new AddScalar().record(out, x) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    accumulate(inputs()[0], dy, true);
  }
}
