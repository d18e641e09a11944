package io.github.vecnet.kernels.internal.gemm;

/**
 * One precision's GEMM: the trivial cases, the choice between the small-matrix path and the blocked driver, and
 * the team split of the small path. The choice depends only on the shape, never on the thread count.
 */
final class GemmPath<A> {
    /**
     * Up to this many multiply-adds packing does not pay: measured interleaved on JDK 25 (AVX-512 Zen 4, 256-bit
     * kernels), the small path beat the five loops for float up to 128^3 (by ~15 % at 96^3 and 128^3) and tied for
     * double at 96^3..128^3.
     */
    static final long SMALL_VOLUME = 128L * 128 * 128;
    /**
     * Skinny shapes (MLP training: a 10-class output layer, a batch of 8) go to the small path too: n up to this or
     * up to two column panels of the blocked kernel ({@link #skinnyColumns}), whichever is larger.
     */
    static final int SKINNY_N = 16;

    static final int SKINNY_M = 8;
    /**
     * Multiply-adds per thread below which waking another team member costs more than it saves (a parked worker
     * takes tens of microseconds to wake on a loaded machine; 2^21 multiply-adds take ~25 us on one core). Capping
     * the thread count by the volume never changes results: they are bit-identical for every thread count.
     */
    static final long PARALLEL_GRAIN = 1L << 21;

    private final Precision<A> precision;
    private final boolean single;
    private final GemmDriver<A> driver;
    private final SmallGemm<A> small;

    GemmPath(Precision<A> precision, MicroKernel<A> kernel, SmallGemm<A> small) {
        this.precision = precision;
        this.single = precision == FloatPrecision.INSTANCE;
        this.driver = new GemmDriver<>(precision, kernel);
        this.small = small;
    }

    /**
     * Float's widest skinny n for the vector tiles ({@code nr >= 16}): two 512-bit panels, four 256-bit ones.
     */
    static final int SKINNY_N_FLOAT = 64;

    /**
     * The widest n the small path takes whatever m and k. The blocked driver packs all of A for every KC slice,
     * and a packed element of A costs about what one panel's k loop spends on it (packA 0.36 ns per element
     * against 2 nr flops at ~150 GFLOP/s, 0.43 ns, on a Sapphire Rapids), so with few panels to share it, packing
     * is most of the cost; the small path reads A in place instead. Chosen by interleaved runs against OpenBLAS
     * (JDK 25, docs/bench/gemm.md):
     * <ul>
     *   <li>float: {@link #SKINNY_N_FLOAT} columns for the vector tiles. At 512 bits (nr = 32, Sapphire Rapids,
     *       2026-12-03) 1024x64x64 (m x k x n) went 0.66 -> 0.85 of OpenBLAS, 64x1024x64 0.60 -> 0.82, and at
     *       n = 128 the paths tied; at 256 bits (nr = 16, Zen 3, 2026-12-03) 1024x64x64 went 0.56-0.57 -> 0.74-0.81
     *       and MLP step (b) 2.33-2.71 -> 2.19-2.51 ms, while n = 128 lost (0.77-0.80 -> 0.55-0.57);</li>
     *   <li>double: two panels, at least {@link #SKINNY_N} (32 at 512 bits, 16 at 256): on Zen 3 taking n = 32 or
     *       64 to the small path gained nothing or lost (2048x2048x64 0.53-0.57 -> 0.39-0.46, 1024x64x32
     *       0.62-0.70 -> 0.59-0.67);</li>
     *   <li>the scalar tile (nr = 4): {@link #SKINNY_N}.</li>
     * </ul>
     */
    static int skinnyColumns(int nr, boolean single) {
        return single && nr >= 16 ? Math.max(SKINNY_N_FLOAT, 2 * nr) : Math.max(SKINNY_N, 2 * nr);
    }

    /** Whether the shape takes the small path, for a blocked kernel {@code nr} columns wide of this precision. */
    static boolean isSmall(int m, int n, int k, int nr, boolean single) {
        return (long) m * n * k <= SMALL_VOLUME || n <= skinnyColumns(nr, single) || m <= SKINNY_M;
    }

    static int usefulThreads(int threads, int m, int n, int k) {
        long volume = (long) m * n * k;
        return (int) Math.max(1, Math.min(threads, volume / PARALLEL_GRAIN));
    }

    GemmDriver<A> driver() {
        return driver;
    }

    SmallGemm<A> small() {
        return small;
    }

    /** The trivial cases, then the blocked driver or the small path. */
    void route(
            GemmRoute route,
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double alpha,
            A a,
            int aOffset,
            int lda,
            A b,
            int bOffset,
            int ldb,
            double beta,
            A c,
            int cOffset,
            int ldc,
            int threads) {
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0 || k == 0) {
            precision.scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        boolean useSmall = route == GemmRoute.BY_SHAPE
                ? isSmall(m, n, k, driver.blockSizes().nr(), single)
                : route == GemmRoute.SMALL;
        threads = usefulThreads(threads, m, n, k);
        if (useSmall) {
            smallPath(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc, threads);
        } else {
            driver.blocked(
                    transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc, threads);
        }
    }

    /** The small path, its row and column tiles split over the team. */
    private void smallPath(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double alpha,
            A a,
            int aOffset,
            int lda,
            A b,
            int bOffset,
            int ldb,
            double beta,
            A c,
            int cOffset,
            int ldc,
            int threads) {
        if (threads <= 1) {
            small.compute(
                    transA, transB, n, 0, m, 0, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
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
                small.compute(
                        transA, transB, n, row0, row1, col0, col1, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c,
                        cOffset, ldc);
            }
        };
        if (!GemmTeam.tryRun(threads, body)) {
            small.compute(
                    transA, transB, n, 0, m, 0, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
        }
    }
}
