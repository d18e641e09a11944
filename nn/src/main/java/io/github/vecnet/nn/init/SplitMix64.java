package io.github.vecnet.nn.init;

import java.util.random.RandomGenerator;

/**
 * Vigna's SplitMix64 generator, with its uniform, Gaussian and bounded draws written out here, so that every value
 * it gives is fixed by this source and not by a JDK version: {@link #nextLong()}, {@link #nextDouble()},
 * {@link #nextGaussian()} (Box-Muller through {@link StrictMath}) and {@link #nextInt(int)}. The generator nn uses for
 * {@code DataLoader} shuffling and the one to pass to the initialisers, {@code Linear} and {@code Mlp}. The other
 * methods are {@link RandomGenerator}'s defaults, built on these. Not thread-safe.
 */
public final class SplitMix64 implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * A generator whose first output is SplitMix64's first output for {@code seed}.
     *
     * @param seed the seed (any value)
     */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * The next output of Vigna's {@code splitmix64.c}: add the golden gamma to the state, then mix.
     *
     * @return 64 pseudo-random bits
     */
    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Uniform on [0, 1): the top 53 bits of {@link #nextLong()}.
     *
     * @return a value in [0, 1)
     */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * Standard normal by Box-Muller from two {@link #nextDouble()} draws, one value per call.
     *
     * @return a standard normal value
     */
    @Override
    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        // 1 - u1 lies in (0, 1], so the logarithm is finite.
        return StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * Math.PI * u2);
    }

    /**
     * Uniform integer in {@code [0, bound)} by Lemire's multiply-shift on the top 32 bits of {@link #nextLong()}, one
     * draw per call; without rejection the bias is below {@code bound / 2^32}, irrelevant for shuffling.
     *
     * @param bound the exclusive upper bound, positive
     * @return a value in {@code [0, bound)}
     */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound: expected > 0, got " + bound);
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }
}
