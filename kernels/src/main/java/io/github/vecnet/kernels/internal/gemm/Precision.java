package io.github.vecnet.kernels.internal.gemm;

/**
 * The per-precision operations the generic {@link GemmDriver} needs besides the micro-kernel: buffers, packing,
 * scaling C and merging an edge tile. {@link FloatPrecision} and {@link DoublePrecision} are line-for-line twins;
 * keep them so (see docs/KERNELS.md).
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
public interface Precision<A> {

    A newArray(int length);

    int length(A array);

    /**
     * Packs {@code op(A)[row0 .. row0+rows, p0 .. p0+kc)} into micro-panels of {@code mr} rows: panel q holds
     * {@code kc} columns of {@code mr} values each, rows past {@code rows} are zero.
     */
    void packA(boolean transA, A a, int aOffset, int lda, int row0, int rows, int p0, int kc, int mr, A dest);

    /**
     * Packs {@code op(B)[p0 .. p0+kc, col0 .. col0+cols)} into {@code ceil(cols / nr)} consecutive micro-panels of
     * {@code nr} columns from {@code dest[destOffset ..]}: panel q holds {@code kc} rows of {@code nr} values, columns
     * past {@code cols} are zero.
     */
    void packB(
            boolean transB,
            A b,
            int bOffset,
            int ldb,
            int p0,
            int kc,
            int col0,
            int cols,
            int nr,
            A dest,
            int destOffset);

    /** {@code C = beta * C} (C = 0 when beta == 0, whatever C held). */
    void scale(int m, int n, double beta, A c, int cOffset, int ldc);

    /** {@code C[0..rows, 0..cols) = tile} (beta == 0) or {@code beta * C + tile}, the micro-kernel contract. */
    void mergeTile(A tile, int ldt, int rows, int cols, double beta, A c, int cOffset, int ldc);
}
