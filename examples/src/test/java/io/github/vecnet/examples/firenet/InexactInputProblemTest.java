package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import org.junit.jupiter.api.Test;

class InexactInputProblemTest {

    @Test
    void perturbedAndExactProblemsAreCloseButTheirMinimisersAreFarApart() {
        for (int k : new int[] {1, 3, 6}) {
            for (int n : new int[] {10, 20, 30}) {
                InexactInputProblem p0 = InexactInputProblem.build(k, n, 0);
                InexactInputProblem p1 = InexactInputProblem.build(k, n, 1);
                double[] a0 = p0.matrix().realPart();
                double[] a1 = p1.matrix().realPart();
                double frobenius = 0;
                for (int i = 0; i < a0.length; i++) {
                    frobenius += (a0[i] - a1[i]) * (a0[i] - a1[i]);
                }
                assertTrue(Math.sqrt(frobenius) <= Math.pow(2, -n), "||A - A'|| <= 2^-n");
                double dx = Math.hypot(p0.minimiser()[0] - p1.minimiser()[0], p0.minimiser()[1] - p1.minimiser()[1]);
                assertEquals(3 * Math.pow(10, -k), dx, 1e-3 * Math.pow(10, -k), "minimisers ~3 10^-K apart");
            }
        }
    }

    @Test
    void statedMinimiserHasALowerObjectiveThanTheOtherOne() {
        // F(x*_q) < F(x*_q') on problem q: x*_q really is the better point of the two candidates.
        InexactInputProblem p0 = InexactInputProblem.build(1, 10, 0);
        InexactInputProblem p1 = InexactInputProblem.build(1, 10, 1);
        SplitComplex y = SplitComplex.real(p0.data());
        double own = Firenet.objective(p0.matrix(), SplitComplex.real(p0.minimiser()), y, 1, null);
        double other = Firenet.objective(p0.matrix(), SplitComplex.real(p1.minimiser()), y, 1, null);
        assertTrue(own < other, own + " < " + other);
        // A x* = y exactly, so F(x*) = lam |x*_q| = rho_min / gamma1, close to (1 - delta) 3 / (sqrt 2 (1 - delta) 10).
        assertEquals(3 / (Math.sqrt(2) * 10), own, 1e-3);
        java.util.Random random = new java.util.Random(4);
        for (int trial = 0; trial < 200; trial++) {
            double[] z = p0.minimiser().clone();
            for (int i = 0; i < z.length; i++) {
                z[i] += 1e-4 * random.nextGaussian();
            }
            assertTrue(Firenet.objective(p0.matrix(), SplitComplex.real(z), y, 1, null) > own, "x* is a local minimum");
        }
    }

    @Test
    void dctKeepsTheSpectralNormEqualToTheNormOfTheRow() {
        InexactInputProblem p = InexactInputProblem.build(3, 20, 1);
        double[] m = p.matrix().realPart();
        // Column norms are preserved by the orthogonal DCT; block columns 2.. have norm ||a|| each.
        double col5 = 0;
        for (int i = 0; i < 21; i++) {
            col5 += m[i * 22 + 5] * m[i * 22 + 5];
        }
        assertEquals(Math.sqrt(col5), p.matrix().spectralNorm(), 1e-9 * Math.sqrt(col5));
    }
}
