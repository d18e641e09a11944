package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.examples.common.Rng;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void straightLineFitMatchesTheClosedForm() {
        // Points (0,1), (1,2), (2,2), (3,4): slope = S_xy / S_xx = 4.5 / 5 = 0.9, intercept = 2.25 - 0.9 * 1.5 = 0.9.
        double[] a = {1, 0, 1, 1, 1, 2, 1, 3};
        double[] c = LeastSquares.solve(a, 4, 2, new double[] {1, 2, 2, 4});
        assertEquals(0.9, c[0], 1e-14);
        assertEquals(0.9, c[1], 1e-14);
    }

    @Test
    void recoversAnExactPolynomialFromRandomSamples() {
        Rng rng = new Rng(11);
        LegendreBasis basis = new LegendreBasis(3, 4);
        assertEquals(35, basis.size());
        double[] truth = new double[basis.size()];
        for (int j = 0; j < truth.length; j++) {
            truth[j] = rng.uniform(-1, 1);
        }
        int m = 120;
        double[] y = new double[m * 3];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.uniform(-1, 1);
        }
        // Targets from the monomial form of the Legendre polynomials (independent of the recurrence).
        double[] b = new double[m];
        for (int p = 0; p < m; p++) {
            double s = 0;
            for (int j = 0; j < truth.length; j++) {
                int[] nu = basis.index(j);
                double prod = 1;
                for (int i = 0; i < 3; i++) {
                    prod *= legendreMonomial(nu[i], y[3 * p + i]);
                }
                s += truth[j] * prod;
            }
            b[p] = s;
        }
        double[] c = LeastSquares.solve(basis.design(y, m), m, basis.size(), b);
        for (int j = 0; j < truth.length; j++) {
            assertEquals(truth[j], c[j], 1e-10, "coefficient " + j);
        }
    }

    /** sqrt(2k+1) P_k(t) from the explicit monomial forms of P_0..P_4. */
    static double legendreMonomial(int k, double t) {
        double p;
        switch (k) {
            case 0:
                p = 1;
                break;
            case 1:
                p = t;
                break;
            case 2:
                p = (3 * t * t - 1) / 2;
                break;
            case 3:
                p = (5 * t * t * t - 3 * t) / 2;
                break;
            case 4:
                p = (35 * Math.pow(t, 4) - 30 * t * t + 3) / 8;
                break;
            default:
                throw new IllegalArgumentException("k");
        }
        return Math.sqrt(2 * k + 1) * p;
    }

    @Test
    void residualIsOrthogonalToTheColumnsForANoisyProblem() {
        Rng rng = new Rng(5);
        int m = 50;
        int n = 6;
        double[] a = new double[m * n];
        double[] b = new double[m];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.uniform(-1, 1);
        }
        for (int i = 0; i < m; i++) {
            b[i] = rng.uniform(-1, 1);
        }
        double[] c = LeastSquares.solve(a, m, n, b);
        // Normal equations A^T (b - A c) = 0 characterise the least-squares solution.
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                double r = b[i];
                for (int k = 0; k < n; k++) {
                    r -= a[i * n + k] * c[k];
                }
                s += a[i * n + j] * r;
            }
            assertEquals(0.0, s, 1e-12);
        }
    }

    @Test
    void legendreBasisSizeAndOrthonormality() {
        assertEquals(495, LegendreBasis.size(8, 4));
        assertEquals(495, new LegendreBasis(8, 4).size());
        // Gauss-Legendre 5-point rule integrates degree <= 9 exactly: check the univariate orthonormality.
        double[] nodes = {0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640};
        double[] weights = {
            0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850561891, 0.2369268850561891
        };
        LegendreBasis basis = new LegendreBasis(1, 4);
        double[][] values = new double[5][5];
        for (int q = 0; q < 5; q++) {
            basis.univariate(nodes[q], values[q]);
        }
        for (int i = 0; i <= 4; i++) {
            for (int j = 0; j <= 4; j++) {
                double s = 0;
                for (int q = 0; q < 5; q++) {
                    s += weights[q] / 2 * values[q][i] * values[q][j];
                }
                assertEquals(i == j ? 1.0 : 0.0, s, 1e-12);
            }
        }
    }

    @Test
    void rankDeficiencyAndShapesAreReported() {
        double[] a = {1, 2, 2, 4, 3, 6};
        assertThrows(IllegalArgumentException.class, () -> LeastSquares.solve(a, 3, 2, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> LeastSquares.solve(a, 2, 3, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> LeastSquares.solve(a, 3, 2, new double[] {1, 2}));
    }
}
