package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.GemmBlocking;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.MicroKernel;
import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float micro-kernel at the preferred vector width: a 6 x 2L tile of C (L lanes per vector) in 12
 * accumulators (6 rows x 2 vectors). Per k step it loads two vectors of packed B,
 * broadcasts six values of packed A and issues 12 FMAs. The table uses it at 512 bits: 12 accumulators + 2 B
 * vectors + up to 6 broadcasts fit the 32 zmm registers in any load order; with 16 ymm they fit only if C2 consumes
 * each broadcast before loading the next, which JDK 25 does not ({@link SgemmKernel4x2L}). The species is a
 * {@code static final} holding the preferred species, so C2 sees the lane count as a constant; the other width is tested in its own JVM under {@code -XX:MaxVectorSize=32}.
 * The double version is generated from this file.
 */
final class SgemmKernel6x2L implements MicroKernel<float[]> {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();
    /** The register tile's width in columns: two vectors. */
    static final int NR = 2 * L;

    private final BlockSizes blocks;
    /** Per-thread raw accumulators between the k loop and the write-back. */
    private final ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[6 * NR]);

    /** The preferred species' width in bits, which picks the block sizes and the tile. */
    static int vectorBits() {
        return S.vectorBitSize();
    }

    /** With the cache blocking {@link GemmBlocking} chooses for this machine (or profile) at the preferred width. */
    SgemmKernel6x2L() {
        this(GemmBlocking.sgemm(S.vectorBitSize(), 6, NR));
    }

    /** With other cache blocking (tuning experiments); the register tile stays 6 x 2L. */
    SgemmKernel6x2L(BlockSizes blocks) {
        if (blocks.mr() != 6 || blocks.nr() != NR) {
            throw new IllegalArgumentException("SgemmKernel6x2L needs mr=6, nr=" + NR + ", got " + blocks);
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
        SgemmTileWriteBack.apply(t, 6, alpha, beta, c, co, ldc);
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
        FloatVector c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        for (int p = 0; p < kc; p++, ao += 6, bo += 2 * L) {
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
            ai = FloatVector.broadcast(S, a[ao + 4]);
            c40 = ai.fma(b0, c40);
            c41 = ai.fma(b1, c41);
            ai = FloatVector.broadcast(S, a[ao + 5]);
            c50 = ai.fma(b0, c50);
            c51 = ai.fma(b1, c51);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        c40.intoArray(t, 8 * L);
        c41.intoArray(t, 9 * L);
        c50.intoArray(t, 10 * L);
        c51.intoArray(t, 11 * L);
    }
}
