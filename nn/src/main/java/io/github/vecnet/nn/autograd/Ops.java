package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.Tensor;

/**
 * The differentiable operations, in functional form (the {@link Tensor} methods delegate here). Every method
 * checks shapes and dtypes before computing and throws {@link IllegalArgumentException} naming both shapes.
 *
 * <p>Broadcasting (add, sub, mul, div): each operand has either the result's number of rows or 1 row, and either
 * the result's number of columns or 1 column; so a {@code 1 x n} bias, an {@code m x 1} column or a {@code 1 x 1}
 * scalar combine with an {@code m x n} matrix. Gradients are summed back over the broadcast dimensions.
 */
public final class Ops {
  private Ops() {}

  /** {@code a (m x k) * b (k x n)}. */
  public static Tensor matmul(Tensor a, Tensor b) {
    checkPair("matmul", a, b);
    if (a.cols() != b.rows()) {
      throw new IllegalArgumentException("matmul: a is " + a.shape() + ", b is " + b.shape()
          + "; a's columns must equal b's rows");
    }
    return MatMul.apply(a, b);
  }

  /**
   * {@code x * w + b}: x is {@code batch x in}, w is {@code in x out}, b is {@code 1 x out} or null. One graph node
   * (what {@link io.github.vecnet.nn.layers.Linear} uses).
   */
  public static Tensor linear(Tensor x, Tensor w, Tensor b) {
    checkPair("linear", x, w);
    if (x.cols() != w.rows()) {
      throw new IllegalArgumentException("linear: input is " + x.shape() + ", weight is " + w.shape()
          + "; the input's columns must equal the weight's rows");
    }
    if (b != null) {
      checkPair("linear", x, b);
      if (b.rows() != 1 || b.cols() != w.cols()) {
        throw new IllegalArgumentException("linear: bias is " + b.shape() + ", expected 1 x " + w.cols());
      }
    }
    return Affine.apply(x, w, b);
  }

  public static Tensor add(Tensor a, Tensor b) {
    int[] shape = broadcastShape("add", a, b);
    return Add.apply(a, b, shape[0], shape[1]);
  }

  public static Tensor sub(Tensor a, Tensor b) {
    int[] shape = broadcastShape("sub", a, b);
    return Sub.apply(a, b, shape[0], shape[1]);
  }

  public static Tensor mul(Tensor a, Tensor b) {
    int[] shape = broadcastShape("mul", a, b);
    return Mul.apply(a, b, shape[0], shape[1]);
  }

  public static Tensor div(Tensor a, Tensor b) {
    int[] shape = broadcastShape("div", a, b);
    return Div.apply(a, b, shape[0], shape[1]);
  }

  /** {@code alpha * x}. */
  public static Tensor scale(Tensor x, double alpha) {
    checkOne("scale", x);
    return Scale.apply(x, alpha);
  }

  /** {@code x + c}. */
  public static Tensor addScalar(Tensor x, double c) {
    checkOne("addScalar", x);
    return AddScalar.apply(x, c);
  }

  public static Tensor neg(Tensor x) {
    return scale(x, -1.0);
  }

  public static Tensor sum(Tensor x) {
    checkOne("sum", x);
    return SumAll.apply(x, 1.0);
  }

  public static Tensor mean(Tensor x) {
    checkOne("mean", x);
    return SumAll.apply(x, 1.0 / x.size());
  }

  /** Sum of each row: {@code rows x 1}. */
  public static Tensor sumRows(Tensor x) {
    checkOne("sumRows", x);
    return SumRows.apply(x, 1.0);
  }

  public static Tensor meanRows(Tensor x) {
    checkOne("meanRows", x);
    return SumRows.apply(x, 1.0 / x.cols());
  }

  /** Sum of each column: {@code 1 x cols}. */
  public static Tensor sumCols(Tensor x) {
    checkOne("sumCols", x);
    return SumCols.apply(x, 1.0);
  }

  public static Tensor meanCols(Tensor x) {
    checkOne("meanCols", x);
    return SumCols.apply(x, 1.0 / x.rows());
  }

  public static Tensor relu(Tensor x) {
    checkOne("relu", x);
    return Relu.apply(x);
  }

  public static Tensor sigmoid(Tensor x) {
    checkOne("sigmoid", x);
    return Sigmoid.apply(x);
  }

  public static Tensor tanh(Tensor x) {
    checkOne("tanh", x);
    return Tanh.apply(x);
  }

  public static Tensor exp(Tensor x) {
    checkOne("exp", x);
    return Exp.apply(x);
  }

  public static Tensor log(Tensor x) {
    checkOne("log", x);
    return Log.apply(x);
  }

  public static Tensor square(Tensor x) {
    checkOne("square", x);
    return Square.apply(x);
  }

  public static Tensor abs(Tensor x) {
    checkOne("abs", x);
    return Abs.apply(x);
  }

  /** Maximum of each row: {@code rows x 1}. */
  public static Tensor maxRows(Tensor x) {
    checkOne("maxRows", x);
    return MaxRows.apply(x);
  }

  public static Tensor softmaxRows(Tensor x) {
    checkOne("softmaxRows", x);
    return SoftmaxRows.apply(x);
  }

  public static Tensor logSoftmaxRows(Tensor x) {
    checkOne("logSoftmaxRows", x);
    return LogSoftmaxRows.apply(x);
  }

  /** Columns {@code [from, to)}, {@code 0 <= from < to <= cols}. */
  public static Tensor sliceCols(Tensor x, int from, int to) {
    checkOne("sliceCols", x);
    if (from < 0 || to > x.cols() || from >= to) {
      throw new IndexOutOfBoundsException("sliceCols: columns [" + from + ", " + to + ") of a " + x.shape()
          + " tensor; need 0 <= from < to <= " + x.cols());
    }
    return SliceCols.apply(x, from, to);
  }

  /** Tensors side by side: same rows, same dtype. */
  public static Tensor concatCols(Tensor... parts) {
    if (parts == null || parts.length == 0) {
      throw new IllegalArgumentException("concatCols: need at least one tensor");
    }
    long cols = 0;
    for (int i = 0; i < parts.length; i++) {
      checkPair("concatCols", parts[0], parts[i]);
      if (parts[i].rows() != parts[0].rows()) {
        throw new IllegalArgumentException("concatCols: part 0 is " + parts[0].shape() + ", part " + i + " is "
            + parts[i].shape() + "; all parts need the same number of rows");
      }
      cols += parts[i].cols();
    }
    if (cols > Integer.MAX_VALUE / Math.max(1, parts[0].rows())) {
      throw new IllegalArgumentException("concatCols: result too large");
    }
    return ConcatCols.apply(parts.clone());
  }

  /** Rows {@code [from, to)}, {@code 0 <= from < to <= rows}. */
  public static Tensor sliceRows(Tensor x, int from, int to) {
    checkOne("sliceRows", x);
    if (from < 0 || to > x.rows() || from >= to) {
      throw new IndexOutOfBoundsException("sliceRows: rows [" + from + ", " + to + ") of a " + x.shape()
          + " tensor; need 0 <= from < to <= " + x.rows());
    }
    return SliceRows.apply(x, from, to);
  }

  /** Tensors stacked vertically: same columns, same dtype. */
  public static Tensor concatRows(Tensor... parts) {
    if (parts == null || parts.length == 0) {
      throw new IllegalArgumentException("concatRows: need at least one tensor");
    }
    long rows = 0;
    for (int i = 0; i < parts.length; i++) {
      checkPair("concatRows", parts[0], parts[i]);
      if (parts[i].cols() != parts[0].cols()) {
        throw new IllegalArgumentException("concatRows: part 0 is " + parts[0].shape() + ", part " + i + " is "
            + parts[i].shape() + "; all parts need the same number of columns");
      }
      rows += parts[i].rows();
    }
    if (rows * parts[0].cols() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("concatRows: result too large");
    }
    return ConcatRows.apply(parts.clone(), (int) rows);
  }

  // ------------------------------------------------------------------ checks
  private static void checkOne(String op, Tensor x) {
    if (x == null) {
      throw new IllegalArgumentException(op + ": input must not be null");
    }
  }

  /** Non-null and the same dtype. */
  static void checkPair(String op, Tensor a, Tensor b) {
    if (a == null || b == null) {
      throw new IllegalArgumentException(op + ": inputs must not be null");
    }
    if (a.dtype() != b.dtype()) {
      throw new IllegalArgumentException(op + ": dtype mismatch, " + a.shape() + " " + a.dtype().label() + " vs "
          + b.shape() + " " + b.dtype().label() + "; convert one with Tensor.to(DType)");
    }
  }

  private static int[] broadcastShape(String op, Tensor a, Tensor b) {
    checkPair(op, a, b);
    int rows = Math.max(a.rows(), b.rows());
    int cols = Math.max(a.cols(), b.cols());
    boolean ok = (a.rows() == rows || a.rows() == 1) && (b.rows() == rows || b.rows() == 1)
        && (a.cols() == cols || a.cols() == 1) && (b.cols() == cols || b.cols() == 1);
    if (!ok) {
      throw new IllegalArgumentException(op + ": shapes " + a.shape() + " and " + b.shape()
          + " do not broadcast; each dimension must match or be 1");
    }
    return new int[] {rows, cols};
  }
}
