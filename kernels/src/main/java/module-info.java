/**
 * vecnet kernels: GEMM and element-wise kernels on the JDK Vector API, with a scalar fallback.
 * The vector module is optional ({@code requires static}): without {@code --add-modules=jdk.incubator.vector}
 * the scalar implementation is used.
 */
module io.github.vecnet.kernels {
    requires static jdk.incubator.vector;
    requires static jdk.management;
    requires org.slf4j;

    // StartupNotice asks whether SLF4J found a provider (slf4j-nop chosen on purpose vs none at all).
    uses org.slf4j.spi.SLF4JServiceProvider;

    exports io.github.vecnet.kernels;
}
