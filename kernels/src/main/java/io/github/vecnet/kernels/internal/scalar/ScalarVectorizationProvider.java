package io.github.vecnet.kernels.internal.scalar;

import io.github.vecnet.kernels.internal.DoubleElementwise;
import io.github.vecnet.kernels.internal.FloatElementwise;
import io.github.vecnet.kernels.internal.VectorizationProvider;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;

/** The scalar implementation: the reference for tests and the fallback when the vector module is absent. */
public final class ScalarVectorizationProvider extends VectorizationProvider {
    private final FloatElementwise floatElementwise = new ScalarFloatElementwise();
    private final DoubleElementwise doubleElementwise = new ScalarDoubleElementwise();
    private final GemmKernels gemm = ScalarGemmKernels.create();

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int vectorBits() {
        return 0;
    }

    @Override
    public boolean fma() {
        return false;
    }

    @Override
    public FloatElementwise floatElementwise() {
        return floatElementwise;
    }

    @Override
    public DoubleElementwise doubleElementwise() {
        return doubleElementwise;
    }

    @Override
    public GemmKernels gemm() {
        return gemm;
    }
}
