package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.common.FrozenPrefixTraining;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Sequential;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Adam;

/**
 * Trains a model with Adam until its training loss stops falling: in blocks of epochs, stopping after the first
 * block whose last-epoch loss is not lower than the previous block's by a given fraction. Model B must be compared
 * at its plateau, not at an epoch count that happens to suit model A.
 */
final class PlateauTraining {
  private PlateauTraining() {}

  /** The trained model, its last-epoch mean training loss, the epochs it ran and its step size. */
  record Outcome(Sequential model, double trainLoss, int epochs, double learningRate) {}

  static Outcome train(Sequential model, Tensor x, Tensor y, double learningRate, int batch, int maxEpochs,
      int block, double minFall, long seed) {
    if (maxEpochs < 1 || block < 1 || !(minFall >= 0)) {
      throw new IllegalArgumentException("maxEpochs, block: expected >= 1, minFall >= 0; got " + maxEpochs + ", "
          + block + ", " + minFall);
    }
    double previous = Double.POSITIVE_INFINITY;
    int epochs = 0;
    int blockIndex = 0;
    while (epochs < maxEpochs) {
      int now = Math.min(block, maxEpochs - epochs);
      double[] losses = FrozenPrefixTraining.train(model, x, y, Loss.MSE, params -> new Adam(params, learningRate),
          now, batch, seed + blockIndex++);
      epochs += now;
      double last = losses[losses.length - 1];
      boolean stalled = !(last < previous * (1 - minFall));
      previous = Math.min(previous, last);
      if (stalled || !Double.isFinite(last)) {
        break;
      }
    }
    return new Outcome(model, previous, epochs, learningRate);
  }
}
