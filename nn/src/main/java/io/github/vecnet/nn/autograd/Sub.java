package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.LoopKernels;

/** a - b with broadcasting. */
final class Sub extends Function {
  private final int aRows;
  private final int aCols;
  private final int bRows;
  private final int bCols;

  private Sub(Tensor a, Tensor b) {
    aRows = a.rows();
    aCols = a.cols();
    bRows = b.rows();
    bCols = b.cols();
  }

  static Tensor apply(Tensor a, Tensor b, int rows, int cols) {
    Tensor out = Tensor.zeros(rows, cols, a.dtype());
    if (a.sameShape(b)) {
      Kern.sub(a, b, out);
    } else {
      LoopKernels.broadcast(1, a, b, out);
    }
    return needsGraph(a, b) ? new Sub(a, b).record(out, a, b) : out;
  }

  @Override
  protected void backward(Tensor dy) {
    Tensor[] in = inputs();
    Tensor ga = in[0].requiresGrad() ? Broadcasting.reduceTo(dy, aRows, aCols) : null;
    Tensor gb = null;
    if (in[1].requiresGrad()) {
      Tensor reduced = Broadcasting.reduceTo(dy, bRows, bCols);
      gb = reduced == dy ? Tensor.zeros(dy.rows(), dy.cols(), dy.dtype()) : reduced;
      Kern.scale(-1.0, reduced, gb);
    }
    Broadcasting.accumulateBoth(in[0], ga, in[1], gb, dy);
  }
}
