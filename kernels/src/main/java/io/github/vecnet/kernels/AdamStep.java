package io.github.vecnet.kernels;

/**
 * The coefficients of one Adam(W) update, {@link Updates#adam}: {@code p -= decay p; m = beta1 m + (1 - beta1) g;
 * v = beta2 v + (1 - beta2) g^2; p -= stepSize m / (sqrt(v) invSqrtBias2 + eps)}. The float kernels round each
 * coefficient (and {@code 1 - beta1}, {@code 1 - beta2}, {@code 1 - decay}, computed in double) to float once.
 *
 * @param beta1 first-moment decay, in [0, 1)
 * @param beta2 second-moment decay, in [0, 1)
 * @param eps the denominator's guard, positive
 * @param stepSize the learning rate over the first moment's bias correction
 * @param invSqrtBias2 one over the square root of the second moment's bias correction
 * @param decay the decoupled weight decay factor of this step (learning rate times weight decay), 0 for Adam
 */
public record AdamStep(double beta1, double beta2, double eps, double stepSize, double invSqrtBias2, double decay) {
    /**
     * Rejects coefficients that make no Adam step, naming the argument.
     *
     * @param beta1 first-moment decay, in [0, 1)
     * @param beta2 second-moment decay, in [0, 1)
     * @param eps the denominator's guard, positive
     * @param stepSize the learning rate over the first moment's bias correction
     * @param invSqrtBias2 one over the square root of the second moment's bias correction
     * @param decay the decoupled weight decay factor of this step (learning rate times weight decay), 0 for Adam
     */
    public AdamStep {
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be > 0, got " + eps);
        }
        if (!Double.isFinite(stepSize) || !Double.isFinite(invSqrtBias2) || !Double.isFinite(decay)) {
            throw new IllegalArgumentException("stepSize, invSqrtBias2 and decay must be finite, got " + stepSize + ", "
                    + invSqrtBias2 + ", " + decay);
        }
    }
}
