package io.github.vecnet.kernels.internal.gemm;

import java.util.Arrays;

/** {@link Precision} for {@code double[]}; twin of {@link FloatPrecision}. */
public final class DoublePrecision implements Precision<double[]> {
  public static final DoublePrecision INSTANCE = new DoublePrecision();

  private DoublePrecision() {}

  @Override
  public double[] newArray(int length) {
    return new double[length];
  }

  @Override
  public int length(double[] array) {
    return array.length;
  }

  @Override
  public void packA(boolean transA, double[] a, int aOffset, int lda, int row0, int rows, int p0, int kc, int mr,
      double[] dest) {
    int d = 0;
    for (int r0 = 0; r0 < rows; r0 += mr) {
      int h = Math.min(mr, rows - r0);
      if (transA) {
        // op(A)[i, p] = A[p, i]: the mr values of one packed column are contiguous in A.
        int src = aOffset + p0 * lda + row0 + r0;
        for (int p = 0; p < kc; p++, src += lda, d += mr) {
          System.arraycopy(a, src, dest, d, h);
          Arrays.fill(dest, d + h, d + mr, 0d);
        }
      } else {
        int rowStart = aOffset + (row0 + r0) * lda + p0;
        for (int p = 0; p < kc; p++, d += mr) {
          int src = rowStart + p;
          for (int r = 0; r < h; r++, src += lda) {
            dest[d + r] = a[src];
          }
          for (int r = h; r < mr; r++) {
            dest[d + r] = 0d;
          }
        }
      }
    }
  }

  @Override
  public void packBPanel(boolean transB, double[] b, int bOffset, int ldb, int p0, int kc, int col0, int cols, int nr,
      double[] dest, int destOffset) {
    int d = destOffset;
    if (transB) {
      // op(B)[p, j] = B[j, p]: walk each stored row of B once.
      for (int j = 0; j < cols; j++) {
        int src = bOffset + (col0 + j) * ldb + p0;
        for (int p = 0; p < kc; p++) {
          dest[d + p * nr + j] = b[src + p];
        }
      }
      for (int j = cols; j < nr; j++) {
        for (int p = 0; p < kc; p++) {
          dest[d + p * nr + j] = 0d;
        }
      }
    } else {
      int src = bOffset + p0 * ldb + col0;
      for (int p = 0; p < kc; p++, src += ldb, d += nr) {
        System.arraycopy(b, src, dest, d, cols);
        Arrays.fill(dest, d + cols, d + nr, 0d);
      }
    }
  }

  @Override
  public void scale(int m, int n, double beta, double[] c, int cOffset, int ldc) {
    double s = beta;
    for (int i = 0; i < m; i++) {
      int row = cOffset + i * ldc;
      if (s == 0d) {
        Arrays.fill(c, row, row + n, 0d);
      } else if (s != 1d) {
        for (int j = row; j < row + n; j++) {
          c[j] = s * c[j];
        }
      }
    }
  }

  @Override
  public void mergeTile(double[] tile, int ldt, int rows, int cols, double beta, double[] c, int cOffset, int ldc) {
    double s = beta;
    for (int i = 0; i < rows; i++) {
      int t = i * ldt;
      int row = cOffset + i * ldc;
      if (s == 0d) {
        System.arraycopy(tile, t, c, row, cols);
      } else {
        for (int j = 0; j < cols; j++) {
          c[row + j] = s * c[row + j] + tile[t + j];
        }
      }
    }
  }
}
