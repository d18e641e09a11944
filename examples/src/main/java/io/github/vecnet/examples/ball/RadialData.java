package io.github.vecnet.examples.ball;

/**
 * A sample of radial points.
 *
 * @param count number of points
 * @param dimension d
 * @param x row-major {@code count x d} coordinates
 * @param rho the radius of each point ({@code ||x||} up to rounding)
 * @param label 1 inside the ball of radius r, else 0
 */
public record RadialData(int count, int dimension, double[] x, double[] rho, double[] label) {

    /** Fraction of points inside the ball. */
    public double insideFraction() {
        double sum = 0;
        for (double v : label) {
            sum += v;
        }
        return sum / count;
    }
}
