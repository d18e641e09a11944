package io.github.vecnet.nn.optim;

import io.github.vecnet.nn.Tensor;
import java.util.List;

/** Adam with decoupled weight decay (Loshchilov and Hutter): {@code p -= lr wd p} before the Adam step. */
public final class AdamW extends Adam {
    /**
     * PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, weight decay 0.01.
     *
     * @param params the parameters to update
     * @param schedule the learning-rate schedule
     */
    public AdamW(List<Tensor> params, LearningRate schedule) {
        this(params, schedule, 0.9, 0.999, 1e-8, 0.01);
    }

    /**
     * AdamW with explicit hyper-parameters.
     *
     * @param params the parameters to update
     * @param schedule the learning-rate schedule
     * @param beta1 the decay of the first moment, in [0, 1)
     * @param beta2 the decay of the second moment, in [0, 1)
     * @param eps the term added to the denominator, positive
     * @param weightDecay the decoupled weight decay, {@code >= 0}
     */
    public AdamW(
            List<Tensor> params, LearningRate schedule, double beta1, double beta2, double eps, double weightDecay) {
        super(params, schedule, beta1, beta2, eps, weightDecay);
    }
}
