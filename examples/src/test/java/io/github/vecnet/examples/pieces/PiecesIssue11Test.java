package io.github.vecnet.examples.pieces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.common.Fp16;
import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import org.junit.jupiter.api.Test;

/** The pieces additions of issue 11: resolution count, ulps, bias-ratio bins, dead runs, perturbations. */
class PiecesIssue11Test {
    private static ReluNet oneHidden(double[] w1, double[] b1, double[] w2, double b2) {
        return ReluNet.of(new int[] {1, w1.length, 1}, new double[][] {w1, w2}, new double[][] {b1, {b2}});
    }

    @Test
    void resolutionCountDropsPiecesNarrowerThanTheResolution() {
        // Kinks at 0.5 and 0.5 + 2^-30 (slopes 0, 1, 3): three exact pieces, the middle one 2^-30 wide.
        double tiny = Math.scalb(1.0, -30);
        ReluNet net = oneHidden(new double[] {1, 1}, new double[] {-0.5, -(0.5 + tiny)}, new double[] {1, 2}, 0);
        PieceCounter.Result r = PieceCounter.count(net);
        assertEquals(3, r.pieces());
        assertEquals(2, r.piecesWiderThan(PiecesSettings.RESOLUTION));
        assertEquals(3, r.piecesWiderThan(Math.scalb(1.0, -40)));
    }

    @Test
    void ulpMatchesEachFormatsSpacing() {
        assertEquals(Math.ulp(0.3), Precision.FLOAT64.ulp(0.3), 0.0);
        assertEquals(Math.ulp(0.3f), Precision.FLOAT32.ulp(0.3), 0.0);
        // binary16: [0.25, 0.5) has spacing 2^-2 / 2^10 = 2^-12; subnormals 2^-24.
        assertEquals(Math.scalb(1.0, -12), Precision.FLOAT16.ulp(0.3), 0.0);
        assertEquals(Math.scalb(1.0, -12), Precision.FLOAT16.ulp(-0.3), 0.0);
        assertEquals(Fp16.MIN_VALUE, Precision.FLOAT16.ulp(1e-6), 0.0);
        // Definition check: below half an ulp rounds away, above does not (no tie).
        double b = Fp16.round(0.3);
        double u = Precision.FLOAT16.ulp(b);
        assertEquals(b, Fp16.round(b - 0.49 * u), 0.0);
        assertTrue(Fp16.round(b - 0.51 * u) != b);
    }

    @Test
    void ratioBinsAreHalfDecadesWithClampedEnds() {
        assertEquals(0, RoundedMlp.ratioBin(1e-30));
        assertEquals(RoundedMlp.RATIO_BINS - 1, RoundedMlp.ratioBin(1e30));
        // log10 = -3.2 lies in [-3.5, -3): bin (-3.5 - (-16)) / 0.5 = 25.
        assertEquals(25, RoundedMlp.ratioBin(Math.pow(10, -3.2)));
    }

    @Test
    void farBelowTwoToTheLIsJudgedOnlyWhereTheLinearBoundIsBelowAQuarterOfIt() {
        // 5 x neurons <= 2^L / 4: at L = 8 even width 4 (32 neurons, bound 160) exceeds 64; at L = 16 width 16
        // (256 neurons, bound 1280) is far below 16384.
        for (int width : new int[] {4, 8, 16}) {
            assertFalse(PiecesExperiment.exponentialScope(8, width * 8), "L = 8, width " + width);
            assertTrue(PiecesExperiment.exponentialScope(16, width * 16), "L = 16, width " + width);
        }
        assertTrue(PiecesExperiment.exponentialScope(10, 51), "5 x 51 = 255 <= 256");
        assertFalse(PiecesExperiment.exponentialScope(10, 52), "5 x 52 = 260 > 256");
    }

    @Test
    void deadMeansOnePieceAtTheConstantsLoss() {
        assertTrue(PiecesExperiment.dead(0.0889, 1, 0.0889));
        assertFalse(PiecesExperiment.dead(0.0889, 2, 0.0889), "two pieces: alive");
        assertFalse(PiecesExperiment.dead(0.01, 1, 0.0889), "fits better than a constant: alive");
        assertFalse(PiecesExperiment.dead(Double.NaN, 1, 0.0889), "diverged is reported as diverged");
        // var of x^2 for x uniform on [0, 1]: 1/5 - 1/9 = 4/45.
        double[] y = new double[100_000];
        Rng rng = new Rng(3);
        for (int i = 0; i < y.length; i++) {
            double x = rng.nextDouble();
            y[i] = x * x;
        }
        assertEquals(4.0 / 45, PiecesExperiment.variance(y), 2e-3);
    }

    @Test
    void uniformBiasesKeepTheWeightsAndLieInTheInterval() {
        ReluNet he = PiecesExperiment.heInit(new int[] {1, 8, 8, 1}, 5);
        ReluNet u = PiecesExperiment.withUniformBiases(he, new Rng(6));
        for (int l = 0; l < he.layers(); l++) {
            assertEquals(0.0, maxAbsDiff(he.weight(l), u.weight(l)), 0.0);
            for (double b : u.bias(l)) {
                assertTrue(b >= -0.5 && b < 0.5, "bias " + b);
            }
        }
        assertTrue(PieceCounter.count(u).pieces() > 1, "kinks inside [0, 1] from the first step");
        assertEquals(1, PieceCounter.count(he).pieces(), "zero biases: every kink at 0");
    }

    @Test
    void zeroPerturbationIsTheIdentityAndSmallOnesSplitTheSawtoothsKinks() {
        ReluNet saw = Constructions.sawtooth(6);
        ReluNet same = PerturbationSweep.perturb(saw, 0, new Rng(1));
        assertEquals(64, PieceCounter.count(same).pieces());
        for (double eps : new double[] {1e-9, 1e-4}) {
            ReluNet p = PerturbationSweep.perturb(saw, eps, new Rng(2));
            int exact = PieceCounter.count(p).pieces();
            assertTrue(exact >= 64, "eps " + eps + ": " + exact);
            // The grid cannot see pieces narrower than its spacing, so it sees at most the exact count plus rounding.
            int grid = PieceCounter.gridCount(p, 0, 1, 1 << 16);
            assertTrue(grid <= exact + 2, "grid " + grid + " vs exact " + exact);
        }
    }

    @Test
    void standardErrorOfKnownValues() {
        assertEquals(2.0, PiecesExperiment.mean(new double[] {1, 2, 3}), 1e-15);
        assertEquals(1 / Math.sqrt(3), PiecesExperiment.standardError(new double[] {1, 2, 3}), 1e-15);
        assertEquals(0.0, PiecesExperiment.standardError(new double[] {4}), 0.0);
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
