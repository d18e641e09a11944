package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.FloatPrecision;
import io.github.vecnet.kernels.internal.gemm.Precision;
import io.github.vecnet.kernels.internal.gemm.SmallGemm;
import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float small-matrix path: the register tile of the blocked kernel at this width (4 x 2L at 256 bits as in
 * {@link SgemmKernel4x2L}, 6 x 2L at 512 as in {@link SgemmKernel6x2L}; see their notes on registers), but A is
 * read in place (broadcast from four or six rows of op(A), any transpose) and B in place when it is stored
 * row-major and the column tile is full; otherwise the k x 2L column tile of op(B) is copied, zero padded, into a per-thread buffer (cheap: it
 * is reused by every row of C). Edge rows repeat the last valid row of A and go through a temporary tile.
 * The double version is generated from this file.
 */
final class SgemmSmallKernel implements SmallGemm<float[]> {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();
    /** The blocked kernels' rows at this width: 4 with 16 vector registers (256 bits), 6 with 32 (512 bits). */
    private static final int ROWS = BlockSizeTable.sgemm(S.vectorBitSize()).mr();

    private static final int WIDTH = 2 * L;

    /** The packing of the 4-row passes' transposed A and B: {@link SgemmPacking}'s where it is used (JDK 25+). */
    private static final Precision<float[]> PACKING = SgemmPacking.USED ? new SgemmPacking() : FloatPrecision.INSTANCE;

    /**
     * k steps per pass of the 4-row tiles ({@link #computeFourRowTiles}): a pass packs a K_CHUNK x WIDTH panel of
     * op(B) per column tile (8 KB at 256 bits), which stays in L1 while every row tile of the pass reads it.
     */
    static final int K_CHUNK = 128;
    /** The most raw accumulators (floats) kept between passes: the tiles of one block of rows of C, 128 KB. */
    static final int RAW_TILES_MAX = 32 * 1024;

    private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(Buffers::new);

    @Override
    public int rowTile() {
        return ROWS;
    }

    @Override
    public int columnTile() {
        return WIDTH;
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
        if (n == 1) {
            SgemvKernel.gemv(
                    transA,
                    transB,
                    row0,
                    row1,
                    k,
                    (float) alpha,
                    a,
                    aOffset,
                    lda,
                    b,
                    bOffset,
                    ldb,
                    (float) beta,
                    c,
                    cOffset,
                    ldc);
            return;
        }
        Buffers buf = buffers.get();
        if (ROWS == 4) {
            computeFourRowTiles(
                    transA, transB, row0, row1, col0, col1, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c,
                    cOffset, ldc, buf);
            return;
        }
        if (buf.columnTile.length < k * WIDTH) {
            buf.columnTile = new float[k * WIDTH];
        }
        int aRowStride = transA ? 1 : lda;
        int aColStride = transA ? lda : 1;
        float al = (float) alpha;
        float be = (float) beta;
        for (int j = col0; j < col1; j += WIDTH) {
            int w = Math.min(WIDTH, col1 - j);
            int vectors = w > L ? 2 : 1;
            float[] src;
            int srcOffset;
            int srcLd;
            if (!transB && w == vectors * L) {
                src = b;
                srcOffset = bOffset + j;
                srcLd = ldb;
            } else {
                FloatPrecision.INSTANCE.packB(transB, b, bOffset, ldb, 0, k, j, w, vectors * L, buf.columnTile, 0);
                src = buf.columnTile;
                srcOffset = 0;
                srcLd = vectors * L;
            }
            for (int i = row0; i < row1; i += ROWS) {
                if (ROWS == 6 && vectors == 1 && row1 - i >= 12) {
                    tile12x1Rows(
                            k,
                            a,
                            aOffset + i * aRowStride,
                            aRowStride,
                            aColStride,
                            src,
                            srcOffset,
                            srcLd,
                            al,
                            be,
                            w,
                            c,
                            cOffset + i * ldc + j,
                            ldc,
                            buf.tile);
                    i += ROWS; // and the loop's own step: twelve rows
                    continue;
                }
                int h = Math.min(ROWS, row1 - i);
                boolean full = h == ROWS && w == vectors * L;
                float[] out = full ? c : buf.tile;
                int outOffset = full ? cOffset + i * ldc + j : 0;
                int outLd = full ? ldc : WIDTH;
                float outBeta = full ? be : 0f;
                int a0 = aOffset + i * aRowStride;
                int last = h - 1;
                int a1 = aOffset + (i + Math.min(1, last)) * aRowStride;
                int a2 = aOffset + (i + Math.min(2, last)) * aRowStride;
                int a3 = aOffset + (i + Math.min(3, last)) * aRowStride;
                int a4 = aOffset + (i + Math.min(4, last)) * aRowStride;
                int a5 = aOffset + (i + Math.min(5, last)) * aRowStride;
                if (vectors == 2) {
                    tile6x2(
                            k,
                            a,
                            a0,
                            a1,
                            a2,
                            a3,
                            a4,
                            a5,
                            aColStride,
                            src,
                            srcOffset,
                            srcLd,
                            al,
                            outBeta,
                            out,
                            outOffset,
                            outLd);
                } else {
                    tile6x1(
                            k,
                            a,
                            a0,
                            a1,
                            a2,
                            a3,
                            a4,
                            a5,
                            aColStride,
                            src,
                            srcOffset,
                            srcLd,
                            al,
                            outBeta,
                            out,
                            outOffset,
                            outLd);
                }
                if (!full) {
                    FloatPrecision.INSTANCE.mergeTile(buf.tile, WIDTH, h, w, be, c, cOffset + i * ldc + j, ldc);
                }
            }
        }
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    /**
     * The 4-row tiles (256 bits), in passes of {@link #K_CHUNK} k steps over blocks of rows. Each pass packs its k
     * slice of op(B) into WIDTH-wide panels and, for a transposed A, its slice of op(A) into panels; the k loops then
     * index A, B by the loop counter at constant strides, which lets C2 remove their bounds checks (a transposed A is
     * packed into 4-row panels as in the blocked driver). Reading A and B
     * in place at the run-time strides lda, ldb, C2 kept six compare-and-branch pairs and five stack loads beside
     * the 8 FMAs of each k step (decoded JDK 25 code): 1024 x 64 x 64 ran at 0.79-0.84x OpenBLAS and the weight
     * gradient x^T dy, 64 x 1024 x 64, at 0.53-0.61x on a Zen 3. The passes also keep the B slice in L1 for a long k.
     * Each tile's raw accumulators wait in {@code Buffers.rawTiles} between passes and are loaded back (exact), so
     * every element of C still sums its k products in order in one lane, one pass after another: the bits do not
     * depend on K_CHUNK or on the blocks. alpha and beta are applied after the last pass.
     */
    private void computeFourRowTiles(
            boolean transA,
            boolean transB,
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
            int ldc,
            Buffers buf) {
        int columnTiles = ceilDiv(col1 - col0, WIDTH);
        int tileSize = ROWS * WIDTH;
        int blockRows =
                ROWS * Math.min(ceilDiv(row1 - row0, ROWS), Math.max(1, RAW_TILES_MAX / (columnTiles * tileSize)));
        int kc = Math.min(k, K_CHUNK);
        float[] acc = buf.rawTiles(blockRows / ROWS * columnTiles * tileSize);
        float[] panels = buf.columnPanels(columnTiles * kc * WIDTH);
        float[] packedA = transA ? buf.packedA(blockRows * kc) : null;
        for (int block0 = row0; block0 < row1; block0 += blockRows) {
            int block1 = Math.min(row1, block0 + blockRows);
            for (int p0 = 0; p0 < k; p0 += kc) {
                int kLen = Math.min(kc, k - p0);
                boolean resume = p0 > 0;
                boolean lastPass = p0 + kLen == k;
                packPanels(transB, b, bOffset, ldb, p0, kLen, col0, col1, panels);
                if (transA) {
                    PACKING.packA(true, a, aOffset, lda, block0, block1 - block0, p0, kLen, ROWS, packedA);
                }
                for (int tj = 0; tj < columnTiles; tj++) {
                    int j = col0 + tj * WIDTH;
                    int w = Math.min(WIDTH, col1 - j);
                    int vectors = w > L ? 2 : 1;
                    int bo = tj * kLen * WIDTH;
                    for (int i = block0, ti = 0; i < block1; i += ROWS, ti++) {
                        int h = Math.min(ROWS, block1 - i);
                        int at = (ti * columnTiles + tj) * tileSize;
                        if (transA) {
                            // The packed 4-row panel, zero padded (also for a one-vector tile: the panel of B is zero
                            // padded to WIDTH and the second vector is not written back).
                            accumulatePacked4x2(kLen, packedA, ti * ROWS * kLen, panels, bo, acc, at, resume);
                        } else {
                            int last = h - 1;
                            int a0 = aOffset + i * lda + p0;
                            int a1 = a0 + Math.min(1, last) * lda;
                            int a2 = a0 + Math.min(2, last) * lda;
                            int a3 = a0 + Math.min(3, last) * lda;
                            if (vectors == 2) {
                                accumulate4x2(kLen, a, a0, a1, a2, a3, panels, bo, acc, at, resume);
                            } else {
                                accumulate4x1(kLen, a, a0, a1, a2, a3, panels, bo, acc, at, resume);
                            }
                        }
                        if (lastPass) {
                            int co = cOffset + i * ldc + j;
                            if (h == ROWS && w == vectors * L) {
                                SgemmTileWriteBack.apply(acc, at, h, vectors, alpha, beta, c, co, ldc);
                            } else {
                                SgemmTileWriteBack.apply(acc, at, h, vectors, alpha, 0, buf.tile, 0, WIDTH);
                                FloatPrecision.INSTANCE.mergeTile(buf.tile, WIDTH, h, w, beta, c, co, ldc);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * op(B)[p0..p0+kc, col0..col1] into zero-padded WIDTH-wide panels of kc rows each. Full tiles of a row-major B
     * are copied two vectors at a time: {@link FloatPrecision#packB} moves each WIDTH-long piece with
     * {@code System.arraycopy}, and those calls cost more than the copy here (a 64-wide B is four pieces per row).
     */
    private static void packPanels(
            boolean transB, float[] b, int bOffset, int ldb, int p0, int kc, int col0, int col1, float[] panels) {
        int fullColumns = transB ? 0 : (col1 - col0) / WIDTH * WIDTH;
        for (int j = 0; j < fullColumns; j += WIDTH) {
            int panel = j * kc;
            for (int p = 0, src = bOffset + p0 * ldb + col0 + j; p < kc; p++, src += ldb) {
                FloatVector.fromArray(S, b, src).intoArray(panels, panel + p * WIDTH);
                FloatVector.fromArray(S, b, src + L).intoArray(panels, panel + p * WIDTH + L);
            }
        }
        if (col0 + fullColumns < col1) {
            PACKING.packB(
                    transB,
                    b,
                    bOffset,
                    ldb,
                    p0,
                    kc,
                    col0 + fullColumns,
                    col1 - col0 - fullColumns,
                    WIDTH,
                    panels,
                    fullColumns * kc);
        }
    }

    private static void tile6x2(
            int k,
            float[] a,
            int a0,
            int a1,
            int a2,
            int a3,
            int a4,
            int a5,
            int aStep,
            float[] b,
            int bo,
            int ldb,
            float alpha,
            float beta,
            float[] c,
            int co,
            int ldc) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
        FloatVector c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        for (int p = 0;
                p < k;
                p++, bo += ldb, a0 += aStep, a1 += aStep, a2 += aStep, a3 += aStep, a4 += aStep, a5 += aStep) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector ai = FloatVector.broadcast(S, a[a0]);
            c00 = ai.fma(b0, c00);
            c01 = ai.fma(b1, c01);
            ai = FloatVector.broadcast(S, a[a1]);
            c10 = ai.fma(b0, c10);
            c11 = ai.fma(b1, c11);
            ai = FloatVector.broadcast(S, a[a2]);
            c20 = ai.fma(b0, c20);
            c21 = ai.fma(b1, c21);
            ai = FloatVector.broadcast(S, a[a3]);
            c30 = ai.fma(b0, c30);
            c31 = ai.fma(b1, c31);
            ai = FloatVector.broadcast(S, a[a4]);
            c40 = ai.fma(b0, c40);
            c41 = ai.fma(b1, c41);
            ai = FloatVector.broadcast(S, a[a5]);
            c50 = ai.fma(b0, c50);
            c51 = ai.fma(b1, c51);
        }
        // Write-back contract: r = alpha * acc, then C = r or beta * C + r (not fused); no helper method,
        // so that C2 keeps every accumulator in a register (a vector passed to a call may be boxed).
        if (beta == 0f) {
            c00.mul(alpha).intoArray(c, co);
            c01.mul(alpha).intoArray(c, co + L);
            c10.mul(alpha).intoArray(c, co + ldc);
            c11.mul(alpha).intoArray(c, co + ldc + L);
            c20.mul(alpha).intoArray(c, co + 2 * ldc);
            c21.mul(alpha).intoArray(c, co + 2 * ldc + L);
            c30.mul(alpha).intoArray(c, co + 3 * ldc);
            c31.mul(alpha).intoArray(c, co + 3 * ldc + L);
            c40.mul(alpha).intoArray(c, co + 4 * ldc);
            c41.mul(alpha).intoArray(c, co + 4 * ldc + L);
            c50.mul(alpha).intoArray(c, co + 5 * ldc);
            c51.mul(alpha).intoArray(c, co + 5 * ldc + L);
        } else {
            FloatVector.fromArray(S, c, co).mul(beta).add(c00.mul(alpha)).intoArray(c, co);
            FloatVector.fromArray(S, c, co + L).mul(beta).add(c01.mul(alpha)).intoArray(c, co + L);
            FloatVector.fromArray(S, c, co + ldc).mul(beta).add(c10.mul(alpha)).intoArray(c, co + ldc);
            FloatVector.fromArray(S, c, co + ldc + L)
                    .mul(beta)
                    .add(c11.mul(alpha))
                    .intoArray(c, co + ldc + L);
            FloatVector.fromArray(S, c, co + 2 * ldc)
                    .mul(beta)
                    .add(c20.mul(alpha))
                    .intoArray(c, co + 2 * ldc);
            FloatVector.fromArray(S, c, co + 2 * ldc + L)
                    .mul(beta)
                    .add(c21.mul(alpha))
                    .intoArray(c, co + 2 * ldc + L);
            FloatVector.fromArray(S, c, co + 3 * ldc)
                    .mul(beta)
                    .add(c30.mul(alpha))
                    .intoArray(c, co + 3 * ldc);
            FloatVector.fromArray(S, c, co + 3 * ldc + L)
                    .mul(beta)
                    .add(c31.mul(alpha))
                    .intoArray(c, co + 3 * ldc + L);
            FloatVector.fromArray(S, c, co + 4 * ldc)
                    .mul(beta)
                    .add(c40.mul(alpha))
                    .intoArray(c, co + 4 * ldc);
            FloatVector.fromArray(S, c, co + 4 * ldc + L)
                    .mul(beta)
                    .add(c41.mul(alpha))
                    .intoArray(c, co + 4 * ldc + L);
            FloatVector.fromArray(S, c, co + 5 * ldc)
                    .mul(beta)
                    .add(c50.mul(alpha))
                    .intoArray(c, co + 5 * ldc);
            FloatVector.fromArray(S, c, co + 5 * ldc + L)
                    .mul(beta)
                    .add(c51.mul(alpha))
                    .intoArray(c, co + 5 * ldc + L);
        }
    }

    private static void tile6x1(
            int k,
            float[] a,
            int a0,
            int a1,
            int a2,
            int a3,
            int a4,
            int a5,
            int aStep,
            float[] b,
            int bo,
            int ldb,
            float alpha,
            float beta,
            float[] c,
            int co,
            int ldc) {
        FloatVector c00 = FloatVector.zero(S), c10 = c00, c20 = c00, c30 = c00, c40 = c00, c50 = c00;
        for (int p = 0;
                p < k;
                p++, bo += ldb, a0 += aStep, a1 += aStep, a2 += aStep, a3 += aStep, a4 += aStep, a5 += aStep) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            c00 = FloatVector.broadcast(S, a[a0]).fma(b0, c00);
            c10 = FloatVector.broadcast(S, a[a1]).fma(b0, c10);
            c20 = FloatVector.broadcast(S, a[a2]).fma(b0, c20);
            c30 = FloatVector.broadcast(S, a[a3]).fma(b0, c30);
            c40 = FloatVector.broadcast(S, a[a4]).fma(b0, c40);
            c50 = FloatVector.broadcast(S, a[a5]).fma(b0, c50);
        }
        // Write-back contract: r = alpha * acc, then C = r or beta * C + r (not fused); no helper method,
        // so that C2 keeps every accumulator in a register (a vector passed to a call may be boxed).
        if (beta == 0f) {
            c00.mul(alpha).intoArray(c, co);
            c10.mul(alpha).intoArray(c, co + ldc);
            c20.mul(alpha).intoArray(c, co + 2 * ldc);
            c30.mul(alpha).intoArray(c, co + 3 * ldc);
            c40.mul(alpha).intoArray(c, co + 4 * ldc);
            c50.mul(alpha).intoArray(c, co + 5 * ldc);
        } else {
            FloatVector.fromArray(S, c, co).mul(beta).add(c00.mul(alpha)).intoArray(c, co);
            FloatVector.fromArray(S, c, co + ldc).mul(beta).add(c10.mul(alpha)).intoArray(c, co + ldc);
            FloatVector.fromArray(S, c, co + 2 * ldc)
                    .mul(beta)
                    .add(c20.mul(alpha))
                    .intoArray(c, co + 2 * ldc);
            FloatVector.fromArray(S, c, co + 3 * ldc)
                    .mul(beta)
                    .add(c30.mul(alpha))
                    .intoArray(c, co + 3 * ldc);
            FloatVector.fromArray(S, c, co + 4 * ldc)
                    .mul(beta)
                    .add(c40.mul(alpha))
                    .intoArray(c, co + 4 * ldc);
            FloatVector.fromArray(S, c, co + 5 * ldc)
                    .mul(beta)
                    .add(c50.mul(alpha))
                    .intoArray(c, co + 5 * ldc);
        }
    }

    /**
     * Twelve full rows of one column tile at 512 bits. With one vector of B per k step, six rows give six
     * independent FMA chains, fewer than two FMA ports with a four-cycle latency keep busy (a thin n, such as a
     * 10-class output layer, went from 0.90-0.97 to 1.14-1.19 of OpenBLAS at 1024x1024x10 with twelve).
     * Each element of C still sums its k products in order in one lane, so the result is that of two
     * {@link #tile6x1} calls bit for bit. A partial tile ({@code w < L}) goes through {@code tile} and the merge.
     */
    private static void tile12x1Rows(
            int k,
            float[] a,
            int a0,
            int aRowStride,
            int aStep,
            float[] b,
            int bo,
            int ldb,
            float alpha,
            float beta,
            int w,
            float[] c,
            int co,
            int ldc,
            float[] tile) {
        boolean full = w == L;
        float[] out = full ? c : tile;
        int outOffset = full ? co : 0;
        int outLd = full ? ldc : WIDTH;
        float outBeta = full ? beta : 0f;
        int r = aRowStride;
        int a1 = a0 + r, a2 = a1 + r, a3 = a2 + r, a4 = a3 + r, a5 = a4 + r;
        int a6 = a5 + r, a7 = a6 + r, a8 = a7 + r, a9 = a8 + r, a10 = a9 + r, a11 = a10 + r;
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
        FloatVector c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (int p = 0, o = 0; p < k; p++, bo += ldb, o += aStep) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            c0 = FloatVector.broadcast(S, a[a0 + o]).fma(b0, c0);
            c1 = FloatVector.broadcast(S, a[a1 + o]).fma(b0, c1);
            c2 = FloatVector.broadcast(S, a[a2 + o]).fma(b0, c2);
            c3 = FloatVector.broadcast(S, a[a3 + o]).fma(b0, c3);
            c4 = FloatVector.broadcast(S, a[a4 + o]).fma(b0, c4);
            c5 = FloatVector.broadcast(S, a[a5 + o]).fma(b0, c5);
            c6 = FloatVector.broadcast(S, a[a6 + o]).fma(b0, c6);
            c7 = FloatVector.broadcast(S, a[a7 + o]).fma(b0, c7);
            c8 = FloatVector.broadcast(S, a[a8 + o]).fma(b0, c8);
            c9 = FloatVector.broadcast(S, a[a9 + o]).fma(b0, c9);
            c10 = FloatVector.broadcast(S, a[a10 + o]).fma(b0, c10);
            c11 = FloatVector.broadcast(S, a[a11 + o]).fma(b0, c11);
        }
        storeRow(c0, alpha, outBeta, out, outOffset, outLd, 0);
        storeRow(c1, alpha, outBeta, out, outOffset, outLd, 1);
        storeRow(c2, alpha, outBeta, out, outOffset, outLd, 2);
        storeRow(c3, alpha, outBeta, out, outOffset, outLd, 3);
        storeRow(c4, alpha, outBeta, out, outOffset, outLd, 4);
        storeRow(c5, alpha, outBeta, out, outOffset, outLd, 5);
        storeRow(c6, alpha, outBeta, out, outOffset, outLd, 6);
        storeRow(c7, alpha, outBeta, out, outOffset, outLd, 7);
        storeRow(c8, alpha, outBeta, out, outOffset, outLd, 8);
        storeRow(c9, alpha, outBeta, out, outOffset, outLd, 9);
        storeRow(c10, alpha, outBeta, out, outOffset, outLd, 10);
        storeRow(c11, alpha, outBeta, out, outOffset, outLd, 11);
        if (!full) {
            FloatPrecision.INSTANCE.mergeTile(tile, WIDTH, 12, w, beta, c, co, ldc);
        }
    }

    /** Row {@code row} of a tile under the write-back contract: r = alpha * acc, then C = r or beta * C + r. */
    private static void storeRow(FloatVector acc, float alpha, float beta, float[] c, int co, int ldc, int row) {
        int at = co + row * ldc;
        if (beta == 0f) {
            acc.mul(alpha).intoArray(c, at);
        } else {
            FloatVector.fromArray(S, c, at).mul(beta).add(acc.mul(alpha)).intoArray(c, at);
        }
    }

    /**
     * The 4 x 2L tile's k loop over rows of A (a0..a3, unit stride) and a packed panel of B (stride WIDTH), its
     * accumulators stored raw (row-major, two vectors per row) into {@code t} at {@code at} for
     * {@link SgemmTileWriteBack}, as in {@link SgemmKernel4x2L}: with alpha and beta live across the loop, 8
     * accumulators + 2 B vectors + the broadcasts did not fit AVX2's 16 ymm registers and C2 kept accumulators on
     * the stack (docs/KERNELS.md, "Small-matrix path"). Storing and reloading them is exact: the same bits.
     * {@code resume}: start from the raw tile already in {@code t} (the later passes) instead of zero.
     */
    private static void accumulate4x2(
            int k, float[] a, int a0, int a1, int a2, int a3, float[] b, int bo, float[] t, int at, boolean resume) {
        FloatVector zero = FloatVector.zero(S);
        FloatVector c00 = resume ? FloatVector.fromArray(S, t, at) : zero;
        FloatVector c01 = resume ? FloatVector.fromArray(S, t, at + L) : zero;
        FloatVector c10 = resume ? FloatVector.fromArray(S, t, at + 2 * L) : zero;
        FloatVector c11 = resume ? FloatVector.fromArray(S, t, at + 3 * L) : zero;
        FloatVector c20 = resume ? FloatVector.fromArray(S, t, at + 4 * L) : zero;
        FloatVector c21 = resume ? FloatVector.fromArray(S, t, at + 5 * L) : zero;
        FloatVector c30 = resume ? FloatVector.fromArray(S, t, at + 6 * L) : zero;
        FloatVector c31 = resume ? FloatVector.fromArray(S, t, at + 7 * L) : zero;
        for (int p = 0; p < k; p++) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo + p * WIDTH);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + p * WIDTH + L);
            FloatVector ai = FloatVector.broadcast(S, a[a0 + p]);
            c00 = ai.fma(b0, c00);
            c01 = ai.fma(b1, c01);
            ai = FloatVector.broadcast(S, a[a1 + p]);
            c10 = ai.fma(b0, c10);
            c11 = ai.fma(b1, c11);
            ai = FloatVector.broadcast(S, a[a2 + p]);
            c20 = ai.fma(b0, c20);
            c21 = ai.fma(b1, c21);
            ai = FloatVector.broadcast(S, a[a3 + p]);
            c30 = ai.fma(b0, c30);
            c31 = ai.fma(b1, c31);
        }
        c00.intoArray(t, at);
        c01.intoArray(t, at + L);
        c10.intoArray(t, at + 2 * L);
        c11.intoArray(t, at + 3 * L);
        c20.intoArray(t, at + 4 * L);
        c21.intoArray(t, at + 5 * L);
        c30.intoArray(t, at + 6 * L);
        c31.intoArray(t, at + 7 * L);
    }

    /**
     * {@link #accumulate4x2} on a packed 4-row panel of A ({@code a[ao + 4p + r]}), the k loop of
     * {@link SgemmKernel4x2L} plus {@code resume}. Not shared with it: the blocked kernel with the extra offset and
     * resume arguments ran 256 x 784 x 256 at 0.63-0.64x OpenBLAS against 0.80-0.86x without (Zen 3, JDK 25).
     */
    private static void accumulatePacked4x2(
            int k, float[] a, int ao, float[] b, int bo, float[] t, int at, boolean resume) {
        FloatVector zero = FloatVector.zero(S);
        FloatVector c00 = resume ? FloatVector.fromArray(S, t, at) : zero;
        FloatVector c01 = resume ? FloatVector.fromArray(S, t, at + L) : zero;
        FloatVector c10 = resume ? FloatVector.fromArray(S, t, at + 2 * L) : zero;
        FloatVector c11 = resume ? FloatVector.fromArray(S, t, at + 3 * L) : zero;
        FloatVector c20 = resume ? FloatVector.fromArray(S, t, at + 4 * L) : zero;
        FloatVector c21 = resume ? FloatVector.fromArray(S, t, at + 5 * L) : zero;
        FloatVector c30 = resume ? FloatVector.fromArray(S, t, at + 6 * L) : zero;
        FloatVector c31 = resume ? FloatVector.fromArray(S, t, at + 7 * L) : zero;
        for (int p = 0; p < k; p++) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo + p * WIDTH);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + p * WIDTH + L);
            FloatVector ai = FloatVector.broadcast(S, a[ao + 4 * p]);
            c00 = ai.fma(b0, c00);
            c01 = ai.fma(b1, c01);
            ai = FloatVector.broadcast(S, a[ao + 4 * p + 1]);
            c10 = ai.fma(b0, c10);
            c11 = ai.fma(b1, c11);
            ai = FloatVector.broadcast(S, a[ao + 4 * p + 2]);
            c20 = ai.fma(b0, c20);
            c21 = ai.fma(b1, c21);
            ai = FloatVector.broadcast(S, a[ao + 4 * p + 3]);
            c30 = ai.fma(b0, c30);
            c31 = ai.fma(b1, c31);
        }
        c00.intoArray(t, at);
        c01.intoArray(t, at + L);
        c10.intoArray(t, at + 2 * L);
        c11.intoArray(t, at + 3 * L);
        c20.intoArray(t, at + 4 * L);
        c21.intoArray(t, at + 5 * L);
        c30.intoArray(t, at + 6 * L);
        c31.intoArray(t, at + 7 * L);
    }

    /** {@link #accumulate4x2} for a tile one vector wide (the raw tile keeps two vector slots per row). */
    private static void accumulate4x1(
            int k, float[] a, int a0, int a1, int a2, int a3, float[] b, int bo, float[] t, int at, boolean resume) {
        FloatVector zero = FloatVector.zero(S);
        FloatVector c0 = resume ? FloatVector.fromArray(S, t, at) : zero;
        FloatVector c1 = resume ? FloatVector.fromArray(S, t, at + 2 * L) : zero;
        FloatVector c2 = resume ? FloatVector.fromArray(S, t, at + 4 * L) : zero;
        FloatVector c3 = resume ? FloatVector.fromArray(S, t, at + 6 * L) : zero;
        for (int p = 0; p < k; p++) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo + p * WIDTH);
            c0 = FloatVector.broadcast(S, a[a0 + p]).fma(b0, c0);
            c1 = FloatVector.broadcast(S, a[a1 + p]).fma(b0, c1);
            c2 = FloatVector.broadcast(S, a[a2 + p]).fma(b0, c2);
            c3 = FloatVector.broadcast(S, a[a3 + p]).fma(b0, c3);
        }
        c0.intoArray(t, at);
        c1.intoArray(t, at + 2 * L);
        c2.intoArray(t, at + 4 * L);
        c3.intoArray(t, at + 6 * L);
    }

    private static final class Buffers {
        float[] columnTile = new float[0];
        final float[] tile = new float[2 * ROWS * WIDTH]; // room for tile12x1's 12 rows
        private float[] rawTiles = new float[0]; // computeFourRowTiles: the raw tiles of a block of rows of C
        private float[] columnPanels = new float[0]; // computeFourRowTiles: a pass's packed panels of op(B)
        private float[] packedA = new float[0]; // computeFourRowTiles: a pass's 4-row panels of a transposed A

        float[] rawTiles(int size) {
            return rawTiles.length >= size ? rawTiles : (rawTiles = new float[size]);
        }

        float[] columnPanels(int size) {
            return columnPanels.length >= size ? columnPanels : (columnPanels = new float[size]);
        }

        float[] packedA(int size) {
            return packedA.length >= size ? packedA : (packedA = new float[size]);
        }
    }
}
