package io.github.vecnet.kernels.internal;

/**
 * Why the Panama (Vector API) implementation is not in use, with the advice the start-up notice gives for it. The
 * causes are checked in declaration order (after {@link #REQUESTED_SCALAR} and {@link #UNKNOWN_IMPL_VALUE}): the
 * first one that applies is reported.
 */
enum FallbackCause {
    /** The vector implementation is in use. */
    NONE(""),
    /** {@code vecnet.kernels.impl=scalar} asked for the scalar kernels. */
    REQUESTED_SCALAR(""),
    /** {@code vecnet.kernels.impl} has a value other than auto, panama or scalar. */
    UNKNOWN_IMPL_VALUE("set -D" + VectorizationProvider.IMPL_PROPERTY + "=auto (or remove the property) to use the"
            + " vector kernels"),
    /** {@code jdk.incubator.vector} is not in the boot layer (the JVM was started without the flag). */
    MODULE_ABSENT("to enable it, run java with " + VectorizationProvider.VECTOR_FLAG + " (JDK_JAVA_OPTIONS="
            + VectorizationProvider.VECTOR_FLAG + " reaches every launcher and IDE)"),
    /** The JVM runs without the C2 compiler, so the Vector API is interpreted or C1-compiled (very slow). */
    NO_C2("to enable it, remove -Xint, -XX:TieredStopAtLevel=1..3 or -XX:-UseCompiler from the java options"),
    /** The preferred vector is narrower than 128 bits (CPU, or -XX:MaxVectorSize / -XX:UseAVX settings). */
    NARROW_VECTORS("the vector kernels need at least 128-bit vectors; check -XX:MaxVectorSize and -XX:UseAVX, or"
            + " the CPU has no wide enough SIMD unit"),
    /** The JVM does not use hardware fused multiply-add. */
    NO_FMA("to enable it, remove -XX:-UseFMA, or run on a CPU with FMA (x86 since Haswell/Piledriver, all AArch64)"),
    /** The start-up self-test found the vector kernels disagreeing with the scalar ones. */
    SELF_TEST_MISMATCH("this is a bug in vecnet or the JIT: please report this line;" + " -D"
            + VectorizationProvider.IMPL_PROPERTY + "=scalar silences it"),
    /** Loading or constructing the Panama implementation threw. */
    LOAD_FAILED("this is a bug in vecnet or an unsupported JVM: please report this line;" + " -D"
            + VectorizationProvider.IMPL_PROPERTY + "=scalar silences it");

    private final String advice;

    FallbackCause(String advice) {
        this.advice = advice;
    }

    /** What the user can do about it (empty for {@link #NONE} and {@link #REQUESTED_SCALAR}). */
    String advice() {
        return advice;
    }
}
