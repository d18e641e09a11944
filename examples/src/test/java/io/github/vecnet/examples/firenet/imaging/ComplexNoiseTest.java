package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ComplexNoiseTest {

    @Test
    void noiseHasExactlyTheRelativeLevelAndIsSeeded() {
        Random random = new Random(3);
        double[] re = Fft2dTest.gaussian(500, random);
        double[] im = Fft2dTest.gaussian(500, random);
        double[] re1 = re.clone();
        double[] im1 = im.clone();
        ComplexNoise.addRelative(re1, im1, 0.02, 17);
        assertEquals(
                0.02 * ComplexVectors.norm(re, im),
                ComplexVectors.distance(re1, im1, re, im),
                1e-12 * ComplexVectors.norm(re, im));
        double[] re2 = re.clone();
        double[] im2 = im.clone();
        ComplexNoise.addRelative(re2, im2, 0.02, 17);
        assertArrayEquals(re1, re2);
        assertArrayEquals(im1, im2);
        assertThrows(IllegalArgumentException.class, () -> ComplexNoise.addRelative(re2, im2, -1, 0));
    }
}
