package io.github.vecnet.nn.optim;

import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Updates parameters from their gradients. Usage per step: {@code zeroGrad(); loss.backward(); step();}.
 * Parameters that are frozen (requiresGrad false) or have no gradient are skipped by {@link #step()}.
 */
public abstract class Optimizer {
    private final List<Tensor> params;
    private final LearningRate schedule;
    private long steps;
    private long epoch;

    /**
     * For subclasses: checks the parameters (non-null, no duplicates).
     *
     * @param params the parameters to update
     * @param schedule the learning-rate schedule
     */
    protected Optimizer(List<Tensor> params, LearningRate schedule) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null (use module.parameters())");
        }
        IdentityHashMap<Tensor, Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            if (p == null) {
                throw new IllegalArgumentException("parameter " + i + " is null");
            }
            if (seen.put(p, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("parameter " + i + " (" + p.shape() + ") is listed twice");
            }
        }
        if (schedule == null) {
            throw new IllegalArgumentException("learning-rate schedule must not be null");
        }
        this.params = Collections.unmodifiableList(new ArrayList<>(params));
        this.schedule = schedule;
    }

    /**
     * The parameters this optimizer updates (frozen ones are skipped at step time).
     *
     * @return the parameters this optimizer updates (frozen ones are skipped at step time)
     */
    public List<Tensor> parameters() {
        return params;
    }

    /** Zeroes every parameter's gradient in place (buffers are kept, so steps do not allocate). */
    public void zeroGrad() {
        for (Tensor p : params) {
            p.zeroGrad();
        }
    }

    /** Applies one update with the scheduled learning rate, then counts the step. */
    public final void step() {
        double lr = learningRate();
        try (NoGrad ignored = NoGrad.enter()) {
            for (int i = 0; i < params.size(); i++) {
                Tensor p = params.get(i);
                if (p.requiresGrad() && p.grad() != null) {
                    update(i, p, p.grad(), lr, steps + 1);
                }
            }
        }
        steps++;
    }

    /**
     * Updates parameter {@code index} in place; {@code t} is the 1-based step number (for bias corrections).
     *
     * @param index the parameter's position in {@link #parameters()}
     * @param param the parameter, updated in place
     * @param grad its gradient
     * @param lr the learning rate of this step
     * @param t the 1-based step number
     */
    protected abstract void update(int index, Tensor param, Tensor grad, double lr, long t);

    /**
     * The learning rate the next {@link #step()} will use.
     *
     * @return the learning rate the next {@link #step()} will use
     */
    public double learningRate() {
        return schedule.at(steps, epoch);
    }

    /**
     * Tells epoch-based schedules which epoch (from 0) is running.
     *
     * @param epoch the epoch, from 0
     */
    public void setEpoch(long epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
        this.epoch = epoch;
    }

    /**
     * The epoch last given to {@link #setEpoch(long)}.
     *
     * @return the epoch, from 0
     */
    public long epoch() {
        return epoch;
    }

    /**
     * Number of completed steps.
     *
     * @return the number of completed steps
     */
    public long steps() {
        return steps;
    }

    /**
     * Rescales the gradients so their joint norm is at most {@code maxNorm}; returns the norm before clipping.
     *
     * @param maxNorm the largest allowed norm
     * @return the joint gradient norm before clipping
     */
    public double clipGradNorm(double maxNorm) {
        return GradClipping.clipByNorm(params, maxNorm);
    }
}
