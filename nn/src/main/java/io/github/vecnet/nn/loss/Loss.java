package io.github.vecnet.nn.loss;

import io.github.vecnet.nn.Tensor;

/** A loss as a value: {@code (prediction, target) -> 1 x 1 tensor}, e.g. for the Trainer. */
@FunctionalInterface
public interface Loss {
  Tensor apply(Tensor prediction, Tensor target);

  Loss MSE = Losses::mse;
  Loss L1 = Losses::l1;
  Loss BCE_WITH_LOGITS = Losses::bceWithLogits;
  /** Targets are an {@code n x 1} tensor of class indices. */
  Loss CROSS_ENTROPY = Losses::crossEntropy;
}
