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
 * @param gemmBlocking the GEMM register tiles and cache blocks and where the blocks came from (the analytical model
 *     on this machine's caches, a tuning file, an override, the reproducible profile or the fixed table)
 */
public record KernelsInfo(
        String implementation,
        int vectorBits,
        boolean fma,
        String jdk,
        int threads,
        String fallbackReason,
        String gemmBlocking) {

    /**
     * The facts without the GEMM blocking (kept for callers of the earlier six-value form).
     *
     * @param implementation {@code "panama"} or {@code "scalar"}
     * @param vectorBits preferred vector width in bits (0 for scalar)
     * @param fma whether the vector implementation uses fused multiply-add
     * @param jdk the running JDK version
     * @param threads the number of threads GEMM uses
     * @param fallbackReason why the vector implementation is not used, or empty when it is
     */
    public KernelsInfo(
            String implementation, int vectorBits, boolean fma, String jdk, int threads, String fallbackReason) {
        this(implementation, vectorBits, fma, jdk, threads, fallbackReason, "");
    }

    /**
     * The one-line summary logged at first use, e.g. {@code panama 256-bit FMA, JDK 25.0.1, threads=2, sgemm 6x16
     * mc=576 kc=170 nc=43168, dgemm 6x8 mc=192 kc=256 nc=14336 (analytical, L1 32K/8w L2 512K/8w L3 32M/16w)}.
     *
     * @return the one-line summary
     */
    public String summary() {
        String width = vectorBits > 0 ? " " + vectorBits + "-bit" + (fma ? " FMA" : "") : "";
        return implementation + width + ", JDK " + jdk + ", threads=" + threads
                + (gemmBlocking.isEmpty() ? "" : ", " + gemmBlocking);
    }
}
