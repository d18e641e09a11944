package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WalshHadamardTest {

    /** Sequency-ordered Walsh matrix: natural Hadamard rows (-1)^popcount(k & j), sorted by sign changes. */
    static double[][] naiveSequencyMatrix(int n) {
        double[][] rows = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                rows[k][j] = (Integer.bitCount(k & j) % 2 == 0 ? 1 : -1) / Math.sqrt(n);
            }
        }
        Integer[] order = new Integer[n];
        int[] changes = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            for (int j = 1; j < n; j++) {
                if (rows[k][j] != rows[k][j - 1]) {
                    changes[k]++;
                }
            }
        }
        Arrays.sort(order, Comparator.comparingInt(k -> changes[k]));
        double[][] sorted = new double[n][];
        for (int s = 0; s < n; s++) {
            sorted[s] = rows[order[s]];
            assertEquals(s, changes[order[s]], "row " + s + " must have " + s + " sign changes");
        }
        return sorted;
    }

    @Test
    void matchesNaiveSequencyTransform() {
        for (int n : new int[] {1, 2, 4, 16, 64}) {
            double[] x = Fft2dTest.gaussian(n, new Random(n));
            double[][] w = naiveSequencyMatrix(n);
            double[] y = WalshHadamard.sequency(x);
            for (int k = 0; k < n; k++) {
                double acc = 0;
                for (int j = 0; j < n; j++) {
                    acc += w[k][j] * x[j];
                }
                assertEquals(acc, y[k], 1e-12, "n=" + n + " k=" + k);
            }
        }
    }

    @Test
    void isAnInvolutionAndPreservesNorm() {
        // The sequency-ordered Walsh matrix is symmetric and orthogonal, hence its own inverse.
        int n = 32;
        double[] x = Fft2dTest.gaussian(n * n, new Random(4));
        double[] y = WalshHadamard.sequency2d(x, n);
        double nx = io.github.vecnet.kernels.VectorOps.norm2(n * n, x, 0);
        assertEquals(nx, io.github.vecnet.kernels.VectorOps.norm2(n * n, y, 0), 1e-12 * nx);
        double[] back = WalshHadamard.sequency2d(y, n);
        for (int i = 0; i < n * n; i++) {
            assertEquals(x[i], back[i], 1e-12);
        }
    }

    @Test
    void rejectsNonPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> WalshHadamard.sequency(new double[6]));
    }
}
