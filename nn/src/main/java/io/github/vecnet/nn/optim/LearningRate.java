package io.github.vecnet.nn.optim;

/**
 * A learning-rate schedule: the rate for the update after {@code step} completed steps in epoch {@code epoch}
 * (both counted from 0). Schedules are pure functions of (step, epoch), so resuming or replaying is exact.
 */
@FunctionalInterface
public interface LearningRate {
    /**
     * The learning rate of the next update.
     *
     * @param step the number of completed steps, from 0
     * @param epoch the current epoch, from 0
     * @return the learning rate
     */
    double at(long step, long epoch);

    /** What a decaying schedule counts. */
    enum Unit {
        /** Optimizer steps (mini-batches). */
        STEP,
        /** Epochs, as told to the optimizer by {@link Optimizer#setEpoch(long)}. */
        EPOCH
    }

    /**
     * The same rate for every step.
     *
     * @param rate the learning rate, positive and finite
     * @return the schedule
     */
    static LearningRate constant(double rate) {
        checkRate("rate", rate);
        return (step, epoch) -> rate;
    }

    /**
     * Exponential decay from {@code initial} at t = 0 to {@code atHorizon} at t = horizon, i.e.
     * {@code initial * (atHorizon / initial)^(t / horizon)}, continuing at the same rate after the horizon (as
     * PyTorch's ExponentialLR). Example: {@code exponential(1e-4, 1e-6, 5000, Unit.EPOCH)}.
     *
     * @param initial the initial learning rate
     * @param atHorizon the rate reached at {@code horizon}
     * @param horizon the step or epoch at which the rate is {@code atHorizon}, at least 1
     * @param unit whether the schedule counts epochs or steps
     * @return the schedule
     */
    static LearningRate exponential(double initial, double atHorizon, long horizon, Unit unit) {
        checkRate("initial", initial);
        checkRate("atHorizon", atHorizon);
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
        }
        double gamma = StrictMath.pow(atHorizon / initial, 1.0 / horizon);
        return exponentialDecay(initial, gamma, unit);
    }

    /**
     * {@code initial * gamma^t}, {@code 0 < gamma <= 1} (PyTorch's ExponentialLR).
     *
     * @param initial the initial learning rate
     * @param gamma the factor per step or epoch, in (0, 1]
     * @param unit whether the schedule counts epochs or steps
     * @return the schedule
     */
    static LearningRate exponentialDecay(double initial, double gamma, Unit unit) {
        checkRate("initial", initial);
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in (0, 1], got " + gamma);
        }
        requireUnit(unit);
        return (step, epoch) -> initial * StrictMath.pow(gamma, unit == Unit.STEP ? step : epoch);
    }

    /**
     * {@code initial * factor^floor(t / every)} (PyTorch's StepLR).
     *
     * @param initial the initial learning rate
     * @param factor the factor applied every {@code every} steps or epochs, in (0, 1]
     * @param every the period in steps or epochs, at least 1
     * @param unit whether the schedule counts epochs or steps
     * @return the schedule
     */
    static LearningRate stepDecay(double initial, double factor, long every, Unit unit) {
        checkRate("initial", initial);
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1], got " + factor);
        }
        if (every < 1) {
            throw new IllegalArgumentException("every must be >= 1, got " + every);
        }
        requireUnit(unit);
        return (step, epoch) -> initial * StrictMath.pow(factor, (unit == Unit.STEP ? step : epoch) / every);
    }

    private static void checkRate(String name, double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException(name + " learning rate must be finite and > 0, got " + rate);
        }
    }

    private static void requireUnit(Unit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("unit must be STEP or EPOCH, got null");
        }
    }
}
