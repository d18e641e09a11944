package io.github.vecnet.kernels.internal;

/**
 * The GEMM thread count: {@code vecnet.kernels.threads} read once, overridable at run time, and bounded by
 * {@link #max()} so that a typo cannot start hundreds of threads per call.
 */
public final class KernelThreads {
    /** The system property with the initial thread count. */
    public static final String PROPERTY = "vecnet.kernels.threads";

    /** GEMM is compute-bound: more threads than 4 per processor only oversubscribe the cores. */
    private static final int PER_PROCESSOR = 4;

    private static volatile int threads = fromProperty(System.getProperty(PROPERTY));

    private KernelThreads() {}

    public static int configured() {
        return threads;
    }

    /** The largest accepted thread count: 4 x the available processors. */
    public static int max() {
        return PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    }

    public static void set(int n) {
        if (n < 1 || n > max()) {
            throw new IllegalArgumentException("threads must be in [1, " + max() + "] (4 x the "
                    + Runtime.getRuntime().availableProcessors() + " available processors), got " + n);
        }
        threads = n;
    }

    /** Parses the property's value: absent gives the processor count; a bad or too large value is logged. */
    static int fromProperty(String value) {
        int available = Runtime.getRuntime().availableProcessors();
        if (value == null || value.isBlank()) {
            return available;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            parsed = 0;
        }
        if (parsed < 1) {
            StartupNotice.warn("vecnet kernels: ignoring " + PROPERTY + "=" + value
                    + " (expected a positive integer); using " + available);
            return available;
        }
        if (parsed > max()) {
            StartupNotice.warn("vecnet kernels: " + PROPERTY + "=" + value + " is more than 4 x the " + available
                    + " available processors; using " + max());
            return max();
        }
        return parsed;
    }
}
