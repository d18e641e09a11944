package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.common.FrozenPrefixTraining;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Sequential;
import java.util.SplittableRandom;

/** The three networks compared on the ball indicator, built from nn layers; freezing is in the parameters. */
final class BallModels {
    private BallModels() {}

    /** Width of model C's second hidden layer (kept narrow so C costs about what B costs). */
    static final int C_SECOND_WIDTH = 64;

    /**
     * Model A: {@code sigmoid(sum_i w_i sigmoid(<u_i, x> + b_i) + c)} with {@code u_i ~ N(0, I)}, {@code b_i ~
     * U(-3, 3)} FROZEN, the features standardised by a FROZEN affine map fitted on {@code trainX}, and only
     * {@code (w, c)} trainable (initialised to zero, so the network starts at the constant 1/2).
     */
    static Sequential modelA(int d, int k, DType dtype, Rng rng, Tensor trainX) {
        Tensor u = Tensor.zeros(d, k, dtype);
        Tensor b = Tensor.zeros(1, k, dtype);
        for (int i = 0; i < k; i++) {
            for (int row = 0; row < d; row++) {
                u.set(row, i, rng.nextGaussian());
            }
            b.set(0, i, rng.uniform(-3, 3));
        }
        Linear hidden = new Linear(u, b); // requiresGrad is false on fresh tensors: frozen
        Sequential features = new Sequential(hidden, Activation.SIGMOID);
        FixedAffine standardise =
                FixedAffine.standardising(FrozenPrefixTraining.forwardInChunks(features, trainX, 4096));
        Linear output = new Linear(
                Tensor.zeros(k, 1, dtype).requiresGrad(true),
                Tensor.zeros(1, 1, dtype).requiresGrad(true));
        return new Sequential(hidden, Activation.SIGMOID, standardise, output, Activation.SIGMOID);
    }

    /** Model B: one hidden sigmoid layer of width k and a linear output, everything trainable. */
    static Sequential modelB(int d, int k, DType dtype, Rng rng) {
        return new Sequential(
                new Linear(d, k, dtype, new SplittableRandom(rng.nextLong())),
                Activation.SIGMOID,
                new Linear(k, 1, dtype, new SplittableRandom(rng.nextLong())));
    }

    /** Model C: two hidden ReLU layers (k, then {@link #C_SECOND_WIDTH}), everything trainable. */
    static Sequential modelC(int d, int k, DType dtype, Rng rng) {
        return new Sequential(
                new Linear(d, k, dtype, new SplittableRandom(rng.nextLong())),
                Activation.RELU,
                new Linear(k, C_SECOND_WIDTH, dtype, new SplittableRandom(rng.nextLong())),
                Activation.RELU,
                new Linear(C_SECOND_WIDTH, 1, dtype, new SplittableRandom(rng.nextLong())));
    }
}
