package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PhantomsTest {

    /** Pixel nearest to (x, y) in the [-1, 1]^2 coordinates. */
    private static double at(double[] image, int n, double x, double y) {
        double half = (n - 1) / 2.0;
        int c = (int) Math.round(x * half + half);
        int r = (int) Math.round(half - y * half);
        return image[r * n + c];
    }

    @Test
    void modifiedSheppLoganHasTheTableIntensities() {
        int n = 257; // odd: the centre is a pixel
        double[] p = Phantoms.modifiedSheppLogan(n);
        assertEquals(10, Phantoms.modifiedSheppLoganTable().size());
        assertEquals(0.0, at(p, n, 0.95, 0.95), 1e-15); // outside the skull
        assertEquals(1.0, at(p, n, 0.0, 0.90), 1e-12); // skull rim: ellipse 1 only
        assertEquals(0.2, at(p, n, 0.0, 0.0), 1e-12); // brain: 1 - 0.8
        assertEquals(0.0, at(p, n, 0.22, 0.0), 1e-12); // right ventricle: 1 - 0.8 - 0.2
        assertEquals(0.3, at(p, n, 0.0, 0.35), 1e-12); // ellipse 5: 0.2 + 0.1
        assertEquals(0.3, at(p, n, 0.0, -0.1), 1e-12); // ellipse 7 only
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : p) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0.0, min, 1e-12);
        assertEquals(1.0, max, 1e-12);
    }

    @Test
    void randomEllipsesAreDeterministicAndInRange() {
        double[] a = Phantoms.randomEllipses(32, 4, new Random(7));
        double[] b = Phantoms.randomEllipses(32, 4, new Random(7));
        assertArrayEquals(a, b);
        for (double v : a) {
            assertTrue(v >= 0 && v <= 1);
        }
    }
}
