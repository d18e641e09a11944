package io.github.vecnet.kernels.internal.scalar;

import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.MicroKernel;

/**
 * Scalar register-blocked 4x4 micro-kernel (the scalar provider's): 16 accumulators in locals, 4 + 4 loads per
 * 16 multiply-adds. The double version is generated from this file.
 */
public final class SgemmScalarKernel4x4 implements MicroKernel<float[]> {
    private static final BlockSizes BLOCKS = BlockSizeTable.sgemm(BlockSizeTable.SCALAR);

    @Override
    public BlockSizes blockSizes() {
        return BLOCKS;
    }

    @Override
    public void compute(
            int kc, float[] a, int ao, float[] b, int bo, double alpha, double beta, float[] c, int co, int ldc) {
        float c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        float c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        float c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        float c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (int p = 0; p < kc; p++, ao += 4, bo += 4) {
            float a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
            float b0 = b[bo], b1 = b[bo + 1], b2 = b[bo + 2], b3 = b[bo + 3];
            c00 += a0 * b0;
            c01 += a0 * b1;
            c02 += a0 * b2;
            c03 += a0 * b3;
            c10 += a1 * b0;
            c11 += a1 * b1;
            c12 += a1 * b2;
            c13 += a1 * b3;
            c20 += a2 * b0;
            c21 += a2 * b1;
            c22 += a2 * b2;
            c23 += a2 * b3;
            c30 += a3 * b0;
            c31 += a3 * b1;
            c32 += a3 * b2;
            c33 += a3 * b3;
        }
        float al = (float) alpha;
        float be = (float) beta;
        store(c, co, al, be, c00, c01, c02, c03);
        store(c, co + ldc, al, be, c10, c11, c12, c13);
        store(c, co + 2 * ldc, al, be, c20, c21, c22, c23);
        store(c, co + 3 * ldc, al, be, c30, c31, c32, c33);
    }

    private static void store(float[] c, int at, float alpha, float beta, float x0, float x1, float x2, float x3) {
        if (beta == 0f) {
            c[at] = alpha * x0;
            c[at + 1] = alpha * x1;
            c[at + 2] = alpha * x2;
            c[at + 3] = alpha * x3;
        } else {
            c[at] = beta * c[at] + alpha * x0;
            c[at + 1] = beta * c[at + 1] + alpha * x1;
            c[at + 2] = beta * c[at + 2] + alpha * x2;
            c[at + 3] = beta * c[at + 3] + alpha * x3;
        }
    }
}
