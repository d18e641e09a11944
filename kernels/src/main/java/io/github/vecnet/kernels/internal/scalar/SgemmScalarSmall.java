package io.github.vecnet.kernels.internal.scalar;

import io.github.vecnet.kernels.internal.gemm.SmallGemm;

/**
 * Scalar small-matrix path for float (the scalar provider's): one row of C at a time accumulated in a per-thread
 * row buffer in i-p-j order, so the inner loop walks a row of op(B). The double version is generated from this file.
 */
public final class SgemmScalarSmall implements SmallGemm<float[]> {
    private final ThreadLocal<float[][]> rowBuffer = ThreadLocal.withInitial(() -> new float[1][0]);

    @Override
    public int rowTile() {
        return 1;
    }

    @Override
    public int columnTile() {
        return 16;
    }

    @Override
    public void compute(
            boolean transA,
            boolean transB,
            int n,
            int row0,
            int row1,
            int col0,
            int col1,
            int k,
            double alpha,
            float[] a,
            int aOffset,
            int lda,
            float[] b,
            int bOffset,
            int ldb,
            double beta,
            float[] c,
            int cOffset,
            int ldc) {
        int width = col1 - col0;
        float[][] holder = rowBuffer.get();
        if (holder[0].length < width) {
            holder[0] = new float[width];
        }
        float[] acc = holder[0];
        float al = (float) alpha;
        float be = (float) beta;
        int aRowStride = transA ? 1 : lda;
        int aColStride = transA ? lda : 1;
        int bRowStride = transB ? 1 : ldb;
        int bColStride = transB ? ldb : 1;
        for (int i = row0; i < row1; i++) {
            java.util.Arrays.fill(acc, 0, width, 0f);
            for (int p = 0; p < k; p++) {
                float av = a[aOffset + i * aRowStride + p * aColStride];
                int bAt = bOffset + p * bRowStride + col0 * bColStride;
                for (int j = 0; j < width; j++, bAt += bColStride) {
                    acc[j] += av * b[bAt];
                }
            }
            int cAt = cOffset + i * ldc + col0;
            for (int j = 0; j < width; j++) {
                float r = al * acc[j];
                c[cAt + j] = be == 0f ? r : be * c[cAt + j] + r;
            }
        }
    }
}
