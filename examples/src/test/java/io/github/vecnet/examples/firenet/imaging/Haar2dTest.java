package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Haar2dTest {

    /** The 1-D one-level Haar analysis matrix of size s from its definition: averages, then differences. */
    static double[][] haarMatrix(int s) {
        double[][] h = new double[s][s];
        double c = 1 / Math.sqrt(2);
        for (int i = 0; i < s / 2; i++) {
            h[i][2 * i] = c;
            h[i][2 * i + 1] = c;
            h[s / 2 + i][2 * i] = c;
            h[s / 2 + i][2 * i + 1] = -c;
        }
        return h;
    }

    /** Naive DWT: per level, block <- H block H^T with explicit O(s^3) matrix products. */
    static double[] naiveForward(double[] x, int n, int levels) {
        double[][] m = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                m[r][c] = x[r * n + c];
            }
        }
        for (int level = 0; level < levels; level++) {
            int s = n >> level;
            double[][] h = haarMatrix(s);
            double[][] t = new double[s][s];
            for (int i = 0; i < s; i++) {
                for (int j = 0; j < s; j++) {
                    double acc = 0;
                    for (int k = 0; k < s; k++) {
                        acc += h[i][k] * m[k][j];
                    }
                    t[i][j] = acc;
                }
            }
            for (int i = 0; i < s; i++) {
                for (int j = 0; j < s; j++) {
                    double acc = 0;
                    for (int k = 0; k < s; k++) {
                        acc += t[i][k] * h[j][k];
                    }
                    m[i][j] = acc;
                }
            }
        }
        double[] out = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                out[r * n + c] = m[r][c];
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"2,1", "8,0", "8,1", "8,2", "8,3", "16,3", "32,4"})
    void matchesNaiveDwt(int n, int levels) {
        double[] x = Fft2dTest.gaussian(n * n, new Random(n * 31 + levels));
        double[] expected = naiveForward(x, n, levels);
        new Haar2d(n, levels).forward(x);
        for (int i = 0; i < n * n; i++) {
            assertEquals(expected[i], x[i], 1e-12, "coefficient " + i);
        }
    }

    @Test
    void fullDecompositionPutsTheMeanTimesNInTheCorner() {
        int n = 16;
        double[] x = Fft2dTest.gaussian(n * n, new Random(2));
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        new Haar2d(n, 4).forward(x);
        assertEquals(sum / n, x[0], 1e-12);
    }

    @Test
    void roundTripAndParseval() {
        int n = 256;
        double[] x = Fft2dTest.gaussian(n * n, new Random(9));
        double[] x0 = x.clone();
        Haar2d haar = new Haar2d(n, 7);
        haar.forward(x);
        double norm0 = io.github.vecnet.kernels.VectorOps.norm2(n * n, x0, 0);
        assertEquals(norm0, io.github.vecnet.kernels.VectorOps.norm2(n * n, x, 0), 1e-12 * norm0);
        haar.inverse(x);
        for (int i = 0; i < n * n; i++) {
            assertEquals(x0[i], x[i], 1e-12);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new Haar2d(6, 1));
        assertThrows(IllegalArgumentException.class, () -> new Haar2d(8, 4));
        assertThrows(IllegalArgumentException.class, () -> new Haar2d(8, -1));
        assertThrows(IllegalArgumentException.class, () -> new Haar2d(8, 2).forward(new double[63]));
    }
}
