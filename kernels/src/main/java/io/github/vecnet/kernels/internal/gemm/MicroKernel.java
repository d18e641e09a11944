package io.github.vecnet.kernels.internal.gemm;

/**
 * One register tile of GEMM: {@code C[0..mr, 0..nr) = beta * C + alpha * Apanel * Bpanel} over {@code kc}, where
 * {@code Apanel} is a packed micro-panel of A ({@code kc} columns of {@code mr} rows, column after column) and
 * {@code Bpanel} a packed micro-panel of B ({@code kc} rows of {@code nr} columns). The tile is always full: the
 * driver handles edges with zero padding and a temporary tile.
 *
 * <p>Contract shared by every implementation (so that full and edge tiles round identically): the result is
 * {@code r = alpha * acc}, then {@code C = r} when {@code beta == 0} (old C, NaN included, is never read), else
 * {@code C = beta * C + r} computed as a product then a sum (not fused).
 *
 * @param <A> {@code float[]} or {@code double[]}
 */
public interface MicroKernel<A> {

    BlockSizes blockSizes();

    void compute(
            int kc,
            A packedA,
            int aOffset,
            A packedB,
            int bOffset,
            double alpha,
            double beta,
            A c,
            int cOffset,
            int ldc);
}
