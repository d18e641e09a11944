#!/usr/bin/env python3
"""Coefficients of the exp polynomials in FloatVectorMath / DoubleVectorMath (needs mpmath).

Q(r) ~ (e^r - 1 - r) / r^2 (expm1 form: float degree 4, double degree 9) and P(r) ~ e^r (float degree 5, the
cheaper sigmoid/softmax form), Chebyshev fits on [-ln2/2, ln2/2] widened by 0.05 % for the rounding of k.
Prints the coefficients (highest degree first) and the fit's maximum absolute error.
"""
import mpmath as mp

mp.mp.dps = 50
a = mp.log(2) / 2 * mp.mpf("1.0005")


def q(r):
    return mp.mpf(1) / 2 if abs(r) < mp.mpf("1e-20") else (mp.exp(r) - 1 - r) / r**2


for name, f, degree in (("Q float", q, 4), ("Q double", q, 9), ("P float", mp.exp, 5)):
    coefficients, error = mp.chebyfit(f, [-a, a], degree + 1, error=True)
    print(name, "max error", mp.nstr(error, 5))
    for c in coefficients:
        print("  ", mp.nstr(c, 20))
