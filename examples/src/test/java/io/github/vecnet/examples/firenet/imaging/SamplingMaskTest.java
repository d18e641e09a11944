package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SamplingMaskTest {

    @Test
    void sizeOrderCentreAndDeterminism() {
        int n = 128;
        int[] mask = SamplingMask.variableDensity(n, 0.15, 42);
        assertEquals(Math.round(0.15 * n * n), mask.length);
        for (int i = 1; i < mask.length; i++) {
            assertTrue(mask[i] > mask[i - 1]);
        }
        double r0 = Math.sqrt(SamplingMask.CENTRE_SHARE * mask.length / Math.PI);
        boolean[] sampled = new boolean[n * n];
        for (int index : mask) {
            sampled[index] = true;
        }
        int innerRing = 0;
        int innerTotal = 0;
        int outerRing = 0;
        int outerTotal = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double radius = Math.hypot(r - n / 2, c - n / 2);
                if (radius <= r0) {
                    assertTrue(sampled[r * n + c], "centre disc must be fully sampled");
                } else if (radius < 2 * r0) {
                    innerTotal++;
                    innerRing += sampled[r * n + c] ? 1 : 0;
                } else if (radius > 3 * r0 && radius < 4 * r0) {
                    outerTotal++;
                    outerRing += sampled[r * n + c] ? 1 : 0;
                }
            }
        }
        assertTrue((double) innerRing / innerTotal > 2.0 * outerRing / outerTotal, "density must decay with radius");
        assertArrayEquals(mask, SamplingMask.variableDensity(n, 0.15, 42));
        assertFalse(Arrays.equals(mask, SamplingMask.variableDensity(n, 0.15, 43)));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SamplingMask.variableDensity(1, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> SamplingMask.variableDensity(8, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SamplingMask.variableDensity(8, 1.5, 0));
    }
}
