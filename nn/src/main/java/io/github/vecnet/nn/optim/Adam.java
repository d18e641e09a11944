package io.github.vecnet.nn.optim;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.nn.Tensor;
import java.util.List;

/**
 * Adam (Kingma and Ba), with PyTorch's arithmetic: {@code m = b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2},
 * {@code p -= (lr / (1 - b1^t)) m / (sqrt(v) / sqrt(1 - b2^t) + eps)}. Defaults b1 = 0.9, b2 = 0.999, eps = 1e-8.
 * With a weight decay, the decoupled AdamW step {@code p -= lr wd p} comes first (see {@link AdamW}).
 */
public class Adam extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final Tensor[] firstMoment;
    private final Tensor[] secondMoment;
    private long correctedStep = -1;
    private double bias1;
    private double invSqrtBias2;

    /**
     * Adam with a constant learning rate and the default betas and eps.
     *
     * @param params the parameters to update
     * @param lr the learning rate
     */
    public Adam(List<Tensor> params, double lr) {
        this(params, LearningRate.constant(lr));
    }

    /**
     * Adam with the default betas (0.9, 0.999) and eps 1e-8.
     *
     * @param params the parameters to update
     * @param schedule the learning-rate schedule
     */
    public Adam(List<Tensor> params, LearningRate schedule) {
        this(params, schedule, 0.9, 0.999, 1e-8);
    }

    /**
     * Adam with explicit hyper-parameters.
     *
     * @param params the parameters to update
     * @param schedule the learning-rate schedule
     * @param beta1 the decay of the first moment, in [0, 1)
     * @param beta2 the decay of the second moment, in [0, 1)
     * @param eps the term added to the denominator, positive
     */
    public Adam(List<Tensor> params, LearningRate schedule, double beta1, double beta2, double eps) {
        this(params, schedule, beta1, beta2, eps, 0.0);
    }

    Adam(List<Tensor> params, LearningRate schedule, double beta1, double beta2, double eps, double weightDecay) {
        super(params, schedule);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("betas must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be > 0, got " + eps);
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be finite and >= 0, got " + weightDecay);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.firstMoment = new Tensor[params.size()];
        this.secondMoment = new Tensor[params.size()];
    }

    @Override
    protected final void update(int index, Tensor param, Tensor grad, double lr, long t) {
        if (firstMoment[index] == null) {
            firstMoment[index] = Tensor.zeros(param.rows(), param.cols(), param.dtype());
            secondMoment[index] = Tensor.zeros(param.rows(), param.cols(), param.dtype());
        }
        if (t != correctedStep) { // bias corrections once per step, not once per parameter
            correctedStep = t;
            bias1 = 1 - StrictMath.pow(beta1, t);
            invSqrtBias2 = 1.0 / Math.sqrt(1 - StrictMath.pow(beta2, t));
        }
        TensorUpdates.adam(
                param,
                grad,
                firstMoment[index],
                secondMoment[index],
                new AdamStep(beta1, beta2, eps, lr / bias1, invSqrtBias2, lr * weightDecay));
    }
}
