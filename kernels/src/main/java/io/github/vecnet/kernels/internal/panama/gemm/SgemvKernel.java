package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The n = 1 case of the float small path (a GEMV, {@code c = alpha * op(A) x + beta * c}): the 6-row x 2-vector
 * tile would use one of its columns and stream A as broadcasts. Instead, when the rows of op(A) are contiguous
 * ({@code transA = false}) each element of c is a vector dot product along k, four rows at a time sharing the
 * loads of x; when A is transposed (op(A) rows are strided, its columns contiguous) the rows of c are the lanes and
 * every p adds {@code x[p]} times a contiguous row of the stored A (axpy form). x is read in place when contiguous,
 * else gathered once into a per-thread buffer. The arithmetic of an element depends only on (transA, k), never on
 * the rows a call computes, so a team split changes no bit: the dot form sums lane {@code j} over
 * {@code p = j mod L} below {@code loopBound(k)}, then the lanes in a fixed tree, then the tail in order; the axpy
 * form is one {@code fma} chain over p per element, in a lane or as {@link Math#fma} for rows outside a whole
 * vector (bit-identical). Uses the preferred species, like every Panama kernel.
 * The double version is generated from this file.
 */
final class SgemvKernel {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();
    /** Rows of c per dot-product block (four accumulators hide the FMA latency and share x). */
    private static final int DOT_ROWS = 4;
    /** Vectors of c per axpy block. */
    private static final int AXPY_VECTORS = 4;

    private static final VectorShuffle<Float> ROTATE_8 = VectorShuffle.iota(S, 8, 1, true);
    private static final VectorShuffle<Float> ROTATE_4 = VectorShuffle.iota(S, 4, 1, true);
    private static final VectorShuffle<Float> ROTATE_2 = VectorShuffle.iota(S, 2, 1, true);
    private static final VectorShuffle<Float> ROTATE_1 = VectorShuffle.iota(S, 1, 1, true);

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private SgemvKernel() {}

    /** {@code c[row0..row1)} of the m x 1 product; {@code k >= 1}. */
    static void gemv(
            boolean transA,
            boolean transB,
            int row0,
            int row1,
            int k,
            float alpha,
            float[] a,
            int aOffset,
            int lda,
            float[] b,
            int bOffset,
            int ldb,
            float beta,
            float[] c,
            int cOffset,
            int ldc) {
        Buffers buf = BUFFERS.get();
        // op(B) is k x 1: stored 1 x k (contiguous) when transposed, else a column with stride ldb.
        int xStride = transB ? 1 : ldb;
        float[] x = b;
        int xo = bOffset;
        if (xStride != 1) {
            if (buf.x.length < k) {
                buf.x = new float[k];
            }
            for (int p = 0; p < k; p++) {
                buf.x[p] = b[bOffset + p * xStride];
            }
            x = buf.x;
            xo = 0;
        }
        if (transA) {
            axpy(row0, row1, k, alpha, a, aOffset, lda, x, xo, beta, c, cOffset, ldc, buf);
        } else {
            dot(row0, row1, k, alpha, a, aOffset, lda, x, xo, beta, c, cOffset, ldc);
        }
    }

    private static void dot(
            int row0,
            int row1,
            int k,
            float alpha,
            float[] a,
            int aOffset,
            int lda,
            float[] x,
            int xo,
            float beta,
            float[] c,
            int cOffset,
            int ldc) {
        int kv = S.loopBound(k);
        int i = row0;
        for (; i + DOT_ROWS <= row1; i += DOT_ROWS) {
            int r0 = aOffset + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            for (int p = 0; p < kv; p += L) {
                FloatVector xv = FloatVector.fromArray(S, x, xo + p);
                s0 = FloatVector.fromArray(S, a, r0 + p).fma(xv, s0);
                s1 = FloatVector.fromArray(S, a, r1 + p).fma(xv, s1);
                s2 = FloatVector.fromArray(S, a, r2 + p).fma(xv, s2);
                s3 = FloatVector.fromArray(S, a, r3 + p).fma(xv, s3);
            }
            store(tail(laneSum(s0), a, r0, x, xo, kv, k), alpha, beta, c, cOffset + i * ldc);
            store(tail(laneSum(s1), a, r1, x, xo, kv, k), alpha, beta, c, cOffset + (i + 1) * ldc);
            store(tail(laneSum(s2), a, r2, x, xo, kv, k), alpha, beta, c, cOffset + (i + 2) * ldc);
            store(tail(laneSum(s3), a, r3, x, xo, kv, k), alpha, beta, c, cOffset + (i + 3) * ldc);
        }
        for (; i < row1; i++) {
            int r0 = aOffset + i * lda;
            FloatVector s0 = FloatVector.zero(S);
            for (int p = 0; p < kv; p += L) {
                s0 = FloatVector.fromArray(S, a, r0 + p).fma(FloatVector.fromArray(S, x, xo + p), s0);
            }
            store(tail(laneSum(s0), a, r0, x, xo, kv, k), alpha, beta, c, cOffset + i * ldc);
        }
    }

    /**
     * The lanes in a fixed pairwise tree (lane j plus lane j + L/2, then j + L/4, ...), deterministic unlike
     * {@code reduceLanes}, whose order is unspecified (the interpreter and C2 may differ). Rotations by constant
     * shuffles; the branches on the constant L fold away.
     */
    private static float laneSum(FloatVector v) {
        if (L > 16) {
            return wideLaneSum(v.toArray());
        }
        if (L > 8) {
            v = v.add(v.rearrange(ROTATE_8));
        }
        if (L > 4) {
            v = v.add(v.rearrange(ROTATE_4));
        }
        if (L > 2) {
            v = v.add(v.rearrange(ROTATE_2));
        }
        if (L > 1) {
            v = v.add(v.rearrange(ROTATE_1));
        }
        return v.lane(0);
    }

    /** The same tree for vectors of more than 16 lanes (e.g. wide SVE), which have no rotation constant above. */
    private static float wideLaneSum(float[] lanes) {
        for (int width = L / 2; width >= 1; width /= 2) {
            for (int j = 0; j < width; j++) {
                lanes[j] += lanes[j + width];
            }
        }
        return lanes[0];
    }

    /** The {@code k % L} tail of a dot product, in order. */
    private static float tail(float sum, float[] a, int row, float[] x, int xo, int kv, int k) {
        for (int p = kv; p < k; p++) {
            sum = Math.fma(a[row + p], x[xo + p], sum);
        }
        return sum;
    }

    private static void axpy(
            int row0,
            int row1,
            int k,
            float alpha,
            float[] a,
            int aOffset,
            int lda,
            float[] x,
            int xo,
            float beta,
            float[] c,
            int cOffset,
            int ldc,
            Buffers buf) {
        float[] lanes = buf.lanes;
        int i = row0;
        for (; i + AXPY_VECTORS * L <= row1; i += AXPY_VECTORS * L) {
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            for (int p = 0, ap = aOffset + i; p < k; p++, ap += lda) {
                FloatVector xp = FloatVector.broadcast(S, x[xo + p]);
                s0 = FloatVector.fromArray(S, a, ap).fma(xp, s0);
                s1 = FloatVector.fromArray(S, a, ap + L).fma(xp, s1);
                s2 = FloatVector.fromArray(S, a, ap + 2 * L).fma(xp, s2);
                s3 = FloatVector.fromArray(S, a, ap + 3 * L).fma(xp, s3);
            }
            s0.intoArray(lanes, 0);
            s1.intoArray(lanes, L);
            s2.intoArray(lanes, 2 * L);
            s3.intoArray(lanes, 3 * L);
            for (int r = 0; r < AXPY_VECTORS * L; r++) {
                store(lanes[r], alpha, beta, c, cOffset + (i + r) * ldc);
            }
        }
        for (; i + L <= row1; i += L) {
            FloatVector s0 = FloatVector.zero(S);
            for (int p = 0, ap = aOffset + i; p < k; p++, ap += lda) {
                s0 = FloatVector.fromArray(S, a, ap).fma(FloatVector.broadcast(S, x[xo + p]), s0);
            }
            s0.intoArray(lanes, 0);
            for (int r = 0; r < L; r++) {
                store(lanes[r], alpha, beta, c, cOffset + (i + r) * ldc);
            }
        }
        for (; i < row1; i++) {
            float sum = 0f;
            for (int p = 0, ap = aOffset + i; p < k; p++, ap += lda) {
                sum = Math.fma(a[ap], x[xo + p], sum);
            }
            store(sum, alpha, beta, c, cOffset + i * ldc);
        }
    }

    /** Write-back contract: {@code r = alpha * acc}, then {@code C = r} or {@code beta * C + r} (not fused). */
    private static void store(float acc, float alpha, float beta, float[] c, int at) {
        float r = alpha * acc;
        c[at] = beta == 0f ? r : beta * c[at] + r;
    }

    private static final class Buffers {
        float[] x = new float[0];
        final float[] lanes = new float[Math.max(DOT_ROWS, AXPY_VECTORS) * L];
    }
}
