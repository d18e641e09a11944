package io.github.vecnet.kernels.internal.gemm;

/**
 * The small-matrix path: GEMM without packing A, for shapes where packing does not pay (tiny products and the
 * skinny shapes of MLP training, n <= 16 or m <= 8). Computes one rectangle of C so that a team can split C.
 * Follows the {@link MicroKernel} write-back contract ({@code r = alpha * acc}; {@code beta * C + r}).
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
public interface SmallGemm<A> {

    /** Rows of C computed together; team splits of the rows are multiples of it. */
    int rowTile();

    /** Columns of C computed together; team splits of the columns are multiples of it. */
    int columnTile();

    /**
     * {@code C[row0..row1, col0..col1) = alpha * op(A) op(B) + beta * C} on that rectangle of the m x n product;
     * {@code k >= 1}. The arithmetic of an element may depend on (transA, transB, n, k), never on the rectangle, so
     * that a team split changes no bit.
     */
    void compute(
            boolean transA,
            boolean transB,
            int n,
            int row0,
            int row1,
            int col0,
            int col1,
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
            int ldc);
}
