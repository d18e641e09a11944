package io.github.vecnet.kernels.internal.gemm;

/**
 * One precision's GEMM: the trivial cases, the choice between the small-matrix path and the blocked driver, and
 * the team split of the small path. The choice depends only on the shape, never on the thread count.
 */
final class GemmPath<A> {
  /** Which path a call takes: by shape, or forced (tests cover both paths on every shape). */
  enum Route { AUTO, BLOCKED, SMALL }

  /** Below this many multiply-adds packing does not pay (about 32^3). */
  static final long SMALL_VOLUME = 32L * 32 * 32;
  /** Skinny shapes (MLP training: a 10-class output layer, a batch of 8) go to the small path too. */
  static final int SKINNY_N = 16;
  static final int SKINNY_M = 8;
  /** A small GEMM is worth waking the team above this many multiply-adds. */
  static final long SMALL_PARALLEL_VOLUME = 1L << 20;

  private final Precision<A> precision;
  private final GemmDriver<A> driver;
  private final SmallGemm<A> small;

  GemmPath(Precision<A> precision, MicroKernel<A> kernel, SmallGemm<A> small) {
    this.precision = precision;
    this.driver = new GemmDriver<>(precision, kernel);
    this.small = small;
  }

  static boolean isSmall(int m, int n, int k) {
    return (long) m * n * k <= SMALL_VOLUME || n <= SKINNY_N || m <= SKINNY_M;
  }

  GemmDriver<A> driver() {
    return driver;
  }

  SmallGemm<A> small() {
    return small;
  }

  void gemm(Route route, boolean transA, boolean transB, int m, int n, int k, double alpha, A a, int aOffset,
      int lda, A b, int bOffset, int ldb, double beta, A c, int cOffset, int ldc, int threads) {
    if (m == 0 || n == 0) {
      return;
    }
    if (alpha == 0 || k == 0) {
      precision.scale(m, n, beta, c, cOffset, ldc);
      return;
    }
    boolean useSmall = route == Route.AUTO ? isSmall(m, n, k) : route == Route.SMALL;
    if (!useSmall) {
      driver.gemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc, threads);
      return;
    }
    if (threads <= 1 || (long) m * n * k < SMALL_PARALLEL_VOLUME) {
      small.gemm(transA, transB, 0, m, 0, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
      return;
    }
    int rowTile = small.rowTile();
    int columnTile = small.columnTile();
    int rowUnits = GemmDriver.ceilDiv(m, rowTile);
    int columnUnits = GemmDriver.ceilDiv(n, columnTile);
    int[] split = TilePartition.split(threads, rowUnits, columnUnits);
    GemmTeam.Body body = (member, members) -> {
      int rg = member / split[1];
      int cg = member % split[1];
      int row0 = Math.min(m, rowUnits * rg / split[0] * rowTile);
      int row1 = Math.min(m, rowUnits * (rg + 1) / split[0] * rowTile);
      int col0 = Math.min(n, columnUnits * cg / split[1] * columnTile);
      int col1 = Math.min(n, columnUnits * (cg + 1) / split[1] * columnTile);
      if (row0 < row1 && col0 < col1) {
        small.gemm(transA, transB, row0, row1, col0, col1, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c,
            cOffset, ldc);
      }
    };
    if (!GemmTeam.tryRun(threads, body)) {
      small.gemm(transA, transB, 0, m, 0, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }
  }
}
