package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.common.FrozenPrefixTraining;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Sequential;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Adam;

/**
 * Trains a model with Adam until its training loss stops falling: in blocks of epochs, stopping after the first
 * block whose last-epoch loss is not lower than the previous block's by a given fraction, once the loss has left the
 * initial plateau (below {@link #ESCAPE_FRACTION} of the best constant's loss, var(y)). Model B must be compared at its plateau,
 * not at an epoch count that happens to suit model A.
 */
final class PlateauTraining {
    private PlateauTraining() {}

    /** Training counts as started once the loss is below this fraction of the best constant's (var(y)). */
    static final double ESCAPE_FRACTION = 0.9;

    /** The trained model, its last-epoch mean training loss, the epochs it ran and its step size. */
    record Outcome(Sequential model, double trainLoss, int epochs, double learningRate) {}

    static Outcome train(
            Sequential model,
            Tensor x,
            Tensor y,
            double learningRate,
            int batch,
            int maxEpochs,
            int block,
            double minFall,
            long seed) {
        if (maxEpochs < 1 || block < 1 || !(minFall >= 0)) {
            throw new IllegalArgumentException(
                    "maxEpochs, block: expected >= 1, minFall >= 0; got " + maxEpochs + ", " + block + ", " + minFall);
        }
        double previous = Double.POSITIVE_INFINITY;
        double constantLoss = variance(y.toDoubleArray());
        int epochs = 0;
        int blockIndex = 0;
        while (epochs < maxEpochs) {
            int now = Math.min(block, maxEpochs - epochs);
            double[] losses = FrozenPrefixTraining.train(
                    model, x, y, Loss.MSE, params -> new Adam(params, learningRate), now, batch, seed + blockIndex++);
            epochs += now;
            double last = losses[losses.length - 1];
            // A net still on the initial plateau (the best constant's loss, var(y)) has not started to learn: a flat
            // block there is not the end of training. (The first epoch's loss is no reference: a large step can start
            // far above var(y) and fall onto the constant's plateau.)
            boolean learning = last < ESCAPE_FRACTION * constantLoss;
            boolean stalled = learning && !(last < previous * (1 - minFall));
            previous = Math.min(previous, last);
            if (stalled || !Double.isFinite(last)) {
                break;
            }
        }
        return new Outcome(model, previous, epochs, learningRate);
    }

    private static double variance(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return s / v.length;
    }
}
