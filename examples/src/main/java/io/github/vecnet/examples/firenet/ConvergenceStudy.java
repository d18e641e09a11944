package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.ComplexVectors;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment 3b: objective gap (F - F*)/||c|| and relative error ||c_j - c||/||c|| of FIRENET's running output
 * after every layer, for several p, on {@link ImagingProblem}. lam = 2.5e-4, tau = sigma = 1, L_A = 1,
 * delta = 1e-9, n = 16 restarts, eps0 = ||y||. F* comes from a long run (more layers per restart and more
 * restarts), lowered to the smallest objective seen anywhere so that every gap is >= 0.
 */
public final class ConvergenceStudy {
    static final double LAMBDA = 2.5e-4;
    static final double DELTA = 1e-9;
    static final int RESTARTS = 16;

    /** One layer of one run. */
    public record Layer(int p, int layer, int restart, int inner, double objective, double relativeError) {}

    /**
     * Gap at the end of each restart and its ratio to the previous restart's; how far the output moved in that
     * restart, ||psi_k - psi_{k-1}||, and the restart's eps_k.
     */
    public record RestartRatio(int p, int restart, double gap, double ratio, double movement, double eps) {

        /** movement / (p^2 eps_k): the plateau bound says this stays below ~0.8. */
        public double movementOverBound() {
            return movement / ((double) p * p * eps);
        }
    }

    /**
     * Everything measured for one N.
     *
     * @param referenceObjective F* used for every gap: the smallest of the long FIRENET run, the authors' reference
     *     and every objective seen
     * @param longRunObjective F of the long FIRENET run
     * @param authorsObjective F of the authors' reference: plain primal-dual iterations warm-started at the long run
     * @param referenceDistance ||x_long - x_authors|| / ||c||
     */
    public record Result(
            int n,
            double referenceObjective,
            double longRunObjective,
            double authorsObjective,
            double referenceDistance,
            double coefficientNorm,
            List<Layer> layers,
            List<RestartRatio> ratios,
            SplitComplex bestOutput,
            int bestP) {

        public double gap(Layer layer) {
            return (layer.objective() - referenceObjective) / coefficientNorm;
        }
    }

    /** Parameters of the 3b runs for a given p and restart count. */
    static Firenet.Parameters parameters(ImagingProblem problem, int p, int restarts) {
        return new Firenet.Parameters(
                LAMBDA, 1, 1, 1, DELTA, problem.measurements().norm(), p, restarts, null);
    }

    /**
     * @param referenceP layers per restart of the long reference run
     * @param referenceRestarts restarts of the long reference run
     */
    public static Result run(
            ImagingProblem problem,
            int[] ps,
            int referenceP,
            int referenceRestarts,
            int authorsIterations,
            ProgressSink progress) {
        if (ps == null || ps.length == 0 || referenceP < 1 || referenceRestarts < 1) {
            throw new IllegalArgumentException("need at least one p and a reference run of >= 1 x 1 layers");
        }
        for (int i = 0; i < ps.length; i++) {
            if (ps[i] < 1 || (i > 0 && ps[i] <= ps[i - 1])) {
                throw new IllegalArgumentException(
                        "ps must be increasing and >= 1, got " + java.util.Arrays.toString(ps));
            }
        }
        SplitComplex truth = problem.coefficients();
        double cNorm = truth.norm();
        SplitComplex y = problem.measurements();
        List<Layer> layers = new ArrayList<>();
        List<SplitComplex> restartOutputs = new ArrayList<>();
        SplitComplex best = null;
        int bestP = 0;
        for (int p : ps) {
            final int pp = p;
            int[] counter = {0};
            Firenet net = new Firenet(problem.operator(), parameters(problem, p, RESTARTS));
            SplitComplex out = net.reconstruct(y, (k, j, current) -> {
                counter[0]++;
                double f = Firenet.objective(problem.operator(), current, y, LAMBDA, null);
                double err = ComplexVectors.distance(current.re(), current.im(), truth.re(), truth.im()) / cNorm;
                layers.add(new Layer(pp, counter[0], k, j, f, err));
                if (j == pp) {
                    restartOutputs.add(current.copy());
                }
            });
            progress.report("3b: N=" + problem.size() + " p=" + p + " done");
            if (p >= bestP) {
                best = out;
                bestP = p;
            }
        }
        Firenet longRun = new Firenet(problem.operator(), parameters(problem, referenceP, referenceRestarts));
        SplitComplex longOutput = longRun.reconstruct(y, null);
        double longObjective = Firenet.objective(problem.operator(), longOutput, y, LAMBDA, null);
        // The authors' reference: plain primal-dual iterations warm-started at FIRENET's output.
        SplitComplex authorsOutput = longRun.plainPrimalDual(y, longOutput, authorsIterations, null);
        double authorsObjective = Firenet.objective(problem.operator(), authorsOutput, y, LAMBDA, null);
        double referenceDistance =
                ComplexVectors.distance(longOutput.re(), longOutput.im(), authorsOutput.re(), authorsOutput.im())
                        / cNorm;
        double reference = Math.min(longObjective, authorsObjective);
        for (Layer layer : layers) {
            reference = Math.min(reference, layer.objective());
        }
        progress.report("3b: N=" + problem.size() + " reference runs done, F*(long FIRENET) = " + longObjective
                + ", F*(authors: " + authorsIterations + " plain primal-dual steps) = " + authorsObjective);
        List<RestartRatio> ratios = new ArrayList<>();
        Result partial = new Result(
                problem.size(),
                reference,
                longObjective,
                authorsObjective,
                referenceDistance,
                cNorm,
                layers,
                ratios,
                best,
                bestP);
        int output = 0;
        for (int p : ps) {
            double previous = Double.NaN;
            double eps = problem.measurements().norm();
            SplitComplex before = SplitComplex.zeros(truth.length());
            for (Layer layer : layers) {
                if (layer.p() == p && layer.inner() == p) {
                    eps = (DELTA + eps) / Math.E;
                    SplitComplex after = restartOutputs.get(output++);
                    double movement = ComplexVectors.distance(after.re(), after.im(), before.re(), before.im());
                    double gap = partial.gap(layer);
                    ratios.add(new RestartRatio(p, layer.restart(), gap, gap / previous, movement, eps));
                    previous = gap;
                    before = after;
                }
            }
        }
        return partial;
    }

    /**
     * Geometric mean of the per-restart gap ratio over the convergent regime of one p: the transitions k-1 -> k
     * (k >= 2) that start while the gap is still more than 10 x the final (plateau) gap. NaN if there are none.
     */
    public static double convergentRatio(List<RestartRatio> ratios, int p) {
        double plateau = finalGap(ratios, p);
        double logSum = 0;
        int count = 0;
        double previousGap = Double.NaN;
        for (RestartRatio r : ratios) {
            if (r.p() != p) {
                continue;
            }
            if (r.restart() >= 2 && previousGap > 10 * plateau && r.ratio() > 0) {
                logSum += StrictMath.log(r.ratio());
                count++;
            }
            previousGap = r.gap();
        }
        return count == 0 ? Double.NaN : StrictMath.exp(logSum / count);
    }

    /** The largest movement / (p^2 eps_k) over the restarts of one p. */
    public static double worstMovementOverBound(List<RestartRatio> ratios, int p) {
        double worst = 0;
        for (RestartRatio r : ratios) {
            if (r.p() == p) {
                worst = Math.max(worst, r.movementOverBound());
            }
        }
        return worst;
    }

    /** Ratio of the last restart's gap to the one before (close to 1 once on the plateau). */
    public static double lastRatio(List<RestartRatio> ratios, int p) {
        double last = Double.NaN;
        for (RestartRatio r : ratios) {
            if (r.p() == p) {
                last = r.ratio();
            }
        }
        return last;
    }

    /** Final (plateau) gap of one p. */
    public static double finalGap(List<RestartRatio> ratios, int p) {
        double last = Double.NaN;
        for (RestartRatio r : ratios) {
            if (r.p() == p) {
                last = r.gap();
            }
        }
        return last;
    }

    /** Cost of one layer: wall-clock and CPU time of the calling thread, each the minimum over timed runs. */
    public record LayerCost(double wallMillis, double cpuMillis) {}

    /**
     * Times {@code repeats} runs of {@code restarts} x {@code p} layers (no observer) after three warm-up runs and keeps
     * the fastest. The layer runs on the calling thread only (element-wise kernels, FFT and wavelets are
     * single-threaded), so its CPU time is the cost that other load on a shared machine does not inflate.
     */
    public static LayerCost layerCost(ImagingProblem problem, int p, int restarts, int repeats) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        Firenet net = new Firenet(problem.operator(), parameters(problem, p, restarts));
        for (int warmUp = 0; warmUp < 3; warmUp++) { // let the JIT compile the layer before timing it
            net.reconstruct(problem.measurements(), null);
        }
        double bestWall = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int i = 0; i < repeats; i++) {
            long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            net.reconstruct(problem.measurements(), null);
            long wall = System.nanoTime() - start;
            long used = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
            bestWall = Math.min(bestWall, wall / 1e6 / (p * restarts));
            bestCpu = Math.min(bestCpu, cpu ? used / 1e6 / (p * restarts) : Double.NaN);
        }
        return new LayerCost(bestWall, bestCpu);
    }

    private ConvergenceStudy() {}

    /** Where progress lines go (the experiment's logger). */
    @FunctionalInterface
    public interface ProgressSink {
        void report(String line);
    }
}
