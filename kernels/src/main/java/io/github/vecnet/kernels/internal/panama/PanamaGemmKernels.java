package io.github.vecnet.kernels.internal.panama;

import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import jdk.incubator.vector.FloatVector;

/**
 * The Panama GEMM: FMA micro-kernels and small-matrix paths for float and double, in one set per vector width
 * (BLIS-style: kernels named by tile shape, block sizes as data per kernel). The set follows the preferred width:
 * JDK 17's C2 compiles a species other than the preferred one very poorly (on an AVX-512 machine the 256-bit
 * kernels ran ~30x slower than with {@code -XX:MaxVectorSize=32}), so the kernels must use the preferred species.
 * Below 256 bits the scalar register-blocked kernels are used (a 128-bit set is future work).
 */
public final class PanamaGemmKernels {
  private PanamaGemmKernels() {}

  public static GemmKernels create() {
    return forWidth(FloatVector.SPECIES_PREFERRED.vectorBitSize());
  }

  /** The kernel set for a preferred vector width in bits. */
  static GemmKernels forWidth(int preferredBits) {
    if (preferredBits >= 512) {
      return avx512();
    }
    if (preferredBits >= 256) {
      return avx2();
    }
    return GemmKernels.scalar();
  }

  /** 256-bit kernels: 6x16 float, 6x8 double. */
  public static GemmKernels avx2() {
    return new GemmKernels("panama", new SgemmKernel6x16(), new SgemmSmallKernel(), new DgemmKernel6x8(),
        new DgemmSmallKernel());
  }

  /** 512-bit kernels: 6x32 float, 6x16 double. */
  public static GemmKernels avx512() {
    return new GemmKernels("panama", new SgemmKernel6x32(), new SgemmSmallKernel6x32(), new DgemmKernel6x16(),
        new DgemmSmallKernel6x16());
  }
}
