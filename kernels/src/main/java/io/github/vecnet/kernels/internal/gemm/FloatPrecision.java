package io.github.vecnet.kernels.internal.gemm;

import java.util.Arrays;

/** {@link Precision} for {@code float[]}. The double version is generated from this file. */
public final class FloatPrecision implements Precision<float[]> {
    public static final FloatPrecision INSTANCE = new FloatPrecision();

    private FloatPrecision() {}

    @Override
    public float[] newArray(int length) {
        return new float[length];
    }

    @Override
    public int length(float[] array) {
        return array.length;
    }

    @Override
    public void packA(
            boolean transA, float[] a, int aOffset, int lda, int row0, int rows, int p0, int kc, int mr, float[] dest) {
        int d = 0;
        for (int r0 = 0; r0 < rows; r0 += mr) {
            int h = Math.min(mr, rows - r0);
            if (transA) {
                // op(A)[i, p] = A[p, i]: the mr values of one packed column are contiguous in A.
                int src = aOffset + p0 * lda + row0 + r0;
                for (int p = 0; p < kc; p++, src += lda, d += mr) {
                    System.arraycopy(a, src, dest, d, h);
                    Arrays.fill(dest, d + h, d + mr, 0f);
                }
            } else {
                int rowStart = aOffset + (row0 + r0) * lda + p0;
                for (int p = 0; p < kc; p++, d += mr) {
                    int src = rowStart + p;
                    for (int r = 0; r < h; r++, src += lda) {
                        dest[d + r] = a[src];
                    }
                    for (int r = h; r < mr; r++) {
                        dest[d + r] = 0f;
                    }
                }
            }
        }
    }

    @Override
    public void packBPanel(
            boolean transB,
            float[] b,
            int bOffset,
            int ldb,
            int p0,
            int kc,
            int col0,
            int cols,
            int nr,
            float[] dest,
            int destOffset) {
        int d = destOffset;
        if (transB) {
            // op(B)[p, j] = B[j, p]: walk each stored row of B once.
            for (int j = 0; j < cols; j++) {
                int src = bOffset + (col0 + j) * ldb + p0;
                for (int p = 0; p < kc; p++) {
                    dest[d + p * nr + j] = b[src + p];
                }
            }
            for (int j = cols; j < nr; j++) {
                for (int p = 0; p < kc; p++) {
                    dest[d + p * nr + j] = 0f;
                }
            }
        } else {
            int src = bOffset + p0 * ldb + col0;
            for (int p = 0; p < kc; p++, src += ldb, d += nr) {
                System.arraycopy(b, src, dest, d, cols);
                Arrays.fill(dest, d + cols, d + nr, 0f);
            }
        }
    }

    @Override
    public void scale(int m, int n, double beta, float[] c, int cOffset, int ldc) {
        float s = (float) beta;
        for (int i = 0; i < m; i++) {
            int row = cOffset + i * ldc;
            if (s == 0f) {
                Arrays.fill(c, row, row + n, 0f);
            } else if (s != 1f) {
                for (int j = row; j < row + n; j++) {
                    c[j] = s * c[j];
                }
            }
        }
    }

    @Override
    public void mergeTile(float[] tile, int ldt, int rows, int cols, double beta, float[] c, int cOffset, int ldc) {
        float s = (float) beta;
        for (int i = 0; i < rows; i++) {
            int t = i * ldt;
            int row = cOffset + i * ldc;
            if (s == 0f) {
                System.arraycopy(tile, t, c, row, cols);
            } else {
                for (int j = 0; j < cols; j++) {
                    c[row + j] = s * c[row + j] + tile[t + j];
                }
            }
        }
    }
}
