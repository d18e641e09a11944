package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.AdamStep;

/**
 * The coefficients of one Adam(W) step in float, each rounded once from the double {@link AdamStep} (the
 * differences {@code 1 - beta1}, {@code 1 - beta2} and {@code 1 - decay} computed in double first). Both
 * implementations take them from here, so the vector and scalar paths use the same values and give the same bits.
 * The double version is generated from this file.
 *
 * @param beta1 the first-moment decay
 * @param oneMinusBeta1 the weight of the gradient in the first moment
 * @param beta2 the second-moment decay
 * @param oneMinusBeta2 the weight of the squared gradient in the second moment
 * @param eps the denominator's guard
 * @param stepSize the learning rate over the first moment's bias correction
 * @param invSqrtBias2 one over the square root of the second moment's bias correction
 * @param keep one minus the decoupled weight decay of this step
 */
public record FloatAdamCoefficients(
        float beta1,
        float oneMinusBeta1,
        float beta2,
        float oneMinusBeta2,
        float eps,
        float stepSize,
        float invSqrtBias2,
        float keep) {

    public static FloatAdamCoefficients of(AdamStep step) {
        return new FloatAdamCoefficients(
                (float) step.beta1(),
                (float) (1 - step.beta1()),
                (float) step.beta2(),
                (float) (1 - step.beta2()),
                (float) step.eps(),
                (float) step.stepSize(),
                (float) step.invSqrtBias2(),
                (float) (1 - step.decay()));
    }
}
