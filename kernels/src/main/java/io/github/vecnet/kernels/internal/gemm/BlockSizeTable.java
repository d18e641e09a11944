package io.github.vecnet.kernels.internal.gemm;

/**
 * Every kernel's blocking in one table, keyed by the vector width in bits (BLIS keeps one such table per
 * architecture in {@code config/<arch>/bli_cntx_init_<arch>.c}). The register tile of the Panama kernels is two
 * vectors of L lanes per row, with 4 rows at 256 bits (AVX2 has 16 vector registers: 8 accumulators + 2 B vectors +
 * 4 broadcasts fit however C2 orders the loads) and 6 rows at 512 bits (32 registers: 12 + 2 + 6); 4 x 4 for the
 * scalar ones (docs/KERNELS.md, "Register tiles"). The cache blocks are sized for a 32 KB L1d, a
 * 1 MB L2 and a shared L3: {@code kc} so that an A and a B micro-panel stay in L1, {@code mc} so that the packed A
 * block stays in L2, {@code nc} so that the packed B block stays in L3.
 */
public final class BlockSizeTable {
    /** The key of the scalar (register-blocked, no vector) kernels. */
    public static final int SCALAR = 0;

    private BlockSizeTable() {}

    /** Whether the Panama kernels have block sizes for this vector width (else the scalar GEMM runs). */
    public static boolean hasVectorWidth(int bits) {
        return bits == 256 || bits == 512;
    }

    /** The float kernels' blocking at a vector width ({@link #SCALAR} for the scalar kernel). */
    public static BlockSizes sgemm(int bits) {
        switch (bits) {
            // 128 KB of packed A (L2) at mc=128, kc=256; a 4 KB B micro-panel (L1).
            case SCALAR:
                return new BlockSizes(4, 4, 128, 256, 2048);
            // kc=1024: one pass over C for k <= 1024; the 64 KB B and 16 KB A micro-panels stream from L2, which the
            // 4-row tile's 20 bytes per cycle allow (docs/KERNELS.md, "Block sizes at 256 bits"); mc=64: 256 KB of
            // packed A, half of a 512 KB L2; nc=1024: 4 MB of B in L3.
            case 256:
                return new BlockSizes(4, 16, 64, 1024, 1024);
            // kc=128: 3 KB A and 16 KB B micro-panels in L1; mc=288: 144 KB of packed A in L2; nc=4096: 2 MB of B in
            // L3.
            case 512:
                return new BlockSizes(6, 32, 288, 128, 4096);
            default:
                throw new IllegalArgumentException("no float GEMM blocking for " + bits + "-bit vectors");
        }
    }

    /** The double kernels' blocking at a vector width ({@link #SCALAR} for the scalar kernel). */
    public static BlockSizes dgemm(int bits) {
        switch (bits) {
            // 128 KB of packed A (L2) at mc=64, kc=256; an 8 KB B micro-panel (L1).
            case SCALAR:
                return new BlockSizes(4, 4, 64, 256, 1024);
            // As for float (kc=1024, A block 256 KB at mc=32, B block 4 MB at nc=512).
            case 256:
                return new BlockSizes(4, 8, 32, 1024, 512);
            // kc=128: 6 KB A and 16 KB B micro-panels in L1; mc=240: 240 KB of packed A in L2; nc=2048: 2 MB of B in
            // L3.
            case 512:
                return new BlockSizes(6, 16, 240, 128, 2048);
            default:
                throw new IllegalArgumentException("no double GEMM blocking for " + bits + "-bit vectors");
        }
    }
}
