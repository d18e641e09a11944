package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.GemmBlocking;
import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.DoublePrecision;
import io.github.vecnet.kernels.internal.gemm.FloatPrecision;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.gemm.MicroKernel;
import io.github.vecnet.kernels.internal.gemm.Precision;
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
        // The width comes from SgemmKernel6x2L, not by importing Species: javadoc, which runs without the vector
        // module, reads this class's imports (BlockTuner imports it), and Species' imports would not resolve there.
        if (!BlockSizeTable.hasVectorWidth(SgemmKernel6x2L.vectorBits())) {
            return ScalarGemmKernels.create();
        }
        int rows = GemmBlocking.rows(SgemmKernel6x2L.vectorBits());
        return kernels(
                rows == 4 ? new SgemmKernel4x2L() : new SgemmKernel6x2L(),
                rows == 4 ? new DgemmKernel4x2L() : new DgemmKernel6x2L());
    }

    /** The kernels for other blocks (the tuner's candidates): the 4- or 6-row tile, as {@code mr} says. */
    public static GemmKernels withBlocks(BlockSizes sgemm, BlockSizes dgemm) {
        return kernels(
                sgemm.mr() == 4 ? new SgemmKernel4x2L(sgemm) : new SgemmKernel6x2L(sgemm),
                dgemm.mr() == 4 ? new DgemmKernel4x2L(dgemm) : new DgemmKernel6x2L(dgemm));
    }

    private static GemmKernels kernels(MicroKernel<float[]> sgemm, MicroKernel<double[]> dgemm) {
        Precision<float[]> sgemmPacking = SgemmPacking.USED ? new SgemmPacking() : FloatPrecision.INSTANCE;
        Precision<double[]> dgemmPacking = SgemmPacking.USED ? new DgemmPacking() : DoublePrecision.INSTANCE;
        return new GemmKernels(
                "panama", sgemmPacking, sgemm, new SgemmSmallKernel(), dgemmPacking, dgemm, new DgemmSmallKernel());
    }
}
