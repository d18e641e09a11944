#!/usr/bin/env python3
"""Coefficients of the exp polynomials in FloatVectorMath / DoubleVectorMath (needs mpmath).

Q(r) ~ (e^r - 1 - r) / r^2 (expm1 form: float degree 4, double degree 9): Chebyshev fits on [-ln2/2, ln2/2]
widened by 0.05 % for the rounding of k; prints the coefficients (highest degree first) and the maximum error.
P(r) = 1 + r (P1 + ... + r^4 P5) ~ e^r (float, the cheaper sigmoid/softmax form): minimax of the relative error
by Lawson's iteratively reweighted least squares (needs numpy); prints P1..P5 and the error with float coefficients.
"""
import mpmath as mp

mp.mp.dps = 50
a = mp.log(2) / 2 * mp.mpf("1.0005")


def q(r):
    return mp.mpf(1) / 2 if abs(r) < mp.mpf("1e-20") else (mp.exp(r) - 1 - r) / r**2


for name, f, degree in (("Q float", q, 4), ("Q double", q, 9)):
    coefficients, error = mp.chebyfit(f, [-a, a], degree + 1, error=True)
    print(name, "max error", mp.nstr(error, 5))
    for c in coefficients:
        print("  ", mp.nstr(c, 20))

import numpy as np

r = np.cos(np.linspace(0, np.pi, 4001)) * float(a)
powers = np.stack([r**k for k in range(1, 6)], axis=1)
weights = np.ones_like(r)
for _ in range(200):
    w = np.sqrt(weights) / np.exp(r)
    c, *_ = np.linalg.lstsq(powers * w[:, None], np.expm1(r) * w, rcond=None)
    error = (1 + powers @ c) / np.exp(r) - 1
    weights = weights * np.abs(error)
    weights /= weights.sum()
c32 = np.array([np.float32(x) for x in c], dtype=np.float64)
print("P float (P1..P5)", [repr(float(np.float32(x))) for x in c])
print("  max relative error with float coefficients", np.abs((1 + powers @ c32) / np.exp(r) - 1).max())
