package io.github.vecnet.kernels;

import io.github.vecnet.kernels.internal.Checks;

/**
 * Activation functions and their derivatives over {@code float[]} and {@code double[]} ranges
 * ({@code array, offset} pairs and a length {@code n}). Arguments are validated before anything is written:
 * null arrays and negative lengths give {@link IllegalArgumentException}, ranges past an array's end
 * {@link IndexOutOfBoundsException}; messages name the argument. An output range may be exactly an input
 * range (in place: same array, offset and length); any other overlap of an output with an input in the same array
 * throws {@link IllegalArgumentException} naming both ranges.
 */
public final class Activations {
  private Activations() {}

  // ---------------------------------------------------------------- float
  /**
   * y = max(x, 0). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void relu(float[] x, int xOffset, float[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().relu(x, xOffset, y, yOffset, n);
  }

  /**
   * dx = dy * (x > 0 ? 1 : 0). In-place allowed.
   *
   * @param x the forward input
   * @param xOffset the index of the first element of {@code x}
   * @param dy the gradient with respect to the output
   * @param dyOffset the index of the first element of {@code dy}
   * @param dx receives the gradient with respect to the input
   * @param dxOffset the index of the first element of {@code dx}
   * @param n the number of elements
   */
  public static void reluBackward(float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("dy", dy, dyOffset, n);
    Checks.range("dx", dx, dxOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "x", x, xOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "dy", dy, dyOffset, n);
    Kernels.elementwise().reluBackward(x, xOffset, dy, dyOffset, dx, dxOffset, n);
  }

  /**
   * y = 1 / (1 + exp(-x)); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().sigmoid(x, xOffset, y, yOffset, n);
  }

  /**
   * dx = dy * y * (1 - y), where y is the sigmoid output. In-place allowed.
   *
   * @param y the forward output (the sigmoid values)
   * @param yOffset the index of the first element of {@code y}
   * @param dy the gradient with respect to the output
   * @param dyOffset the index of the first element of {@code dy}
   * @param dx receives the gradient with respect to the input
   * @param dxOffset the index of the first element of {@code dx}
   * @param n the number of elements
   */
  public static void sigmoidBackward(float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("y", y, yOffset, n);
    Checks.range("dy", dy, dyOffset, n);
    Checks.range("dx", dx, dxOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "y", y, yOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "dy", dy, dyOffset, n);
    Kernels.elementwise().sigmoidBackward(y, yOffset, dy, dyOffset, dx, dxOffset, n);
  }

  /**
   * y = tanh(x); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void tanh(float[] x, int xOffset, float[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().tanh(x, xOffset, y, yOffset, n);
  }

  /**
   * dx = dy * (1 - y * y), where y is the tanh output. In-place allowed.
   *
   * @param y the forward output (the tanh values)
   * @param yOffset the index of the first element of {@code y}
   * @param dy the gradient with respect to the output
   * @param dyOffset the index of the first element of {@code dy}
   * @param dx receives the gradient with respect to the input
   * @param dxOffset the index of the first element of {@code dx}
   * @param n the number of elements
   */
  public static void tanhBackward(float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("y", y, yOffset, n);
    Checks.range("dy", dy, dyOffset, n);
    Checks.range("dx", dx, dxOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "y", y, yOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "dy", dy, dyOffset, n);
    Kernels.elementwise().tanhBackward(y, yOffset, dy, dyOffset, dx, dxOffset, n);
  }

  /**
   * y = exp(x). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void exp(float[] x, int xOffset, float[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().exp(x, xOffset, y, yOffset, n);
  }

  /**
   * y = log(x) (natural logarithm). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void log(float[] x, int xOffset, float[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().log(x, xOffset, y, yOffset, n);
  }

  /**
   * Numerically stable softmax of each row of a dense row-major {@code rows x cols} matrix. In-place allowed.
   *
   * @param rows the number of rows
   * @param cols the number of columns
   * @param x the row-major matrix
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   */
  public static void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] y, int yOffset) {
    Checks.nonNegative("rows", rows);
    Checks.nonNegative("cols", cols);
    Checks.range("x", x, xOffset, (long) rows * cols);
    Checks.range("y", y, yOffset, (long) rows * cols);
    Checks.noPartialOverlap("y", y, yOffset, (long) rows * cols, "x", x, xOffset, (long) rows * cols);
    Kernels.elementwise().softmaxRows(rows, cols, x, xOffset, y, yOffset);
  }

  /**
   * {@code out[i] = log(sum_j exp(x[i][j]))}, computed stably, for a dense row-major {@code rows x cols} matrix.
   *
   * @param rows the number of rows
   * @param cols the number of columns
   * @param x the row-major matrix
   * @param xOffset the index of the first element of {@code x}
   * @param out receives one value per row
   * @param outOffset the index of the first element of {@code out}
   */
  public static void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
    Checks.nonNegative("rows", rows);
    Checks.nonNegative("cols", cols);
    Checks.range("x", x, xOffset, (long) rows * cols);
    Checks.range("out", out, outOffset, rows);
    Checks.noPartialOverlap("out", out, outOffset, rows, "x", x, xOffset, (long) rows * cols);
    Kernels.elementwise().logSumExpRows(rows, cols, x, xOffset, out, outOffset);
  }

  // ---------------------------------------------------------------- double
  /**
   * y = max(x, 0). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void relu(double[] x, int xOffset, double[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().relu(x, xOffset, y, yOffset, n);
  }

  /**
   * dx = dy * (x > 0 ? 1 : 0). In-place allowed.
   *
   * @param x the forward input
   * @param xOffset the index of the first element of {@code x}
   * @param dy the gradient with respect to the output
   * @param dyOffset the index of the first element of {@code dy}
   * @param dx receives the gradient with respect to the input
   * @param dxOffset the index of the first element of {@code dx}
   * @param n the number of elements
   */
  public static void reluBackward(double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("dy", dy, dyOffset, n);
    Checks.range("dx", dx, dxOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "x", x, xOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "dy", dy, dyOffset, n);
    Kernels.elementwise().reluBackward(x, xOffset, dy, dyOffset, dx, dxOffset, n);
  }

  /**
   * y = 1 / (1 + exp(-x)); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void sigmoid(double[] x, int xOffset, double[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().sigmoid(x, xOffset, y, yOffset, n);
  }

  /**
   * dx = dy * y * (1 - y), where y is the sigmoid output. In-place allowed.
   *
   * @param y the forward output (the sigmoid values)
   * @param yOffset the index of the first element of {@code y}
   * @param dy the gradient with respect to the output
   * @param dyOffset the index of the first element of {@code dy}
   * @param dx receives the gradient with respect to the input
   * @param dxOffset the index of the first element of {@code dx}
   * @param n the number of elements
   */
  public static void sigmoidBackward(double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("y", y, yOffset, n);
    Checks.range("dy", dy, dyOffset, n);
    Checks.range("dx", dx, dxOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "y", y, yOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "dy", dy, dyOffset, n);
    Kernels.elementwise().sigmoidBackward(y, yOffset, dy, dyOffset, dx, dxOffset, n);
  }

  /**
   * y = tanh(x); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void tanh(double[] x, int xOffset, double[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().tanh(x, xOffset, y, yOffset, n);
  }

  /**
   * dx = dy * (1 - y * y), where y is the tanh output. In-place allowed.
   *
   * @param y the forward output (the tanh values)
   * @param yOffset the index of the first element of {@code y}
   * @param dy the gradient with respect to the output
   * @param dyOffset the index of the first element of {@code dy}
   * @param dx receives the gradient with respect to the input
   * @param dxOffset the index of the first element of {@code dx}
   * @param n the number of elements
   */
  public static void tanhBackward(double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("y", y, yOffset, n);
    Checks.range("dy", dy, dyOffset, n);
    Checks.range("dx", dx, dxOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "y", y, yOffset, n);
    Checks.noPartialOverlap("dx", dx, dxOffset, n, "dy", dy, dyOffset, n);
    Kernels.elementwise().tanhBackward(y, yOffset, dy, dyOffset, dx, dxOffset, n);
  }

  /**
   * y = exp(x). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void exp(double[] x, int xOffset, double[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().exp(x, xOffset, y, yOffset, n);
  }

  /**
   * y = log(x) (natural logarithm). In-place allowed.
   *
   * @param x the input values
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   * @param n the number of elements
   */
  public static void log(double[] x, int xOffset, double[] y, int yOffset, int n) {
    Checks.nonNegative("n", n);
    Checks.range("x", x, xOffset, n);
    Checks.range("y", y, yOffset, n);
    Checks.noPartialOverlap("y", y, yOffset, n, "x", x, xOffset, n);
    Kernels.elementwise().log(x, xOffset, y, yOffset, n);
  }

  /**
   * Numerically stable softmax of each row of a dense row-major {@code rows x cols} matrix. In-place allowed.
   *
   * @param rows the number of rows
   * @param cols the number of columns
   * @param x the row-major matrix
   * @param xOffset the index of the first element of {@code x}
   * @param y the output values
   * @param yOffset the index of the first element of {@code y}
   */
  public static void softmaxRows(int rows, int cols, double[] x, int xOffset, double[] y, int yOffset) {
    Checks.nonNegative("rows", rows);
    Checks.nonNegative("cols", cols);
    Checks.range("x", x, xOffset, (long) rows * cols);
    Checks.range("y", y, yOffset, (long) rows * cols);
    Checks.noPartialOverlap("y", y, yOffset, (long) rows * cols, "x", x, xOffset, (long) rows * cols);
    Kernels.elementwise().softmaxRows(rows, cols, x, xOffset, y, yOffset);
  }

  /**
   * {@code out[i] = log(sum_j exp(x[i][j]))}, computed stably, for a dense row-major {@code rows x cols} matrix.
   *
   * @param rows the number of rows
   * @param cols the number of columns
   * @param x the row-major matrix
   * @param xOffset the index of the first element of {@code x}
   * @param out receives one value per row
   * @param outOffset the index of the first element of {@code out}
   */
  public static void logSumExpRows(int rows, int cols, double[] x, int xOffset, double[] out, int outOffset) {
    Checks.nonNegative("rows", rows);
    Checks.nonNegative("cols", cols);
    Checks.range("x", x, xOffset, (long) rows * cols);
    Checks.range("out", out, outOffset, rows);
    Checks.noPartialOverlap("out", out, outOffset, rows, "x", x, xOffset, (long) rows * cols);
    Kernels.elementwise().logSumExpRows(rows, cols, x, xOffset, out, outOffset);
  }
}
