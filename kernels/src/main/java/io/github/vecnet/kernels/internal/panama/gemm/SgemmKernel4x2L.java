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
        float al = (float) alpha;
        float be = (float) beta;
        // Write-back contract: r = alpha * acc, then C = r or beta * C + r (not fused); no helper method,
        // so that C2 keeps every accumulator in a register (a vector passed to a call may be boxed).
        if (be == 0f) {
            c00.mul(al).intoArray(c, co);
            c01.mul(al).intoArray(c, co + L);
            c10.mul(al).intoArray(c, co + ldc);
            c11.mul(al).intoArray(c, co + ldc + L);
            c20.mul(al).intoArray(c, co + 2 * ldc);
            c21.mul(al).intoArray(c, co + 2 * ldc + L);
            c30.mul(al).intoArray(c, co + 3 * ldc);
            c31.mul(al).intoArray(c, co + 3 * ldc + L);
        } else {
            FloatVector.fromArray(S, c, co).mul(be).add(c00.mul(al)).intoArray(c, co);
            FloatVector.fromArray(S, c, co + L).mul(be).add(c01.mul(al)).intoArray(c, co + L);
            FloatVector.fromArray(S, c, co + ldc).mul(be).add(c10.mul(al)).intoArray(c, co + ldc);
            FloatVector.fromArray(S, c, co + ldc + L).mul(be).add(c11.mul(al)).intoArray(c, co + ldc + L);
            FloatVector.fromArray(S, c, co + 2 * ldc).mul(be).add(c20.mul(al)).intoArray(c, co + 2 * ldc);
            FloatVector.fromArray(S, c, co + 2 * ldc + L)
                    .mul(be)
                    .add(c21.mul(al))
                    .intoArray(c, co + 2 * ldc + L);
            FloatVector.fromArray(S, c, co + 3 * ldc).mul(be).add(c30.mul(al)).intoArray(c, co + 3 * ldc);
            FloatVector.fromArray(S, c, co + 3 * ldc + L)
                    .mul(be)
                    .add(c31.mul(al))
                    .intoArray(c, co + 3 * ldc + L);
        }
    }
}
