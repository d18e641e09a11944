package io.github.vecnet.nn.init;

import io.github.vecnet.nn.Tensor;
import java.util.random.RandomGenerator;

/**
 * Fills a parameter tensor with initial values drawn from an explicit, seeded {@link RandomGenerator} (there is no
 * global generator, so a seed fixes every value). With nn's {@link SplitMix64} the values are also the same on every
 * JDK; a JDK generator such as {@code SplittableRandom} gives what that JDK's {@code nextGaussian} gives. Values are
 * drawn in double in row-major order and rounded to the tensor's dtype, so float32 and float64 models built from the
 * same seed hold the same numbers up to rounding.
 *
 * <p>{@code fanIn} and {@code fanOut} are the layer's input and output widths (a {@code Linear} weight is
 * {@code fanIn x fanOut}).
 */
@FunctionalInterface
public interface Init {
    /**
     * Fills {@code target} in row-major order.
     *
     * @param target the parameter to fill
     * @param fanIn the layer's input width
     * @param fanOut the layer's output width
     * @param rng the generator the values are drawn from
     */
    void fill(Tensor target, int fanIn, int fanOut, RandomGenerator rng);

    /**
     * He/Kaiming normal for ReLU: N(0, 2 / fanIn).
     *
     * @return the initialiser
     */
    static Init heNormal() {
        return (t, fanIn, fanOut, rng) -> Draw.normal(t, 0, Math.sqrt(2.0 / fanIn), rng);
    }

    /**
     * He/Kaiming uniform for ReLU: U(-sqrt(6 / fanIn), +sqrt(6 / fanIn)).
     *
     * @return the initialiser
     */
    static Init heUniform() {
        return (t, fanIn, fanOut, rng) -> {
            double bound = Math.sqrt(6.0 / fanIn);
            Draw.uniform(t, -bound, bound, rng);
        };
    }

    /**
     * Xavier/Glorot normal: N(0, 2 / (fanIn + fanOut)).
     *
     * @return the initialiser
     */
    static Init xavierNormal() {
        return (t, fanIn, fanOut, rng) -> Draw.normal(t, 0, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
    }

    /**
     * Xavier/Glorot uniform: U(-sqrt(6 / (fanIn + fanOut)), +sqrt(6 / (fanIn + fanOut))).
     *
     * @return the initialiser
     */
    static Init xavierUniform() {
        return (t, fanIn, fanOut, rng) -> {
            double bound = Math.sqrt(6.0 / (fanIn + fanOut));
            Draw.uniform(t, -bound, bound, rng);
        };
    }

    /**
     * PyTorch's default for {@code nn.Linear} weights and biases: U(-1/sqrt(fanIn), +1/sqrt(fanIn)).
     *
     * @return the initialiser
     */
    static Init pytorchDefault() {
        return (t, fanIn, fanOut, rng) -> {
            double bound = 1.0 / Math.sqrt(fanIn);
            Draw.uniform(t, -bound, bound, rng);
        };
    }

    /**
     * N(0, sigma^2).
     *
     * @param sigma the standard deviation
     * @return the initialiser
     */
    static Init normal(double sigma) {
        return normal(0.0, sigma);
    }

    /**
     * N(mean, sigma^2).
     *
     * @param mean the mean
     * @param sigma the standard deviation
     * @return the initialiser
     */
    static Init normal(double mean, double sigma) {
        if (!(sigma >= 0) || !Double.isFinite(sigma) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException(
                    "normal init needs finite mean and sigma >= 0, got mean " + mean + ", sigma " + sigma);
        }
        return (t, fanIn, fanOut, rng) -> Draw.normal(t, mean, sigma, rng);
    }

    /**
     * U(a, b), {@code a < b}.
     *
     * @param a the matrix A, row-major
     * @param b the matrix B, row-major
     * @return the initialiser
     */
    static Init uniform(double a, double b) {
        if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("uniform init needs finite a < b, got [" + a + ", " + b + ")");
        }
        return (t, fanIn, fanOut, rng) -> Draw.uniform(t, a, b, rng);
    }

    /**
     * Every element equal to {@code value} (draws nothing from the generator).
     *
     * @param value the value
     * @return the initialiser
     */
    static Init constant(double value) {
        return (t, fanIn, fanOut, rng) -> t.fill(value);
    }

    /**
     * Zeros (draws nothing from the generator).
     *
     * @return the initialiser
     */
    static Init zeros() {
        return constant(0.0);
    }
}
