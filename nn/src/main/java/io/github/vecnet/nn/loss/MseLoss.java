package io.github.vecnet.nn.loss;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.autograd.Function;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** mean((p - t)^2); saves the difference. */
final class MseLoss extends Function {
  private final Tensor diff;

  private MseLoss(Tensor diff) {
    this.diff = diff;
  }

  static Tensor apply(Tensor p, Tensor t) {
    Tensor diff = Tensor.zeros(p.rows(), p.cols(), p.dtype());
    Kern.sub(p, t, diff);
    Tensor out = Tensor.scalar(Kern.dot(diff, diff) / p.size(), p.dtype());
    return needsGraph(p, t) ? new MseLoss(diff).record(out, p, t) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    double factor = 2.0 * dy.get(0) / diff.size();
    Tensor p = inputs()[0];
    Tensor t = inputs()[1];
    if (p.requiresGrad()) {
      Tensor g = Tensor.zeros(diff.rows(), diff.cols(), diff.dtype());
      Kern.scale(factor, diff, g);
      accumulate(p, g, true);
    }
    if (t.requiresGrad()) {
      Tensor g = Tensor.zeros(diff.rows(), diff.cols(), diff.dtype());
      Kern.scale(-factor, diff, g);
      accumulate(t, g, true);
    }
  }
}
