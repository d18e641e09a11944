/**
 * vecnet kernels: GEMM and element-wise kernels on the JDK Vector API, with a scalar fallback.
 * The vector module is optional ({@code requires static}): without {@code --add-modules=jdk.incubator.vector}
 * the scalar implementation is used.
 */
module io.github.vecnet.kernels {
  requires static jdk.incubator.vector;
  requires static jdk.management;
  requires org.slf4j;

  exports io.github.vecnet.kernels;
}
