package io.github.vecnet.kernels.internal.scalar;

import io.github.vecnet.kernels.internal.ElementwiseKernels;
import io.github.vecnet.kernels.internal.VectorizationProvider;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;

/** The scalar implementation: the reference for tests and the fallback when the vector module is absent. */
public final class ScalarVectorizationProvider extends VectorizationProvider {
  private final ElementwiseKernels elementwise = new ScalarElementwise();
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
  public ElementwiseKernels elementwise() {
    return elementwise;
  }

  @Override
  public GemmKernels gemm() {
    return gemm;
  }
}
