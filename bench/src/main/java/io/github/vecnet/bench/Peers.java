package io.github.vecnet.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;

/** Availability checks of the peer libraries, done once per JVM. */
final class Peers {
    static final String OPENBLAS_PACKAGE = "libopenblas0-pthread";

    private Peers() {}

    /** OpenBLAS through netlib's JNI, or null when it cannot be loaded ({@link #openBlasProblem} says why). */
    static BLAS openBlasOrNull() {
        try {
            return NativeBLAS.getInstance();
        } catch (Throwable t) {
            return null;
        }
    }

    /** Why OpenBLAS cannot be benchmarked with {@code threads} threads, or null when it can. */
    static String openBlasProblem(int threads) {
        if (openBlasOrNull() == null) {
            return "OpenBLAS (netlib NativeBLAS) cannot be loaded; install it with: apt-get install -y "
                    + OPENBLAS_PACKAGE;
        }
        String env = System.getenv("OPENBLAS_NUM_THREADS");
        if (env == null || !env.equals(Integer.toString(threads))) {
            return "OPENBLAS_NUM_THREADS=" + env + " but threads=" + threads + "; run this threads value with "
                    + "OPENBLAS_NUM_THREADS=" + threads;
        }
        return null;
    }
}
