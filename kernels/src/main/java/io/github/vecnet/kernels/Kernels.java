package io.github.vecnet.kernels;

import io.github.vecnet.kernels.internal.DoubleElementwise;
import io.github.vecnet.kernels.internal.FloatElementwise;
import io.github.vecnet.kernels.internal.KernelThreads;
import io.github.vecnet.kernels.internal.VectorizationProvider;

/**
 * Which kernel implementation is in use and how many threads GEMM uses.
 *
 * <p>The implementation is chosen once, at first use, from the system property {@code vecnet.kernels.impl}
 * ({@code auto|panama|scalar}); the thread count comes from {@code vecnet.kernels.threads} (default: available
 * processors) and may be changed with {@link #setThreads(int)}. Results never depend on the thread count.
 */
public final class Kernels {
    private Kernels() {}

    /**
     * The implementation, vector width, FMA, JDK, thread count and GEMM blocking (the facts of the start-up line).
     *
     * @return the implementation, vector width, FMA, JDK, thread count and GEMM blocking (tile shapes, block sizes
     *     and their source)
     */
    public static KernelsInfo info() {
        KernelsInfo info = VectorizationProvider.info();
        return new KernelsInfo(
                info.implementation(),
                info.vectorBits(),
                info.fma(),
                info.jdk(),
                KernelThreads.configured(),
                info.fallbackReason(),
                info.gemmBlocking());
    }

    /**
     * The number of threads GEMM uses.
     *
     * @return the number of threads GEMM uses
     */
    public static int threads() {
        return KernelThreads.configured();
    }

    /**
     * Sets the number of threads GEMM uses, from 1 to {@link #maxThreads()}. Results are bit-identical for every
     * thread count.
     *
     * @param threads the number of threads, from 1 to {@link #maxThreads()}
     * @throws IllegalArgumentException if {@code threads} is outside {@code [1, maxThreads()]}
     */
    public static void setThreads(int threads) {
        KernelThreads.set(threads);
    }

    /**
     * The largest thread count {@link #setThreads} accepts: 4 x the available processors (GEMM is compute-bound;
     * more threads only oversubscribe the cores). A larger {@code vecnet.kernels.threads} is lowered to it with a
     * warning.
     *
     * @return the largest accepted thread count
     */
    public static int maxThreads() {
        return KernelThreads.max();
    }

    static FloatElementwise floatElementwise() {
        return VectorizationProvider.getInstance().floatElementwise();
    }

    static DoubleElementwise doubleElementwise() {
        return VectorizationProvider.getInstance().doubleElementwise();
    }
}
