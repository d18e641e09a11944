package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.ComplexOperator;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import io.github.vecnet.kernels.VectorOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Worst-case perturbation search (EXPERIMENTS.md 3c): gradient ascent over real image perturbations r on
 * {@code J(r) = ||Phi(y + A r) - Phi(y)||^2 - mu ||r||^2}, A the image sampling operator P_Omega U.
 *
 * <p>With D(r) = ||Phi(y + A r) - Phi(y)||^2 and delta = Phi(y + A r) - Phi(y), the chain rule gives
 * {@code grad D = 2 Re(A^H (J_Phi^T delta))}, where J_Phi^T delta is the gradient with respect to (Re y, Im y)
 * written as one complex vector. A reconstructor with autodiff supplies J_Phi^T delta exactly
 * ({@link VectorJacobian}). For one without (FIRENET) the search is adjoint-free: each step draws a fresh random
 * K-dimensional subspace of range(Re A^H) (directions outside it cannot change the output), orthonormalises it
 * (u_1..u_K), and takes the exact gradient of J restricted to r + span(u) by central differences,
 * {@code g = sum_k [(D(r + h u_k) - D(r - h u_k)) / (2h) - 2 mu <r, u_k>] u_k} (2K reconstructions per step).
 *
 * <p>Steps are normalised ({@code r += step g / ||g||}, step = budget/4) and followed by the radial projection onto
 * {@code ||A r|| <= budget}, so both reconstructors get the same perturbation size whatever their gradient scale.
 */
public final class PerturbationAttack {

  /** The reconstructor under attack: measurements -> real output vector. */
  @FunctionalInterface
  public interface Reconstructor {
    double[] apply(SplitComplex y);
  }

  /** J_Phi(y)^T w as a complex vector (d/dRe y + i d/dIm y of {@code <w, Phi(y)>}). */
  @FunctionalInterface
  public interface VectorJacobian {
    SplitComplex apply(SplitComplex y, double[] w);
  }

  /**
   * @param iterations attack steps
   * @param budget maximal ||A r||
   * @param mu weight of the ||r||^2 penalty
   * @param directions K for the finite-difference estimate (ignored with an exact gradient)
   * @param seed start perturbation and random directions
   */
  public record Settings(int iterations, double budget, double mu, int directions, long seed) {
    public Settings {
      if (iterations < 1 || directions < 1 || !(budget > 0) || !(mu >= 0)) {
        throw new IllegalArgumentException("need iterations >= 1, directions >= 1, budget > 0, mu >= 0; got "
            + iterations + ", " + directions + ", " + budget + ", " + mu);
      }
    }
  }

  /** One attack iteration, measured before the update. */
  public record Step(int iteration, double measurementPerturbation, double outputChange, double amplification,
      double objective) {}

  /** The trace and the final images. */
  public record Trace(List<Step> steps, double[] perturbation, double[] cleanOutput, double[] perturbedOutput) {

    public double finalAmplification() {
      return steps.get(steps.size() - 1).amplification();
    }

    public double maxAmplification() {
      double m = 0;
      for (Step s : steps) {
        m = Math.max(m, s.amplification());
      }
      return m;
    }
  }

  private final ComplexOperator imageOperator;
  private final SplitComplex y;
  private final Reconstructor phi;
  private final VectorJacobian exactGradient; // null: finite differences
  private final Settings settings;
  private final double[] clean;

  public PerturbationAttack(ComplexOperator imageOperator, SplitComplex y, Reconstructor phi,
      VectorJacobian exactGradient, Settings settings) {
    if (imageOperator == null || y == null || phi == null || settings == null) {
      throw new IllegalArgumentException("operator, y, reconstructor and settings must not be null");
    }
    if (y.length() != imageOperator.rangeSize()) {
      throw new IllegalArgumentException("y must have length rangeSize = " + imageOperator.rangeSize());
    }
    this.imageOperator = imageOperator;
    this.y = y;
    this.phi = phi;
    this.exactGradient = exactGradient;
    this.settings = settings;
    this.clean = phi.apply(y);
  }

  public Trace run() {
    int d = imageOperator.domainSize();
    Random random = new Random(settings.seed());
    double[] r = randomRangeDirection(random);
    scaleToMeasurementNorm(r, settings.budget() / 10);
    List<Step> steps = new ArrayList<>();
    double[] perturbedOutput = null;
    for (int t = 0; t <= settings.iterations(); t++) {
      SplitComplex perturbed = perturbedMeasurements(r);
      perturbedOutput = phi.apply(perturbed);
      double[] delta = difference(perturbedOutput, clean);
      double change = VectorOps.norm2(delta.length, delta, 0);
      double measurement = measurementNorm(r);
      double rNorm = VectorOps.norm2(d, r, 0);
      steps.add(new Step(t, measurement, change, change / measurement,
          change * change - settings.mu() * rNorm * rNorm));
      if (t == settings.iterations()) {
        break;
      }
      double[] g;
      if (exactGradient != null) {
        g = exactDataGradient(perturbed, delta);
        VectorOps.axpy(d, -2 * settings.mu(), r, 0, g, 0);
      } else {
        g = subspaceGradient(r, random);
      }
      double gNorm = VectorOps.norm2(d, g, 0);
      if (gNorm > 0) {
        VectorOps.axpy(d, (settings.budget() / 4) / gNorm, g, 0, r, 0);
      }
      double m = measurementNorm(r);
      if (m > settings.budget()) {
        VectorOps.scale(d, settings.budget() / m, r, 0, r, 0);
      }
    }
    return new Trace(steps, r, clean.clone(), perturbedOutput);
  }

  /** 2 Re(A^H (J^T delta)). */
  private double[] exactDataGradient(SplitComplex perturbed, double[] delta) {
    SplitComplex jt = exactGradient.apply(perturbed, delta);
    return realAdjoint(jt, 2);
  }

  /** Gradient of J restricted to r + span(u_1..u_K), u a random orthonormal basis inside range(Re A^H). */
  private double[] subspaceGradient(double[] r, Random random) {
    int d = imageOperator.domainSize();
    int k = Math.min(settings.directions(), d);
    double[][] basis = new double[k][];
    for (int i = 0; i < k; i++) {
      double[] u = randomRangeDirection(random);
      for (int pass = 0; pass < 2; pass++) { // Gram-Schmidt twice: orthogonal to machine precision
        for (int j = 0; j < i; j++) {
          VectorOps.axpy(d, -VectorOps.dot(d, u, 0, basis[j], 0), basis[j], 0, u, 0);
        }
      }
      VectorOps.scale(d, 1 / VectorOps.norm2(d, u, 0), u, 0, u, 0);
      basis[i] = u;
    }
    double h = settings.budget() * 1e-3;
    double[] g = new double[d];
    double[] plus = new double[d];
    double[] minus = new double[d];
    for (double[] u : basis) {
      System.arraycopy(r, 0, plus, 0, d);
      System.arraycopy(r, 0, minus, 0, d);
      VectorOps.axpy(d, h, u, 0, plus, 0);
      VectorOps.axpy(d, -h, u, 0, minus, 0);
      double slope = (dataTerm(plus) - dataTerm(minus)) / (2 * h) - 2 * settings.mu() * VectorOps.dot(d, r, 0, u, 0);
      VectorOps.axpy(d, slope, u, 0, g, 0);
    }
    return g;
  }

  private double dataTerm(double[] r) {
    double[] delta = difference(phi.apply(perturbedMeasurements(r)), clean);
    double n = VectorOps.norm2(delta.length, delta, 0);
    return n * n;
  }

  private double[] randomRangeDirection(Random random) {
    int m = imageOperator.rangeSize();
    SplitComplex z = SplitComplex.zeros(m);
    for (int i = 0; i < m; i++) {
      z.re()[i] = random.nextGaussian();
      z.im()[i] = random.nextGaussian();
    }
    return realAdjoint(z, 1);
  }

  /** alpha Re(A^H z). */
  private double[] realAdjoint(SplitComplex z, double alpha) {
    int d = imageOperator.domainSize();
    SplitComplex x = SplitComplex.zeros(d);
    imageOperator.adjoint(z.re(), z.im(), x.re(), x.im());
    VectorOps.scale(d, alpha, x.re(), 0, x.re(), 0);
    return x.re();
  }

  private SplitComplex perturbedMeasurements(double[] r) {
    int m = imageOperator.rangeSize();
    SplitComplex ar = SplitComplex.zeros(m);
    imageOperator.apply(r, new double[r.length], ar.re(), ar.im());
    VectorOps.add(m, ar.re(), 0, y.re(), 0, ar.re(), 0);
    VectorOps.add(m, ar.im(), 0, y.im(), 0, ar.im(), 0);
    return ar;
  }

  private double measurementNorm(double[] r) {
    int m = imageOperator.rangeSize();
    SplitComplex ar = SplitComplex.zeros(m);
    imageOperator.apply(r, new double[r.length], ar.re(), ar.im());
    return ar.norm();
  }

  private void scaleToMeasurementNorm(double[] r, double target) {
    VectorOps.scale(r.length, target / measurementNorm(r), r, 0, r, 0);
  }

  private static double[] difference(double[] a, double[] b) {
    double[] out = new double[a.length];
    VectorOps.sub(a.length, a, 0, b, 0, out, 0);
    return out;
  }
}
