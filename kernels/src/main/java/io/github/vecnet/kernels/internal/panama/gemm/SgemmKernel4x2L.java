package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.GemmBlocking;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.MicroKernel;
import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float micro-kernel with fewer rows, for 16-register ISAs (AVX2): a 4 x 2L tile of C in 8 accumulators. Its
 * register budget holds whatever order C2 schedules the loads in: 8 accumulators + 2 B vectors + 4 broadcasts = 14
 * of 16 ymm even when all four broadcasts are hoisted ahead of the FMAs. The 6-row tile ({@link SgemmKernel6x2L})
 * needs 12 + 2 + 6 = 20 in that order, and JDK 25's C2 does hoist them: on a Zen 3 it spills four accumulators to the
 * stack in the inner loop and runs at half the speed of this kernel (docs/KERNELS.md, "Register tiles").
 * The double version is generated from this file.
 */
final class SgemmKernel4x2L implements MicroKernel<float[]> {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();
    /** The register tile's width in columns: two vectors. */
    static final int NR = 2 * L;

    private final BlockSizes blocks;
    /** Per-thread raw accumulators between the k loop and the write-back. */
    private final ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[4 * NR]);

    /** With the cache blocking {@link GemmBlocking} chooses for this machine (or profile) at the preferred width. */
    SgemmKernel4x2L() {
        this(GemmBlocking.sgemm(S.vectorBitSize(), 4, NR));
    }

    /** With other cache blocking (tuning experiments); the register tile stays 4 x 2L. */
    SgemmKernel4x2L(BlockSizes blocks) {
        if (blocks.mr() != 4 || blocks.nr() != NR) {
            throw new IllegalArgumentException("SgemmKernel4x2L needs mr=4, nr=" + NR + ", got " + blocks);
        }
        this.blocks = blocks;
    }

    @Override
    public BlockSizes blockSizes() {
        return blocks;
    }

    @Override
    public void compute(
            int kc, float[] a, int ao, float[] b, int bo, double alpha, double beta, float[] c, int co, int ldc) {
        float[] t = scratch.get();
        accumulate(kc, a, ao, b, bo, t);
        SgemmTileWriteBack.apply(t, 4, alpha, beta, c, co, ldc);
    }

    /**
     * The k loop alone, its accumulators stored raw (row-major, two vectors per row) into {@code t}. Split from the
     * write-back so that alpha and beta are not live across the loop: with them, JDK 25's C2 under G1's strip-mined
     * loops ({@code UseCountedLoopSafepoints}) ran out of the 16 ymm registers and kept accumulators on the stack
     * (sgemm 1024 at 22 GFLOP/s instead of 62-72 on a Zen 3; docs/KERNELS.md, "Register tiles"). Storing the
     * accumulators and reading them back is exact, so the result is the same bit for bit.
     */
    private static void accumulate(int kc, float[] a, int ao, float[] b, int bo, float[] t) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
        FloatVector c30 = c00, c31 = c00;
        for (int p = 0; p < kc; p++, ao += 4, bo += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector ai = FloatVector.broadcast(S, a[ao]);
            c00 = ai.fma(b0, c00);
            c01 = ai.fma(b1, c01);
            ai = FloatVector.broadcast(S, a[ao + 1]);
            c10 = ai.fma(b0, c10);
            c11 = ai.fma(b1, c11);
            ai = FloatVector.broadcast(S, a[ao + 2]);
            c20 = ai.fma(b0, c20);
            c21 = ai.fma(b1, c21);
            ai = FloatVector.broadcast(S, a[ao + 3]);
            c30 = ai.fma(b0, c30);
            c31 = ai.fma(b1, c31);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
    }
}
