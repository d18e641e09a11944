package io.github.vecnet.examples.intrinsic;

import java.io.IOException;

/** A data set is not installed where we looked; the message says how to install it or where to point. */
public final class DataNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    public DataNotFoundException(String message) {
        super(message);
    }
}
