package io.github.vecnet.kernels.internal.panama.elementwise;

import static jdk.incubator.vector.VectorOperators.ABS;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;

import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;

/**
 * Vectorised exp, expm1-based tanh, sigmoid and log for float lanes. Derivations and error bounds are in
 * docs/KERNELS-ELEMENTWISE.md; the double twin is {@link DoubleVectorMath} (same structure, longer polynomials).
 *
 * <p>exp: x = k ln2 + r with |r| <= ln2/2 (k = round(x / ln2) via the 1.5 * 2^23 shifter, r by Cody-Waite with
 * FMA, exact for |k| < 2^8); expm1(r) = r + r^2 Q(r); 2^k is built from the integer bits of the shifted value.
 * sigmoid and tanh are tuned for throughput within their 1e-6 budget (ln2 in one piece, a shifter carrying the
 * exponent bias, Estrin's scheme); they deliberately differ from the double twin there.
 */
final class FloatVectorMath {
    private FloatVectorMath() {}

    private static final float LOG2E = (float) (1 / StrictMath.log(2));
    private static final float LN2_HI = (float) StrictMath.log(2);
    private static final float LN2_LO = (float) (StrictMath.log(2) - LN2_HI);
    /** 1.5 * 2^23: x + SHIFTER rounds x (|x| < 2^22) to an integer k held in the low mantissa bits. */
    private static final float SHIFTER = 0x1.8p23f;

    // Q(r) ~ (e^r - 1 - r) / r^2 on [-ln2/2, ln2/2]: Chebyshev fit (docs/tools/fit_exp_poly.py), |error| <= 6.6e-8.
    private static final float Q0 = 0.5f;
    private static final float Q1 = 0.16666576845993976311f;
    private static final float Q2 = 0.041666554437685938899f;
    private static final float Q3 = 0.0083632029715758549465f;
    private static final float Q4 = 0.0013926213466332443037f;

    // Cheaper: e^r ~ P(r) = 1 + r (P1 + r (P2 + ... + r P5)), a minimax fit of relative error with P(0) = 1 exactly
    // (docs/tools/fit_exp_poly.py): relative error <= 9.4e-8 with these float coefficients. Used by sigmoid and
    // softmax, whose budget (1e-6) leaves room; exp and tanh keep the degree-6 expm1 form above.
    private static final float P1 = 0.9999997019767761f;
    private static final float P2 = 0.4999914765357971f;
    private static final float P3 = 0.1666763871908188f;
    private static final float P4 = 0.04189816117286682f;
    private static final float P5 = 0.008290272206068039f;

    /** Below this exp(x) rounds to 0 in float (e^-104 < 2^-150). */
    private static final float EXP_UNDERFLOW = -104f;
    /** Above this exp(x) overflows to infinity (e^89 > Float.MAX_VALUE). */
    private static final float EXP_OVERFLOW = 89f;
    /** Above 2|x| = 20, e^-20 < 2^-28: tanh(|x| >= 10) rounds to 1 in float. */
    private static final float TANH_ARGUMENT_MAX = 20f;

    private static FloatVector constant(float value) {
        return FloatVector.broadcast(Species.FLOAT, value);
    }

    // The sigmoid path uses constant vectors: far fewer IR nodes than broadcasting inside the loop, so the whole
    // kernel stays within C2's inlining budget (NodeCountInliningCutoff) when a caller inlines it.
    private static final FloatVector V_ONE = constant(1f);
    private static final FloatVector V_ZERO = constant(0f);
    private static final FloatVector V_LOG2E = constant(LOG2E);
    private static final FloatVector V_SHIFTER = constant(SHIFTER);
    private static final FloatVector V_NEG_LN2_HI = constant(-LN2_HI);
    private static final FloatVector V_P1 = constant(P1);
    private static final FloatVector V_P2 = constant(P2);
    private static final FloatVector V_P3 = constant(P3);
    private static final FloatVector V_P4 = constant(P4);
    private static final FloatVector V_P5 = constant(P5);
    private static final FloatVector V_EXP_UNDERFLOW = constant(EXP_UNDERFLOW);
    private static final IntVector V_SIGN_BIT = IntVector.broadcast(Species.FLOAT.withLanes(int.class), 0x80000000);
    private static final FloatVector V_TWO = constant(2f);
    private static final FloatVector V_TANH_ARGUMENT_MAX = constant(TANH_ARGUMENT_MAX);
    private static final FloatVector V_NEG_Q0 = constant(-Q0);
    private static final FloatVector V_Q1 = constant(Q1);
    private static final FloatVector V_NEG_Q2 = constant(-Q2);
    private static final FloatVector V_Q3 = constant(Q3);
    private static final FloatVector V_NEG_Q4 = constant(-Q4);
    private static final FloatVector V_MINUS_LOG2E = constant(-LOG2E);
    private static final FloatVector V_LN2_HI = constant(LN2_HI);
    private static final FloatVector V_TWO_POW_64 = constant(0x1p64f);
    // Shifters whose low mantissa bits already hold the exponent bias: t = x / ln2 + (1.5 * 2^23 + bias) has the bits
    // of 1.5 * 2^23 plus (bias + k), and 0x4B400000 << 23 wraps to 0, so (bits(t) << 23) is the float 2^(k + bias -
    // 127)
    // without an integer add. Valid while 0 < bias + k < 255: k in [-29, 0] for tanh, [-150, 0] for sigmoid.
    private static final FloatVector V_SHIFTER_BIAS_0 = constant(SHIFTER + 127);
    private static final FloatVector V_SHIFTER_BIAS_64 = constant(SHIFTER + 127 + 64);

    /** k = round(x / ln2) as a float, computed as t - SHIFTER where t = x / ln2 + SHIFTER. */
    private static FloatVector shifted(FloatVector x) {
        return x.fma(LOG2E, SHIFTER);
    }

    /** r = x - k ln2 (Cody-Waite, both steps fused). */
    private static FloatVector reduce(FloatVector x, FloatVector k) {
        FloatVector r = k.fma(constant(-LN2_HI), x);
        return k.fma(constant(-LN2_LO), r);
    }

    /** expm1(r) = r + r^2 Q(r) for |r| <= ln2/2. */
    private static FloatVector expm1Reduced(FloatVector r) {
        FloatVector q = r.fma(Q4, Q3);
        q = q.fma(r, constant(Q2));
        q = q.fma(r, constant(Q1));
        q = q.fma(r, constant(Q0));
        return r.mul(r).fma(q, r);
    }

    /** e^r for |r| <= ln2/2 by the degree-5 polynomial P (five fused multiply-adds). */
    private static FloatVector expReducedFast(FloatVector r) {
        FloatVector p = r.fma(P5, P4);
        p = p.fma(r, constant(P3));
        p = p.fma(r, constant(P2));
        p = p.fma(r, constant(P1));
        return p.fma(r, constant(1f));
    }

    /** 2^(k + bias) from the shifted value t = k + SHIFTER (k held in t's low mantissa bits). */
    private static FloatVector powerOfTwo(FloatVector t, int bias) {
        return t.reinterpretAsInts().lanewise(LSHL, 23).add((127 + bias) << 23).reinterpretAsFloats();
    }

    private static FloatVector clampBelow(FloatVector x, float min) {
        return x.blend(min, x.compare(LT, min)); // NaN compares false and passes through
    }

    /** -|x| by setting the sign bit (one instruction; keeps NaN a NaN). */
    private static FloatVector negativeAbs(FloatVector x) {
        return x.reinterpretAsInts().or(0x80000000).reinterpretAsFloats();
    }

    /** e^x for every float x: 0 below -104, infinity above 89, NaN for NaN; subnormal results rounded once. */
    static FloatVector exp(FloatVector x) {
        x = clampBelow(x, EXP_UNDERFLOW);
        x = x.blend(EXP_OVERFLOW, x.compare(GT, EXP_OVERFLOW));
        FloatVector t = shifted(x);
        FloatVector k = t.sub(SHIFTER);
        FloatVector p = expm1Reduced(reduce(x, k)).add(1f);
        // k in [-150, 129] does not fit one float exponent: split it as k1 + k2, both in [-75, 65].
        FloatVector t1 = k.fma(0.5f, SHIFTER);
        FloatVector t2 = k.sub(t1.sub(SHIFTER)).add(SHIFTER);
        return p.mul(powerOfTwo(t1, 0)).mul(powerOfTwo(t2, 0));
    }

    /**
     * e^a for a <= 0 or NaN, a already clamped to >= -104. Uses 2^(k+64) * 2^-64 so that results in the subnormal
     * range are rounded once, at the last multiply.
     */
    static FloatVector expNonPositive(FloatVector a) {
        FloatVector t = shifted(a);
        FloatVector p = expReducedFast(reduce(a, t.sub(SHIFTER)));
        return p.mul(powerOfTwo(t, 64)).mul(0x1p-64f);
    }

    /** exp(min(x, 0)) for softmax and logSumExp: x is x_j - max, never positive unless NaN. */
    static FloatVector expOfShifted(FloatVector x) {
        return expNonPositive(clampBelow(x, EXP_UNDERFLOW));
    }

    /**
     * 1 / (1 + e^-x), as 1 / (1 + e) for x >= 0 and e / (1 + e) for x < 0 with e = e^-|x| (no overflow). Both are
     * scaled by 2^64, i.e. computed as (2^64 or E) / (2^64 + E) with E = e 2^64 = p 2^(k+64) (exact, always normal):
     * the quotient is the only rounding into the subnormal range and no separate multiply by 2^-64 is needed. The
     * reduction uses ln2 in one piece: fl(ln2) is within 1.9e-9 of ln2, which costs at most |k| 1.9e-9 <= 2.4e-7
     * relative for normal results (|k| <= 126); see docs/KERNELS-ELEMENTWISE.md.
     */
    static FloatVector sigmoid(FloatVector x) {
        FloatVector a = x.reinterpretAsInts().or(V_SIGN_BIT).reinterpretAsFloats(); // -|x|
        a = a.blend(V_EXP_UNDERFLOW, a.compare(LT, V_EXP_UNDERFLOW));
        FloatVector t = a.fma(V_LOG2E, V_SHIFTER_BIAS_64);
        FloatVector k = t.sub(V_SHIFTER_BIAS_64);
        FloatVector r = k.fma(V_NEG_LN2_HI, a);
        // Estrin's scheme, (1 + P1 r) + r^2 ((P2 + P3 r) + r^2 (P4 + P5 r)): one more multiply than Horner but half
        // the dependency chain, which is what limits this loop (measured, docs/bench/elementwise.md).
        FloatVector r2 = r.mul(r);
        FloatVector high = r2.fma(r.fma(V_P5, V_P4), r.fma(V_P3, V_P2));
        FloatVector p = r2.fma(high, r.fma(V_P1, V_ONE));
        FloatVector s = t.reinterpretAsInts().lanewise(LSHL, 23).reinterpretAsFloats(); // 2^(k+64)
        FloatVector numerator = V_TWO_POW_64.blend(p.mul(s), x.compare(LT, V_ZERO)); // E = e 2^64
        // The denominator fused, 2^64 + p s in one FMA, rather than E + 2^64: the same bits (p s is exact), but the
        // multiply leaves the path into the division, which is what bounds this loop (docs/KERNELS-ELEMENTWISE.md).
        return numerator.div(p.fma(s, V_TWO_POW_64));
    }

    /**
     * tanh|x| = w / (2 - w) with w = 1 - e^(-2|x|) = -expm1(-2|x|) in [0, 1); computing w from an expm1-type
     * polynomial keeps full relative accuracy near 0. The sign of x is copied back bitwise, so tanh(-0) = -0. With
     * b = 2|x| = -k ln2 + z (|z| <= ln2/2, k <= 0) and s = 2^k: w = (1 - s) + s w1, w1 = 1 - e^-z = z - z^2 Q(-z).
     * ln2 in one piece in the reduction: the error it leaves in e^(-2|x|) (|k| 1.9e-9, |k| <= 29) is damped to
     * <= 6e-9 relative in tanh (docs/KERNELS-ELEMENTWISE.md).
     */
    static FloatVector tanh(FloatVector x) {
        FloatVector b = x.add(x).lanewise(ABS); // 2|x|, exact
        b = b.blend(V_TANH_ARGUMENT_MAX, b.compare(GT, V_TANH_ARGUMENT_MAX)); // NaN compares false and passes through
        FloatVector t = b.fma(V_MINUS_LOG2E, V_SHIFTER_BIAS_0);
        FloatVector k = t.sub(V_SHIFTER_BIAS_0);
        FloatVector z = k.fma(V_LN2_HI, b);
        // -Q(-z) = -Q0 + Q1 z - Q2 z^2 + Q3 z^3 - Q4 z^4 by Estrin's scheme: as many operations as Horner (z^2 is
        // needed
        // anyway) and a shorter dependency chain.
        FloatVector z2 = z.mul(z);
        FloatVector negQ = z2.fma(z2.fma(V_NEG_Q4, z.fma(V_Q3, V_NEG_Q2)), z.fma(V_Q1, V_NEG_Q0));
        FloatVector w1 = z2.fma(negQ, z); // 1 - e^-z
        FloatVector s = t.reinterpretAsInts().lanewise(LSHL, 23).reinterpretAsFloats(); // 2^k
        FloatVector w = s.fma(w1, V_ONE.sub(s)); // +0 for x = +-0, so the magnitude never carries a sign bit
        FloatVector magnitude = w.div(V_TWO.sub(w));
        return magnitude
                .reinterpretAsInts()
                .or(x.reinterpretAsInts().and(V_SIGN_BIT))
                .reinterpretAsFloats();
    }

    // log: x = 2^e m with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716;
    // 2 atanh(s) = 2s (1 + z/3 + z^2/5 + ...), z = s^2, truncated after z^4/9: relative error <= z^5/11/(1-z) < 2.1e-9.
    private static final int SQRT_HALF_BITS = 0x3F3504F3;
    private static final int ONE_BITS = 0x3F800000;

    /** Natural log: NaN for x < 0 or NaN, -infinity for +-0, +infinity for +infinity; subnormals handled. */
    static FloatVector log(FloatVector x) {
        VectorMask<Float> subnormal = x.compare(LT, Float.MIN_NORMAL);
        FloatVector scaled = x.blend(x.mul(0x1p23f), subnormal);
        FloatVector exponentCorrection = constant(0f).blend(23f, subnormal);
        // Adding (1 - sqrt(1/2)) in the bit domain moves the exponent step from m = 2 to m = sqrt(2).
        IntVector bits = scaled.reinterpretAsInts().add(ONE_BITS - SQRT_HALF_BITS);
        FloatVector e = bits.lanewise(LSHR, 23)
                .or(0x4B000000)
                .reinterpretAsFloats()
                .sub(0x1p23f + 127f)
                .sub(exponentCorrection);
        FloatVector m = bits.and(0x007FFFFF).add(SQRT_HALF_BITS).reinterpretAsFloats();
        FloatVector f = m.sub(1f);
        FloatVector s = f.div(f.add(2f));
        FloatVector z = s.mul(s);
        FloatVector poly = z.fma(1f / 9, 1f / 7);
        poly = poly.fma(z, constant(1f / 5));
        poly = poly.fma(z, constant(1f / 3));
        FloatVector twoS = s.add(s);
        FloatVector logM = twoS.mul(z).fma(poly, twoS);
        FloatVector result = e.fma(constant(LN2_HI), e.fma(constant(LN2_LO), logM));
        result = result.blend(Float.NaN, x.compare(GE, 0f).not());
        result = result.blend(Float.NEGATIVE_INFINITY, x.compare(EQ, 0f));
        return result.blend(Float.POSITIVE_INFINITY, x.compare(EQ, Float.POSITIVE_INFINITY));
    }
}
