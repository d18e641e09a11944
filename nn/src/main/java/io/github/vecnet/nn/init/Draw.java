package io.github.vecnet.nn.init;

import io.github.vecnet.nn.Tensor;
import java.util.random.RandomGenerator;

/** Row-major sampling into a tensor. */
final class Draw {
    private Draw() {}

    static void normal(Tensor t, double mean, double sigma, RandomGenerator rng) {
        requireRng(rng);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, mean + sigma * rng.nextGaussian());
        }
    }

    static void uniform(Tensor t, double a, double b, RandomGenerator rng) {
        requireRng(rng);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, a + (b - a) * rng.nextDouble());
        }
    }

    private static void requireRng(RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException(
                    "rng must not be null: pass a seeded generator, e.g. new SplitMix64(seed)");
        }
    }
}
