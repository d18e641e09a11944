package io.github.vecnet.bench;

/**
 * A peer library (OpenBLAS, VectorBLAS) cannot run in this JVM. Thrown from a peer's benchmark method, it makes
 * JMH report that benchmark as failed with this one message and go on with the next one; it carries no stack
 * trace, because the trace (JMH's generated stubs) says nothing and would repeat for every parameter.
 */
final class PeerUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PeerUnavailableException(String message) {
        super(message, null, false, false);
    }

    @Override
    public String toString() {
        return "peer unavailable: " + getMessage();
    }
}
