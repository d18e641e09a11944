package io.github.vecnet.kernels.internal.gemm;

/**
 * The GEMM of one implementation (scalar or Panama): a micro-kernel and a small-matrix path per precision, run by
 * the shared {@link GemmDriver}. Arguments are trusted: {@code io.github.vecnet.kernels.Gemm} checks them first.
 */
public final class GemmKernels {
    private final String name;
    private final GemmPath<float[]> floats;
    private final GemmPath<double[]> doubles;

    public GemmKernels(
            String name,
            MicroKernel<float[]> sgemmKernel,
            SmallGemm<float[]> sgemmSmall,
            MicroKernel<double[]> dgemmKernel,
            SmallGemm<double[]> dgemmSmall) {
        this(name, FloatPrecision.INSTANCE, sgemmKernel, sgemmSmall, DoublePrecision.INSTANCE, dgemmKernel, dgemmSmall);
    }

    /** With other packing for the blocked driver (an implementation's own packA/packB; same packed layout). */
    public GemmKernels(
            String name,
            Precision<float[]> sgemmPacking,
            MicroKernel<float[]> sgemmKernel,
            SmallGemm<float[]> sgemmSmall,
            Precision<double[]> dgemmPacking,
            MicroKernel<double[]> dgemmKernel,
            SmallGemm<double[]> dgemmSmall) {
        this.name = name;
        this.floats = new GemmPath<>(sgemmPacking, sgemmKernel, sgemmSmall);
        this.doubles = new GemmPath<>(dgemmPacking, dgemmKernel, dgemmSmall);
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

    /**
     * Whether a shape takes the small-matrix path (no packing) rather than the five-loop driver, for a blocked
     * kernel {@code nr} columns wide ({@link #sgemmBlockSizes()}{@code .nr()} for this instance's floats) of
     * float ({@code single}) or double.
     */
    public static boolean isSmall(int m, int n, int k, int nr, boolean single) {
        return GemmPath.isSmall(m, n, k, nr, single);
    }

    /** {@code C = alpha * op(A) * op(B) + beta * C} in float, on the route given (the facade uses BY_SHAPE). */
    public void sgemm(
            GemmRoute route,
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            float alpha,
            float[] a,
            int aOffset,
            int lda,
            float[] b,
            int bOffset,
            int ldb,
            float beta,
            float[] c,
            int cOffset,
            int ldc,
            int threads) {
        floats.route(
                route, transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc,
                threads);
    }

    /** {@code C = alpha * op(A) * op(B) + beta * C} in double, on the route given (the facade uses BY_SHAPE). */
    public void dgemm(
            GemmRoute route,
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double alpha,
            double[] a,
            int aOffset,
            int lda,
            double[] b,
            int bOffset,
            int ldb,
            double beta,
            double[] c,
            int cOffset,
            int ldc,
            int threads) {
        doubles.route(
                route, transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc,
                threads);
    }
}
