package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.ComplexOperator;
import io.github.vecnet.examples.firenet.imaging.ComplexVectors;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import io.github.vecnet.kernels.VectorOps;
import java.util.Arrays;

/**
 * FIRENET (Colbrook, Antun &amp; Hansen, PNAS 2022): the restarted, unrolled primal-dual network for the weighted
 * square-root LASSO {@code min_z lam ||z||_{1,w} + ||A z - y||_2}, float64, generic over the operator. Each inner
 * iteration is one layer (soft-threshold and l2-ball projection are the non-linearities).
 *
 * <p>Inner block (p layers, ergodic average) from x0, v = 0, S = 0:
 * <pre>
 *   x+ = soft_{tau lam w}(x - tau A^H v)
 *   v+ = proj_{||.||_2 &lt;= 1}(v + sigma A(2 x+ - x) - sigma y')
 *   S += x+                                                     returns S / p
 * </pre>
 * Outer restarts k = 1..n from eps = eps0, psi = 0:
 * {@code eps = (delta + eps)/e; beta = eps/(2 L_A); a = 1/(beta p); psi = Inner(y' = a y, x0 = a psi)/a}.
 * Sequential loops only, so a run is bit-reproducible.
 */
public final class Firenet {

    /**
     * @param lambda regularisation weight lam > 0
     * @param tau primal step > 0
     * @param sigma dual step > 0
     * @param normBound L_A, an upper bound on (or the value of) ||A||_2, > 0
     * @param delta restart parameter delta >= 0
     * @param eps0 initial eps > 0 (the paper uses ||y||_2)
     * @param innerIterations p >= 1 layers per restart
     * @param restarts n >= 1 restarts
     * @param weights per-coefficient weights w_i >= 0, or null for all ones
     */
    public record Parameters(
            double lambda,
            double tau,
            double sigma,
            double normBound,
            double delta,
            double eps0,
            int innerIterations,
            int restarts,
            double[] weights) {

        public Parameters {
            requirePositive("lambda", lambda);
            requirePositive("tau", tau);
            requirePositive("sigma", sigma);
            requirePositive("normBound", normBound);
            requirePositive("eps0", eps0);
            if (!(delta >= 0) || Double.isInfinite(delta)) {
                throw new IllegalArgumentException("delta must be finite and >= 0, got " + delta);
            }
            if (innerIterations < 1 || restarts < 1) {
                throw new IllegalArgumentException(
                        "innerIterations and restarts must be >= 1, got " + innerIterations + " and " + restarts);
            }
            if (weights != null) {
                for (double w : weights) {
                    if (!(w >= 0) || Double.isInfinite(w)) {
                        throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
                    }
                }
            }
        }

        private static void requirePositive(String name, double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
            }
        }

        public int layers() {
            return innerIterations * restarts;
        }
    }

    /** Sees the network's running output after every layer. */
    @FunctionalInterface
    public interface LayerObserver {
        /**
         * @param restart 1-based restart index k
         * @param inner 1-based inner iteration j within the restart
         * @param output the running ergodic average rescaled to the original problem, S_j / (j a); read-only, reused
         */
        void afterLayer(int restart, int inner, SplitComplex output);
    }

    private final ComplexOperator a;
    private final Parameters parameters;
    final double[] thresholds; // tau lam w_i
    // Work buffers: domain-sized x, x+, A^H v / 2x+ - x, S; range-sized v, A(..).
    private final double[] xRe;
    private final double[] xIm;
    private final double[] nextRe;
    private final double[] nextIm;
    private final double[] domainRe;
    private final double[] domainIm;
    private final double[] sumRe;
    private final double[] sumIm;
    private final double[] vRe;
    private final double[] vIm;
    private final double[] rangeRe;
    private final double[] rangeIm;

    public Firenet(ComplexOperator a, Parameters parameters) {
        if (a == null || parameters == null) {
            throw new IllegalArgumentException("operator and parameters must not be null");
        }
        int n = a.domainSize();
        int m = a.rangeSize();
        if (parameters.weights() != null && parameters.weights().length != n) {
            throw new IllegalArgumentException(
                    "weights must have length domainSize = " + n + ", got " + parameters.weights().length);
        }
        this.a = a;
        this.parameters = parameters;
        thresholds = new double[n];
        double base = parameters.tau() * parameters.lambda();
        for (int i = 0; i < n; i++) {
            thresholds[i] =
                    base * (parameters.weights() == null ? 1.0 : parameters.weights()[i]);
        }
        xRe = new double[n];
        xIm = new double[n];
        nextRe = new double[n];
        nextIm = new double[n];
        domainRe = new double[n];
        domainIm = new double[n];
        sumRe = new double[n];
        sumIm = new double[n];
        vRe = new double[m];
        vIm = new double[m];
        rangeRe = new double[m];
        rangeIm = new double[m];
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Runs all restarts on measurements y; observer may be null. Returns the final psi. */
    public SplitComplex reconstruct(SplitComplex y, LayerObserver observer) {
        return reconstruct(y, observer, null);
    }

    /**
     * The plain (non-restarted, unscaled) primal-dual method on (A, y) itself: {@code iterations} inner steps from
     * x0 with v = 0, returning their ergodic average. With x0 = FIRENET's output this is the authors' reference
     * solver for F* in the convergence experiment; the observer sees the running average (restart index 1).
     */
    public SplitComplex plainPrimalDual(SplitComplex y, SplitComplex x0, int iterations, LayerObserver observer) {
        if (y == null || y.length() != a.rangeSize() || x0 == null || x0.length() != a.domainSize()) {
            throw new IllegalArgumentException("y must have length rangeSize = " + a.rangeSize()
                    + " and x0 length domainSize = " + a.domainSize());
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        SplitComplex state = x0.copy();
        inner(1, iterations, y, state, 1.0, observer, SplitComplex.zeros(a.domainSize()), null);
        return state;
    }

    /** What the reverse pass needs: per restart its scale a_k, per layer the pre-threshold u and pre-projection w. */
    static final class Tape {
        final java.util.List<Double> scales = new java.util.ArrayList<>();
        final java.util.List<SplitComplex> preThreshold = new java.util.ArrayList<>();
        final java.util.List<SplitComplex> preProjection = new java.util.ArrayList<>();
    }

    /** As {@link #reconstruct(SplitComplex, LayerObserver)}, recording onto {@code tape} when it is non-null. */
    SplitComplex reconstruct(SplitComplex y, LayerObserver observer, Tape tape) {
        if (y == null || y.length() != a.rangeSize()) {
            throw new IllegalArgumentException("y must have length rangeSize = " + a.rangeSize());
        }
        Parameters p = parameters;
        int n = a.domainSize();
        SplitComplex psi = SplitComplex.zeros(n);
        SplitComplex scaledY = SplitComplex.zeros(a.rangeSize());
        SplitComplex view = SplitComplex.zeros(n);
        double eps = p.eps0();
        for (int k = 1; k <= p.restarts(); k++) {
            eps = (p.delta() + eps) / Math.E;
            double beta = eps / (2 * p.normBound());
            double scale = 1 / (beta * p.innerIterations());
            ComplexVectors.scaleInto(scale, y, scaledY);
            ComplexVectors.scaleInto(scale, psi, psi); // x0 = a psi
            if (tape != null) {
                tape.scales.add(scale);
            }
            inner(k, parameters.innerIterations(), scaledY, psi, scale, observer, view, tape);
            ComplexVectors.scaleInto(1 / scale, psi, psi);
        }
        return psi;
    }

    /** One inner block: x0 is read from {@code state} and the ergodic average S/p written back into it. */
    private void inner(
            int restart,
            int p,
            SplitComplex y,
            SplitComplex state,
            double scale,
            LayerObserver observer,
            SplitComplex view,
            Tape tape) {
        int n = a.domainSize();
        int m = a.rangeSize();
        double tau = parameters.tau();
        double sigma = parameters.sigma();
        System.arraycopy(state.re(), 0, xRe, 0, n);
        System.arraycopy(state.im(), 0, xIm, 0, n);
        Arrays.fill(vRe, 0);
        Arrays.fill(vIm, 0);
        Arrays.fill(sumRe, 0);
        Arrays.fill(sumIm, 0);
        for (int j = 1; j <= p; j++) {
            // x+ = soft(x - tau A^H v)
            a.adjoint(vRe, vIm, domainRe, domainIm);
            VectorOps.scale(n, -tau, domainRe, 0, nextRe, 0);
            VectorOps.scale(n, -tau, domainIm, 0, nextIm, 0);
            VectorOps.add(n, xRe, 0, nextRe, 0, nextRe, 0);
            VectorOps.add(n, xIm, 0, nextIm, 0, nextIm, 0);
            if (tape != null) {
                tape.preThreshold.add(new SplitComplex(nextRe.clone(), nextIm.clone()));
            }
            softThreshold(nextRe, nextIm, thresholds);
            // v+ = proj(v + sigma A(2x+ - x) - sigma y)
            VectorOps.scale(n, 2, nextRe, 0, domainRe, 0);
            VectorOps.scale(n, 2, nextIm, 0, domainIm, 0);
            VectorOps.sub(n, domainRe, 0, xRe, 0, domainRe, 0);
            VectorOps.sub(n, domainIm, 0, xIm, 0, domainIm, 0);
            a.apply(domainRe, domainIm, rangeRe, rangeIm);
            VectorOps.axpy(m, sigma, rangeRe, 0, vRe, 0);
            VectorOps.axpy(m, sigma, rangeIm, 0, vIm, 0);
            VectorOps.axpy(m, -sigma, y.re(), 0, vRe, 0);
            VectorOps.axpy(m, -sigma, y.im(), 0, vIm, 0);
            if (tape != null) {
                tape.preProjection.add(new SplitComplex(vRe.clone(), vIm.clone()));
            }
            projectOntoUnitBall(vRe, vIm);
            // S += x+; x = x+
            VectorOps.add(n, sumRe, 0, nextRe, 0, sumRe, 0);
            VectorOps.add(n, sumIm, 0, nextIm, 0, sumIm, 0);
            System.arraycopy(nextRe, 0, xRe, 0, n);
            System.arraycopy(nextIm, 0, xIm, 0, n);
            if (observer != null) {
                double factor = 1 / (j * scale);
                VectorOps.scale(n, factor, sumRe, 0, view.re(), 0);
                VectorOps.scale(n, factor, sumIm, 0, view.im(), 0);
                observer.afterLayer(restart, j, view);
            }
        }
        VectorOps.scale(n, 1.0 / p, sumRe, 0, state.re(), 0);
        VectorOps.scale(n, 1.0 / p, sumIm, 0, state.im(), 0);
    }

    /** Complex-aware soft threshold: {@code x max(0, |x| - t)/|x|} (0 where |x| <= t). */
    static void softThreshold(double[] re, double[] im, double[] thresholds) {
        for (int i = 0; i < re.length; i++) {
            double magnitude = Math.sqrt(re[i] * re[i] + im[i] * im[i]);
            double factor = magnitude > thresholds[i] ? (magnitude - thresholds[i]) / magnitude : 0.0;
            re[i] *= factor;
            im[i] *= factor;
        }
    }

    /** {@code v min(1, 1/(||v|| + 1e-43))}: the paper's projection, guarded against 0/0. */
    static void projectOntoUnitBall(double[] re, double[] im) {
        double norm = ComplexVectors.norm(re, im) + 1e-43;
        double factor = Math.min(1.0, 1.0 / norm);
        if (factor < 1.0) {
            VectorOps.scale(re.length, factor, re, 0, re, 0);
            VectorOps.scale(im.length, factor, im, 0, im, 0);
        }
    }

    /** F(z) = lam ||z||_{1,w} + ||A z - y||_2. */
    public static double objective(ComplexOperator a, SplitComplex z, SplitComplex y, double lambda, double[] weights) {
        if (a == null || z == null || y == null || z.length() != a.domainSize() || y.length() != a.rangeSize()) {
            throw new IllegalArgumentException("need z of length domainSize and y of length rangeSize");
        }
        if (weights != null && weights.length != z.length()) {
            throw new IllegalArgumentException("weights must be null or have length " + z.length());
        }
        SplitComplex residual = SplitComplex.zeros(a.rangeSize());
        a.apply(z.re(), z.im(), residual.re(), residual.im());
        double l1 = 0;
        for (int i = 0; i < z.length(); i++) {
            double w = weights == null ? 1.0 : weights[i];
            l1 += w * Math.sqrt(z.re()[i] * z.re()[i] + z.im()[i] * z.im()[i]);
        }
        return lambda * l1 + ComplexVectors.distance(residual.re(), residual.im(), y.re(), y.im());
    }
}
