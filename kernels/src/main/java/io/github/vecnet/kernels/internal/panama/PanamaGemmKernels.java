package io.github.vecnet.kernels.internal.panama;

import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import jdk.incubator.vector.FloatVector;

/**
 * The Panama GEMM: 256-bit FMA micro-kernels and small-matrix paths for float and double. The kernels use the
 * 256-bit species explicitly (AVX2's width; on AVX-512 machines they already reach the FMA peak of 256-bit-wide FMA
 * units such as Zen 4's); where the preferred width is only 128 bits they would be emulated, so the scalar
 * register-blocked kernels are used instead.
 */
public final class PanamaGemmKernels {
  static final int KERNEL_BITS = 256;

  private PanamaGemmKernels() {}

  public static GemmKernels create() {
    if (FloatVector.SPECIES_PREFERRED.vectorBitSize() < KERNEL_BITS) {
      return GemmKernels.scalar();
    }
    return new GemmKernels("panama", new SgemmKernel6x16(), new SgemmSmallKernel(), new DgemmKernel6x8(),
        new DgemmSmallKernel());
  }
}
