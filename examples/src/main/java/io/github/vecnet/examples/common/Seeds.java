package io.github.vecnet.examples.common;

import java.nio.charset.StandardCharsets;

/**
 * Child seeds derived deterministically from the base seed and labels, so that each run (teacher 3, student width
 * 512, seed 1, ...) has its own stream whatever order or subset of runs executes: a resumed run draws the same
 * numbers as an uninterrupted one.
 */
public final class Seeds {
    private Seeds() {}

    /** A seed for {@code labels} under {@code base}; different label lists give unrelated seeds. */
    public static long derive(long base, Object... labels) {
        long h = mix(base ^ 0x9E3779B97F4A7C15L);
        for (Object label : labels) {
            byte[] bytes = String.valueOf(label).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                h = mix(h ^ (b & 0xFF));
            }
            // Separator so that ("ab", "c") and ("a", "bc") differ.
            h = mix(h ^ 0x100);
        }
        return h;
    }

    /** A generator seeded with {@link #derive}. */
    public static Rng rng(long base, Object... labels) {
        return new Rng(derive(base, labels));
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood): a bijection with good avalanche. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
