package io.github.vecnet.nn.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {
    // The first outputs of Vigna's splitmix64.c (as signed longs), computed independently with Python's integers.
    private static final long[] SEED_0 = {
        -2152535657050944081L, 7960286522194355700L, 487617019471545679L, -537132696929009172L, 1961750202426094747L
    };
    private static final long[] SEED_1234567 = {
        6457827717110365317L, 3203168211198807973L, -8629252141511181193L, 4593380528125082431L, -2037821214251327795L
    };

    @Test
    void nextLongGivesThePublishedSplitMix64Outputs() {
        assertArrayEquals(SEED_0, first(new SplitMix64(0), 5));
        assertArrayEquals(SEED_1234567, first(new SplitMix64(1234567), 5));
    }

    @Test
    void nextDoubleIsTheTop53BitsOfEachOutput() {
        SplitMix64 rng = new SplitMix64(1234567);
        for (long bits : SEED_1234567) {
            assertEquals((bits >>> 11) / 9007199254740992.0, rng.nextDouble());
        }
    }

    @Test
    void nextGaussianIsStrictMathBoxMullerOfTwoUniforms() {
        SplitMix64 rng = new SplitMix64(0);
        for (int i = 0; i + 1 < SEED_0.length; i += 2) {
            double u1 = (SEED_0[i] >>> 11) / 9007199254740992.0;
            double u2 = (SEED_0[i + 1] >>> 11) / 9007199254740992.0;
            double expected = StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * Math.PI * u2);
            assertEquals(expected, rng.nextGaussian());
        }
    }

    @Test
    void nextIntScalesTheTop32BitsOfEachOutput() {
        SplitMix64 rng = new SplitMix64(1234567);
        for (long bits : SEED_1234567) {
            long expected = (bits >>> 32) * 1000 / (1L << 32); // floor(top32 * bound / 2^32)
            assertEquals(expected, rng.nextInt(1000));
        }
        assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
    }

    @Test
    void gaussianMomentsAreThoseOfAStandardNormal() {
        SplitMix64 rng = new SplitMix64(99);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double g = rng.nextGaussian();
            sum += g;
            sumSquares += g * g;
        }
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        // standard errors: 1 / sqrt(n) = 0.0022 for the mean, sqrt(2 / n) = 0.0032 for the variance; 5 of each
        assertTrue(Math.abs(mean) < 0.011, "mean " + mean);
        assertTrue(Math.abs(variance - 1) < 0.016, "variance " + variance);
    }

    private static long[] first(SplitMix64 rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }
}
