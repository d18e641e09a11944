package io.github.vecnet.kernels.internal.panama;

import io.github.vecnet.kernels.internal.gemm.GemmKernels;

/** The Panama GEMM: 256-bit FMA micro-kernels and small-matrix paths for float and double. */
public final class PanamaGemmKernels {
  private PanamaGemmKernels() {}

  public static GemmKernels create() {
    return new GemmKernels("panama", new SgemmKernel6x16(), new SgemmSmallKernel(), new DgemmKernel6x8(),
        new DgemmSmallKernel());
  }
}
