package io.github.vecnet.kernels.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * 50-digit references for exp, sigmoid and tanh (test oracle for the double kernels): Taylor series on |x| <= 1,
 * then repeated squaring. Independent of every kernel and of {@link Math}.
 */
final class HighPrecision {
    private HighPrecision() {}

    static final MathContext MC = new MathContext(50);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** e^x - 1 for |x| <= 1, summed until a term falls below 10^-60 of the sum. */
    static BigDecimal expm1Small(BigDecimal x) {
        BigDecimal sum = x;
        BigDecimal term = x;
        for (int k = 2; k < 200; k++) {
            term = term.multiply(x, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(60)) < 0) {
                break;
            }
        }
        return sum;
    }

    static BigDecimal exp(BigDecimal x) {
        int halvings = 0;
        BigDecimal y = x;
        while (y.abs().compareTo(BigDecimal.ONE) > 0) {
            y = y.divide(TWO); // exact
            halvings++;
        }
        BigDecimal e = BigDecimal.ONE.add(expm1Small(y), MC);
        for (int i = 0; i < halvings; i++) {
            e = e.multiply(e, MC);
        }
        return e;
    }

    /** 1 / (1 + e^-x) for finite x. */
    static BigDecimal sigmoid(double x) {
        BigDecimal e = exp(new BigDecimal(x).negate());
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(e, MC), MC);
    }

    /** tanh(x) = -sign(x) u / (2 + u) with u = e^(-2|x|) - 1 (series for small |x|: no cancellation). */
    static BigDecimal tanh(double x) {
        BigDecimal a = new BigDecimal(-2 * Math.abs(x));
        BigDecimal u = a.abs().compareTo(BigDecimal.ONE) <= 0 ? expm1Small(a) : exp(a).subtract(BigDecimal.ONE, MC);
        BigDecimal magnitude = u.negate().divide(TWO.add(u, MC), MC);
        return x < 0 ? magnitude.negate() : magnitude;
    }

    /** |actual - reference| / max(|reference|, floor), evaluated exactly then rounded. */
    static double relativeError(double actual, BigDecimal reference, double floor) {
        BigDecimal denominator = reference.abs().max(new BigDecimal(floor));
        return new BigDecimal(actual)
                .subtract(reference)
                .abs()
                .divide(denominator, MC)
                .doubleValue();
    }
}
