package io.github.vecnet.examples.firenet.imaging;

import java.util.Arrays;
import java.util.Random;

/**
 * Variable-density random Fourier sampling masks on the centred n x n frequency grid (zero frequency at
 * (n/2, n/2)): a fully sampled disc in the centre holding a share of the budget, the rest drawn without replacement
 * with density proportional to {@code (r0 / max(r, r0))^2}, r the distance to the centre, r0 the disc radius.
 */
public final class SamplingMask {
    /** Share of the sample budget spent on the fully sampled centre disc. */
    public static final double CENTRE_SHARE = 0.2;

    private SamplingMask() {}

    /**
     * Returns {@code round(fraction n^2)} strictly increasing row-major indices; same seed, same mask.
     *
     * @param fraction sampling rate in (0, 1]
     */
    public static int[] variableDensity(int n, double fraction, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, got " + n);
        }
        if (!(fraction > 0) || fraction > 1) {
            throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        }
        int total = n * n;
        int budget = Math.max(1, (int) Math.round(fraction * total));
        double r0 = Math.max(1.0, Math.sqrt(CENTRE_SHARE * budget / Math.PI));
        Random random = new Random(seed);
        // Efraimidis-Spirakis weighted sampling without replacement: keep the `budget` largest log(u)/w; the centre
        // disc
        // gets key +infinity so it is always taken. Ties are broken by index (stable sort), so the result is exact.
        double[] key = new double[total];
        Integer[] order = new Integer[total];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int index = r * n + c;
                double radius = StrictMath.hypot(r - n / 2, c - n / 2);
                double u = random.nextDouble();
                double weight = StrictMath.pow(r0 / Math.max(radius, r0), 2);
                key[index] = radius <= r0
                        ? Double.POSITIVE_INFINITY
                        : StrictMath.log(u == 0 ? Double.MIN_VALUE : u) / weight;
                order[index] = index;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
        int[] mask = new int[budget];
        for (int i = 0; i < budget; i++) {
            mask[i] = order[i];
        }
        Arrays.sort(mask);
        return mask;
    }
}
