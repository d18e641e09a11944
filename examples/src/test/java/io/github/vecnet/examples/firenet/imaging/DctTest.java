package io.github.vecnet.examples.firenet.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DctTest {

    @Test
    void isOrthogonal() {
        for (int n : new int[] {1, 2, 5, 21}) {
            double[] c = Dct.matrix(n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double acc = 0;
                    for (int k = 0; k < n; k++) {
                        acc += c[k * n + i] * c[k * n + j];
                    }
                    assertEquals(i == j ? 1 : 0, acc, 1e-12);
                }
            }
        }
    }

    @Test
    void matchesScipyOrthoFormulaAndMapsConstantsToDc() {
        // scipy: y_k = 2 sum_j x_j cos(pi k (2j+1) / (2n)), times sqrt(1/(4n)) for k = 0 and sqrt(1/(2n)) otherwise.
        int n = 21;
        double[] c = Dct.matrix(n);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = Math.sin(j + 1.0);
        }
        for (int k = 0; k < n; k++) {
            double acc = 0;
            double dct = 0;
            for (int j = 0; j < n; j++) {
                acc += c[k * n + j] * x[j];
                dct += 2 * x[j] * Math.cos(Math.PI * k * (2 * j + 1) / (2.0 * n));
            }
            double f = k == 0 ? Math.sqrt(1.0 / (4 * n)) : Math.sqrt(1.0 / (2 * n));
            assertEquals(f * dct, acc, 1e-12);
            double constant = 0;
            for (int j = 0; j < n; j++) {
                constant += c[k * n + j];
            }
            assertEquals(k == 0 ? Math.sqrt(n) : 0, constant, 1e-12);
        }
    }

    @Test
    void rejectsBadSize() {
        assertThrows(IllegalArgumentException.class, () -> Dct.matrix(0));
    }
}
