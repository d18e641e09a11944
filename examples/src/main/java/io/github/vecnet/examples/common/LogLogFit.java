package io.github.vecnet.examples.common;

/**
 * Ordinary least squares of {@code log y = intercept + slope * log x} (natural logarithms): the rate a measured error
 * decays with, e.g. slope -1/d for grid interpolation.
 *
 * @param slope fitted exponent
 * @param intercept fitted log-constant, so {@code y ~ exp(intercept) * x^slope}
 * @param rSquared coefficient of determination of the log-log fit (1 for exact power laws)
 */
public record LogLogFit(double slope, double intercept, double rSquared) {

    /** Fits x[i], y[i] > 0; needs at least two distinct x values. */
    public static LogLogFit fit(double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x, y: expected non-null arrays");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x, y: expected equal lengths, got " + x.length + " and " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("x: expected at least 2 points, got " + x.length);
        }
        double[] lx = new double[x.length];
        double[] ly = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0) || !(y[i] > 0) || Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException(
                        "x[" + i + "], y[" + i + "]: expected finite positive values, got " + x[i] + ", " + y[i]);
            }
            lx[i] = StrictMath.log(x[i]);
            ly[i] = StrictMath.log(y[i]);
        }
        return linear(lx, ly);
    }

    /** Least-squares line through (u[i], v[i]), centred sums for accuracy. */
    static LogLogFit linear(double[] u, double[] v) {
        int n = u.length;
        double meanU = 0;
        double meanV = 0;
        for (int i = 0; i < n; i++) {
            meanU += u[i];
            meanV += v[i];
        }
        meanU /= n;
        meanV /= n;
        double suu = 0;
        double suv = 0;
        double svv = 0;
        for (int i = 0; i < n; i++) {
            double du = u[i] - meanU;
            double dv = v[i] - meanV;
            suu += du * du;
            suv += du * dv;
            svv += dv * dv;
        }
        if (suu == 0) {
            throw new IllegalArgumentException("x: expected at least two distinct values");
        }
        double slope = suv / suu;
        double intercept = meanV - slope * meanU;
        double r2 = svv == 0 ? 1.0 : (suv * suv) / (suu * svv);
        return new LogLogFit(slope, intercept, r2);
    }

    /** The fitted power law at x. */
    public double predict(double x) {
        return StrictMath.exp(intercept + slope * StrictMath.log(x));
    }
}
