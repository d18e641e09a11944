package io.github.vecnet.nn.optim;

import io.github.vecnet.nn.Tensor;
import java.util.List;

/** Plain gradient descent: {@code p -= lr * g}. */
public final class Sgd extends Optimizer {
    /**
     * SGD with a constant learning rate.
     *
     * @param params the parameters to update
     * @param lr the learning rate
     */
    public Sgd(List<Tensor> params, double lr) {
        this(params, LearningRate.constant(lr));
    }

    /**
     * SGD with a learning-rate schedule.
     *
     * @param params the parameters to update
     * @param schedule the learning-rate schedule
     */
    public Sgd(List<Tensor> params, LearningRate schedule) {
        super(params, schedule);
    }

    @Override
    protected void update(int index, Tensor param, Tensor grad, double lr, long t) {
        TensorUpdates.axpy(-lr, grad, param);
    }
}
