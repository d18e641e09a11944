package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.FourierWaveletOperator;
import io.github.vecnet.examples.firenet.imaging.Phantoms;
import io.github.vecnet.examples.firenet.imaging.SamplingMask;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment 3c: the same worst-case perturbation search against FIRENET (adjoint-free gradient) and against a
 * trained MLP reconstructor (autodiff gradient), on a small Shepp-Logan image sampled with a variable-density mask.
 */
public final class StabilityStudy {
  static final double SAMPLING_RATE = 0.25;

  /**
   * @param n image side (power of two)
   * @param firenetP layers per restart of the attacked FIRENET
   * @param firenetRestarts restarts of the attacked FIRENET
   * @param mlp training settings of the MLP
   * @param attack attack settings (budget is relative: fraction of ||y||)
   */
  public record Settings(int n, int firenetP, int firenetRestarts, MlpReconstructor.Settings mlp,
      PerturbationAttack.Settings attack) {}

  /** Results for one reconstructor. */
  public record Attacked(String name, PerturbationAttack.Trace trace, double cleanRelativeError) {}

  /** Everything 3c produces. */
  /**
   * @param firenet FIRENET under the gradient attack (reverse mode through the layers, eps0 frozen)
   * @param firenetAdjointFree FIRENET under the adjoint-free random-subspace attack (a second, independent search)
   * @param mlp the MLP under the gradient attack (vecnet autodiff)
   */
  public record Result(int n, double[] image, Attacked firenet, Attacked firenetAdjointFree, Attacked mlp,
      List<Double> mlpEpochLoss, double measurementNorm) {

    /** The largest amplification either search found for FIRENET. */
    public double firenetWorst() {
      return Math.max(firenet.trace().maxAmplification(), firenetAdjointFree.trace().maxAmplification());
    }
  }

  private StabilityStudy() {}

  public static Result run(Settings s, long seed, ConvergenceStudy.ProgressSink progress) {
    int n = s.n();
    int[] mask = SamplingMask.variableDensity(n, SAMPLING_RATE, seed);
    FourierWaveletOperator imageOperator = new FourierWaveletOperator(n, 0, mask);
    FourierWaveletOperator waveletOperator =
        new FourierWaveletOperator(n, Integer.numberOfTrailingZeros(n) - 1, mask);
    double[] image = Phantoms.modifiedSheppLogan(n);
    SplitComplex y = SplitComplex.zeros(mask.length);
    imageOperator.apply(image, new double[n * n], y.re(), y.im());
    double budget = s.attack().budget() * y.norm();
    PerturbationAttack.Settings attack = new PerturbationAttack.Settings(s.attack().iterations(), budget,
        s.attack().mu(), s.attack().directions(), s.attack().seed());

    PerturbationAttack.Reconstructor firenet = measurements -> firenetImage(waveletOperator, measurements,
        s.firenetP(), s.firenetRestarts());
    PerturbationAttack.VectorJacobian firenetGradient = (measurements, w) -> {
      // Phi = W^-1 psi, so psi's adjoint is W (w_re + i w_im).
      int d = waveletOperator.domainSize();
      SplitComplex bar = new SplitComplex(java.util.Arrays.copyOf(w, d), java.util.Arrays.copyOfRange(w, d, 2 * d));
      waveletOperator.toCoefficients(bar.re(), bar.im());
      Firenet net = new Firenet(waveletOperator, firenetParameters(measurements, s.firenetP(), s.firenetRestarts()));
      return FirenetVjp.apply(net, waveletOperator, measurements, bar);
    };
    double[] firenetClean = firenet.apply(y);
    progress.report("3c: attacking FIRENET (" + attack.iterations() + " gradient steps, then " + attack.iterations()
        + " adjoint-free steps of " + attack.directions() + " directions)");
    PerturbationAttack.Trace firenetTrace =
        new PerturbationAttack(imageOperator, y, firenet, firenetGradient, attack).run();
    PerturbationAttack.Trace firenetAdjointFree =
        new PerturbationAttack(imageOperator, y, firenet, null, attack).run();

    List<Double> epochLoss = new ArrayList<>();
    MlpReconstructor mlp = MlpReconstructor.train(imageOperator, n, s.mlp(), epochLoss, progress);
    double[] mlpClean = mlp.apply(y);
    progress.report("3c: attacking the MLP (" + attack.iterations() + " steps, autodiff gradient)");
    PerturbationAttack.Trace mlpTrace =
        new PerturbationAttack(imageOperator, y, mlp::apply, mlp::vectorJacobian, attack).run();

    double firenetError = relativeError(firenetClean, image);
    return new Result(n, image,
        new Attacked("FIRENET", firenetTrace, firenetError),
        new Attacked("FIRENET (adjoint-free attack)", firenetAdjointFree, firenetError),
        new Attacked("MLP", mlpTrace, relativeError(mlpClean, image)), epochLoss, y.norm());
  }

  /** W^-1 FIRENET(y) as (Re image, Im image) concatenated. */
  static double[] firenetImage(FourierWaveletOperator a, SplitComplex y, int p, int restarts) {
    SplitComplex c = new Firenet(a, firenetParameters(y, p, restarts)).reconstruct(y, null);
    a.toImage(c.re(), c.im());
    int d = c.length();
    double[] out = new double[2 * d];
    System.arraycopy(c.re(), 0, out, 0, d);
    System.arraycopy(c.im(), 0, out, d, d);
    return out;
  }

  /** The 3b parameters with eps0 = ||y||, as in the paper. */
  static Firenet.Parameters firenetParameters(SplitComplex y, int p, int restarts) {
    return new Firenet.Parameters(ConvergenceStudy.LAMBDA, 1, 1, 1, ConvergenceStudy.DELTA, y.norm(), p, restarts,
        null);
  }

  /** Relative l2 error of an output (real image, or re/im concatenated) against the real image. */
  static double relativeError(double[] output, double[] image) {
    double e = 0;
    double norm = 0;
    for (int i = 0; i < output.length; i++) {
      double target = i < image.length ? image[i] : 0;
      e += (output[i] - target) * (output[i] - target);
    }
    for (double v : image) {
      norm += v * v;
    }
    return Math.sqrt(e / norm);
  }

  /** The real part of an output as an n x n image (first n*n entries). */
  static double[] realImage(double[] output, int n) {
    return java.util.Arrays.copyOf(output, n * n);
  }
}
