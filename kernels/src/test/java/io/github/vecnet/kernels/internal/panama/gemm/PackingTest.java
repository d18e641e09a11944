package io.github.vecnet.kernels.internal.panama.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.kernels.internal.gemm.DoublePrecision;
import io.github.vecnet.kernels.internal.gemm.FloatPrecision;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vector packing of A ({@link SgemmPacking}, {@link DgemmPacking}), row-major and transposed, against the
 * scalar packing of {@link FloatPrecision} / {@link DoublePrecision}: the same packed array bit for bit, over panel
 * counts (odd and even), short last panels, k not a multiple of the vector length, offsets and padded leading
 * dimensions, for the 4- and 6-row panels. Likewise the packing of B (the transposed one is vector code). Runs the vector path whether or not this JDK uses it
 * ({@code SgemmPacking.USED}).
 */
class PackingTest {
    private static final int[] K_VALUES = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100};

    @BeforeAll
    static void needsTheVectorModule() {
        Assumptions.assumeFalse(Boolean.getBoolean("vecnet.test.expectFallback"), "fallback run has no vector module");
    }

    @Test
    void floatPackingOfAIsTheScalarOne() {
        Random random = new Random(7);
        SgemmPacking vector = new SgemmPacking();
        for (int rows = 1; rows <= 19; rows++) {
            for (int kc : K_VALUES) {
                int p0 = random.nextInt(3);
                int row0 = random.nextInt(3);
                int aOffset = random.nextInt(5);
                for (boolean transA : new boolean[] {false, true}) {
                    // Row-major A is (row0 + rows) x lda; transposed, the stored matrix is (p0 + kc) x lda.
                    int lda = (transA ? row0 + rows : p0 + kc) + random.nextInt(4);
                    float[] a = new float[aOffset + (transA ? p0 + kc : row0 + rows) * lda];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = random.nextFloat() - 0.5f;
                    }
                    for (int mr : new int[] {4, 6}) {
                        int panels = (rows + mr - 1) / mr;
                        // NaN beyond the panels: a vector store past the block shows up as a changed NaN.
                        float[] want = new float[panels * mr * kc + 40];
                        float[] got = new float[want.length];
                        Arrays.fill(want, Float.NaN);
                        Arrays.fill(got, Float.NaN);
                        FloatPrecision.INSTANCE.packA(transA, a, aOffset, lda, row0, rows, p0, kc, mr, want);
                        vector.packA(transA, a, aOffset, lda, row0, rows, p0, kc, mr, got);
                        assertArrayEquals(
                                want,
                                got,
                                "rows=" + rows + " kc=" + kc + " mr=" + mr + " transA=" + transA + " lda=" + lda);
                    }
                }
            }
        }
    }

    @Test
    void doublePackingOfAIsTheScalarOne() {
        Random random = new Random(8);
        DgemmPacking vector = new DgemmPacking();
        for (int rows = 1; rows <= 19; rows++) {
            for (int kc : K_VALUES) {
                int p0 = random.nextInt(3);
                int aOffset = random.nextInt(5);
                for (boolean transA : new boolean[] {false, true}) {
                    int lda = (transA ? 1 + rows : p0 + kc) + random.nextInt(4);
                    double[] a = new double[aOffset + (transA ? p0 + kc : 1 + rows) * lda];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = random.nextDouble() - 0.5;
                    }
                    for (int mr : new int[] {4, 6}) {
                        int panels = (rows + mr - 1) / mr;
                        double[] want = new double[panels * mr * kc + 40];
                        double[] got = new double[want.length];
                        Arrays.fill(want, Double.NaN);
                        Arrays.fill(got, Double.NaN);
                        DoublePrecision.INSTANCE.packA(transA, a, aOffset, lda, 1, rows, p0, kc, mr, want);
                        vector.packA(transA, a, aOffset, lda, 1, rows, p0, kc, mr, got);
                        assertArrayEquals(
                                want,
                                got,
                                "rows=" + rows + " kc=" + kc + " mr=" + mr + " transA=" + transA + " lda=" + lda);
                    }
                }
            }
        }
    }

    @Test
    void floatPackingOfBIsTheScalarOne() {
        Random random = new Random(9);
        SgemmPacking vector = new SgemmPacking();
        int[] columns = {1, 5, 7, 8, 9, 15, 16, 17, 24, 31, 33, 40};
        for (int cols : columns) {
            for (int kc : K_VALUES) {
                for (boolean transB : new boolean[] {false, true}) {
                    for (int nr : new int[] {8, 16, 32, 12}) {
                        int p0 = random.nextInt(3);
                        int col0 = random.nextInt(3);
                        int bOffset = random.nextInt(5);
                        // Row-major B is (p0 + kc) x ldb; transposed, the stored matrix is (col0 + cols) x ldb.
                        int ldb = (transB ? p0 + kc : col0 + cols) + random.nextInt(4);
                        float[] b = new float[bOffset + (transB ? col0 + cols : p0 + kc) * ldb];
                        for (int i = 0; i < b.length; i++) {
                            b[i] = random.nextFloat() - 0.5f;
                        }
                        int destOffset = random.nextInt(3);
                        float[] want = new float[destOffset + (cols + nr - 1) / nr * nr * kc + 2];
                        float[] got = new float[want.length];
                        Arrays.fill(want, Float.NaN);
                        Arrays.fill(got, Float.NaN);
                        FloatPrecision.INSTANCE.packB(
                                transB, b, bOffset, ldb, p0, kc, col0, cols, nr, want, destOffset);
                        vector.packB(transB, b, bOffset, ldb, p0, kc, col0, cols, nr, got, destOffset);
                        assertArrayEquals(
                                want,
                                got,
                                "cols=" + cols + " kc=" + kc + " nr=" + nr + " transB=" + transB + " ldb=" + ldb);
                    }
                }
            }
        }
    }

    @Test
    void onePanelIsTheTransposeOfSixRows() {
        // Closed form, independent of FloatPrecision: dest[6p + r] = A[r][p], across several L-wide blocks and a tail.
        int kc = 2 * 16 + 5;
        int lda = kc + 3;
        float[] a = new float[1 + 6 * lda];
        for (int r = 0; r < 6; r++) {
            for (int p = 0; p < lda; p++) {
                a[1 + r * lda + p] = 100 * r + p;
            }
        }
        float[] dest = new float[2 + 6 * kc + 40];
        Arrays.fill(dest, Float.NaN);
        SgemmPacking.packSixRows(a, 1, lda, kc, dest, 2);
        for (int p = 0; p < kc; p++) {
            for (int r = 0; r < 6; r++) {
                assertEquals(100 * r + p, dest[2 + 6 * p + r], "p=" + p + " r=" + r);
            }
        }
        for (int i = 2 + 6 * kc; i < dest.length; i++) {
            assertEquals(Float.NaN, dest[i], "past the panel at " + i);
        }
    }

    @Test
    void onePanelIsTheTransposeOfFourRows() {
        // Closed form, independent of FloatPrecision: dest[4p + r] = A[r][p].
        int kc = 21;
        int lda = 25;
        float[] a = new float[4 * lda];
        for (int r = 0; r < 4; r++) {
            for (int p = 0; p < lda; p++) {
                a[r * lda + p] = 100 * r + p;
            }
        }
        float[] dest = new float[4 * kc + 2];
        SgemmPacking.packFourRows(a, 1, lda, kc, dest, 2);
        for (int p = 0; p < kc; p++) {
            for (int r = 0; r < 4; r++) {
                assertEquals(100 * r + p + 1, dest[2 + 4 * p + r], "p=" + p + " r=" + r);
            }
        }
        assertEquals(0f, dest[0]);
        assertEquals(0f, dest[1]);
    }
}
