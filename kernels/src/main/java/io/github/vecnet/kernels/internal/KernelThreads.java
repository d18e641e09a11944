package io.github.vecnet.kernels.internal;

/** The GEMM thread count: {@code vecnet.kernels.threads} read once, overridable at run time. */
public final class KernelThreads {
  private static volatile int threads = VectorizationProvider.threadsFromProperty();

  private KernelThreads() {}

  public static int configured() {
    return threads;
  }

  public static void set(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + n);
    }
    threads = n;
  }
}
