package io.github.vecnet.examples.common;

import io.github.vecnet.nn.init.SplitMix64;

/**
 * nn's {@link SplitMix64} generator (output fixed by vecnet's source, not by a JDK version), with uniform, Gaussian
 * (Box-Muller through {@link StrictMath}, so bit-identical on every JVM) and shuffling helpers. Not thread-safe.
 */
public final class Rng {
    private final SplitMix64 bits;

    public Rng(long seed) {
        this.bits = new SplitMix64(seed);
    }

    public long nextLong() {
        return bits.nextLong();
    }

    /** Uniform on [0, 1) with 53 random bits. */
    public double nextDouble() {
        return bits.nextDouble();
    }

    /** Uniform on [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Standard normal (Box-Muller, one value per call). */
    public double nextGaussian() {
        return bits.nextGaussian();
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return bits.nextInt(bound);
    }

    /** Fisher-Yates shuffle in place. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The identity permutation 0..n-1 shuffled. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p);
        return p;
    }
}
