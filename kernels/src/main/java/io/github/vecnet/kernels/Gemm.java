package io.github.vecnet.kernels;

import io.github.vecnet.kernels.internal.KernelThreads;
import io.github.vecnet.kernels.internal.VectorizationProvider;
import io.github.vecnet.kernels.internal.gemm.GemmChecks;
import io.github.vecnet.kernels.internal.gemm.GemmRoute;

/**
 * General matrix multiply, row-major, BLAS argument order: a BLIS-structured driver over register-blocked FMA
 * micro-kernels (Panama) or scalar ones, multi-threaded over output tiles with {@link Kernels#threads()} threads
 * and bit-identical results for every thread count (see docs/KERNELS.md).
 *
 * <p>Every argument is checked before anything is written: a null array or transpose, a negative dimension, a
 * leading dimension smaller than the stored row width, an offset plus extent past the array end, or C sharing
 * elements with A or B (when the product reads them) throws {@link IllegalArgumentException} or
 * {@link IndexOutOfBoundsException} naming the argument, and C is left untouched.
 */
public final class Gemm {
    private Gemm() {}

    /**
     * {@code C = alpha * op(A) * op(B) + beta * C}; op(A) is m x k, op(B) is k x n, C is m x n, all row-major.
     * beta = 0 ignores C's old contents (NaN included); alpha = 0 skips the product and only scales C by beta;
     * m = 0 or n = 0 do nothing, k = 0 scales C by beta. The stored A is {@code m x k} ({@code transA = NO}) or
     * {@code k x m}, with {@code lda >=} its row width; likewise B ({@code k x n} or {@code n x k}) and C.
     *
     * @param transA whether A is used as stored or transposed
     * @param transB whether B is used as stored or transposed
     * @param m the number of rows of {@code op(A)} and of C
     * @param n the number of columns of {@code op(B)} and of C
     * @param k the number of columns of {@code op(A)} and rows of {@code op(B)}
     * @param alpha the scale of the product {@code op(A) op(B)}
     * @param a the matrix A, row-major
     * @param aOffset the index of A's first element in {@code a}
     * @param lda the leading dimension (row stride) of {@code a}
     * @param b the matrix B, row-major
     * @param bOffset the index of B's first element in {@code b}
     * @param ldb the leading dimension (row stride) of {@code b}
     * @param beta the scale applied to C before adding (0 ignores C's old contents, even NaN)
     * @param c the matrix C, row-major, updated in place
     * @param cOffset the index of C's first element in {@code c}
     * @param ldc the leading dimension (row stride) of {@code c}
     */
    public static void sgemm(
            Transpose transA,
            Transpose transB,
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
            int ldc) {
        GemmChecks.shape(transA, transB, m, n, k, lda, ldb, ldc);
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        GemmChecks.arrays(
                ta,
                tb,
                m,
                n,
                k,
                a,
                aOffset,
                lda,
                b,
                bOffset,
                ldb,
                c,
                cOffset,
                ldc,
                m > 0 && n > 0 && k > 0 && alpha != 0);
        VectorizationProvider.getInstance()
                .gemm()
                .sgemm(
                        GemmRoute.BY_SHAPE,
                        ta,
                        tb,
                        m,
                        n,
                        k,
                        alpha,
                        a,
                        aOffset,
                        lda,
                        b,
                        bOffset,
                        ldb,
                        beta,
                        c,
                        cOffset,
                        ldc,
                        KernelThreads.configured());
    }

    /**
     * Dense convenience form: leading dimensions equal the stored widths, offsets 0.
     *
     * @param transA whether A is used as stored or transposed
     * @param transB whether B is used as stored or transposed
     * @param m the number of rows of {@code op(A)} and of C
     * @param n the number of columns of {@code op(B)} and of C
     * @param k the number of columns of {@code op(A)} and rows of {@code op(B)}
     * @param alpha the scale of the product {@code op(A) op(B)}
     * @param a the matrix A, row-major
     * @param b the matrix B, row-major
     * @param beta the scale applied to C before adding (0 ignores C's old contents, even NaN)
     * @param c the matrix C, row-major, updated in place
     */
    public static void sgemm(
            Transpose transA,
            Transpose transB,
            int m,
            int n,
            int k,
            float alpha,
            float[] a,
            float[] b,
            float beta,
            float[] c) {
        int lda = transA == Transpose.YES ? m : k;
        int ldb = transB == Transpose.YES ? k : n;
        sgemm(
                transA,
                transB,
                m,
                n,
                k,
                alpha,
                a,
                0,
                Math.max(1, lda),
                b,
                0,
                Math.max(1, ldb),
                beta,
                c,
                0,
                Math.max(1, n));
    }

    /**
     * {@code C = alpha * op(A) * op(B) + beta * C}; op(A) is m x k, op(B) is k x n, C is m x n, all row-major.
     * beta = 0 ignores C's old contents (NaN included); alpha = 0 skips the product and only scales C by beta;
     * m = 0 or n = 0 do nothing, k = 0 scales C by beta. The stored A is {@code m x k} ({@code transA = NO}) or
     * {@code k x m}, with {@code lda >=} its row width; likewise B ({@code k x n} or {@code n x k}) and C.
     *
     * @param transA whether A is used as stored or transposed
     * @param transB whether B is used as stored or transposed
     * @param m the number of rows of {@code op(A)} and of C
     * @param n the number of columns of {@code op(B)} and of C
     * @param k the number of columns of {@code op(A)} and rows of {@code op(B)}
     * @param alpha the scale of the product {@code op(A) op(B)}
     * @param a the matrix A, row-major
     * @param aOffset the index of A's first element in {@code a}
     * @param lda the leading dimension (row stride) of {@code a}
     * @param b the matrix B, row-major
     * @param bOffset the index of B's first element in {@code b}
     * @param ldb the leading dimension (row stride) of {@code b}
     * @param beta the scale applied to C before adding (0 ignores C's old contents, even NaN)
     * @param c the matrix C, row-major, updated in place
     * @param cOffset the index of C's first element in {@code c}
     * @param ldc the leading dimension (row stride) of {@code c}
     */
    public static void dgemm(
            Transpose transA,
            Transpose transB,
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
            int ldc) {
        GemmChecks.shape(transA, transB, m, n, k, lda, ldb, ldc);
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        GemmChecks.arrays(
                ta,
                tb,
                m,
                n,
                k,
                a,
                aOffset,
                lda,
                b,
                bOffset,
                ldb,
                c,
                cOffset,
                ldc,
                m > 0 && n > 0 && k > 0 && alpha != 0);
        VectorizationProvider.getInstance()
                .gemm()
                .dgemm(
                        GemmRoute.BY_SHAPE,
                        ta,
                        tb,
                        m,
                        n,
                        k,
                        alpha,
                        a,
                        aOffset,
                        lda,
                        b,
                        bOffset,
                        ldb,
                        beta,
                        c,
                        cOffset,
                        ldc,
                        KernelThreads.configured());
    }

    /**
     * Dense convenience form: leading dimensions equal the stored widths, offsets 0.
     *
     * @param transA whether A is used as stored or transposed
     * @param transB whether B is used as stored or transposed
     * @param m the number of rows of {@code op(A)} and of C
     * @param n the number of columns of {@code op(B)} and of C
     * @param k the number of columns of {@code op(A)} and rows of {@code op(B)}
     * @param alpha the scale of the product {@code op(A) op(B)}
     * @param a the matrix A, row-major
     * @param b the matrix B, row-major
     * @param beta the scale applied to C before adding (0 ignores C's old contents, even NaN)
     * @param c the matrix C, row-major, updated in place
     */
    public static void dgemm(
            Transpose transA,
            Transpose transB,
            int m,
            int n,
            int k,
            double alpha,
            double[] a,
            double[] b,
            double beta,
            double[] c) {
        int lda = transA == Transpose.YES ? m : k;
        int ldb = transB == Transpose.YES ? k : n;
        dgemm(
                transA,
                transB,
                m,
                n,
                k,
                alpha,
                a,
                0,
                Math.max(1, lda),
                b,
                0,
                Math.max(1, ldb),
                beta,
                c,
                0,
                Math.max(1, n));
    }
}
