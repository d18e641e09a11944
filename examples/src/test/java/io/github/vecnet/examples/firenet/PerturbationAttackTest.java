package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.firenet.imaging.FourierWaveletOperator;
import io.github.vecnet.examples.firenet.imaging.Phantoms;
import io.github.vecnet.examples.firenet.imaging.SamplingMask;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
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
  void uniformScalingHasConstantAmplification() {
    FourierWaveletOperator a = imageOperator();
    SplitComplex y = measurements(a);
    double[] weights = new double[2 * a.rangeSize()];
    java.util.Arrays.fill(weights, 3.0);
    PerturbationAttack.Settings settings = new PerturbationAttack.Settings(5, 0.1, 0.1, 8, 1);
    PerturbationAttack.Trace trace = new PerturbationAttack(a, y, yy -> weighted(yy, weights), null, settings).run();
    assertEquals(6, trace.steps().size());
    for (PerturbationAttack.Step step : trace.steps()) {
      assertEquals(3.0, step.amplification(), 1e-9);
      assertTrue(step.measurementPerturbation() <= 0.1 * (1 + 1e-12));
    }
  }

  @Test
  void bothGradientsFindTheMostAmplifiedDirection() {
    FourierWaveletOperator a = imageOperator();
    SplitComplex y = measurements(a);
    int m = a.rangeSize();
    double[] weights = new double[2 * m];
    java.util.Arrays.fill(weights, 1.0);
    weights[m / 3] = 20.0; // one real coordinate amplified 20x
    PerturbationAttack.VectorJacobian exact = (yy, w) -> {
      SplitComplex g = SplitComplex.zeros(m);
      for (int i = 0; i < m; i++) {
        g.re()[i] = weights[i] * w[i];
        g.im()[i] = weights[m + i] * w[m + i];
      }
      return g;
    };
    PerturbationAttack.Settings settings = new PerturbationAttack.Settings(30, 0.1, 0.1, 40, 2);
    PerturbationAttack.Trace withAutodiff =
        new PerturbationAttack(a, y, yy -> weighted(yy, weights), exact, settings).run();
    PerturbationAttack.Trace adjointFree =
        new PerturbationAttack(a, y, yy -> weighted(yy, weights), null, settings).run();
    double start = withAutodiff.steps().get(0).amplification();
    assertTrue(start < 5, "a random start is barely amplified: " + start);
    assertTrue(withAutodiff.finalAmplification() > 15, "exact: " + withAutodiff.finalAmplification());
    assertTrue(adjointFree.finalAmplification() > 10, "finite differences: " + adjointFree.finalAmplification());
    assertTrue(withAutodiff.maxAmplification() <= 20 * (1 + 1e-9));
  }
}
