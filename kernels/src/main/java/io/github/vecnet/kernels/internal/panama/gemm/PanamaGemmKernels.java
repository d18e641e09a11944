package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.scalar.ScalarGemmKernels;

/**
 * The Panama GEMM: FMA micro-kernels and small-matrix paths for float and double at the preferred vector width
 * (BLIS-style, block sizes as data in {@link BlockSizeTable}). One class per job serves every width: JDK 17's C2
 * compiles a species other than the preferred one very poorly (on an AVX-512 machine explicit 256-bit kernels ran
 * ~30x slower than with {@code -XX:MaxVectorSize=32}), so every kernel holds the preferred species. Widths without
 * a table entry (below 256 bits) use the scalar register-blocked kernels (a 128-bit set is future work).
 */
public final class PanamaGemmKernels {
    private PanamaGemmKernels() {}

    public static GemmKernels create() {
        // The width comes from SgemmKernel, not by importing Species: javadoc, which runs without the vector module,
        // reads this class's imports (BlockTuner imports it), and Species' imports would not resolve there.
        if (!BlockSizeTable.hasVectorWidth(SgemmKernel.vectorBits())) {
            return ScalarGemmKernels.create();
        }
        return new GemmKernels(
                "panama", new SgemmKernel(), new SgemmSmallKernel(), new DgemmKernel(), new DgemmSmallKernel());
    }

    /** The same kernels with other cache blocks (the tuner's candidates); the register tiles are the kernels'. */
    public static GemmKernels withBlocks(BlockSizes sgemm, BlockSizes dgemm) {
        return new GemmKernels(
                "panama",
                new SgemmKernel(sgemm),
                new SgemmSmallKernel(),
                new DgemmKernel(dgemm),
                new DgemmSmallKernel());
    }
}
