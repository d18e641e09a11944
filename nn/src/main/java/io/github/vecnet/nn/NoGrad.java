package io.github.vecnet.nn;

/**
 * Disables graph recording on the current thread while open (evaluation, parameter updates):
 * <pre>{@code try (NoGrad ignored = NoGrad.enter()) { Tensor y = model.forward(x); }}</pre>
 * Nested scopes are allowed; recording resumes when the outermost scope closes.
 */
public final class NoGrad implements AutoCloseable {
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final int[] depth;
    private boolean closed;

    private NoGrad(int[] depth) {
        this.depth = depth;
    }

    /**
     * Opens a scope in which no operation records a graph.
     *
     * @return the scope, to close (try-with-resources)
     */
    public static NoGrad enter() {
        int[] depth = DEPTH.get();
        depth[0]++;
        return new NoGrad(depth);
    }

    /**
     * True while graph recording is enabled on this thread (no open {@code NoGrad} scope).
     *
     * @return true while graph recording is enabled on this thread (no open {@code NoGrad} scope)
     */
    public static boolean isGradEnabled() {
        return DEPTH.get()[0] == 0;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            depth[0]--;
        }
    }
}
