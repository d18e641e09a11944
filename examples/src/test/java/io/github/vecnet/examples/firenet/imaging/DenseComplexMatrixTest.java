package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseComplexMatrixTest {

    @Test
    void applyAndAdjointMatchNaiveComplexProducts() {
        int rows = 5;
        int cols = 7;
        Random random = new Random(1);
        double[] re = Fft2dTest.gaussian(rows * cols, random);
        double[] im = Fft2dTest.gaussian(rows * cols, random);
        DenseComplexMatrix a = new DenseComplexMatrix(rows, cols, re, im);
        double[] xRe = Fft2dTest.gaussian(cols, random);
        double[] xIm = Fft2dTest.gaussian(cols, random);
        double[] yRe = new double[rows];
        double[] yIm = new double[rows];
        a.apply(xRe, xIm, yRe, yIm);
        for (int i = 0; i < rows; i++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < cols; j++) {
                double ar = re[i * cols + j];
                double ai = im[i * cols + j];
                sr += ar * xRe[j] - ai * xIm[j];
                si += ar * xIm[j] + ai * xRe[j];
            }
            assertEquals(sr, yRe[i], 1e-12);
            assertEquals(si, yIm[i], 1e-12);
        }
        double[] zRe = new double[cols];
        double[] zIm = new double[cols];
        a.adjoint(yRe, yIm, zRe, zIm);
        for (int j = 0; j < cols; j++) {
            double sr = 0;
            double si = 0;
            for (int i = 0; i < rows; i++) {
                double ar = re[i * cols + j];
                double ai = -im[i * cols + j]; // conjugate
                sr += ar * yRe[i] - ai * yIm[i];
                si += ar * yIm[i] + ai * yRe[i];
            }
            assertEquals(sr, zRe[j], 1e-12);
            assertEquals(si, zIm[j], 1e-12);
        }
    }

    @Test
    void spectralNormOfScaledOrthogonalMatrix() {
        // DCT (orthogonal) times diag(1, 2, 3.5): singular values are exactly 1, 2, 3.5.
        double[] c = Dct.matrix(3);
        double[] d = {1, 2, 3.5};
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i * 3 + j] = c[i * 3 + j] * d[j];
            }
        }
        assertEquals(3.5, DenseComplexMatrix.real(3, 3, m).spectralNorm(), 1e-12);
    }

    @Test
    void rejectsWrongShapes() {
        assertThrows(IllegalArgumentException.class, () -> DenseComplexMatrix.real(2, 3, new double[5]));
        DenseComplexMatrix a = DenseComplexMatrix.real(2, 3, new double[6]);
        assertThrows(
                IllegalArgumentException.class,
                () -> a.apply(new double[2], new double[3], new double[2], new double[2]));
    }
}
