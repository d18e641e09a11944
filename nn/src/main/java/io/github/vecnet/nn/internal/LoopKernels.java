package io.github.vecnet.nn.internal;

import io.github.vecnet.nn.Tensor;

/**
 * Element-wise operations that vecnet-kernels does not provide yet, as plain loops (C2 auto-vectorises most of
 * them). Candidates to move into kernels: div, addScalar, abs, absBackward (sign * dy), square, the row/column
 * broadcast loops and the Adam/AdamW update.
 */
public final class LoopKernels {
  private LoopKernels() {}

  /** out = a / b (same size). */
  public static void div(Tensor a, Tensor b, Tensor out) {
    int n = a.size();
    if (Kern.f32(a)) {
      float[] x = a.floatData();
      float[] y = b.floatData();
      float[] z = out.floatData();
      for (int i = 0; i < n; i++) {
        z[i] = x[i] / y[i];
      }
    } else {
      double[] x = a.doubleData();
      double[] y = b.doubleData();
      double[] z = out.doubleData();
      for (int i = 0; i < n; i++) {
        z[i] = x[i] / y[i];
      }
    }
  }

  /** out = x + c. */
  public static void addScalar(Tensor x, double c, Tensor out) {
    int n = x.size();
    if (Kern.f32(x)) {
      float[] a = x.floatData();
      float[] z = out.floatData();
      float cf = (float) c;
      for (int i = 0; i < n; i++) {
        z[i] = a[i] + cf;
      }
    } else {
      double[] a = x.doubleData();
      double[] z = out.doubleData();
      for (int i = 0; i < n; i++) {
        z[i] = a[i] + c;
      }
    }
  }

  /** out = |x|. */
  public static void abs(Tensor x, Tensor out) {
    int n = x.size();
    if (Kern.f32(x)) {
      float[] a = x.floatData();
      float[] z = out.floatData();
      for (int i = 0; i < n; i++) {
        z[i] = Math.abs(a[i]);
      }
    } else {
      double[] a = x.doubleData();
      double[] z = out.doubleData();
      for (int i = 0; i < n; i++) {
        z[i] = Math.abs(a[i]);
      }
    }
  }

  /** dx = sign(x) * dy (sign(0) = 0, the subgradient PyTorch uses). */
  public static void absBackward(Tensor x, Tensor dy, Tensor dx) {
    int n = x.size();
    if (Kern.f32(x)) {
      float[] a = x.floatData();
      float[] g = dy.floatData();
      float[] z = dx.floatData();
      for (int i = 0; i < n; i++) {
        z[i] = Math.signum(a[i]) * g[i];
      }
    } else {
      double[] a = x.doubleData();
      double[] g = dy.doubleData();
      double[] z = dx.doubleData();
      for (int i = 0; i < n; i++) {
        z[i] = Math.signum(a[i]) * g[i];
      }
    }
  }

  /**
   * out = op(a, b) where a and b may be broadcast: each has either out's number of rows or one row, and either
   * out's number of columns or one column. op: 0 add, 1 sub, 2 mul, 3 div.
   */
  public static void broadcast(int op, Tensor a, Tensor b, Tensor out) {
    int rows = out.rows();
    int cols = out.cols();
    int ars = a.rows() == 1 ? 0 : a.cols();
    int acs = a.cols() == 1 ? 0 : 1;
    int brs = b.rows() == 1 ? 0 : b.cols();
    int bcs = b.cols() == 1 ? 0 : 1;
    if (Kern.f32(out)) {
      float[] x = a.floatData();
      float[] y = b.floatData();
      float[] z = out.floatData();
      for (int i = 0; i < rows; i++) {
        int ai = i * ars;
        int bi = i * brs;
        int zi = i * cols;
        for (int j = 0; j < cols; j++) {
          float u = x[ai + j * acs];
          float v = y[bi + j * bcs];
          z[zi + j] = op == 0 ? u + v : op == 1 ? u - v : op == 2 ? u * v : u / v;
        }
      }
    } else {
      double[] x = a.doubleData();
      double[] y = b.doubleData();
      double[] z = out.doubleData();
      for (int i = 0; i < rows; i++) {
        int ai = i * ars;
        int bi = i * brs;
        int zi = i * cols;
        for (int j = 0; j < cols; j++) {
          double u = x[ai + j * acs];
          double v = y[bi + j * bcs];
          z[zi + j] = op == 0 ? u + v : op == 1 ? u - v : op == 2 ? u * v : u / v;
        }
      }
    }
  }
}
