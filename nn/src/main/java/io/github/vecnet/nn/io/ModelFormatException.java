package io.github.vecnet.nn.io;

import java.io.IOException;

/** A model file is not a vecnet model file, is corrupt (checksum), truncated, or of an unknown version. */
public final class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * A format error.
     *
     * @param message what is wrong, naming the source
     */
    public ModelFormatException(String message) {
        super(message);
    }
}
