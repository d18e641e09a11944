package io.github.vecnet.kernels.internal.gemm;

/**
 * Deliberately naive micro-kernel for tests: three plain loops over any tile shape, no register blocking. It
 * exercises the driver's blocking, packing and edge handling independently of the optimised kernels.
 * The double version is generated from this file.
 */
public final class SgemmReferenceKernel implements MicroKernel<float[]> {
    private final BlockSizes blocks;

    public SgemmReferenceKernel(BlockSizes blocks) {
        this.blocks = blocks;
    }

    @Override
    public BlockSizes blockSizes() {
        return blocks;
    }

    @Override
    public void compute(
            int kc, float[] a, int ao, float[] b, int bo, double alpha, double beta, float[] c, int co, int ldc) {
        int mr = blocks.mr();
        int nr = blocks.nr();
        for (int i = 0; i < mr; i++) {
            for (int j = 0; j < nr; j++) {
                float acc = 0;
                for (int p = 0; p < kc; p++) {
                    acc += a[ao + p * mr + i] * b[bo + p * nr + j];
                }
                float r = (float) alpha * acc;
                int at = co + i * ldc + j;
                c[at] = beta == 0 ? r : (float) beta * c[at] + r;
            }
        }
    }
}
