package io.github.vecnet.kernels.internal;

/**
 * The facts about the running JVM that decide whether the Panama implementation can be used. The real ones are
 * read from the JVM ({@link #current()}); tests inject others to check every cause's message without starting a
 * JVM in each condition. The methods are asked in order and only as far as needed: {@link #preferredVectorBits()}
 * and {@link #hardwareFma()} only when the module is present, because they load vector classes.
 */
interface JvmFacts {
    boolean vectorModulePresent();

    boolean c2Present();

    int preferredVectorBits() throws Exception;

    boolean hardwareFma() throws Exception;

    /** Constructs the Panama provider (reflectively in the real JVM). */
    VectorizationProvider loadPanama() throws Throwable;

    /** The facts of this JVM. */
    static JvmFacts current() {
        return RealJvmFacts.INSTANCE;
    }
}
