package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.FourierWaveletOperator;
import io.github.vecnet.examples.firenet.imaging.Phantoms;
import io.github.vecnet.examples.firenet.imaging.SamplingMask;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Experiment 3c: the authors' worst-case perturbation search ({@link PerturbationAttack}) against FIRENET (p = 5,
 * n = 5 restarts, eps0 fixed at the clean ||y|| inside the network, gradient by the reverse pass through its layers)
 * and against a trained MLP reconstructor at the same N (gradient by autodiff), on a modified Shepp-Logan image
 * sampled with a variable-density mask.
 */
public final class StabilityStudy {
    static final double SAMPLING_RATE = 0.25;

    /**
     * @param n image side (power of two)
     * @param firenetP layers per restart of the attacked FIRENET
     * @param firenetRestarts restarts of the attacked FIRENET
     * @param mlp training settings of the MLP
     * @param mlpTestImages fresh random-ellipse images for the MLP's test error
     * @param mu penalty weight of the attack objective
     * @param thresholdRms the attack stops once ||r||_2 / n (the root-mean-square pixel of r) exceeds this
     * @param maxIterations the attack's iteration cap (the authors: 150)
     * @param attackSeed the start perturbation
     */
    public record Settings(
            int n,
            int firenetP,
            int firenetRestarts,
            MlpReconstructor.Settings mlp,
            int mlpTestImages,
            double mu,
            double thresholdRms,
            int maxIterations,
            long attackSeed) {}

    /** Results for one reconstructor. */
    public record Attacked(String name, PerturbationAttack.Trace trace, double cleanRelativeError) {}

    /**
     * Everything 3c produces.
     *
     * @param mlpTestError mean relative l2 error of the MLP on fresh random-ellipse images (its own distribution)
     * @param normThreshold the absolute ||r||_2 stop of the attack
     * @param imageNorm ||x||_2 of the attacked image
     */
    public record Result(
            int n,
            double[] image,
            Attacked firenet,
            Attacked mlp,
            List<Double> mlpEpochLoss,
            double mlpTestError,
            double measurementNorm,
            double normThreshold,
            double imageNorm) {}

    private StabilityStudy() {}

    public static Result run(Settings s, long maskSeed, ConvergenceStudy.ProgressSink progress) {
        int n = s.n();
        int[] mask = SamplingMask.variableDensity(n, SAMPLING_RATE, maskSeed);
        FourierWaveletOperator imageOperator = new FourierWaveletOperator(n, 0, mask);
        FourierWaveletOperator waveletOperator =
                new FourierWaveletOperator(n, Integer.numberOfTrailingZeros(n) - 1, mask);
        double[] image = Phantoms.modifiedSheppLogan(n);
        SplitComplex y = SplitComplex.zeros(mask.length);
        imageOperator.apply(image, new double[n * n], y.re(), y.im());
        double threshold = s.thresholdRms() * n;
        PerturbationAttack.Settings attack =
                new PerturbationAttack.Settings(s.maxIterations(), 0.01, 0.9, s.mu(), threshold, 1e-3, s.attackSeed());

        // eps0 is fixed at the clean ||y|| inside the network, as the authors do: the attacked map is one network.
        Firenet.Parameters parameters = firenetParameters(y, s.firenetP(), s.firenetRestarts());
        PerturbationAttack.Reconstructor firenet =
                measurements -> firenetImage(waveletOperator, measurements, parameters);
        PerturbationAttack.VectorJacobian firenetGradient = (measurements, w) -> {
            // Phi = W^-1 psi, so psi's adjoint is W (w_re + i w_im).
            int d = waveletOperator.domainSize();
            SplitComplex bar = new SplitComplex(Arrays.copyOf(w, d), Arrays.copyOfRange(w, d, 2 * d));
            waveletOperator.toCoefficients(bar.re(), bar.im());
            return FirenetVjp.apply(new Firenet(waveletOperator, parameters), waveletOperator, measurements, bar);
        };
        double[] firenetClean = firenet.apply(y);
        progress.report("3c: attacking FIRENET (<= " + attack.maxIterations() + " Nesterov steps)");
        PerturbationAttack.Trace firenetTrace =
                new PerturbationAttack(imageOperator, y, firenet, firenetGradient, attack).run();

        List<Double> epochLoss = new ArrayList<>();
        MlpReconstructor mlp = MlpReconstructor.train(imageOperator, n, s.mlp(), epochLoss, progress);
        double testError = mlp.testError(s.mlpTestImages(), s.mlp().seed() + 7);
        double[] mlpClean = mlp.apply(y);
        progress.report("3c: attacking the MLP (<= " + attack.maxIterations() + " Nesterov steps)");
        PerturbationAttack.Trace mlpTrace =
                new PerturbationAttack(imageOperator, y, mlp::apply, mlp::vectorJacobian, attack).run();

        return new Result(
                n,
                image,
                new Attacked("FIRENET", firenetTrace, relativeError(firenetClean, image)),
                new Attacked("MLP", mlpTrace, relativeError(mlpClean, image)),
                epochLoss,
                testError,
                y.norm(),
                threshold,
                SplitComplex.real(image).norm());
    }

    /** W^-1 FIRENET(y) as (Re image, Im image) concatenated. */
    static double[] firenetImage(FourierWaveletOperator a, SplitComplex y, Firenet.Parameters parameters) {
        SplitComplex c = new Firenet(a, parameters).reconstruct(y, null);
        a.toImage(c.re(), c.im());
        int d = c.length();
        double[] out = new double[2 * d];
        System.arraycopy(c.re(), 0, out, 0, d);
        System.arraycopy(c.im(), 0, out, d, d);
        return out;
    }

    /** The 3b parameters with eps0 = ||y|| of the given (clean) measurements, as in the paper. */
    static Firenet.Parameters firenetParameters(SplitComplex y, int p, int restarts) {
        return new Firenet.Parameters(
                ConvergenceStudy.LAMBDA, 1, 1, 1, ConvergenceStudy.DELTA, y.norm(), p, restarts, null);
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
        return Arrays.copyOf(output, n * n);
    }
}
