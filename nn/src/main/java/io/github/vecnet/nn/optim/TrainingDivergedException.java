package io.github.vecnet.nn.optim;

/** The loss became NaN or infinite during training; the message names the epoch and the first bad parameter. */
public final class TrainingDivergedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The epoch, from 0, in which the loss stopped being finite. */
    private final long epoch;
    /** The first parameter holding a NaN/Inf value or gradient, or null. */
    private final String parameter;

    /**
     * An exception for a loss that stopped being finite.
     *
     * @param message the full message
     * @param epoch the epoch, from 0
     * @param parameter the first parameter holding a NaN/Inf value or gradient, or null
     */
    public TrainingDivergedException(String message, long epoch, String parameter) {
        super(message);
        this.epoch = epoch;
        this.parameter = parameter;
    }

    /**
     * The epoch (from 0) in which the loss stopped being finite.
     *
     * @return the epoch (from 0) in which the loss stopped being finite
     */
    public long epoch() {
        return epoch;
    }

    /**
     * Name of the first parameter holding a NaN/Inf value or gradient, or null if all were finite.
     *
     * @return the name of the first parameter holding a NaN/Inf value or gradient, or null
     */
    public String parameter() {
        return parameter;
    }
}
