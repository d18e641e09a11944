package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.KernelsInfo;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.scalar.ScalarVectorizationProvider;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses between the scalar implementation (reference and fallback) and the Panama (Vector API) one, Lucene
 * style. Panama is used only when {@code jdk.incubator.vector} is in the boot layer, C2 is present, the preferred
 * vector width is at least 128 bits and a start-up self-test against scalar passes; any {@link Throwable} on the
 * way means scalar. The choice is made once, at first use, and logged in exactly one line.
 */
public abstract class VectorizationProvider {

    /** System property: {@code auto} (default), {@code panama} or {@code scalar}. */
    public static final String IMPL_PROPERTY = "vecnet.kernels.impl";

    public static final String VECTOR_FLAG = "--add-modules=jdk.incubator.vector";

    /** The narrowest preferred vector the Panama kernels accept. */
    static final int MIN_VECTOR_BITS = 128;

    /** {@code "panama"} or {@code "scalar"}. */
    public abstract String name();

    /** Vector width in bits, 0 for scalar. */
    public abstract int vectorBits();

    /** Whether the implementation uses hardware FMA. */
    public abstract boolean fma();

    public abstract FloatElementwise floatElementwise();

    public abstract DoubleElementwise doubleElementwise();

    /** GEMM micro-kernels, small-matrix paths and block sizes of this implementation. */
    public abstract GemmKernels gemm();

    /** The provider in use (chosen and logged on first call). */
    public static VectorizationProvider getInstance() {
        Holder.requireUsable();
        return Holder.INSTANCE;
    }

    /** The facts logged at start-up. */
    public static KernelsInfo info() {
        Holder.requireUsable();
        return Holder.INFO;
    }

    /** The scalar provider, always available (the tests' oracle). */
    public static VectorizationProvider scalar() {
        return ScalarHolder.SCALAR;
    }

    /** The Panama provider if this JVM can run it (ignores the self-test and the impl property), else empty. */
    public static Optional<VectorizationProvider> panamaIfSupported() {
        try {
            return missingRequirement() == null ? Optional.of(JvmFacts.current().loadPanama()) : Optional.empty();
        } catch (Throwable t) {
            return Optional.empty();
        }
    }

    /**
     * Result of a provider choice: the provider (null when {@code panama} was required and cannot be used), the
     * cause of a fallback and its detail ({@code fallbackReason}, empty when Panama is used).
     */
    record Choice(VectorizationProvider provider, FallbackCause cause, String fallbackReason) {
        /** The one start-up line: null for Panama and for a requested scalar (those are informational). */
        String warning(KernelsInfo info) {
            if (cause == FallbackCause.NONE || cause == FallbackCause.REQUESTED_SCALAR) {
                return null;
            }
            return "vecnet kernels: " + info.summary() + " -- vector implementation not used: " + fallbackReason + "; "
                    + cause.advice();
        }

        /** The message of the exception thrown at first use when {@code panama} was required but is unusable. */
        String requiredButUnusable() {
            return IMPL_PROPERTY + "=panama, but the vector implementation cannot be used: " + fallbackReason + "; "
                    + cause.advice() + " (or set " + IMPL_PROPERTY + "=auto to fall back to the scalar kernels)";
        }
    }

    /** {@link #choose(String, JvmFacts, Function)} with this JVM's facts. */
    static Choice choose(String requested, Function<VectorizationProvider, String> selfTest) {
        return choose(requested, JvmFacts.current(), selfTest);
    }

    /**
     * Picks a provider for the requested mode from the given facts. {@code selfTest} returns null when the candidate
     * agrees with scalar, or a reason when it does not. For {@code panama} any cause other than NONE yields a choice
     * without provider: {@link #getInstance()} then throws.
     */
    static Choice choose(String requested, JvmFacts facts, Function<VectorizationProvider, String> selfTest) {
        String mode = requested == null ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
        if (mode.equals("scalar")) {
            return new Choice(scalar(), FallbackCause.REQUESTED_SCALAR, IMPL_PROPERTY + "=scalar");
        }
        if (!mode.equals("auto") && !mode.equals("panama")) {
            return new Choice(
                    scalar(),
                    FallbackCause.UNKNOWN_IMPL_VALUE,
                    "unknown " + IMPL_PROPERTY + "=" + requested + " (expected auto, panama or scalar)");
        }
        Choice panama = tryPanama(facts, selfTest);
        if (panama.cause() != FallbackCause.NONE && mode.equals("panama")) {
            return new Choice(null, panama.cause(), panama.fallbackReason());
        }
        return panama;
    }

    private static Choice tryPanama(JvmFacts facts, Function<VectorizationProvider, String> selfTest) {
        try {
            if (!facts.vectorModulePresent()) {
                return new Choice(
                        scalar(), FallbackCause.MODULE_ABSENT, "jdk.incubator.vector is not in the boot layer");
            }
            if (!facts.c2Present()) {
                return new Choice(
                        scalar(),
                        FallbackCause.NO_C2,
                        "the JVM runs without the C2 compiler (vector intrinsics need it)");
            }
            int bits = facts.preferredVectorBits();
            if (bits < MIN_VECTOR_BITS) {
                return new Choice(
                        scalar(),
                        FallbackCause.NARROW_VECTORS,
                        "the preferred vector width is " + bits + " bits, below " + MIN_VECTOR_BITS);
            }
            if (!facts.hardwareFma()) {
                return new Choice(
                        scalar(),
                        FallbackCause.NO_FMA,
                        "the JVM does not use hardware FMA (the Vector API would emulate it very slowly)");
            }
            VectorizationProvider panama = facts.loadPanama();
            String failure = selfTest.apply(panama);
            if (failure != null) {
                return new Choice(
                        scalar(), FallbackCause.SELF_TEST_MISMATCH, "self-test against scalar failed: " + failure);
            }
            return new Choice(panama, FallbackCause.NONE, "");
        } catch (Throwable t) {
            return new Choice(scalar(), FallbackCause.LOAD_FAILED, "the Panama implementation failed to load: " + t);
        }
    }

    /** Why the Panama implementation cannot run in this JVM (module, compiler, width, FMA), or null if it can. */
    static String missingRequirement() {
        Choice choice = tryPanama(JvmFacts.current(), candidate -> null);
        return choice.cause() == FallbackCause.NONE ? null : choice.fallbackReason();
    }

    private static final class ScalarHolder {
        static final VectorizationProvider SCALAR = new ScalarVectorizationProvider();
    }

    private static final class Holder {
        static final Choice CHOICE = choose(System.getProperty(IMPL_PROPERTY), SelfTest::run);
        static final VectorizationProvider INSTANCE = CHOICE.provider();
        static final KernelsInfo INFO;

        static {
            if (INSTANCE == null) {
                INFO = null; // getInstance() and info() throw the reason at every use
            } else {
                INFO = new KernelsInfo(
                        INSTANCE.name(),
                        INSTANCE.vectorBits(),
                        INSTANCE.fma(),
                        Runtime.version().toString(),
                        KernelThreads.configured(),
                        CHOICE.fallbackReason(),
                        GemmBlocking.describe(
                                INSTANCE.gemm().sgemmBlockSizes(),
                                INSTANCE.gemm().dgemmBlockSizes()));
                String warning = CHOICE.warning(INFO);
                if (warning != null) {
                    StartupNotice.warn(warning);
                } else if (CHOICE.cause() == FallbackCause.REQUESTED_SCALAR) {
                    StartupNotice.info(
                            "vecnet kernels: " + INFO.summary() + " (requested by " + CHOICE.fallbackReason() + ")");
                } else {
                    StartupNotice.info("vecnet kernels: " + INFO.summary());
                }
            }
        }

        static void requireUsable() {
            if (INSTANCE == null) {
                throw new IllegalStateException(CHOICE.requiredButUnusable());
            }
        }
    }
}
