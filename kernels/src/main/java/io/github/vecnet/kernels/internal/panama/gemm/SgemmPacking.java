package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.gemm.FloatPrecision;
import io.github.vecnet.kernels.internal.gemm.Precision;
import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatPrecision} with vector packings of A and of a transposed B. A's 4-row panels (the 256-bit tile): a
 * row-major A as 4 x L blocks transposed in registers (four rows loaded, two rounds of two-vector rearranges, four
 * stores), where the scalar packing writes each element at a stride of 4; a transposed A, whose 4 values per k step
 * are contiguous, two rows of A giving one vector of each of two panels (L = 8; L = 4: a vector copy per k step).
 * A's 6-row panels (the 512-bit tile): a row-major A as 6 x L blocks (three rearranges and two blends per output
 * vector); a transposed A with one L-lane load and store per k step (L >= 8). A transposed B is packed 8 x 8 blocks
 * at a time, transposed in registers (when L = 8). Short panels and edges are packed element
 * by element, and everything else (a row-major B, scaling) is {@link FloatPrecision}'s.
 * The packed array is the same, element for element, so the choice changes speed only. The double version is
 * generated from this file.
 *
 * <p>Used on JDK 25 and later only ({@link #USED}): JDK 25's C2 compiles the rearranges to shuffles, and packing a
 * 64 x 256 block took 0.24 ns per element against 0.32-0.63 for the scalar loop (Zen 3); JDK 17's C2 does not
 * (3.6 ns, 10x slower than scalar). JDK 21-24 were not measured and keep the scalar packing.
 */
final class SgemmPacking implements Precision<float[]> {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();
    private static final FloatPrecision SCALAR = FloatPrecision.INSTANCE;

    /** Whether the Panama kernels use this packing (JDK 25+); tests call {@link #packFourRows} directly. */
    static final boolean USED = Runtime.version().feature() >= 25;

    // Two-vector rearranges (x.rearrange(s, y)): index i takes lane i of x, index i - L lane i of y.
    /** Interleaves the low halves of x and y: x0 y0 x1 y1 ... */
    private static final VectorShuffle<Float> INTERLEAVE_LOW = VectorShuffle.fromOp(S, i -> i / 2 - (i % 2) * L);
    /** Interleaves the high halves of x and y. */
    private static final VectorShuffle<Float> INTERLEAVE_HIGH =
            VectorShuffle.fromOp(S, i -> L / 2 + i / 2 - (i % 2) * L);
    /** Pairs of x then pairs of y from the low half: x0 x1 y0 y1 x2 x3 y2 y3 ... */
    private static final VectorShuffle<Float> PAIRS_LOW = VectorShuffle.fromOp(S, i -> pairLane(i, 0));
    /** The same from the high half. */
    private static final VectorShuffle<Float> PAIRS_HIGH = VectorShuffle.fromOp(S, i -> pairLane(i, L / 2));

    /** The low halves of x and y, one after the other. */
    private static final VectorShuffle<Float> LOW_HALVES = VectorShuffle.fromOp(S, i -> i < L / 2 ? i : i - L / 2 - L);
    /** The high halves of x and y. */
    private static final VectorShuffle<Float> HIGH_HALVES = VectorShuffle.fromOp(S, i -> i < L / 2 ? i + L / 2 : i - L);

    private static int pairLane(int i, int from) {
        int group = i / 4;
        int within = i % 4;
        return within < 2 ? from + 2 * group + within : from + 2 * group + within - 2 - L;
    }

    // Six-row panels (the 512-bit tile): a 6 x L block of a row-major A, rows x0..x5, becomes 6L contiguous values,
    // out[6q + r] = x_r[q]. Output vector j holds t = jL + i, i < L: row t % 6, lane t / 6. It is the blend of three
    // two-vector rearranges, one per pair of rows (0, 1), (2, 3), (4, 5). SIX_j_g is pair g's shuffle for output j;
    // SIX_MASK_j_g marks the lanes of output j that come from pair g.
    private static final VectorShuffle<Float> SIX_0_0 = sixRowShuffle(0, 0);
    private static final VectorShuffle<Float> SIX_0_1 = sixRowShuffle(0, 1);
    private static final VectorShuffle<Float> SIX_0_2 = sixRowShuffle(0, 2);
    private static final VectorShuffle<Float> SIX_1_0 = sixRowShuffle(1, 0);
    private static final VectorShuffle<Float> SIX_1_1 = sixRowShuffle(1, 1);
    private static final VectorShuffle<Float> SIX_1_2 = sixRowShuffle(1, 2);
    private static final VectorShuffle<Float> SIX_2_0 = sixRowShuffle(2, 0);
    private static final VectorShuffle<Float> SIX_2_1 = sixRowShuffle(2, 1);
    private static final VectorShuffle<Float> SIX_2_2 = sixRowShuffle(2, 2);
    private static final VectorShuffle<Float> SIX_3_0 = sixRowShuffle(3, 0);
    private static final VectorShuffle<Float> SIX_3_1 = sixRowShuffle(3, 1);
    private static final VectorShuffle<Float> SIX_3_2 = sixRowShuffle(3, 2);
    private static final VectorShuffle<Float> SIX_4_0 = sixRowShuffle(4, 0);
    private static final VectorShuffle<Float> SIX_4_1 = sixRowShuffle(4, 1);
    private static final VectorShuffle<Float> SIX_4_2 = sixRowShuffle(4, 2);
    private static final VectorShuffle<Float> SIX_5_0 = sixRowShuffle(5, 0);
    private static final VectorShuffle<Float> SIX_5_1 = sixRowShuffle(5, 1);
    private static final VectorShuffle<Float> SIX_5_2 = sixRowShuffle(5, 2);
    private static final VectorMask<Float> SIX_MASK_0_1 = sixRowMask(0, 1);
    private static final VectorMask<Float> SIX_MASK_0_2 = sixRowMask(0, 2);
    private static final VectorMask<Float> SIX_MASK_1_1 = sixRowMask(1, 1);
    private static final VectorMask<Float> SIX_MASK_1_2 = sixRowMask(1, 2);
    private static final VectorMask<Float> SIX_MASK_2_1 = sixRowMask(2, 1);
    private static final VectorMask<Float> SIX_MASK_2_2 = sixRowMask(2, 2);
    private static final VectorMask<Float> SIX_MASK_3_1 = sixRowMask(3, 1);
    private static final VectorMask<Float> SIX_MASK_3_2 = sixRowMask(3, 2);
    private static final VectorMask<Float> SIX_MASK_4_1 = sixRowMask(4, 1);
    private static final VectorMask<Float> SIX_MASK_4_2 = sixRowMask(4, 2);
    private static final VectorMask<Float> SIX_MASK_5_1 = sixRowMask(5, 1);
    private static final VectorMask<Float> SIX_MASK_5_2 = sixRowMask(5, 2);

    private static VectorShuffle<Float> sixRowShuffle(int j, int pair) {
        return VectorShuffle.fromOp(S, i -> {
            int t = j * L + i;
            int row = t % 6;
            int lane = t / 6;
            return row == 2 * pair ? lane : row == 2 * pair + 1 ? lane - L : 0;
        });
    }

    private static VectorMask<Float> sixRowMask(int j, int pair) {
        boolean[] lanes = new boolean[L];
        for (int i = 0; i < L; i++) {
            lanes[i] = (j * L + i) % 6 / 2 == pair;
        }
        return VectorMask.fromArray(S, lanes, 0);
    }

    @Override
    public float[] newArray(int length) {
        return SCALAR.newArray(length);
    }

    @Override
    public int length(float[] array) {
        return SCALAR.length(array);
    }

    @Override
    public void packA(
            boolean transA, float[] a, int aOffset, int lda, int row0, int rows, int p0, int kc, int mr, float[] dest) {
        if (mr == 6 && transA && L >= 8) {
            packSixRowTransposedPanels(a, aOffset, lda, row0, rows, p0, kc, dest);
            return;
        }
        if (mr == 6 && !transA) {
            packSixRowPanels(a, aOffset, lda, row0, rows, p0, kc, dest);
            return;
        }
        if (mr != 4) {
            SCALAR.packA(transA, a, aOffset, lda, row0, rows, p0, kc, mr, dest);
            return;
        }
        int r0 = 0;
        if (transA) {
            // op(A)[i, p] = A[p, i]: a panel's 4 values of one k step are contiguous in A.
            int from = aOffset + p0 * lda + row0;
            if (L == 8) {
                for (; r0 + 8 <= rows; r0 += 8) {
                    packTwoTransposedPanels(a, from + r0, lda, kc, dest, r0 * kc);
                }
            } else if (L == 4) {
                for (; r0 + 4 <= rows; r0 += 4) {
                    for (int p = 0; p < kc; p++) {
                        FloatVector.fromArray(S, a, from + r0 + p * lda).intoArray(dest, r0 * kc + 4 * p);
                    }
                }
            }
            for (; r0 < rows; r0 += 4) {
                packPanelScalar(a, from + r0, 1, lda, kc, Math.min(4, rows - r0), dest, r0 * kc);
            }
            return;
        }
        int from = aOffset + row0 * lda + p0;
        for (; r0 + 4 <= rows; r0 += 4) {
            packFourRows(a, from + r0 * lda, lda, kc, dest, r0 * kc);
        }
        if (r0 < rows) {
            packPanelScalar(a, from + r0 * lda, lda, 1, kc, rows - r0, dest, r0 * kc);
        }
    }

    /**
     * 6-row panels of a row-major A, six rows at a time ({@link #packSixRows}); a last panel shorter than six rows
     * goes through {@link FloatPrecision}.
     */
    private static void packSixRowPanels(
            float[] a, int aOffset, int lda, int row0, int rows, int p0, int kc, float[] dest) {
        int full = rows / 6 * 6;
        int from = aOffset + row0 * lda + p0;
        for (int r0 = 0; r0 < full; r0 += 6) {
            packSixRows(a, from + r0 * lda, lda, kc, dest, r0 * kc);
        }
        if (full < rows) {
            SCALAR.packA(false, a, aOffset, lda, row0 + full, rows - full, p0, kc, 6, dest, full * kc);
        }
    }

    /**
     * 6-row panels of a transposed A, whose six values per k step are contiguous in A: one L-lane load and one
     * L-lane store per step, at {@code dest[to + 6p]}. The L - 6 lanes past the step are overwritten by the next
     * steps, and the last steps' overhang by the next panel; steps that would store past the end of the block (the
     * last panel's last ones) are copied element by element. (A six-lane masked store instead measured 0.89-0.93x
     * of the scalar copy in 784 x 256 x 256, TN, on a Sapphire Rapids.) Steps whose load would pass the end of
     * {@code a}, and a last panel shorter than six rows, are copied element by element.
     */
    private static void packSixRowTransposedPanels(
            float[] a, int aOffset, int lda, int row0, int rows, int p0, int kc, float[] dest) {
        int full = rows / 6 * 6;
        int from = aOffset + p0 * lda + row0;
        int blockEnd = (rows + 5) / 6 * 6 * kc;
        for (int r0 = 0; r0 < full; r0 += 6) {
            int to = r0 * kc;
            int room = a.length - L - (from + r0); // a step p loads a[from + r0 + p * lda .. + L)
            int steps = room < 0 ? 0 : Math.min(kc, room / lda + 1);
            int spare = blockEnd - L - to; // a step p stores dest[to + 6p .. + L): none past the block
            steps = Math.min(steps, spare < 0 ? 0 : spare / 6 + 1);
            for (int p = 0; p < steps; p++) {
                FloatVector.fromArray(S, a, from + r0 + p * lda).intoArray(dest, to + 6 * p);
            }
            if (steps < kc) {
                SCALAR.packA(true, a, aOffset, lda, row0 + r0, 6, p0 + steps, kc - steps, 6, dest, to + 6 * steps);
            }
        }
        if (full < rows) {
            SCALAR.packA(true, a, aOffset, lda, row0 + full, rows - full, p0, kc, 6, dest, full * kc);
        }
    }

    /**
     * One 6-row panel of a row-major A: {@code dest[to + 6p + r] = a[from + r * lda + p]} for r < 6, p < kc, a 6 x L
     * block per step (six loads, eighteen two-vector rearranges, twelve blends, six stores). The block's first three
     * output vectors and its last three are two loops in two methods: all six in one loop exceeded C2's inlining
     * budget, and the rearranges it did not inline boxed their vectors (3x slower than the scalar packing).
     */
    static void packSixRows(float[] a, int from, int lda, int kc, float[] dest, int to) {
        int blocks = kc / L;
        sixRowsFirstHalf(a, from, lda, blocks, dest, to);
        sixRowsSecondHalf(a, from, lda, blocks, dest, to);
        int done = blocks * L;
        if (done < kc) {
            SCALAR.packA(false, a, from, lda, 0, 6, done, kc - done, 6, dest, to + 6 * done);
        }
    }

    /** Output vectors 0-2 of each 6 x L block (k lanes 0 .. L/2 - 1 of the six rows). */
    private static void sixRowsFirstHalf(float[] a, int from, int lda, int blocks, float[] dest, int to) {
        for (int p = 0, at = to; p < blocks * L; p += L, at += 6 * L) {
            FloatVector x0 = FloatVector.fromArray(S, a, from + p);
            FloatVector x1 = FloatVector.fromArray(S, a, from + lda + p);
            FloatVector x2 = FloatVector.fromArray(S, a, from + 2 * lda + p);
            FloatVector x3 = FloatVector.fromArray(S, a, from + 3 * lda + p);
            FloatVector x4 = FloatVector.fromArray(S, a, from + 4 * lda + p);
            FloatVector x5 = FloatVector.fromArray(S, a, from + 5 * lda + p);
            merge(x0, x1, x2, x3, x4, x5, SIX_0_0, SIX_0_1, SIX_0_2, SIX_MASK_0_1, SIX_MASK_0_2)
                    .intoArray(dest, at);
            merge(x0, x1, x2, x3, x4, x5, SIX_1_0, SIX_1_1, SIX_1_2, SIX_MASK_1_1, SIX_MASK_1_2)
                    .intoArray(dest, at + L);
            merge(x0, x1, x2, x3, x4, x5, SIX_2_0, SIX_2_1, SIX_2_2, SIX_MASK_2_1, SIX_MASK_2_2)
                    .intoArray(dest, at + 2 * L);
        }
    }

    /** Output vectors 3-5 of each 6 x L block (k lanes L/2 .. L - 1). */
    private static void sixRowsSecondHalf(float[] a, int from, int lda, int blocks, float[] dest, int to) {
        for (int p = 0, at = to + 3 * L; p < blocks * L; p += L, at += 6 * L) {
            FloatVector x0 = FloatVector.fromArray(S, a, from + p);
            FloatVector x1 = FloatVector.fromArray(S, a, from + lda + p);
            FloatVector x2 = FloatVector.fromArray(S, a, from + 2 * lda + p);
            FloatVector x3 = FloatVector.fromArray(S, a, from + 3 * lda + p);
            FloatVector x4 = FloatVector.fromArray(S, a, from + 4 * lda + p);
            FloatVector x5 = FloatVector.fromArray(S, a, from + 5 * lda + p);
            merge(x0, x1, x2, x3, x4, x5, SIX_3_0, SIX_3_1, SIX_3_2, SIX_MASK_3_1, SIX_MASK_3_2)
                    .intoArray(dest, at);
            merge(x0, x1, x2, x3, x4, x5, SIX_4_0, SIX_4_1, SIX_4_2, SIX_MASK_4_1, SIX_MASK_4_2)
                    .intoArray(dest, at + L);
            merge(x0, x1, x2, x3, x4, x5, SIX_5_0, SIX_5_1, SIX_5_2, SIX_MASK_5_1, SIX_MASK_5_2)
                    .intoArray(dest, at + 2 * L);
        }
    }

    private static FloatVector merge(
            FloatVector x0,
            FloatVector x1,
            FloatVector x2,
            FloatVector x3,
            FloatVector x4,
            FloatVector x5,
            VectorShuffle<Float> pair0,
            VectorShuffle<Float> pair1,
            VectorShuffle<Float> pair2,
            VectorMask<Float> fromPair1,
            VectorMask<Float> fromPair2) {
        return x0.rearrange(pair0, x1)
                .blend(x2.rearrange(pair1, x3), fromPair1)
                .blend(x4.rearrange(pair2, x5), fromPair2);
    }

    /**
     * One panel, element by element: {@code dest[to + 4p + r] = a[from + r * rowStride + p * colStride]} for the
     * {@code h} rows there are, zero for the rest of the 4.
     */
    private static void packPanelScalar(
            float[] a, int from, int rowStride, int colStride, int kc, int h, float[] dest, int to) {
        for (int p = 0, at = to; p < kc; p++, at += 4) {
            for (int r = 0; r < 4; r++) {
                dest[at + r] = r < h ? a[from + r * rowStride + p * colStride] : 0f;
            }
        }
    }

    /**
     * Two 4-row panels of a transposed A (L = 8): A's row p holds k step p of both panels, 4 values each. Two rows
     * of A (two k steps) make one vector of each panel: {@code dest[to + 4p ..]} and {@code dest[to + 4kc + 4p ..]}.
     */
    static void packTwoTransposedPanels(float[] a, int from, int lda, int kc, float[] dest, int to) {
        int second = to + 4 * kc;
        int p = 0;
        for (; p + 2 <= kc; p += 2) {
            FloatVector x = FloatVector.fromArray(S, a, from + p * lda);
            FloatVector y = FloatVector.fromArray(S, a, from + (p + 1) * lda);
            x.rearrange(LOW_HALVES, y).intoArray(dest, to + 4 * p);
            x.rearrange(HIGH_HALVES, y).intoArray(dest, second + 4 * p);
        }
        if (p < kc) {
            int src = from + p * lda;
            for (int r = 0; r < 4; r++) {
                dest[to + 4 * p + r] = a[src + r];
                dest[second + 4 * p + r] = a[src + 4 + r];
            }
        }
    }

    /**
     * One 4-row panel: {@code dest[to + 4p + r] = a[from + r * lda + p]} for r < 4, p < kc. Each step transposes a
     * 4 x L block: rows x0..x3 (L values of k each) -> x0 interleaved with x1, x2 with x3 -> pairs of those, which
     * are L packed columns of 4 values, 4L contiguous values of the panel.
     */
    static void packFourRows(float[] a, int from, int lda, int kc, float[] dest, int to) {
        int p = 0;
        for (; p + L <= kc; p += L) {
            FloatVector x0 = FloatVector.fromArray(S, a, from + p);
            FloatVector x1 = FloatVector.fromArray(S, a, from + lda + p);
            FloatVector x2 = FloatVector.fromArray(S, a, from + 2 * lda + p);
            FloatVector x3 = FloatVector.fromArray(S, a, from + 3 * lda + p);
            FloatVector low01 = x0.rearrange(INTERLEAVE_LOW, x1);
            FloatVector high01 = x0.rearrange(INTERLEAVE_HIGH, x1);
            FloatVector low23 = x2.rearrange(INTERLEAVE_LOW, x3);
            FloatVector high23 = x2.rearrange(INTERLEAVE_HIGH, x3);
            int at = to + 4 * p;
            low01.rearrange(PAIRS_LOW, low23).intoArray(dest, at);
            low01.rearrange(PAIRS_HIGH, low23).intoArray(dest, at + L);
            high01.rearrange(PAIRS_LOW, high23).intoArray(dest, at + 2 * L);
            high01.rearrange(PAIRS_HIGH, high23).intoArray(dest, at + 3 * L);
        }
        for (; p < kc; p++) {
            int at = to + 4 * p;
            dest[at] = a[from + p];
            dest[at + 1] = a[from + lda + p];
            dest[at + 2] = a[from + 2 * lda + p];
            dest[at + 3] = a[from + 3 * lda + p];
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
        if (!transB || L != 8 || nr % L != 0) {
            SCALAR.packB(transB, b, bOffset, ldb, p0, kc, col0, cols, nr, dest, destOffset);
            return;
        }
        // op(B)[p, j] = B[j, p]: L columns of a panel are L stored rows of B; transposed L x L at a time.
        int panelStride = nr * kc;
        int fullColumns = cols / L * L;
        int fullSteps = kc / L * L;
        for (int j = 0; j < fullColumns; j += L) {
            int to = destOffset + j / nr * panelStride + j % nr;
            int from = bOffset + (col0 + j) * ldb + p0;
            for (int p = 0; p < fullSteps; p += L) {
                transposeBlock(b, from + p, ldb, dest, to + p * nr, nr);
            }
            for (int p = fullSteps; p < kc; p++) {
                for (int q = 0; q < L; q++) {
                    dest[to + p * nr + q] = b[from + q * ldb + p];
                }
            }
        }
        // The last columns (fewer than L) and the zero padding up to the panel's edge.
        int padded = (cols + nr - 1) / nr * nr;
        for (int j = fullColumns; j < padded; j++) {
            int to = destOffset + j / nr * panelStride + j % nr;
            int from = bOffset + (col0 + j) * ldb + p0;
            for (int p = 0; p < kc; p++) {
                dest[to + p * nr] = j < cols ? b[from + p] : 0f;
            }
        }
    }

    /**
     * {@code dest[to + q * nr + r] = b[from + r * ldb + q]} for r, q < 8: eight rows of B (eight columns of op(B)) into
     * eight panel rows. Three rounds of the perfect shuffle (row i of a round = the interleave of rows i/2 and
     * i/2 + 4 of the previous one, low half for even i, high for odd) transpose an 8 x 8 block.
     */
    private static void transposeBlock(float[] b, int from, int ldb, float[] dest, int to, int nr) {
        FloatVector r0 = FloatVector.fromArray(S, b, from);
        FloatVector r1 = FloatVector.fromArray(S, b, from + ldb);
        FloatVector r2 = FloatVector.fromArray(S, b, from + 2 * ldb);
        FloatVector r3 = FloatVector.fromArray(S, b, from + 3 * ldb);
        FloatVector r4 = FloatVector.fromArray(S, b, from + 4 * ldb);
        FloatVector r5 = FloatVector.fromArray(S, b, from + 5 * ldb);
        FloatVector r6 = FloatVector.fromArray(S, b, from + 6 * ldb);
        FloatVector r7 = FloatVector.fromArray(S, b, from + 7 * ldb);
        for (int round = 0; round < 3; round++) {
            FloatVector n0 = r0.rearrange(INTERLEAVE_LOW, r4);
            FloatVector n1 = r0.rearrange(INTERLEAVE_HIGH, r4);
            FloatVector n2 = r1.rearrange(INTERLEAVE_LOW, r5);
            FloatVector n3 = r1.rearrange(INTERLEAVE_HIGH, r5);
            FloatVector n4 = r2.rearrange(INTERLEAVE_LOW, r6);
            FloatVector n5 = r2.rearrange(INTERLEAVE_HIGH, r6);
            FloatVector n6 = r3.rearrange(INTERLEAVE_LOW, r7);
            FloatVector n7 = r3.rearrange(INTERLEAVE_HIGH, r7);
            r0 = n0;
            r1 = n1;
            r2 = n2;
            r3 = n3;
            r4 = n4;
            r5 = n5;
            r6 = n6;
            r7 = n7;
        }
        r0.intoArray(dest, to);
        r1.intoArray(dest, to + nr);
        r2.intoArray(dest, to + 2 * nr);
        r3.intoArray(dest, to + 3 * nr);
        r4.intoArray(dest, to + 4 * nr);
        r5.intoArray(dest, to + 5 * nr);
        r6.intoArray(dest, to + 6 * nr);
        r7.intoArray(dest, to + 7 * nr);
    }

    @Override
    public void scale(int m, int n, double beta, float[] c, int cOffset, int ldc) {
        SCALAR.scale(m, n, beta, c, cOffset, ldc);
    }

    @Override
    public void mergeTile(float[] tile, int ldt, int rows, int cols, double beta, float[] c, int cOffset, int ldc) {
        SCALAR.mergeTile(tile, ldt, rows, cols, beta, c, cOffset, ldc);
    }
}
