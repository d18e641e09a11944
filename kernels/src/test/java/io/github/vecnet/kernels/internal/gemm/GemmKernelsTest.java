package io.github.vecnet.kernels.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.kernels.internal.gemm.GemmProblem.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every implementation (scalar, Panama, naive reference kernel) and path against the double-precision oracle. */
class GemmKernelsTest {
    private static final double[] SCALARS = {0, 1, -0.5, 2};
    /** Sizes around the tile and block edges of every implementation (MR 2..6, NR 3..16) plus primes. */
    private static final int[] SIZES = {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 23, 24, 25, 29, 31, 32, 33, 37, 41, 47, 48, 49, 53, 61,
        63, 64, 65, 70
    };

    static Stream<Arguments> implementationsAndPrecisions() {
        List<Arguments> out = new ArrayList<>();
        for (Named<GemmKernels> impl : GemmImplementations.all()) {
            for (boolean single : new boolean[] {true, false}) {
                for (Route route : Route.values()) {
                    out.add(Arguments.of(impl, single ? "float" : "double", route));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("implementationsAndPrecisions")
    void everyTransposeAlphaAndBeta(GemmKernels impl, String precision, Route route) {
        // {29, 16, 21} and {40, 48, 7}: twelve-row tiles of one full vector (n = 16 or a 16-wide last tile at 512
        // bits).
        int[][] shapes = {{7, 13, 5}, {17, 19, 37}, {1, 1, 1}, {13, 33, 9}, {29, 16, 21}, {40, 48, 7}};
        long seed = 1;
        for (int[] s : shapes) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    for (double alpha : SCALARS) {
                        for (double beta : SCALARS) {
                            GemmProblem p = new GemmProblem(
                                    precision.equals("float"), ta, tb, s[0], s[1], s[2], alpha, beta, true, seed++);
                            p.assertCorrect(p.run(impl, route, 1), impl.name());
                        }
                    }
                }
            }
        }
    }

    /**
     * The Panama small path against an exact oracle, bit for bit: one in-order FMA chain per element, then alpha and
     * beta. Long k crosses the 4-row tiles' k passes (SgemmSmallKernel.K_CHUNK = 128; 257 = two passes and one step),
     * m past RAW_TILES_MAX's row blocks (1200 x 64 C: two blocks at 256 bits), every transpose, padded leading
     * dimensions and offsets, edge rows and columns.
     */
    @Test
    void panamaSmallPathIsOneInOrderFmaChainPerElement() {
        GemmKernels panama = GemmImplementations.panama();
        int[][] shapes = {
            {5, 257, 17},
            {64, 300, 64},
            {10, 1030, 64},
            {3, 129, 7},
            {17, 128, 33},
            {9, 1, 9},
            {1200, 200, 64},
            {4, 40, 2}
        };
        long seed = 100;
        for (boolean single : new boolean[] {true, false}) {
            for (int[] s : shapes) {
                for (boolean ta : new boolean[] {false, true}) {
                    for (boolean tb : new boolean[] {false, true}) {
                        for (double[] ab : new double[][] {{1, 0}, {-0.5, 2}, {2, 1}}) {
                            GemmProblem p =
                                    new GemmProblem(single, ta, tb, s[0], s[2], s[1], ab[0], ab[1], true, seed++);
                            double[] got = p.run(panama, Route.SMALL, 1);
                            double[] expected = p.inOrderFmaChains();
                            for (int i = 0; i < got.length; i++) {
                                if (Double.doubleToLongBits(got[i]) != Double.doubleToLongBits(expected[i])) {
                                    throw new AssertionError(p + ": element " + i + " is " + got[i] + ", the in-order"
                                            + " FMA chain gives " + expected[i]);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("implementationsAndPrecisions")
    void shapesAroundTileAndBlockEdges(GemmKernels impl, String precision, Route route) {
        Random random = new Random(42);
        for (int t = 0; t < 160; t++) {
            int m = SIZES[random.nextInt(SIZES.length)];
            int n = SIZES[random.nextInt(SIZES.length)];
            int k = SIZES[random.nextInt(SIZES.length)];
            GemmProblem p = new GemmProblem(
                    precision.equals("float"),
                    random.nextBoolean(),
                    random.nextBoolean(),
                    m,
                    n,
                    k,
                    SCALARS[1 + random.nextInt(3)],
                    SCALARS[random.nextInt(4)],
                    random.nextBoolean(),
                    t);
            p.assertCorrect(p.run(impl, route, 1), impl.name());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("implementationsAndPrecisions")
    void emptyDimensionsAreNoOpsAndZeroKScalesByBeta(GemmKernels impl, String precision, Route route) {
        int[][] shapes = {{0, 5, 3}, {4, 0, 3}, {0, 0, 0}, {4, 5, 0}, {1, 1, 0}};
        long seed = 100;
        for (int[] s : shapes) {
            for (double beta : SCALARS) {
                GemmProblem p = new GemmProblem(
                        precision.equals("float"),
                        seed % 2 == 0,
                        seed % 3 == 0,
                        s[0],
                        s[1],
                        s[2],
                        2,
                        beta,
                        true,
                        seed++);
                p.assertCorrect(p.run(impl, route, 1), impl.name());
            }
        }
    }

    /** Shapes that straddle each implementation's own MC, KC and NC (one pass more or less of each loop). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("implementationsAndPrecisions")
    void blockBoundaries(GemmKernels impl, String precision, Route route) {
        if (route != Route.BLOCKED) {
            return;
        }
        boolean single = precision.equals("float");
        BlockSizes bs = single ? impl.sgemmBlockSizes() : impl.dgemmBlockSizes();
        int[][] shapes = {
            {bs.mc() + 1, bs.nr() + 1, bs.kc() + 1},
            {bs.mc() - 1, 2 * bs.nr() - 1, bs.kc() - 1},
            {bs.mc(), 3 * bs.nr(), 2 * bs.kc() + 1},
            {bs.mr() + 1, bs.nc() + 1, 3},
            {2 * bs.mr() - 1, bs.nc() - 1, bs.kc()},
        };
        long seed = 7;
        for (int[] s : shapes) {
            GemmProblem p =
                    new GemmProblem(single, seed % 2 == 0, seed % 3 == 0, s[0], s[1], s[2], -0.5, 2, true, seed++);
            p.assertCorrect(p.run(impl, route, 1), impl.name());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("implementationsAndPrecisions")
    void nanInOldCDoesNotLeakWhenBetaIsZero(GemmKernels impl, String precision, Route route) {
        for (int[] s : new int[][] {{13, 17, 11}, {40, 9, 70}, {5, 5, 0}}) {
            for (double alpha : SCALARS) {
                GemmProblem p =
                        new GemmProblem(precision.equals("float"), false, true, s[0], s[1], s[2], alpha, 0, false, 3);
                Arrays.fill(p.c0, Double.NaN);
                double[] c = p.run(impl, route, 1);
                for (double x : c) {
                    assertTrue(Double.isFinite(x), "NaN leaked from old C with beta = 0: " + p);
                }
                p.assertCorrect(c, impl.name());
            }
        }
    }

    /**
     * Vector-like shapes in every transpose: n = 1 (the GEMV path of the Panama small kernels: dot products when
     * op(A) rows are contiguous, axpy form when A is transposed), m = 1 and k = 1, with lengths around every vector
     * width and the four-row / four-vector blocks, padded leading dimensions (a strided x) and offsets.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("implementationsAndPrecisions")
    void vectorShapesInEveryTranspose(GemmKernels impl, String precision, Route route) {
        int[] lengths = {1, 3, 4, 5, 8, 15, 16, 17, 33, 63, 64, 65, 130};
        List<int[]> shapes = new ArrayList<>();
        for (int x : lengths) {
            for (int y : new int[] {1, 7, 16, 17, 64, 100}) {
                shapes.add(new int[] {x, 1, y});
                shapes.add(new int[] {1, x, y});
                shapes.add(new int[] {x, y, 1});
            }
        }
        long seed = 500;
        for (int[] s : shapes) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    double alpha = seed % 2 == 0 ? 1 : -0.5;
                    double beta = SCALARS[(int) (seed / 2 % 4)];
                    GemmProblem p = new GemmProblem(
                            precision.equals("float"), ta, tb, s[0], s[1], s[2], alpha, beta, true, seed++);
                    p.assertCorrect(p.run(impl, route, 1), impl.name());
                }
            }
        }
    }

    /** The n = 1 path splits rows across the team at any row: still the same bits for every thread count. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("implementationsAndPrecisions")
    void matrixVectorBitIdenticalForOneTwoAndThreeThreads(GemmKernels impl, String precision, Route route) {
        for (boolean ta : new boolean[] {false, true}) {
            // 6403 x 1 x 1001 >= 3 * 2^21 multiply-adds: the team really runs 3 threads; odd sizes leave tails.
            GemmProblem p = new GemmProblem(precision.equals("float"), ta, ta, 6403, 1, 1001, -1.5, 0.5, true, 9);
            double[] one = p.run(impl, route, 1);
            p.assertCorrect(one, impl.name());
            assertArrayEquals(one, p.run(impl, route, 2), "2 threads differ: " + p);
            assertArrayEquals(one, p.run(impl, route, 3), "3 threads differ: " + p);
        }
    }

    /** Threads split only the tiles of C, never k: every thread count gives the same bits, on every path. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("implementationsAndPrecisions")
    void bitIdenticalForOneTwoAndThreeThreads(GemmKernels impl, String precision, Route route) {
        // Each shape is big enough (>= 3 * 2^21 multiply-adds) that the team really runs 3 threads.
        int[][] shapes = {{301, 270, 513}, {3000, 10, 300}, {8, 4000, 300}, {181, 191, 197}};
        for (int[] s : shapes) {
            GemmProblem p =
                    new GemmProblem(precision.equals("float"), true, false, s[0], s[1], s[2], 1.5, -0.5, true, s[0]);
            double[] one = p.run(impl, route, 1);
            assertArrayEquals(one, p.run(impl, route, 2), "2 threads differ: " + p);
            assertArrayEquals(one, p.run(impl, route, 3), "3 threads differ: " + p);
        }
    }

    @Test
    void routeDependsOnlyOnShapeAndTileWidth() {
        for (boolean single : new boolean[] {true, false}) {
            for (int nr : new int[] {4, 8, 16, 32}) {
                assertTrue(GemmKernels.isSmall(32, 32, 32, nr, single));
                assertTrue(GemmKernels.isSmall(128, 128, 128, nr, single));
                assertEquals(false, GemmKernels.isSmall(129, 128, 128, nr, single));
                assertTrue(GemmKernels.isSmall(256, 10, 256, nr, single));
                assertTrue(GemmKernels.isSmall(8, 784, 256, nr, single));
                assertEquals(false, GemmKernels.isSmall(256, 256, 784, nr, single));
                assertTrue(GemmKernels.isSmall(1024, 16, 1024, nr, single), "n <= 16 is skinny for every tile");
                assertEquals(false, GemmKernels.isSmall(1024, 65, 1024, nr, single), "n = 65 is never skinny");
            }
        }
        // Float vector tiles (nr >= 16): n <= 64 whatever the width.
        assertTrue(GemmKernels.isSmall(1024, 64, 64, 32, true));
        assertTrue(GemmKernels.isSmall(1024, 64, 1024, 16, true));
        // Double, and the scalar tile: two column panels, never below 16.
        assertTrue(GemmKernels.isSmall(1024, 32, 1024, 16, false));
        assertEquals(false, GemmKernels.isSmall(1024, 33, 1024, 16, false));
        assertTrue(GemmKernels.isSmall(1024, 16, 1024, 8, false));
        assertEquals(false, GemmKernels.isSmall(1024, 17, 1024, 8, false));
        assertEquals(false, GemmKernels.isSmall(1024, 17, 1024, 4, true));
        assertEquals(false, GemmKernels.isSmall(1024, 17, 1024, 4, false));
    }
}
