package io.github.vecnet.nn.loss;

import io.github.vecnet.nn.Tensor;

/** A loss as a value: {@code (prediction, target) -> 1 x 1 tensor}, e.g. for the Trainer. */
@FunctionalInterface
public interface Loss {
    /**
     * The loss of a batch.
     *
     * @param prediction the model's output
     * @param target the targets (for cross-entropy an {@code n x 1} tensor of class indices)
     * @return the {@code 1 x 1} loss
     */
    Tensor apply(Tensor prediction, Tensor target);

    /** {@link Losses#mse(Tensor, Tensor)}. */
    Loss MSE = Losses::mse;
    /** {@link Losses#l1(Tensor, Tensor)}. */
    Loss L1 = Losses::l1;
    /** {@link Losses#bceWithLogits(Tensor, Tensor)}. */
    Loss BCE_WITH_LOGITS = Losses::bceWithLogits;
    /** Targets are an {@code n x 1} tensor of class indices. */
    Loss CROSS_ENTROPY = Losses::crossEntropy;
}
