package io.github.vecnet.nn.optim;

import io.github.vecnet.nn.Tensor;
import java.util.List;

/**
 * SGD with momentum, as PyTorch: {@code v = mu v + g}; then {@code p -= lr v}, or with Nesterov
 * {@code p -= lr (g + mu v)}.
 */
public final class Momentum extends Optimizer {
    private final double momentum;
    private final boolean nesterov;
    private final Tensor[] velocity;

    /**
     * Momentum with a constant learning rate.
     *
     * @param params the parameters to update
     * @param lr the learning rate
     * @param momentum the momentum {@code mu}, in [0, 1)
     * @param nesterov true for Nesterov momentum
     */
    public Momentum(List<Tensor> params, double lr, double momentum, boolean nesterov) {
        this(params, LearningRate.constant(lr), momentum, nesterov);
    }

    /**
     * Momentum with a learning-rate schedule.
     *
     * @param params the parameters to update
     * @param schedule the learning-rate schedule
     * @param momentum the momentum {@code mu}, in [0, 1)
     * @param nesterov true for Nesterov momentum
     */
    public Momentum(List<Tensor> params, LearningRate schedule, double momentum, boolean nesterov) {
        super(params, schedule);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.velocity = new Tensor[params.size()];
    }

    @Override
    protected void update(int index, Tensor param, Tensor grad, double lr, long t) {
        Tensor v = velocity[index];
        if (v == null) {
            v = grad.copy(); // first step: v = g, as PyTorch
            velocity[index] = v;
        } else {
            TensorUpdates.scale(momentum, v);
            TensorUpdates.axpy(1.0, grad, v);
        }
        if (nesterov) {
            TensorUpdates.axpy(-lr, grad, param);
            TensorUpdates.axpy(-lr * momentum, v, param);
        } else {
            TensorUpdates.axpy(-lr, v, param);
        }
    }
}
