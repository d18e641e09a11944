package io.github.vecnet.nn.autograd;

import io.github.vecnet.kernels.BinaryOp;
import io.github.vecnet.nn.Function;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;

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
      Kern.broadcast(BinaryOp.SUB, a, b, out);
    }
    return new Sub(a, b).record(out, a, b);
  }

  @Override
  protected Tensor[] backward(Tensor dy) {
    Tensor ga = needsGrad(0) ? Broadcasting.reduceTo(dy, aRows, aCols) : null;
    Tensor gb = null;
    if (needsGrad(1)) {
      Tensor reduced = Broadcasting.reduceTo(dy, bRows, bCols);
      gb = reduced == dy ? Tensor.zeros(dy.rows(), dy.cols(), dy.dtype()) : reduced;
      Kern.scale(-1.0, reduced, gb);
    }
    return new Tensor[] {ga, gb};
  }
}
