package io.github.vecnet.nn.loss;

import io.github.vecnet.nn.Ops;
import io.github.vecnet.nn.Tensor;

/**
 * Loss functions returning a {@code 1 x 1} tensor (the mean over all elements or rows), each one graph node with
 * a numerically stable forward and backward (the operations themselves live beside {@link Tensor}, in {@link Ops}).
 */
public final class Losses {
    private Losses() {}

    /**
     * Mean squared error: {@code mean((prediction - target)^2)} over all elements.
     *
     * @param prediction the predicted values
     * @param target the target values
     * @return the mean squared error ({@code 1 x 1})
     */
    public static Tensor mse(Tensor prediction, Tensor target) {
        return Ops.mse(prediction, target);
    }

    /**
     * Mean absolute error: {@code mean(|prediction - target|)}; subgradient 0 where they are equal.
     *
     * @param prediction the predicted values
     * @param target the target values
     * @return the mean absolute error ({@code 1 x 1})
     */
    public static Tensor l1(Tensor prediction, Tensor target) {
        return Ops.l1(prediction, target);
    }

    /**
     * Binary cross-entropy on logits z with targets y in [0, 1]:
     * {@code mean(max(z, 0) - z y + log(1 + exp(-|z|)))}, which never overflows.
     *
     * @param logits the {@code n x classes} unnormalised log-probabilities
     * @param target the target values
     * @return the mean binary cross-entropy ({@code 1 x 1})
     */
    public static Tensor bceWithLogits(Tensor logits, Tensor target) {
        return Ops.bceWithLogits(logits, target);
    }

    /**
     * Cross-entropy of {@code n x classes} logits against class indices: {@code mean_i(logsumexp(z_i) - z_i[label_i])}.
     *
     * @param logits the {@code n x classes} unnormalised log-probabilities
     * @param labels the class index of each row
     * @return the mean cross-entropy ({@code 1 x 1})
     */
    public static Tensor crossEntropy(Tensor logits, int[] labels) {
        return Ops.crossEntropy(logits, labels);
    }

    /**
     * As {@link #crossEntropy(Tensor, int[])} with the labels given as an {@code n x 1} tensor of integers.
     *
     * @param logits the {@code n x classes} unnormalised log-probabilities
     * @param labels the class index of each row
     * @return the mean cross-entropy ({@code 1 x 1})
     */
    public static Tensor crossEntropy(Tensor logits, Tensor labels) {
        if (logits == null) {
            throw new IllegalArgumentException("crossEntropy: logits must not be null");
        }
        if (labels == null || labels.cols() != 1) {
            throw new IllegalArgumentException("crossEntropy: labels must be an n x 1 tensor of class indices, got "
                    + (labels == null ? "null" : labels.shape()));
        }
        int[] ids = new int[labels.rows()];
        for (int i = 0; i < ids.length; i++) {
            double v = labels.get(i);
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException("crossEntropy: label " + i + " is " + v + ", not an integer");
            }
            if (v < 0 || v >= logits.cols()) { // before the cast, which would clamp 1e10 to 2147483647
                throw new IllegalArgumentException(
                        "crossEntropy: label " + i + " is " + v + ", outside [0, " + logits.cols() + ")");
            }
            ids[i] = (int) v;
        }
        return crossEntropy(logits, ids);
    }
}
