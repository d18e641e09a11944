package io.github.vecnet.examples.intrinsic;

import java.math.BigInteger;

/**
 * The doubling map {@code T(t) = 2t - 1{2t >= 1}} on dyadic numbers {@code t = numerator / 2^bits} in [0, 1),
 * evaluated exactly with {@link BigInteger}. The first binary digit of {@code T^i(theta)} is digit i + 1 of theta:
 * this is how the network reads the bit of cell i out of one real parameter.
 */
final class DoublingMap {
    private DoublingMap() {}

    /** One step, literally: double, then subtract 1 if the result reached 1. */
    static BigInteger step(BigInteger numerator, int bits) {
        BigInteger doubled = numerator.shiftLeft(1);
        return doubled.testBit(bits) ? doubled.clearBit(bits) : doubled;
    }

    /** {@code T^times(t)} in closed form: {@code frac(2^times t)}, i.e. shift left and keep the low {@code bits}. */
    static BigInteger iterate(BigInteger numerator, int bits, int times) {
        if (times >= bits) {
            return BigInteger.ZERO;
        }
        BigInteger shifted = numerator.shiftLeft(times);
        return shifted.bitLength() > bits
                ? shifted.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE))
                : shifted;
    }

    /** {@code 1{2t >= 1}}: the first binary digit of t. */
    static int firstDigit(BigInteger numerator, int bits) {
        return numerator.testBit(bits - 1) ? 1 : 0;
    }
}
