package io.github.vecnet.kernels;

/**
 * The facts about the kernel implementation in use, as logged once at first use.
 *
 * @param implementation {@code "panama"} or {@code "scalar"}
 * @param vectorBits preferred vector width in bits (0 for scalar)
 * @param fma whether the vector implementation uses fused multiply-add
 * @param jdk the running JDK version
 * @param threads the number of threads GEMM uses
 * @param fallbackReason why the vector implementation is not used, or empty when it is
 */
public record KernelsInfo(
    String implementation, int vectorBits, boolean fma, String jdk, int threads, String fallbackReason) {

  /**
   * The one-line summary logged at first use, e.g. {@code panama 256-bit FMA, JDK 25.0.1, threads=2}.
   *
   * @return the one-line summary
   */
  public String summary() {
    String width = vectorBits > 0 ? " " + vectorBits + "-bit" + (fma ? " FMA" : "") : "";
    return implementation + width + ", JDK " + jdk + ", threads=" + threads;
  }
}
