package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Fp16Test {

    /** Decodes a binary16 bit pattern by the IEEE 754 definition: the independent oracle. */
    static double decode(int bits) {
        int sign = (bits >> 15) & 1;
        int exponent = (bits >> 10) & 0x1F;
        int fraction = bits & 0x3FF;
        double magnitude;
        if (exponent == 0) {
            magnitude = fraction * Math.pow(2, -24);
        } else if (exponent == 31) {
            magnitude = fraction == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = (1 + fraction / 1024.0) * Math.pow(2, exponent - 15);
        }
        return sign == 1 ? -magnitude : magnitude;
    }

    @Test
    void knownValues() {
        assertEquals(65504.0, Fp16.round(65504.0));
        assertEquals(65504.0, Fp16.round(65519.99));
        assertEquals(Double.POSITIVE_INFINITY, Fp16.round(65520.0));
        assertEquals(Double.NEGATIVE_INFINITY, Fp16.round(-70000.0));
        assertEquals(Math.pow(2, -24), Fp16.round(Math.pow(2, -24)));
        assertEquals(Math.pow(2, -14), Fp16.round(Math.pow(2, -14)));
        assertEquals(1.0, Fp16.round(1.0));
        assertEquals(1.0 + Math.pow(2, -10), Fp16.round(1.0009765625));
        assertEquals(0.333251953125, Fp16.round(1.0 / 3.0));
        assertEquals(0.0999755859375, Fp16.round(0.1));
        assertTrue(Double.isNaN(Fp16.round(Double.NaN)));
    }

    @Test
    void tiesGoToEven() {
        double ulp = Math.pow(2, -10);
        // 1 + ulp/2 lies halfway between 1 (even fraction 0) and 1 + ulp (odd): rounds to 1.
        assertEquals(1.0, Fp16.round(1.0 + ulp / 2));
        // 1 + 3 ulp/2 lies halfway between 1 + ulp (odd) and 1 + 2 ulp (even): rounds up.
        assertEquals(1.0 + 2 * ulp, Fp16.round(1.0 + 1.5 * ulp));
        // Just above the midpoint rounds up.
        assertEquals(1.0 + ulp, Fp16.round(Math.nextUp(1.0 + ulp / 2)));
        // 2048 + 1 is a tie between 2048 and 2050 (spacing 2): even fraction wins, 2048.
        assertEquals(2048.0, Fp16.round(2049.0));
        assertEquals(2052.0, Fp16.round(2051.0));
    }

    @Test
    void subnormalsAndUnderflowKeepTheSign() {
        double tiny = Math.pow(2, -24);
        assertEquals(3 * tiny, Fp16.round(3.2 * tiny));
        // Half the smallest subnormal is a tie with zero: even (zero) wins.
        assertEquals(0.0, Fp16.round(tiny / 2));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Fp16.round(-tiny / 4)));
        assertEquals(tiny, Fp16.round(Math.nextUp(tiny / 2)));
        // The largest subnormal and the step into the normals.
        assertEquals(1023 * tiny, Fp16.round(1023 * tiny));
        assertEquals(Math.pow(2, -14), Fp16.round(1023.5 * tiny));
    }

    @Test
    void agreesWithBruteForceNearestOverAllFiniteHalves() {
        // Every finite half value is a fixed point, and each midpoint between neighbours goes to the even one.
        for (int bits = 0; bits < 0x7C00; bits++) {
            double v = decode(bits);
            assertEquals(v, Fp16.round(v), "fixed point " + bits);
            assertEquals(-v, Fp16.round(-v), "fixed point -" + bits);
            if (bits + 1 < 0x7C00) {
                double next = decode(bits + 1);
                double mid = (v + next) / 2;
                double expected = (bits & 1) == 0 ? v : next;
                assertEquals(expected, Fp16.round(mid), "midpoint after " + bits);
                assertEquals(v, Fp16.round(Math.nextDown(mid)), "below midpoint after " + bits);
                assertEquals(next, Fp16.round(Math.nextUp(mid)), "above midpoint after " + bits);
            }
        }
    }

    @Test
    void floatArraysAreRoundedInPlaceAndRangesChecked() {
        float[] a = {0.1f, 70000f, 1f};
        Fp16.roundInPlace(a, 0, 2);
        assertEquals((float) 0.0999755859375, a[0]);
        assertEquals(Float.POSITIVE_INFINITY, a[1]);
        assertEquals(1f, a[2]);
        assertThrows(IndexOutOfBoundsException.class, () -> Fp16.roundInPlace(a, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Fp16.roundInPlace(a, 0, -1));
    }
}
