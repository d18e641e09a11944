package io.github.vecnet.nn.autograd;

import io.github.vecnet.kernels.BinaryOp;
import io.github.vecnet.nn.Function;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;

/** a + b with broadcasting; backward sums the gradient over broadcast dimensions. */
final class Add extends Function {
  private final int aRows;
  private final int aCols;
  private final int bRows;
  private final int bCols;

  private Add(Tensor a, Tensor b) {
    aRows = a.rows();
    aCols = a.cols();
    bRows = b.rows();
    bCols = b.cols();
  }

  static Tensor apply(Tensor a, Tensor b, int rows, int cols) {
    Tensor out = Tensor.zeros(rows, cols, a.dtype());
    if (a.sameShape(b)) {
      Kern.add(a, b, out);
    } else if (a.sameShape(out) && b.rows() == 1 && b.cols() == cols) {
      out.copyFrom(a);
      Kern.addBias(b, out);
    } else {
      Kern.broadcast(BinaryOp.ADD, a, b, out);
    }
    return new Add(a, b).record(out, a, b);
  }

  @Override
  protected Tensor[] backward(Tensor dy) {
    return new Tensor[] {
      needsGrad(0) ? Broadcasting.reduceTo(dy, aRows, aCols) : null,
      needsGrad(1) ? Broadcasting.reduceTo(dy, bRows, bCols) : null
    };
  }
}
