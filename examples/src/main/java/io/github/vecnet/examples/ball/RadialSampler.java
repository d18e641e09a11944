package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.common.Rng;

/**
 * Radial data of Safran and Lee: {@code x = rho * theta} with {@code theta} uniform on the sphere S^(d-1) and
 * {@code rho} uniform on {@code [0, 2r]}; the label is the ball indicator {@code 1{||x|| <= r}}, so half the
 * points are inside the ball whatever d is.
 */
public final class RadialSampler {
    private final int dimension;
    private final double radius;

    /**
     * @param dimension d >= 1
     * @param radius r > 0 (the paper uses r = 1)
     */
    public RadialSampler(int dimension, double radius) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be finite and > 0, got " + radius);
        }
        this.dimension = dimension;
        this.radius = radius;
    }

    public int dimension() {
        return dimension;
    }

    public double radius() {
        return radius;
    }

    /**
     * Draws {@code count} points from a generator seeded with {@code seed}: same seed, same points.
     *
     * @param count number of points >= 1
     */
    public RadialData sample(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        if ((long) count * dimension > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "count * dimension too large for one array: " + count + " x " + dimension);
        }
        Rng random = new Rng(seed);
        double[] x = new double[count * dimension];
        double[] rho = new double[count];
        double[] label = new double[count];
        double[] direction = new double[dimension];
        for (int p = 0; p < count; p++) {
            sampleDirection(random, direction);
            double r = 2 * radius * random.nextDouble();
            rho[p] = r;
            // The label comes from rho itself, not from a recomputed norm, so rounding cannot flip points on the
            // sphere.
            label[p] = r <= radius ? 1.0 : 0.0;
            int row = p * dimension;
            for (int i = 0; i < dimension; i++) {
                x[row + i] = r * direction[i];
            }
        }
        return new RadialData(count, dimension, x, rho, label);
    }

    /**
     * Normalised standard Gaussian vector (from the JDK-independent {@link Rng}): rotation invariance of N(0, I)
     * makes it uniform on the sphere.
     */
    private static void sampleDirection(Rng random, double[] direction) {
        double norm2;
        do {
            norm2 = 0;
            for (int i = 0; i < direction.length; i++) {
                double g = random.nextGaussian();
                direction[i] = g;
                norm2 += g * g;
            }
        } while (norm2 == 0); // probability zero, but a zero vector has no direction
        double inverse = 1 / Math.sqrt(norm2);
        for (int i = 0; i < direction.length; i++) {
            direction[i] *= inverse;
        }
    }
}
