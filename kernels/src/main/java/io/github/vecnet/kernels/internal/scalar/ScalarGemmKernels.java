package io.github.vecnet.kernels.internal.scalar;

import io.github.vecnet.kernels.internal.gemm.GemmKernels;

/** The scalar GEMM: register-blocked 4x4 scalar micro-kernels and the scalar small-matrix path. */
public final class ScalarGemmKernels {
    private ScalarGemmKernels() {}

    public static GemmKernels create() {
        return new GemmKernels(
                "scalar",
                new SgemmScalarKernel4x4(),
                new SgemmScalarSmall(),
                new DgemmScalarKernel4x4(),
                new DgemmScalarSmall());
    }
}
