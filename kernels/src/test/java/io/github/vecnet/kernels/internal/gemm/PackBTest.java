package io.github.vecnet.kernels.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Precision#packB} against its contract written out element by element: panel q at {@code destOffset + q nr
 * kc} holds {@code op(B)[p0 + p, col0 + q nr + j]} at {@code p nr + j}, zero past {@code cols}, and nothing outside
 * the panels is written. Covers both transposes, a partial last panel, a single panel, offsets and both precisions.
 */
class PackBTest {
    private static final float SENTINEL = -7.5f;

    @Test
    void floatPanelsMatchTheDefinition() {
        int[][] cases = { // rows and columns of op(B), p0, kc, col0, cols, nr
            {40, 70, 3, 17, 5, 61, 16},
            {40, 70, 0, 40, 0, 70, 16},
            {33, 50, 1, 9, 2, 16, 16},
            {33, 50, 4, 20, 7, 5, 8},
            {64, 64, 8, 32, 0, 64, 32},
            {20, 97, 0, 20, 1, 96, 32}
        };
        Random random = new Random(11);
        for (int[] c : cases) {
            for (boolean transB : new boolean[] {false, true}) {
                // Stored B is op(B) itself, or its transpose.
                int rows = transB ? c[1] : c[0];
                int columns = transB ? c[0] : c[1];
                int offset = 3;
                int ldb = columns + 2;
                float[] b = new float[offset + rows * ldb];
                for (int i = 0; i < b.length; i++) {
                    b[i] = random.nextFloat() - 0.5f;
                }
                int p0 = c[2], kc = c[3], col0 = c[4], cols = c[5], nr = c[6];
                int panels = (cols + nr - 1) / nr;
                int destOffset = 5;
                float[] dest = new float[destOffset + panels * nr * kc + 4];
                java.util.Arrays.fill(dest, SENTINEL);
                FloatPrecision.INSTANCE.packB(transB, b, offset, ldb, p0, kc, col0, cols, nr, dest, destOffset);
                for (int i = 0; i < dest.length; i++) {
                    float expected = SENTINEL;
                    int rel = i - destOffset;
                    if (rel >= 0 && rel < panels * nr * kc) {
                        int q = rel / (nr * kc), p = rel % (nr * kc) / nr, j = rel % nr;
                        int col = q * nr + j;
                        expected = col >= cols ? 0f : opB(b, offset, ldb, transB, p0 + p, col0 + col);
                    }
                    assertEquals(
                            expected,
                            dest[i],
                            "transB=" + transB + " case " + java.util.Arrays.toString(c) + " at " + i);
                }
            }
        }
    }

    @Test
    void doublePanelsMatchTheFloatOnes() {
        Random random = new Random(12);
        for (boolean transB : new boolean[] {false, true}) {
            int rows = 30, columns = 45, ldb = 47;
            double[] b = new double[rows * ldb];
            float[] bf = new float[rows * ldb];
            for (int i = 0; i < b.length; i++) {
                bf[i] = random.nextFloat();
                b[i] = bf[i];
            }
            int p0 = transB ? 2 : 1, kc = transB ? 25 : 27, col0 = 3, cols = transB ? 27 : 41, nr = 8;
            int size = (cols + nr - 1) / nr * nr * kc;
            double[] dest = new double[size];
            float[] destF = new float[size];
            DoublePrecision.INSTANCE.packB(transB, b, 0, ldb, p0, kc, col0, cols, nr, dest, 0);
            FloatPrecision.INSTANCE.packB(transB, bf, 0, ldb, p0, kc, col0, cols, nr, destF, 0);
            for (int i = 0; i < size; i++) {
                assertEquals(destF[i], dest[i], "transB=" + transB + " at " + i);
            }
        }
    }

    /** {@code op(B)[p, j]} of a stored row-major B. */
    private static float opB(float[] b, int offset, int ldb, boolean transB, int p, int j) {
        return transB ? b[offset + j * ldb + p] : b[offset + p * ldb + j];
    }
}
