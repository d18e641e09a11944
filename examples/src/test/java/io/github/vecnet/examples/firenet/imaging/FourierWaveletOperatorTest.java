package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FourierWaveletOperatorTest {

    @ParameterizedTest
    @CsvSource({"8,0", "8,2", "64,5", "128,6"})
    void adjointIdentity(int n, int levels) {
        Random random = new Random(n + levels);
        FourierWaveletOperator a = new FourierWaveletOperator(n, levels, SamplingMask.variableDensity(n, 0.15, 1));
        int m = a.rangeSize();
        double[] xRe = Fft2dTest.gaussian(n * n, random);
        double[] xIm = Fft2dTest.gaussian(n * n, random);
        double[] yRe = Fft2dTest.gaussian(m, random);
        double[] yIm = Fft2dTest.gaussian(m, random);
        double[] axRe = new double[m];
        double[] axIm = new double[m];
        double[] ahyRe = new double[n * n];
        double[] ahyIm = new double[n * n];
        a.apply(xRe, xIm, axRe, axIm);
        a.adjoint(yRe, yIm, ahyRe, ahyIm);
        double scale = ComplexVectors.norm(xRe, xIm) * ComplexVectors.norm(yRe, yIm);
        assertEquals(
                ComplexVectors.realInner(axRe, axIm, yRe, yIm),
                ComplexVectors.realInner(xRe, xIm, ahyRe, ahyIm),
                1e-12 * scale);
        assertEquals(
                ComplexVectors.imagInner(axRe, axIm, yRe, yIm),
                ComplexVectors.imagInner(xRe, xIm, ahyRe, ahyIm),
                1e-12 * scale);
    }

    @Test
    void hasOrthonormalRows() {
        // A A^H = I because U, W are unitary and P_Omega picks distinct rows.
        int n = 32;
        Random random = new Random(8);
        FourierWaveletOperator a = new FourierWaveletOperator(n, 4, SamplingMask.variableDensity(n, 0.3, 2));
        int m = a.rangeSize();
        double[] yRe = Fft2dTest.gaussian(m, random);
        double[] yIm = Fft2dTest.gaussian(m, random);
        double[] xRe = new double[n * n];
        double[] xIm = new double[n * n];
        double[] backRe = new double[m];
        double[] backIm = new double[m];
        a.adjoint(yRe, yIm, xRe, xIm);
        a.apply(xRe, xIm, backRe, backIm);
        for (int i = 0; i < m; i++) {
            assertEquals(yRe[i], backRe[i], 1e-12);
            assertEquals(yIm[i], backIm[i], 1e-12);
        }
    }

    @Test
    void matchesNaiveCompositionOnSmallImage() {
        int n = 8;
        Random random = new Random(12);
        int[] mask = {0, 5, 27, 36, 40, 63};
        FourierWaveletOperator a = new FourierWaveletOperator(n, 2, mask);
        double[] cRe = Fft2dTest.gaussian(n * n, random);
        double[] cIm = Fft2dTest.gaussian(n * n, random);
        // Naive: W^-1 = W^T, obtained column by column from the naive forward DWT, then the naive centred DFT.
        double[] imRe = new double[n * n];
        double[] imIm = new double[n * n];
        for (int j = 0; j < n * n; j++) {
            double[] e = new double[n * n];
            e[j] = 1;
            double[] column = Haar2dTest.naiveForward(e, n, 2); // W e_j: row j of W^T
            for (int i = 0; i < n * n; i++) {
                imRe[j] += column[i] * cRe[i];
                imIm[j] += column[i] * cIm[i];
            }
        }
        double[][] spectrum = Fft2dTest.naiveCentredDft(imRe, imIm, n);
        double[] yRe = new double[mask.length];
        double[] yIm = new double[mask.length];
        a.apply(cRe, cIm, yRe, yIm);
        for (int i = 0; i < mask.length; i++) {
            assertEquals(spectrum[0][mask[i]], yRe[i], 1e-12);
            assertEquals(spectrum[1][mask[i]], yIm[i], 1e-12);
        }
    }

    @Test
    void rejectsBadMaskAndLengths() {
        assertThrows(IllegalArgumentException.class, () -> new FourierWaveletOperator(8, 1, new int[] {3, 3}));
        assertThrows(IllegalArgumentException.class, () -> new FourierWaveletOperator(8, 1, new int[] {64}));
        FourierWaveletOperator a = new FourierWaveletOperator(8, 1, new int[] {1, 2});
        assertThrows(
                IllegalArgumentException.class,
                () -> a.apply(new double[64], new double[64], new double[3], new double[2]));
    }
}
