package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Fft2dTest {

    /** Naive O(n^4) centred unitary DFT: Y[k1,k2] = (1/n) sum x[a,b] exp(-2 pi i ((k1-n/2) a + (k2-n/2) b) / n). */
    static double[][] naiveCentredDft(double[] re, double[] im, int n) {
        double[] outRe = new double[n * n];
        double[] outIm = new double[n * n];
        for (int k1 = 0; k1 < n; k1++) {
            for (int k2 = 0; k2 < n; k2++) {
                double sr = 0;
                double si = 0;
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        double angle = -2 * Math.PI * ((double) (k1 - n / 2) * a + (double) (k2 - n / 2) * b) / n;
                        double c = Math.cos(angle);
                        double s = Math.sin(angle);
                        sr += re[a * n + b] * c - im[a * n + b] * s;
                        si += re[a * n + b] * s + im[a * n + b] * c;
                    }
                }
                outRe[k1 * n + k2] = sr / n;
                outIm[k1 * n + k2] = si / n;
            }
        }
        return new double[][] {outRe, outIm};
    }

    static double[] gaussian(int length, Random random) {
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8, 16})
    void matchesNaiveCentredDft(int n) {
        Random random = new Random(11 + n);
        double[] re = gaussian(n * n, random);
        double[] im = gaussian(n * n, random);
        double[][] expected = naiveCentredDft(re, im, n);
        new Fft2d(n).forwardCentred(re, im);
        for (int i = 0; i < n * n; i++) {
            assertEquals(expected[0][i], re[i], 1e-12, "re " + i);
            assertEquals(expected[1][i], im[i], 1e-12, "im " + i);
        }
    }

    @Test
    void inverseMatchesNaiveAdjoint() {
        int n = 8;
        Random random = new Random(3);
        double[] yRe = gaussian(n * n, random);
        double[] yIm = gaussian(n * n, random);
        // <F x, y> = <x, F^H y> for the naive F with x = unit vectors gives F^H y column by column.
        double[] re = yRe.clone();
        double[] im = yIm.clone();
        new Fft2d(n).inverseCentred(re, im);
        for (int j = 0; j < n * n; j++) {
            double[] eRe = new double[n * n];
            eRe[j] = 1;
            double[][] column = naiveCentredDft(eRe, new double[n * n], n);
            // (F^H y)_j = sum_k conj(F_kj) y_k
            double sr = 0;
            double si = 0;
            for (int k = 0; k < n * n; k++) {
                sr += column[0][k] * yRe[k] + column[1][k] * yIm[k];
                si += column[0][k] * yIm[k] - column[1][k] * yRe[k];
            }
            assertEquals(sr, re[j], 1e-12);
            assertEquals(si, im[j], 1e-12);
        }
    }

    @Test
    void roundTripAndParsevalAt256() {
        int n = 256;
        Random random = new Random(5);
        double[] re = gaussian(n * n, random);
        double[] im = gaussian(n * n, random);
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        Fft2d fft = new Fft2d(n);
        fft.forwardCentred(re, im);
        assertEquals(ComplexVectors.norm(re0, im0), ComplexVectors.norm(re, im), 1e-12 * ComplexVectors.norm(re0, im0));
        fft.inverseCentred(re, im);
        for (int i = 0; i < n * n; i++) {
            assertEquals(re0[i], re[i], 1e-12);
            assertEquals(im0[i], im[i], 1e-12);
        }
    }

    @Test
    void constantImageGoesToTheCentre() {
        int n = 16;
        double[] re = new double[n * n];
        java.util.Arrays.fill(re, 1.0);
        double[] im = new double[n * n];
        new Fft2d(n).forwardCentred(re, im);
        for (int i = 0; i < n * n; i++) {
            double expected = i == (n / 2) * n + n / 2 ? n : 0;
            assertEquals(expected, re[i], 1e-12);
            assertEquals(0, im[i], 1e-12);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new Fft2d(12));
        assertThrows(IllegalArgumentException.class, () -> new Fft2d(1));
        Fft2d fft = new Fft2d(4);
        assertThrows(IllegalArgumentException.class, () -> fft.forwardCentred(new double[16], new double[15]));
    }
}
