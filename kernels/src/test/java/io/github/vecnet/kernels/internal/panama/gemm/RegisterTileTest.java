package io.github.vecnet.kernels.internal.panama.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.gemm.GemmRoute;
import java.util.Random;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 4-row and 6-row register tiles give bit-identical GEMMs (each element of C sums its k products in the same
 * order in either tile), on the blocked route, every transpose, alpha/beta case, offsets, edge tiles and 1-3 threads;
 * and each width gets the tile its register file holds (docs/KERNELS.md, "Register tiles").
 */
class RegisterTileTest {
    private static final int[][] SHAPES = {{37, 29, 41}, {150, 70, 300}, {9, 100, 5}};
    private static final double[][] ALPHA_BETA = {{1, 0}, {-0.75, 1}, {2, -0.5}};

    @BeforeAll
    static void needsTheVectorModule() {
        Assumptions.assumeFalse(Boolean.getBoolean("vecnet.test.expectFallback"), "fallback run has no vector module");
        Assumptions.assumeTrue(
                BlockSizeTable.hasVectorWidth(FloatVector.SPECIES_PREFERRED.vectorBitSize()), "no Panama GEMM here");
    }

    @Test
    void sixteenRegisterWidthsUseFourRowsAndThirtyTwoRegisterWidthsSix() {
        assertEquals(4, BlockSizeTable.sgemm(256).mr());
        assertEquals(4, BlockSizeTable.dgemm(256).mr());
        assertEquals(6, BlockSizeTable.sgemm(512).mr());
        assertEquals(6, BlockSizeTable.dgemm(512).mr());
    }

    @Test
    void bothTilesGiveTheSameFloatBits() {
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        // Small blocks so that every loop boundary and an edge tile are crossed on these shapes.
        BlockSizes four = new BlockSizes(4, 2 * bits / 32, 24, 37, 4 * bits / 32);
        BlockSizes six = new BlockSizes(6, 2 * bits / 32, 24, 37, 4 * bits / 32);
        BlockSizes doubles = BlockSizeTable.dgemm(bits);
        GemmKernels withFour = PanamaGemmKernels.withBlocks(four, doubles);
        GemmKernels withSix = PanamaGemmKernels.withBlocks(six, doubles.withRows(6));
        Random random = new Random(12);
        for (int[] s : SHAPES) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    for (double[] ab : ALPHA_BETA) {
                        int m = s[0], n = s[1], k = s[2];
                        float[] a = floats(random, 3 + m * k);
                        float[] b = floats(random, 2 + k * n);
                        float[] c0 = floats(random, 1 + m * n);
                        float[] expected = c0.clone();
                        withSix.sgemm(
                                GemmRoute.BLOCKED,
                                ta,
                                tb,
                                m,
                                n,
                                k,
                                (float) ab[0],
                                a,
                                3,
                                ta ? m : k,
                                b,
                                2,
                                tb ? k : n,
                                (float) ab[1],
                                expected,
                                1,
                                n,
                                1);
                        for (int threads = 1; threads <= 3; threads++) {
                            float[] c = c0.clone();
                            withFour.sgemm(
                                    GemmRoute.BLOCKED,
                                    ta,
                                    tb,
                                    m,
                                    n,
                                    k,
                                    (float) ab[0],
                                    a,
                                    3,
                                    ta ? m : k,
                                    b,
                                    2,
                                    tb ? k : n,
                                    (float) ab[1],
                                    c,
                                    1,
                                    n,
                                    threads);
                            assertArrayEquals(
                                    expected,
                                    c,
                                    "float " + m + "x" + n + "x" + k + " transA=" + ta + " transB=" + tb
                                            + " alpha,beta=" + ab[0] + "," + ab[1] + " threads=" + threads);
                        }
                    }
                }
            }
        }
    }

    @Test
    void bothTilesGiveTheSameDoubleBits() {
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        BlockSizes four = new BlockSizes(4, 2 * bits / 64, 24, 37, 4 * bits / 64);
        BlockSizes six = new BlockSizes(6, 2 * bits / 64, 24, 37, 4 * bits / 64);
        BlockSizes floats = BlockSizeTable.sgemm(bits);
        GemmKernels withFour = PanamaGemmKernels.withBlocks(floats, four);
        GemmKernels withSix = PanamaGemmKernels.withBlocks(floats, six);
        Random random = new Random(13);
        for (int[] s : SHAPES) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    for (double[] ab : ALPHA_BETA) {
                        int m = s[0], n = s[1], k = s[2];
                        double[] a = doubles(random, 3 + m * k);
                        double[] b = doubles(random, 2 + k * n);
                        double[] c0 = doubles(random, 1 + m * n);
                        double[] expected = c0.clone();
                        withSix.dgemm(
                                GemmRoute.BLOCKED,
                                ta,
                                tb,
                                m,
                                n,
                                k,
                                ab[0],
                                a,
                                3,
                                ta ? m : k,
                                b,
                                2,
                                tb ? k : n,
                                ab[1],
                                expected,
                                1,
                                n,
                                1);
                        for (int threads = 1; threads <= 3; threads++) {
                            double[] c = c0.clone();
                            withFour.dgemm(
                                    GemmRoute.BLOCKED,
                                    ta,
                                    tb,
                                    m,
                                    n,
                                    k,
                                    ab[0],
                                    a,
                                    3,
                                    ta ? m : k,
                                    b,
                                    2,
                                    tb ? k : n,
                                    ab[1],
                                    c,
                                    1,
                                    n,
                                    threads);
                            assertArrayEquals(
                                    expected,
                                    c,
                                    "double " + m + "x" + n + "x" + k + " transA=" + ta + " transB=" + tb
                                            + " alpha,beta=" + ab[0] + "," + ab[1] + " threads=" + threads);
                        }
                    }
                }
            }
        }
    }

    private static float[] floats(Random random, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextFloat() * 2 - 1;
        }
        return x;
    }

    private static double[] doubles(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * 2 - 1;
        }
        return x;
    }
}
