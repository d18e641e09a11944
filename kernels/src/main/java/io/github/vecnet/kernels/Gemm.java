package io.github.vecnet.kernels;

/** General matrix multiply, row-major, BLAS argument order. */
public final class Gemm {
  private Gemm() {}

  /**
   * {@code C = alpha * op(A) * op(B) + beta * C}; op(A) is m x k, op(B) is k x n, C is m x n, all row-major.
   * beta = 0 ignores C's old contents; alpha = 0 skips the product.
   */
  public static void sgemm(Transpose transA, Transpose transB, int m, int n, int k,
      float alpha, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
      float beta, float[] c, int cOffset, int ldc) {
    // TODO(gemm): full argument checks and the BLIS driver; this naive body keeps the API usable meanwhile.
    boolean ta = transA == Transpose.YES;
    boolean tb = transB == Transpose.YES;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        float acc = 0;
        if (alpha != 0) {
          for (int p = 0; p < k; p++) {
            float av = ta ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
            float bv = tb ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
            acc += av * bv;
          }
        }
        int ci = cOffset + i * ldc + j;
        c[ci] = alpha * acc + (beta == 0 ? 0 : beta * c[ci]);
      }
    }
  }

  /** Dense convenience form: leading dimensions equal the stored widths, offsets 0. */
  public static void sgemm(Transpose transA, Transpose transB, int m, int n, int k,
      float alpha, float[] a, float[] b, float beta, float[] c) {
    int lda = transA == Transpose.YES ? m : k;
    int ldb = transB == Transpose.YES ? k : n;
    sgemm(transA, transB, m, n, k, alpha, a, 0, Math.max(1, lda), b, 0, Math.max(1, ldb), beta, c, 0, Math.max(1, n));
  }

  /**
   * {@code C = alpha * op(A) * op(B) + beta * C}; op(A) is m x k, op(B) is k x n, C is m x n, all row-major.
   * beta = 0 ignores C's old contents; alpha = 0 skips the product.
   */
  public static void dgemm(Transpose transA, Transpose transB, int m, int n, int k,
      double alpha, double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
      double beta, double[] c, int cOffset, int ldc) {
    // TODO(gemm): full argument checks and the BLIS driver; this naive body keeps the API usable meanwhile.
    boolean ta = transA == Transpose.YES;
    boolean tb = transB == Transpose.YES;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double acc = 0;
        if (alpha != 0) {
          for (int p = 0; p < k; p++) {
            double av = ta ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
            double bv = tb ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
            acc += av * bv;
          }
        }
        int ci = cOffset + i * ldc + j;
        c[ci] = alpha * acc + (beta == 0 ? 0 : beta * c[ci]);
      }
    }
  }

  /** Dense convenience form: leading dimensions equal the stored widths, offsets 0. */
  public static void dgemm(Transpose transA, Transpose transB, int m, int n, int k,
      double alpha, double[] a, double[] b, double beta, double[] c) {
    int lda = transA == Transpose.YES ? m : k;
    int ldb = transB == Transpose.YES ? k : n;
    dgemm(transA, transB, m, n, k, alpha, a, 0, Math.max(1, lda), b, 0, Math.max(1, ldb), beta, c, 0, Math.max(1, n));
  }
}
