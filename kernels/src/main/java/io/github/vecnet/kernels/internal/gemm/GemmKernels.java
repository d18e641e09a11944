package io.github.vecnet.kernels.internal.gemm;

/**
 * The GEMM of one implementation (scalar or Panama): a micro-kernel and a small-matrix path per precision, run by
 * the shared {@link GemmDriver}. Arguments are trusted: {@code io.github.vecnet.kernels.Gemm} checks them first.
 */
public final class GemmKernels {
  private final String name;
  private final GemmPath<float[]> floats;
  private final GemmPath<double[]> doubles;

  public GemmKernels(String name, MicroKernel<float[]> sgemmKernel, SmallGemm<float[]> sgemmSmall,
      MicroKernel<double[]> dgemmKernel, SmallGemm<double[]> dgemmSmall) {
    this.name = name;
    this.floats = new GemmPath<>(FloatPrecision.INSTANCE, sgemmKernel, sgemmSmall);
    this.doubles = new GemmPath<>(DoublePrecision.INSTANCE, dgemmKernel, dgemmSmall);
  }

  /** The scalar implementation: register-blocked 4x4 scalar micro-kernels. */
  public static GemmKernels scalar() {
    return new GemmKernels("scalar", new SgemmScalarKernel4x4(), new SgemmScalarSmall(),
        new DgemmScalarKernel4x4(), new DgemmScalarSmall());
  }

  public String name() {
    return name;
  }

  public BlockSizes sgemmBlockSizes() {
    return floats.driver().blockSizes();
  }

  public BlockSizes dgemmBlockSizes() {
    return doubles.driver().blockSizes();
  }

  /** Whether a shape takes the small-matrix path (no packing) rather than the five-loop driver. */
  public static boolean isSmall(int m, int n, int k) {
    return GemmPath.isSmall(m, n, k);
  }

  public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset,
      int lda, float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc, int threads) {
    floats.gemm(GemmPath.Route.AUTO, transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc, threads);
  }

  public void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int aOffset,
      int lda, double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset, int ldc, int threads) {
    doubles.gemm(GemmPath.Route.AUTO, transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc, threads);
  }

  /** Test hook: forces the blocked driver ({@code small == false}) or the small path on any shape. */
  public void sgemmRouted(boolean small, boolean transA, boolean transB, int m, int n, int k, float alpha,
      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc,
      int threads) {
    floats.gemm(small ? GemmPath.Route.SMALL : GemmPath.Route.BLOCKED, transA, transB, m, n, k, alpha, a, aOffset,
        lda, b, bOffset, ldb, beta, c, cOffset, ldc, threads);
  }

  /** Test hook: forces the blocked driver ({@code small == false}) or the small path on any shape. */
  public void dgemmRouted(boolean small, boolean transA, boolean transB, int m, int n, int k, double alpha,
      double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb, double beta, double[] c, int cOffset,
      int ldc, int threads) {
    doubles.gemm(small ? GemmPath.Route.SMALL : GemmPath.Route.BLOCKED, transA, transB, m, n, k, alpha, a, aOffset,
        lda, b, bOffset, ldb, beta, c, cOffset, ldc, threads);
  }
}
