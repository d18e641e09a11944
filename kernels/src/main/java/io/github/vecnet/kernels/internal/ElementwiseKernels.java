package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.BinaryOp;

/**
 * Unchecked element-wise kernels. Callers (the public facades) have validated every argument; implementations
 * may assume non-null arrays and in-range offsets/lengths. In-place use (same array and offset for input and
 * output) is allowed everywhere. Matrices are dense row-major ({@code rows x cols}, leading dimension = cols).
 */
public interface ElementwiseKernels {

  // ---- activations, float ----
  void relu(float[] x, int xOffset, float[] y, int yOffset, int n);

  /** dx = dy * (x > 0). */
  void reluBackward(float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n);

  void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int n);

  /** dx = dy * y * (1 - y), from the forward output y. */
  void sigmoidBackward(float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n);

  void tanh(float[] x, int xOffset, float[] y, int yOffset, int n);

  /** dx = dy * (1 - y^2), from the forward output y. */
  void tanhBackward(float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n);

  void exp(float[] x, int xOffset, float[] y, int yOffset, int n);

  void log(float[] x, int xOffset, float[] y, int yOffset, int n);

  void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] y, int yOffset);

  void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset);

  // ---- activations, double ----
  void relu(double[] x, int xOffset, double[] y, int yOffset, int n);

  void reluBackward(double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n);

  void sigmoid(double[] x, int xOffset, double[] y, int yOffset, int n);

  void sigmoidBackward(double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n);

  void tanh(double[] x, int xOffset, double[] y, int yOffset, int n);

  void tanhBackward(double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n);

  void exp(double[] x, int xOffset, double[] y, int yOffset, int n);

  void log(double[] x, int xOffset, double[] y, int yOffset, int n);

  void softmaxRows(int rows, int cols, double[] x, int xOffset, double[] y, int yOffset);

  void logSumExpRows(int rows, int cols, double[] x, int xOffset, double[] out, int outOffset);

  // ---- BLAS-1 style, float ----
  /** y += alpha * x. */
  void axpy(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset);

  /** y = alpha * x. */
  void scale(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset);

  /** z = x + y. */
  void add(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

  /** z = x - y. */
  void sub(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

  /** z = x * y (element-wise). */
  void mul(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

  float sum(int n, float[] x, int xOffset);

  float dot(int n, float[] x, int xOffset, float[] y, int yOffset);

  /** Maximum; NaN if any element is NaN; -infinity for n = 0. */
  float max(int n, float[] x, int xOffset);

  /** Euclidean norm without intermediate overflow or underflow. */
  float norm2(int n, float[] x, int xOffset);

  /** c[i][j] += bias[j] for a dense rows x cols matrix c. */
  void addBias(int rows, int cols, float[] bias, int biasOffset, float[] c, int cOffset);

  /** out[j] = sum_i x[i][j] for a dense rows x cols matrix x. */
  void columnSums(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset);

  // ---- BLAS-1 style, double ----
  void axpy(int n, double alpha, double[] x, int xOffset, double[] y, int yOffset);

  void scale(int n, double alpha, double[] x, int xOffset, double[] y, int yOffset);

  void add(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset);

  void sub(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset);

  void mul(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset);

  double sum(int n, double[] x, int xOffset);

  double dot(int n, double[] x, int xOffset, double[] y, int yOffset);

  double max(int n, double[] x, int xOffset);

  double norm2(int n, double[] x, int xOffset);

  void addBias(int rows, int cols, double[] bias, int biasOffset, double[] c, int cOffset);

  void columnSums(int rows, int cols, double[] x, int xOffset, double[] out, int outOffset);

  // ---- element-wise arithmetic and the optimiser update (float and double) ----
  /** z = x / y. */
  void div(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

  /** y = x + c. */
  void addScalar(int n, float c, float[] x, int xOffset, float[] y, int yOffset);

  /** y = |x|. */
  void abs(int n, float[] x, int xOffset, float[] y, int yOffset);

  /** dx = signum(x) * dy. */
  void absBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset);

  /** z = op(a, b) for a dense rows x cols z; a is aRows x aCols with aRows in {1, rows}, aCols in {1, cols}; b too. */
  void broadcast(BinaryOp op, int rows, int cols, float[] a, int aOffset, int aRows, int aCols, float[] b,
      int bOffset, int bRows, int bCols, float[] z, int zOffset);

  /** One Adam(W) step on p, m and v in place (see {@link AdamStep}). */
  void adam(int n, float[] p, int pOffset, float[] g, int gOffset, float[] m, int mOffset, float[] v, int vOffset,
      AdamStep step);

  void div(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset);

  void addScalar(int n, double c, double[] x, int xOffset, double[] y, int yOffset);

  void abs(int n, double[] x, int xOffset, double[] y, int yOffset);

  void absBackward(int n, double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset);

  void broadcast(BinaryOp op, int rows, int cols, double[] a, int aOffset, int aRows, int aCols, double[] b,
      int bOffset, int bRows, int bCols, double[] z, int zOffset);

  void adam(int n, double[] p, int pOffset, double[] g, int gOffset, double[] m, int mOffset, double[] v,
      int vOffset, AdamStep step);
}
