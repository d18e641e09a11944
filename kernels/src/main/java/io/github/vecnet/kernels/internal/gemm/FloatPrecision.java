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
        packA(transA, a, aOffset, lda, row0, rows, p0, kc, mr, dest, 0);
    }

    /** {@link #packA} into {@code dest} from {@code destOffset} (the vector packings hand their edge panels here). */
    public void packA(
            boolean transA,
            float[] a,
            int aOffset,
            int lda,
            int row0,
            int rows,
            int p0,
            int kc,
            int mr,
            float[] dest,
            int destOffset) {
        int d = destOffset;
        for (int r0 = 0; r0 < rows; r0 += mr, d += mr * kc) {
            int h = Math.min(mr, rows - r0);
            if (transA) {
                // op(A)[i, p] = A[p, i]: the mr values of one packed column are contiguous in A. A plain loop, not
                // System.arraycopy: a call per 4 or 6 elements cost more than the copy.
                int src = aOffset + p0 * lda + row0 + r0;
                if (h == 4 && mr == 4) {
                    // The 256-bit tile's full panels written out: the loop over r, with its run-time bound, cost as
                    // much as the k loop of the small path's transposed-A tiles (64 x 1024 x 64, Zen 3).
                    for (int p = 0, to = d; p < kc; p++, src += lda, to += 4) {
                        dest[to] = a[src];
                        dest[to + 1] = a[src + 1];
                        dest[to + 2] = a[src + 2];
                        dest[to + 3] = a[src + 3];
                    }
                    continue;
                }
                for (int p = 0, to = d; p < kc; p++, src += lda, to += mr) {
                    for (int r = 0; r < h; r++) {
                        dest[to + r] = a[src + r];
                    }
                    for (int r = h; r < mr; r++) {
                        dest[to + r] = 0f;
                    }
                }
            } else {
                // One row of A at a time: sequential reads in a long loop that C2 unrolls, strided writes. Gathering
                // the mr rows of each column instead ran 2.2x slower (0.6 vs 1.3 ns per element, JDK 25, Zen 3), and
                // packing A is a quarter of a 1024 x 64 x 64 GEMM's time.
                for (int r = 0; r < h; r++) {
                    int src = aOffset + (row0 + r0 + r) * lda + p0;
                    for (int p = 0, to = d + r; p < kc; p++, to += mr) {
                        dest[to] = a[src + p];
                    }
                }
                for (int r = h; r < mr; r++) {
                    for (int p = 0, to = d + r; p < kc; p++, to += mr) {
                        dest[to] = 0f;
                    }
                }
            }
        }
    }

    @Override
    public void packB(
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
        int panelStride = nr * kc;
        int padded = GemmDriver.roundUp(cols, nr);
        if (transB) {
            // op(B)[p, j] = B[j, p]: walk each stored row of B once.
            for (int j = 0; j < padded; j++) {
                int d = destOffset + j / nr * panelStride + j % nr;
                if (j < cols) {
                    int src = bOffset + (col0 + j) * ldb + p0;
                    for (int p = 0; p < kc; p++) {
                        dest[d + p * nr] = b[src + p];
                    }
                } else {
                    for (int p = 0; p < kc; p++) {
                        dest[d + p * nr] = 0f;
                    }
                }
            }
        } else {
            // Row by row through B, each row's nr-wide pieces scattered over the panels. Panel by panel instead walks
            // B down its columns at stride ldb, a new page per row, which the hardware prefetcher does not follow:
            // 2.0-2.2 against 0.9-1.1 ns per element for a 256 x 1024 block of a 1024 x 1024 B from memory (JDK 25,
            // Zen 3), a fifth of a 144 x 1024 x 1024 sgemm's time.
            int full = cols / nr;
            int rest = cols - full * nr;
            for (int p = 0; p < kc; p++) {
                int src = bOffset + (p0 + p) * ldb + col0;
                int d = destOffset + p * nr;
                for (int q = 0; q < full; q++, src += nr, d += panelStride) {
                    System.arraycopy(b, src, dest, d, nr);
                }
                if (rest > 0) {
                    System.arraycopy(b, src, dest, d, rest);
                    Arrays.fill(dest, d + rest, d + nr, 0f);
                }
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
