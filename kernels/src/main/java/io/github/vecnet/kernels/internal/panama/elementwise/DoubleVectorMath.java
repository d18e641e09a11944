package io.github.vecnet.kernels.internal.panama.elementwise;

import static jdk.incubator.vector.VectorOperators.ABS;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;

import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;

/**
 * Double twin of {@link FloatVectorMath}: same algorithms, same structure, longer polynomials. Keep the two in
 * lockstep (docs/KERNELS-ELEMENTWISE.md).
 */
final class DoubleVectorMath {
    private DoubleVectorMath() {}

    private static final double LOG2E = 1 / StrictMath.log(2);
    private static final double LN2_HI = StrictMath.log(2);
    private static final double LN2_LO = 2.319046813846299558e-17; // ln 2 - LN2_HI, from 50-digit ln 2
    /** 1.5 * 2^52: x + SHIFTER rounds x (|x| < 2^51) to an integer k held in the low mantissa bits. */
    private static final double SHIFTER = 0x1.8p52;

    // Q(r) ~ (e^r - 1 - r) / r^2 on [-ln2/2, ln2/2]: Chebyshev fit of degree 9, |error| <= 1.1e-16.
    private static final double Q0 = 0.50000000000000010262;
    private static final double Q1 = 0.16666666666666667456;
    private static final double Q2 = 0.041666666666623991516;
    private static final double Q3 = 0.0083333333333300513464;
    private static final double Q4 = 0.0013888888917281793308;
    private static final double Q5 = 0.00019841269863105968748;
    private static final double Q6 = 0.000024801521190217727651;
    private static final double Q7 = 2.7557268378684192873e-6;
    private static final double Q8 = 2.7620138719733995569e-7;
    private static final double Q9 = 2.5100424157005066788e-8;

    /** Below this exp(x) rounds to 0 (e^-746 < 2^-1075). */
    private static final double EXP_UNDERFLOW = -746;
    /** Above this exp(x) overflows (e^710 > Double.MAX_VALUE). */
    private static final double EXP_OVERFLOW = 710;
    /** Below -40, e^-40 < 2^-57: tanh(|x| >= 20) rounds to 1. */
    private static final double TANH_ARGUMENT_MIN = -40;

    private static DoubleVector constant(double value) {
        return DoubleVector.broadcast(Species.DOUBLE, value);
    }

    // sigmoid and tanh use constant vectors: far fewer IR nodes than broadcasting inside the loop, so the kernels
    // stay within C2's inlining budget (NodeCountInliningCutoff) when a caller inlines them.
    private static final DoubleVector V_ONE = constant(1);
    private static final DoubleVector V_ZERO = constant(0);
    private static final DoubleVector V_TWO = constant(2);
    private static final DoubleVector V_MINUS_TWO = constant(-2);
    private static final DoubleVector V_LOG2E = constant(LOG2E);
    private static final DoubleVector V_SHIFTER = constant(SHIFTER);
    private static final DoubleVector V_NEG_LN2_HI = constant(-LN2_HI);
    private static final DoubleVector V_NEG_LN2_LO = constant(-LN2_LO);
    private static final DoubleVector V_EXP_UNDERFLOW = constant(EXP_UNDERFLOW);
    private static final DoubleVector V_TANH_ARGUMENT_MIN = constant(TANH_ARGUMENT_MIN);
    private static final DoubleVector V_TWO_POW_MINUS_128 = constant(0x1p-128);
    private static final DoubleVector V_Q0 = constant(Q0);
    private static final DoubleVector V_Q1 = constant(Q1);
    private static final DoubleVector V_Q2 = constant(Q2);
    private static final DoubleVector V_Q3 = constant(Q3);
    private static final DoubleVector V_Q4 = constant(Q4);
    private static final DoubleVector V_Q5 = constant(Q5);
    private static final DoubleVector V_Q6 = constant(Q6);
    private static final DoubleVector V_Q7 = constant(Q7);
    private static final DoubleVector V_Q8 = constant(Q8);
    private static final DoubleVector V_Q9 = constant(Q9);
    private static final LongVector V_SIGN_BIT =
            LongVector.broadcast(Species.DOUBLE.withLanes(long.class), 0x8000000000000000L);
    private static final LongVector V_BIAS_0 = LongVector.broadcast(Species.DOUBLE.withLanes(long.class), 1023L << 52);
    private static final LongVector V_BIAS_128 =
            LongVector.broadcast(Species.DOUBLE.withLanes(long.class), (1023L + 128) << 52);

    /** expm1(r) = r + r^2 Q(r) with constant vectors. */
    private static DoubleVector expm1ReducedConstants(DoubleVector r) {
        DoubleVector q = r.fma(V_Q9, V_Q8)
                .fma(r, V_Q7)
                .fma(r, V_Q6)
                .fma(r, V_Q5)
                .fma(r, V_Q4)
                .fma(r, V_Q3)
                .fma(r, V_Q2)
                .fma(r, V_Q1)
                .fma(r, V_Q0);
        return r.mul(r).fma(q, r);
    }

    private static DoubleVector shifted(DoubleVector x) {
        return x.fma(LOG2E, SHIFTER);
    }

    private static DoubleVector reduce(DoubleVector x, DoubleVector k) {
        DoubleVector r = k.fma(constant(-LN2_HI), x);
        return k.fma(constant(-LN2_LO), r);
    }

    private static DoubleVector expm1Reduced(DoubleVector r) {
        DoubleVector q = r.fma(Q9, Q8);
        q = q.fma(r, constant(Q7));
        q = q.fma(r, constant(Q6));
        q = q.fma(r, constant(Q5));
        q = q.fma(r, constant(Q4));
        q = q.fma(r, constant(Q3));
        q = q.fma(r, constant(Q2));
        q = q.fma(r, constant(Q1));
        q = q.fma(r, constant(Q0));
        return r.mul(r).fma(q, r);
    }

    private static DoubleVector powerOfTwo(DoubleVector t, long bias) {
        return t.reinterpretAsLongs()
                .lanewise(LSHL, 52)
                .add((1023 + bias) << 52)
                .reinterpretAsDoubles();
    }

    private static DoubleVector clampBelow(DoubleVector x, double min) {
        return x.blend(min, x.compare(LT, min));
    }

    private static DoubleVector negativeAbs(DoubleVector x) {
        return x.reinterpretAsLongs().or(0x8000000000000000L).reinterpretAsDoubles();
    }

    static DoubleVector exp(DoubleVector x) {
        x = clampBelow(x, EXP_UNDERFLOW);
        x = x.blend(EXP_OVERFLOW, x.compare(GT, EXP_OVERFLOW));
        DoubleVector t = shifted(x);
        DoubleVector k = t.sub(SHIFTER);
        DoubleVector p = expm1Reduced(reduce(x, k)).add(1);
        // k in [-1077, 1025]: split as k1 + k2, both in [-539, 513].
        DoubleVector t1 = k.fma(0.5, SHIFTER);
        DoubleVector t2 = k.sub(t1.sub(SHIFTER)).add(SHIFTER);
        return p.mul(powerOfTwo(t1, 0)).mul(powerOfTwo(t2, 0));
    }

    /** e^a for a <= 0 or NaN, a clamped to >= -746; 2^(k+128) * 2^-128 rounds subnormal results once. */
    static DoubleVector expNonPositive(DoubleVector a) {
        DoubleVector t = shifted(a);
        DoubleVector p = expm1Reduced(reduce(a, t.sub(SHIFTER))).add(1);
        return p.mul(powerOfTwo(t, 128)).mul(0x1p-128);
    }

    static DoubleVector expOfShifted(DoubleVector x) {
        return expNonPositive(clampBelow(x, EXP_UNDERFLOW));
    }

    static DoubleVector sigmoid(DoubleVector x) {
        DoubleVector a = x.reinterpretAsLongs().or(V_SIGN_BIT).reinterpretAsDoubles(); // -|x|
        a = a.blend(V_EXP_UNDERFLOW, a.compare(LT, V_EXP_UNDERFLOW));
        DoubleVector t = a.fma(V_LOG2E, V_SHIFTER);
        DoubleVector k = t.sub(V_SHIFTER);
        DoubleVector r = k.fma(V_NEG_LN2_LO, k.fma(V_NEG_LN2_HI, a));
        DoubleVector p = expm1ReducedConstants(r).add(V_ONE);
        DoubleVector scale =
                t.reinterpretAsLongs().lanewise(LSHL, 52).add(V_BIAS_128).reinterpretAsDoubles();
        DoubleVector e = p.mul(scale).mul(V_TWO_POW_MINUS_128);
        DoubleVector numerator = V_ONE.blend(e, x.compare(LT, V_ZERO));
        return numerator.div(e.add(V_ONE));
    }

    static DoubleVector tanh(DoubleVector x) {
        DoubleVector a = x.lanewise(ABS).mul(V_MINUS_TWO);
        a = a.blend(V_TANH_ARGUMENT_MIN, a.compare(LT, V_TANH_ARGUMENT_MIN));
        DoubleVector t = a.fma(V_LOG2E, V_SHIFTER);
        DoubleVector k = t.sub(V_SHIFTER);
        DoubleVector q = expm1ReducedConstants(k.fma(V_NEG_LN2_LO, k.fma(V_NEG_LN2_HI, a)));
        DoubleVector s = t.reinterpretAsLongs().lanewise(LSHL, 52).add(V_BIAS_0).reinterpretAsDoubles(); // 2^k
        DoubleVector u = s.fma(q, s.sub(V_ONE));
        DoubleVector magnitude = V_ZERO.sub(u).div(u.add(V_TWO));
        return magnitude
                .reinterpretAsLongs()
                .or(x.reinterpretAsLongs().and(V_SIGN_BIT))
                .reinterpretAsDoubles();
    }

    // log: as in FloatVectorMath, series 2s (1 + z/3 + ... + z^9/19): relative truncation error <= z^10/21/(1-z)
    // < 2.5e-17 for z <= 0.02944.
    private static final long SQRT_HALF_BITS = 0x3FE6A09E667F3BCDL;
    private static final long ONE_BITS = 0x3FF0000000000000L;

    static DoubleVector log(DoubleVector x) {
        VectorMask<Double> subnormal = x.compare(LT, Double.MIN_NORMAL);
        DoubleVector scaled = x.blend(x.mul(0x1p52), subnormal);
        DoubleVector exponentCorrection = constant(0).blend(52, subnormal);
        LongVector bits = scaled.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector e = bits.lanewise(LSHR, 52)
                .or(0x4330000000000000L)
                .reinterpretAsDoubles()
                .sub(0x1p52 + 1023)
                .sub(exponentCorrection);
        DoubleVector m = bits.and(0x000FFFFFFFFFFFFFL).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector f = m.sub(1);
        DoubleVector s = f.div(f.add(2));
        DoubleVector z = s.mul(s);
        DoubleVector poly = z.fma(1.0 / 19, 1.0 / 17);
        poly = poly.fma(z, constant(1.0 / 15));
        poly = poly.fma(z, constant(1.0 / 13));
        poly = poly.fma(z, constant(1.0 / 11));
        poly = poly.fma(z, constant(1.0 / 9));
        poly = poly.fma(z, constant(1.0 / 7));
        poly = poly.fma(z, constant(1.0 / 5));
        poly = poly.fma(z, constant(1.0 / 3));
        DoubleVector twoS = s.add(s);
        DoubleVector logM = twoS.mul(z).fma(poly, twoS);
        DoubleVector result = e.fma(constant(LN2_HI), e.fma(constant(LN2_LO), logM));
        result = result.blend(Double.NaN, x.compare(GE, 0).not());
        result = result.blend(Double.NEGATIVE_INFINITY, x.compare(EQ, 0));
        return result.blend(Double.POSITIVE_INFINITY, x.compare(EQ, Double.POSITIVE_INFINITY));
    }
}
