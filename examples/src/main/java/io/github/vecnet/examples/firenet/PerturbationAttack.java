package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.ComplexOperator;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import io.github.vecnet.kernels.VectorOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Worst-case perturbation search of EXPERIMENTS.md 3c, after the authors' {@code instability/config_general.yml}:
 * gradient ascent with Nesterov momentum over a complex image-domain perturbation r on
 * {@code J(r) = 1/2 ||Phi(A(x + r)) - Phi(A x)||^2 - (mu/2) ||r||^2}, A the image sampling operator P_Omega U.
 *
 * <p>With delta = Phi(y + A r) - Phi(y), the gradient with respect to r (real and imaginary parts as one complex
 * vector) is {@code A^H (J_Phi^T delta) - mu r}, where J_Phi^T delta is the gradient with respect to (Re y, Im y)
 * written as one complex vector ({@link VectorJacobian}: autodiff for the MLP, the reverse pass through the layers
 * for FIRENET). The start is r0 = startScale (U(0,1) + i U(0,1)); the update is PyTorch's Nesterov form,
 * {@code v = m v + g; r += lr (g + m v)}; the search stops once ||r||_2 exceeds the threshold or after the given
 * number of iterations, whichever comes first.
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
     * @param maxIterations stop after this many updates (the authors: 150)
     * @param learningRate Nesterov step (the authors: 0.01)
     * @param momentum Nesterov momentum (the authors: 0.9)
     * @param mu weight of the (mu/2) ||r||^2 penalty
     * @param normThreshold stop once ||r||_2 exceeds this (absolute, image domain)
     * @param startScale r0 = startScale (U(0,1) + i U(0,1)) (the authors: 1e-3)
     * @param seed the start perturbation
     */
    public record Settings(
            int maxIterations,
            double learningRate,
            double momentum,
            double mu,
            double normThreshold,
            double startScale,
            long seed) {
        public Settings {
            if (maxIterations < 1
                    || !(learningRate > 0)
                    || !(momentum >= 0 && momentum < 1)
                    || !(mu >= 0)
                    || !(normThreshold > 0)
                    || !(startScale > 0)) {
                throw new IllegalArgumentException(
                        "need maxIterations >= 1, learningRate > 0, momentum in [0, 1), mu >= 0, "
                                + "normThreshold > 0, startScale > 0; got " + maxIterations + ", " + learningRate + ", "
                                + momentum + ", "
                                + mu + ", " + normThreshold + ", " + startScale);
            }
        }

        /** The authors' optimiser settings with a given penalty, threshold and seed. */
        public static Settings authors(double mu, double normThreshold, long seed) {
            return new Settings(150, 0.01, 0.9, mu, normThreshold, 1e-3, seed);
        }
    }

    /** One attack iteration, measured before the update. */
    public record Step(
            int iteration,
            double perturbationNorm,
            double measurementPerturbation,
            double outputChange,
            double amplification,
            double objective) {}

    /** The trace, the final perturbation (complex image) and the clean and attacked outputs. */
    public record Trace(List<Step> steps, SplitComplex perturbation, double[] cleanOutput, double[] perturbedOutput) {

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
    private final VectorJacobian gradient;
    private final Settings settings;
    private final double[] clean;

    public PerturbationAttack(
            ComplexOperator imageOperator,
            SplitComplex y,
            Reconstructor phi,
            VectorJacobian gradient,
            Settings settings) {
        if (imageOperator == null || y == null || phi == null || gradient == null || settings == null) {
            throw new IllegalArgumentException(
                    "operator, y, reconstructor, vector-Jacobian product and settings must not " + "be null");
        }
        if (y.length() != imageOperator.rangeSize()) {
            throw new IllegalArgumentException(
                    "y must have length rangeSize = " + imageOperator.rangeSize() + ", got " + y.length());
        }
        this.imageOperator = imageOperator;
        this.y = y;
        this.phi = phi;
        this.gradient = gradient;
        this.settings = settings;
        this.clean = phi.apply(y);
    }

    public Trace run() {
        int d = imageOperator.domainSize();
        Random random = new Random(settings.seed());
        SplitComplex r = SplitComplex.zeros(d);
        for (int i = 0; i < d; i++) {
            r.re()[i] = settings.startScale() * random.nextDouble();
            r.im()[i] = settings.startScale() * random.nextDouble();
        }
        SplitComplex velocity = SplitComplex.zeros(d);
        List<Step> steps = new ArrayList<>();
        double[] perturbedOutput;
        int t = 0;
        while (true) {
            SplitComplex ar = apply(r);
            SplitComplex perturbed = new SplitComplex(ar.re().clone(), ar.im().clone());
            VectorOps.add(ar.length(), perturbed.re(), 0, y.re(), 0, perturbed.re(), 0);
            VectorOps.add(ar.length(), perturbed.im(), 0, y.im(), 0, perturbed.im(), 0);
            perturbedOutput = phi.apply(perturbed);
            double[] delta = new double[clean.length];
            VectorOps.sub(delta.length, perturbedOutput, 0, clean, 0, delta, 0);
            double change = VectorOps.norm2(delta.length, delta, 0);
            double measurement = ar.norm();
            double rNorm = r.norm();
            steps.add(new Step(
                    t,
                    rNorm,
                    measurement,
                    change,
                    change / measurement,
                    0.5 * change * change - 0.5 * settings.mu() * rNorm * rNorm));
            if (t == settings.maxIterations() || rNorm > settings.normThreshold()) {
                break;
            }
            SplitComplex g = SplitComplex.zeros(d);
            SplitComplex dataGradient = gradient.apply(perturbed, delta);
            imageOperator.adjoint(dataGradient.re(), dataGradient.im(), g.re(), g.im());
            update(g.re(), r.re(), velocity.re());
            update(g.im(), r.im(), velocity.im());
            t++;
        }
        return new Trace(steps, r, clean.clone(), perturbedOutput);
    }

    /** g -= mu r; v = m v + g; r += lr (g + m v). */
    private void update(double[] g, double[] r, double[] v) {
        int d = g.length;
        VectorOps.axpy(d, -settings.mu(), r, 0, g, 0);
        VectorOps.scale(d, settings.momentum(), v, 0, v, 0);
        VectorOps.add(d, v, 0, g, 0, v, 0);
        VectorOps.axpy(d, settings.learningRate(), g, 0, r, 0);
        VectorOps.axpy(d, settings.learningRate() * settings.momentum(), v, 0, r, 0);
    }

    private SplitComplex apply(SplitComplex r) {
        SplitComplex ar = SplitComplex.zeros(imageOperator.rangeSize());
        imageOperator.apply(r.re(), r.im(), ar.re(), ar.im());
        return ar;
    }
}
