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
  public record Result(int n, double[] image, Attacked firenet, Attacked mlp, List<Double> mlpEpochLoss,
      double measurementNorm) {}

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
    double[] firenetClean = firenet.apply(y);
    progress.report("3c: attacking FIRENET (" + attack.iterations() + " steps, " + attack.directions()
        + " directions each)");
    PerturbationAttack.Trace firenetTrace = new PerturbationAttack(imageOperator, y, firenet, null, attack).run();

    List<Double> epochLoss = new ArrayList<>();
    MlpReconstructor mlp = MlpReconstructor.train(imageOperator, n, s.mlp(), epochLoss, progress);
    double[] mlpClean = mlp.apply(y);
    progress.report("3c: attacking the MLP (" + attack.iterations() + " steps, autodiff gradient)");
    PerturbationAttack.Trace mlpTrace =
        new PerturbationAttack(imageOperator, y, mlp::apply, mlp::vectorJacobian, attack).run();

    return new Result(n, image,
        new Attacked("FIRENET", firenetTrace, relativeError(firenetClean, image)),
        new Attacked("MLP", mlpTrace, relativeError(mlpClean, image)), epochLoss, y.norm());
  }

  /** W^-1 FIRENET(y) as (Re image, Im image) concatenated. */
  static double[] firenetImage(FourierWaveletOperator a, SplitComplex y, int p, int restarts) {
    Firenet.Parameters parameters = new Firenet.Parameters(ConvergenceStudy.LAMBDA, 1, 1, 1, ConvergenceStudy.DELTA,
        y.norm(), p, restarts, null);
    SplitComplex c = new Firenet(a, parameters).reconstruct(y, null);
    a.toImage(c.re(), c.im());
    int d = c.length();
    double[] out = new double[2 * d];
    System.arraycopy(c.re(), 0, out, 0, d);
    System.arraycopy(c.im(), 0, out, d, d);
    return out;
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
