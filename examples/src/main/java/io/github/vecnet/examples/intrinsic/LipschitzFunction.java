package io.github.vecnet.examples.intrinsic;

import java.util.function.ToDoubleFunction;

/**
 * A test function on {@code [0,1]^d} with a known Lipschitz constant (Euclidean norm).
 *
 * @param name short name used in CSV files and plots
 * @param dimension d >= 1
 * @param lambda Lipschitz constant: {@code |f(x) - f(y)| <= lambda ||x - y||_2}
 * @param function the function itself; it must not keep the array it is given
 */
public record LipschitzFunction(String name, int dimension, double lambda, ToDoubleFunction<double[]> function) {

    public LipschitzFunction {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        }
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        }
    }

    public double value(double[] x) {
        return function.applyAsDouble(x);
    }

    /** sin(2 pi x), lambda = 2 pi. */
    public static LipschitzFunction sine1d() {
        return new LipschitzFunction("sin(2pi x)", 1, 2 * Math.PI, x -> StrictMath.sin(2 * Math.PI * x[0]));
    }

    /** |x - 1/3|, lambda = 1: a kink inside a cell. */
    public static LipschitzFunction kink1d() {
        return new LipschitzFunction("|x-1/3|", 1, 1.0, x -> Math.abs(x[0] - 1.0 / 3));
    }

    /** sin(pi x1) sin(pi x2); |grad|^2 = pi^2 (cos^2 a sin^2 b + sin^2 a cos^2 b) <= pi^2, so lambda = pi. */
    public static LipschitzFunction sineProduct2d() {
        return new LipschitzFunction(
                "sin(pi x1)sin(pi x2)",
                2,
                Math.PI,
                x -> StrictMath.sin(Math.PI * x[0]) * StrictMath.sin(Math.PI * x[1]));
    }

    /** Distance to (0.3, 0.6), lambda = 1. */
    public static LipschitzFunction cone2d() {
        return new LipschitzFunction("||x-(0.3,0.6)||", 2, 1.0, x -> StrictMath.hypot(x[0] - 0.3, x[1] - 0.6));
    }
}
