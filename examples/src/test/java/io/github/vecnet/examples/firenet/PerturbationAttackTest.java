package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.firenet.imaging.FourierWaveletOperator;
import io.github.vecnet.examples.firenet.imaging.Phantoms;
import io.github.vecnet.examples.firenet.imaging.SamplingMask;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerturbationAttackTest {
    private static final int N = 16;

    private static FourierWaveletOperator imageOperator() {
        return new FourierWaveletOperator(N, 0, SamplingMask.variableDensity(N, 0.3, 5));
    }

    private static SplitComplex measurements(FourierWaveletOperator a) {
        SplitComplex x = SplitComplex.real(Phantoms.modifiedSheppLogan(N));
        SplitComplex y = SplitComplex.zeros(a.rangeSize());
        a.apply(x.re(), x.im(), y.re(), y.im());
        return y;
    }

    /** Phi(y) = weights .* (Re y, Im y): amplification is a weighted norm ratio, its maximum is max(weights). */
    private static double[] weighted(SplitComplex y, double[] weights) {
        int m = y.length();
        double[] out = new double[2 * m];
        for (int i = 0; i < m; i++) {
            out[i] = weights[i] * y.re()[i];
            out[m + i] = weights[m + i] * y.im()[i];
        }
        return out;
    }

    @Test
    void uniformScalingHasConstantAmplificationAndTheAttackStopsAtTheThreshold() {
        FourierWaveletOperator a = imageOperator();
        SplitComplex y = measurements(a);
        int m = a.rangeSize();
        double[] weights = new double[2 * m];
        java.util.Arrays.fill(weights, 3.0);
        PerturbationAttack.Settings settings = PerturbationAttack.Settings.authors(0.1, 0.5, 1);
        PerturbationAttack.Trace trace = new PerturbationAttack(
                        a, y, yy -> weighted(yy, weights), (yy, w) -> weightedTranspose(w, weights), settings)
                .run();
        for (PerturbationAttack.Step step : trace.steps()) {
            assertEquals(3.0, step.amplification(), 1e-9);
        }
        List<PerturbationAttack.Step> steps = trace.steps();
        PerturbationAttack.Step last = steps.get(steps.size() - 1);
        assertTrue(last.perturbationNorm() > 0.5, "stopped because ||r|| passed the threshold");
        assertTrue(steps.get(steps.size() - 2).perturbationNorm() <= 0.5, "and not before");
        assertTrue(last.iteration() < 150);
        assertEquals(last.perturbationNorm(), trace.perturbation().norm(), 1e-12);
    }

    @Test
    void nesterovAscentFindsTheMostAmplifiedDirection() {
        FourierWaveletOperator a = imageOperator();
        SplitComplex y = measurements(a);
        int m = a.rangeSize();
        double[] weights = new double[2 * m];
        java.util.Arrays.fill(weights, 1.0);
        weights[m / 3] = 20.0; // one real coordinate amplified 20x
        PerturbationAttack.Settings settings = PerturbationAttack.Settings.authors(0.1, 1e9, 2);
        PerturbationAttack.Trace trace = new PerturbationAttack(
                        a, y, yy -> weighted(yy, weights), (yy, w) -> weightedTranspose(w, weights), settings)
                .run();
        double start = trace.steps().get(0).amplification();
        assertTrue(start < 5, "the U(0,1) start is barely amplified: " + start);
        // The 20x direction grows ~8x per step (lr (1 + momentum) 400), so ||r|| passes 1e9 well before 150 steps.
        assertTrue(trace.steps().size() < 151, "stopped at the threshold");
        assertTrue(trace.finalAmplification() > 19, "found the 20x direction: " + trace.finalAmplification());
        assertTrue(trace.maxAmplification() <= 20 * (1 + 1e-9));
    }

    @Test
    void firstStepIsTheNesterovUpdateOfTheGradient() {
        // Phi = identity on (Re y, Im y): J(r) = 1/2 ||A r||^2 - mu/2 ||r||^2, gradient A^H A r - mu r.
        FourierWaveletOperator a = imageOperator();
        SplitComplex y = measurements(a);
        int m = a.rangeSize();
        double[] ones = new double[2 * m];
        java.util.Arrays.fill(ones, 1.0);
        PerturbationAttack.Settings one = new PerturbationAttack.Settings(1, 0.01, 0.9, 0.1, 1e9, 1e-3, 4);
        PerturbationAttack.Trace trace = new PerturbationAttack(
                        a, y, yy -> weighted(yy, ones), (yy, w) -> weightedTranspose(w, ones), one)
                .run();
        java.util.Random random = new java.util.Random(4);
        int d = a.domainSize();
        SplitComplex r0 = SplitComplex.zeros(d);
        for (int i = 0; i < d; i++) {
            r0.re()[i] = 1e-3 * random.nextDouble();
            r0.im()[i] = 1e-3 * random.nextDouble();
        }
        SplitComplex ar = SplitComplex.zeros(m);
        a.apply(r0.re(), r0.im(), ar.re(), ar.im());
        SplitComplex g = SplitComplex.zeros(d);
        a.adjoint(ar.re(), ar.im(), g.re(), g.im());
        for (int i = 0; i < d; i++) {
            // v1 = g; r1 = r0 + lr (g + 0.9 g) = r0 + 0.019 g
            double gr = g.re()[i] - 0.1 * r0.re()[i];
            double gi = g.im()[i] - 0.1 * r0.im()[i];
            assertEquals(r0.re()[i] + 0.019 * gr, trace.perturbation().re()[i], 1e-15);
            assertEquals(r0.im()[i] + 0.019 * gi, trace.perturbation().im()[i], 1e-15);
        }
    }

    private static SplitComplex weightedTranspose(double[] w, double[] weights) {
        int m = w.length / 2;
        SplitComplex g = SplitComplex.zeros(m);
        for (int i = 0; i < m; i++) {
            g.re()[i] = weights[i] * w[i];
            g.im()[i] = weights[m + i] * w[m + i];
        }
        return g;
    }
}
