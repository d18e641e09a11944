package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.Progress;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.examples.common.Summary;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EXPERIMENTS.md section 3: FIRENET (Colbrook, Antun &amp; Hansen, PNAS 2022). 3a inexact-input table, 3b exponential
 * convergence in the number of layers, 3c stability against worst-case perturbations versus a trained MLP, plus the
 * cost of one layer at N = 256.
 */
public final class FirenetExperiment implements Experiment {
    /**
     * Right-click, run: {@code run firenet --quick} into {@code results/firenet/} through the launcher (arguments, if
     * any, replace {@code --quick}). The run configuration needs the VM option
     * {@code --add-modules=jdk.incubator.vector}.
     */
    public static void main(String[] args) {
        Main.runFromIde(FirenetExperiment.class, args);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FirenetExperiment.class);
    static final String NAME = "firenet";

    /** Preset-dependent sizes. */
    record Plan(
            int[] convergenceSizes,
            int[] ps,
            int referenceP,
            int referenceRestarts,
            int authorsIterations,
            StabilityStudy.Settings stability,
            boolean speedAt512) {

        static Plan of(RunContext context) {
            long seed = Seeds.derive(context.seed(), NAME, "3c-attack");
            long mlpSeed = Seeds.derive(context.seed(), NAME, "3c-mlp");
            if (context.smoke()) {
                return new Plan(
                        new int[] {32},
                        new int[] {5, 20},
                        60,
                        16,
                        200,
                        stability(
                                16,
                                new MlpReconstructor.Settings(64, 2, 16, new int[] {32}, 1e-3, mlpSeed),
                                20,
                                10,
                                seed),
                        false);
            }
            if (context.standard()) {
                return new Plan(
                        new int[] {256},
                        new int[] {5, 10, 20, 40},
                        200,
                        20,
                        AUTHORS_ITERATIONS,
                        stability(
                                32,
                                new MlpReconstructor.Settings(3000, 20, 50, new int[] {1024}, 1e-3, mlpSeed),
                                300,
                                ATTACK_ITERATIONS,
                                seed),
                        false);
            }
            if (context.quick()) {
                return new Plan(
                        new int[] {128},
                        new int[] {5, 20},
                        150,
                        14,
                        AUTHORS_ITERATIONS,
                        stability(
                                32,
                                new MlpReconstructor.Settings(1200, 10, 50, new int[] {512}, 1e-3, mlpSeed),
                                200,
                                ATTACK_ITERATIONS,
                                seed),
                        false);
            }
            return new Plan(
                    new int[] {256, 512},
                    new int[] {5, 10, 20, 40},
                    200,
                    20,
                    AUTHORS_ITERATIONS,
                    stability(
                            32,
                            new MlpReconstructor.Settings(8000, 40, 50, new int[] {1024, 1024}, 1e-3, mlpSeed),
                            500,
                            ATTACK_ITERATIONS,
                            seed),
                    true);
        }

        /** 3c: FIRENET p = 5, n = 5 restarts (the authors' attack set-up), the stated penalty and ||r|| threshold. */
        private static StabilityStudy.Settings stability(
                int n, MlpReconstructor.Settings mlp, int testImages, int iterations, long seed) {
            return new StabilityStudy.Settings(
                    n, 5, 5, mlp, testImages, ATTACK_MU, ATTACK_THRESHOLD_RMS, iterations, seed);
        }
    }

    /** The authors' reference solver for F*: this many plain primal-dual iterations warm-started at FIRENET's output. */
    static final int AUTHORS_ITERATIONS = 10_000;
    /** The authors' attack cap. */
    static final int ATTACK_ITERATIONS = 150;
    /** Weight of (mu/2) ||r||^2 in the attack objective: the authors' {@code stab_lambda} (config_general.yml). */
    static final double ATTACK_MU = 0.01;
    /**
     * The attack stops once ||r||_2 / N (the perturbation's root-mean-square pixel) exceeds this: the authors'
     * {@code max_norm} = 8 on their 256 x 256 images (config_general.yml), kept per pixel so that it carries over to
     * the smaller images here (||r||_2 > 8 N / 256).
     */
    static final double ATTACK_THRESHOLD_RMS = 8.0 / 256;
    /** The plateau bound of EXPERIMENTS.md 3b [P]: after restart k the output moves by at most ~0.8 p^2 eps_k. */
    static final double PLATEAU_CONSTANT = 0.8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "FIRENET (Colbrook-Antun-Hansen): inexact input table, exponential convergence, stability vs a trained MLP";
    }

    @Override
    public List<ResultRow> run(RunContext context) throws Exception {
        Path out = context.outDir();
        Plan plan = Plan.of(context);
        // One unit per progress line of the studies: each 3b run and reference run, the FIRENET attack, each MLP epoch
        // and the MLP attack. Units differ in cost, so the ETA is rough, but it moves.
        double units = plan.convergenceSizes().length * (plan.ps().length + 1)
                + plan.stability().mlp().epochs()
                + 2;
        Progress progress = new Progress(LOG, NAME, units, context.quick() ? 30 : 60);
        ConvergenceStudy.ProgressSink sink = line -> {
            LOG.info(line);
            progress.advance(1, null);
        };
        List<ResultRow> rows = new ArrayList<>();
        StringBuilder notes = new StringBuilder();

        // Timed first: the JIT then profiles the layer at N = 256 rather than at the smaller sizes of 3b/3c, which
        // measurably changes the compiled code (3x slower per layer when measured after a quick 3b at N = 128).
        ResultRow speed = speed(out, context, plan);
        rows.addAll(inexactInput(out, notes));
        for (int n : plan.convergenceSizes()) {
            rows.addAll(convergence(out, n, plan, context, notes, sink));
        }
        rows.add(speed);
        rows.addAll(stability(out, plan, context, notes, sink));

        Summary.titled("FIRENET: stable and accurate restarted networks (EXPERIMENTS.md section 3)")
                .text("Preset " + context.preset().name().toLowerCase(Locale.ROOT) + ", seed " + context.seed()
                        + ", float64. Colbrook, Antun & Hansen, PNAS 119(12) e2107151119 (2022).")
                .rows(rows)
                .section("Notes", notes.toString())
                .write(out.resolve("summary.md"));
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ 3a
    private List<ResultRow> inexactInput(Path out, StringBuilder notes) throws IOException {
        List<InexactInputStudy.Cell> cells = InexactInputStudy.run();
        String table = InexactInputStudy.format(cells, false);
        String paperTable = InexactInputStudy.format(cells, true);
        LOG.info("3a: ||x_final - x*||_2 to the true minimiser (rows n, columns K)\n{}", table);
        LOG.info("3a: the paper's column (authors' x* indexing)\n{}", paperTable);
        double worst = Double.POSITIVE_INFINITY;
        double worstK1 = 0;
        double worstOther = 0;
        boolean allMatch = true;
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("inexact_input.csv"),
                "K",
                "n",
                "error_true_minimiser",
                "error_true_minimiser_7dp",
                "error_authors_indexing",
                "error_authors_indexing_7dp",
                "paper_table_1",
                "paper_tolerance",
                "ten_to_minus_K",
                "L_A",
                "distance_between_candidate_minimisers")) {
            for (InexactInputStudy.Cell c : cells) {
                csv.row(
                        c.k(),
                        c.n(),
                        c.error(),
                        String.format(Locale.ROOT, "%.7f", c.error()),
                        c.paperError(),
                        String.format(Locale.ROOT, "%.7f", c.paperError()),
                        String.format(Locale.ROOT, "%.7f", c.paperValue()),
                        c.paperTolerance(),
                        StrictMath.pow(10, -c.k()),
                        c.normBound(),
                        c.minimiserDistance());
                worst = Math.min(worst, c.error() / StrictMath.pow(10, -c.k()));
                double off = Math.abs(c.paperError() - c.paperValue());
                if (c.k() == 1) {
                    worstK1 = Math.max(worstK1, off);
                } else {
                    worstOther = Math.max(worstOther, off);
                }
                allMatch &= c.matchesPaper();
            }
        }
        notes.append("3a, FIRENET on the inexact input (A_n, y_n), p = 50 layers x 30 restarts; rows n, columns K, 7 "
                        + "decimals.\n\n(i) As printed in the paper (the authors' x* indexing):\n\n```\n")
                .append(paperTable)
                .append("```\n\n(ii) To the true minimiser of the exact problem (A, y):\n\n```\n")
                .append(table)
                .append(
                        "```\n\nWhy two columns: in the authors' `inexact_input/Demo_test_firenet.py` the outer loop variable "
                                + "`j` (0, 1, 2 for K = 1, 3, 6) is reused when x* is built as x[j - 2] of the length-22 vector, and "
                                + "Python's negative index wraps round, so x*'s non-zero entry (the right value rho_min/(lam gamma1)) "
                                + "sits at 0-based index 20, 21, 0 instead of q. Column (i) is the distance to that vector, which is "
                                + "what the paper's Table 1 prints (for K = 6, index 0 is the true q, so both columns agree). Column "
                                + "(ii) is the scientifically meaningful one: the error sits at 1.5 x 10^-K, half the distance "
                                + "3 x 10^-K between the minimisers of the q = 0 and q = 1 problems, whatever n. The paper-column "
                                + "digits are computed (a plain-double re-implementation in the tests agrees with this kernel path); "
                                + "for K = 1 the authors' step size breaks tau sigma ||A||^2 <= 1 (it is ~||A||), so the 7th decimal "
                                + "there moves by up to ~5e-7 with rounding.\n\n");
        return List.of(
                ResultRow.claim(
                                NAME,
                                "3a Table 1 (paper column) matches",
                                "3a: the paper column (authors' x* indexing) matches the printed Table 1 (K = 1 to 5e-7, K = 3, 6 to "
                                        + "1e-7)")
                        .from("Colbrook, Antun & Hansen 2022, Table 1 (FIRENET column); digits in EXPERIMENTS.md 3a")
                        .judged(
                                String.format(
                                        Locale.ROOT,
                                        "largest |computed - printed|: K=1 %.1e, K=3,6 %.1e over 9 cells",
                                        worstK1,
                                        worstOther),
                                allMatch),
                ResultRow.claim(
                                NAME,
                                "3a error never below ~10^-K",
                                "3a: the error to the true minimiser never drops below ~10^-K (K digits not computable from inexact "
                                        + "input)")
                        .from("Colbrook, Antun & Hansen 2022, Table 1 and Thm. 1")
                        .judged(
                                String.format(Locale.ROOT, "min over 9 cells of error / 10^-K = %.4f", worst),
                                worst >= 1.0));
    }

    // ------------------------------------------------------------------------------------------------ 3b
    private List<ResultRow> convergence(
            Path out, int n, Plan plan, RunContext context, StringBuilder notes, ConvergenceStudy.ProgressSink sink)
            throws IOException {
        long seed = Seeds.derive(context.seed(), NAME, "3b", n);
        ImagingProblem problem = ImagingProblem.sheppLogan(n, seed);
        ConvergenceStudy.Result result = ConvergenceStudy.run(
                problem, plan.ps(), plan.referenceP(), plan.referenceRestarts(), plan.authorsIterations(), sink);
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("convergence_N" + n + ".csv"),
                "p",
                "layer",
                "restart",
                "inner",
                "objective",
                "relative_gap",
                "relative_error")) {
            for (ConvergenceStudy.Layer l : result.layers()) {
                csv.row(l.p(), l.layer(), l.restart(), l.inner(), l.objective(), result.gap(l), l.relativeError());
            }
        }
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("restart_ratios_N" + n + ".csv"),
                "p",
                "restart",
                "relative_gap_at_end",
                "ratio_to_previous_restart",
                "output_movement",
                "eps_k",
                "movement_over_p2_eps")) {
            for (ConvergenceStudy.RestartRatio r : result.ratios()) {
                csv.row(r.p(), r.restart(), r.gap(), r.ratio(), r.movement(), r.eps(), r.movementOverBound());
            }
        }
        Plot gapPlot = Plot.titled("FIRENET objective gap, N = " + n)
                .xLabel("layers")
                .yLabel("(F - F*) / ||c||")
                .logY();
        Plot errorPlot = Plot.titled("FIRENET relative error, N = " + n)
                .xLabel("layers")
                .yLabel("||c_j - c|| / ||c||")
                .logY();
        for (int p : plan.ps()) {
            List<Double> xs = new ArrayList<>();
            List<Double> gaps = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (ConvergenceStudy.Layer l : result.layers()) {
                if (l.p() == p) {
                    xs.add((double) l.layer());
                    gaps.add(result.gap(l));
                    errors.add(l.relativeError());
                }
            }
            gapPlot.line("p = " + p, toArray(xs), toArray(gaps));
            errorPlot.line("p = " + p, toArray(xs), toArray(errors));
        }
        gapPlot.savePng(out.resolve("gap_N" + n + ".png"));
        errorPlot.savePng(out.resolve("relative_error_N" + n + ".png"));

        double[] phantom = problem.image();
        double[] zeroFilled = problem.zeroFilled();
        double[] reconstruction = problem.magnitudeImage(result.bestOutput());
        double[] error = new double[phantom.length];
        for (int i = 0; i < error.length; i++) {
            error[i] = Math.abs(reconstruction[i] - phantom[i]);
        }
        GrayImage.write(out.resolve("phantom_N" + n + ".png"), phantom, n, 0, 1);
        GrayImage.write(out.resolve("zero_filled_N" + n + ".png"), zeroFilled, n, 0, 1);
        GrayImage.write(out.resolve("firenet_N" + n + "_p" + result.bestP() + ".png"), reconstruction, n, 0, 1);
        double errorMax = Math.max(1e-12, GrayImage.max(error));
        GrayImage.write(out.resolve("error_N" + n + "_p" + result.bestP() + ".png"), error, n, 0, errorMax);
        GrayImage.writeCaptionedRow(
                out.resolve("reconstructions_N" + n + ".png"),
                List.of(phantom, zeroFilled, reconstruction, error),
                List.of(
                        "phantom",
                        "zero-filled U^H P^T y",
                        "FIRENET, " + ConvergenceStudy.RESTARTS + " x " + result.bestP() + " layers",
                        String.format(Locale.ROOT, "|error|, white = %.2g", errorMax)),
                n,
                new double[][] {{0, 1}, {0, 1}, {0, 1}, {0, errorMax}},
                Math.max(1, 256 / n));

        int largest = plan.ps()[plan.ps().length - 1];
        StringBuilder ratioText = new StringBuilder();
        boolean eFactor = true;
        int judgedPs = 0;
        for (int p : plan.ps()) {
            if (p >= 20) {
                double ratio = ConvergenceStudy.convergentRatio(result.ratios(), p);
                ratioText.append(
                        String.format(Locale.ROOT, "%sp=%d: %.3f", ratioText.length() == 0 ? "" : ", ", p, ratio));
                eFactor &= ratio <= 1.5 * StrictMath.exp(-1);
                judgedPs++;
            }
        }
        eFactor &= judgedPs > 0;
        StringBuilder plateaus = new StringBuilder();
        boolean monotone = true;
        double previous = Double.POSITIVE_INFINITY;
        for (int p : plan.ps()) {
            double g = ConvergenceStudy.finalGap(result.ratios(), p);
            plateaus.append(String.format(Locale.ROOT, "%sp=%d: %.2e", plateaus.length() == 0 ? "" : ", ", p, g));
            monotone &= g <= previous / 2;
            previous = g;
        }
        boolean flat = true;
        for (int p : plan.ps()) {
            flat &= ConvergenceStudy.lastRatio(result.ratios(), p) >= 0.9;
        }
        int smallest = plan.ps()[0];
        double movement = ConvergenceStudy.worstMovementOverBound(result.ratios(), smallest);
        // Rigorous version of the bound: each layer moves x by <= tau (L_A + lam sqrt(#coefficients)), the ergodic
        // average by <= that x (p + 1)/2, and psi = beta p x average with beta = eps_k / (2 L_A).
        double rigorous = (1 + ConvergenceStudy.LAMBDA * n) * (smallest + 1) / (4.0 * smallest);
        double finalError = lastLayer(result, largest).relativeError();
        double fStarDistance =
                Math.abs(result.longRunObjective() - result.authorsObjective()) / result.coefficientNorm();
        notes.append(String.format(
                Locale.ROOT,
                "3b N=%d: F* references: long FIRENET run (p=%d x %d restarts) F = "
                        + "%.12g; the authors' reference (%d plain primal-dual iterations warm-started at that output) F = %.12g; "
                        + "|difference| / ||c|| = %.2e and ||x_long - x_authors|| / ||c|| = %.2e. Gaps use F* = %.12g (the smallest "
                        + "objective seen, so every gap is >= 0). Final gaps by p: %s; against the authors' F* alone the final "
                        + "p=%d gap is %.2e. Final relative error (p=%d) %.4f; zero-filled error %.4f; error map scaled to "
                        + "[0, %.3g].%n%n",
                n,
                plan.referenceP(),
                plan.referenceRestarts(),
                result.longRunObjective(),
                plan.authorsIterations(),
                result.authorsObjective(),
                fStarDistance,
                result.referenceDistance(),
                result.referenceObjective(),
                plateaus,
                smallest,
                ConvergenceStudy.finalGap(result.ratios(), smallest)
                        + (result.referenceObjective() - result.authorsObjective()) / result.coefficientNorm(),
                largest,
                finalError,
                StabilityStudy.relativeError(zeroFilled, phantom),
                errorMax));
        return List.of(
                ResultRow.claim(
                                NAME,
                                "3b N=" + n + " gap / restart ~ 1/e",
                                "3b N=" + n
                                        + ": for every p >= 20 the gap falls by ~e (>= e/1.5) per restart in the convergent regime")
                        .from("Colbrook, Antun & Hansen 2022, Thm. 2 (exponential convergence in the layers), Fig. 3")
                        .judged(
                                "geometric-mean gap ratio per restart " + ratioText
                                        + String.format(Locale.ROOT, " (1/e = %.3f)", StrictMath.exp(-1)),
                                eFactor),
                ResultRow.protocol(
                                NAME,
                                "3b N=" + n + " plateau set by p",
                                "3b N=" + n
                                        + ": then plateaus (last restart ratio >= 0.9) at a level set by p (each larger p at least "
                                        + "2x lower)")
                        .from("EXPERIMENTS.md section 3b [P]")
                        .judged("final gaps " + plateaus, monotone && flat),
                ResultRow.protocol(
                                NAME,
                                "3b N=" + n + " p=" + smallest + " moves <= 0.8p^2eps",
                                "3b N=" + n + ": after restart k the p=" + smallest
                                        + " output moves by at most ~0.8 p^2 eps_k (why " + "small p plateaus)")
                        .from("EXPERIMENTS.md section 3b [P]")
                        .judged(
                                String.format(
                                        Locale.ROOT,
                                        "max over restarts of ||psi_k - psi_{k-1}|| / (p^2 eps_k) = %.3f "
                                                + "(rigorous bound %.3f)",
                                        movement,
                                        rigorous),
                                movement <= PLATEAU_CONSTANT));
    }

    private static ConvergenceStudy.Layer lastLayer(ConvergenceStudy.Result result, int p) {
        ConvergenceStudy.Layer last = null;
        for (ConvergenceStudy.Layer l : result.layers()) {
            if (l.p() == p) {
                last = l;
            }
        }
        return last;
    }

    // ------------------------------------------------------------------------------------------------ speed
    private ResultRow speed(Path out, RunContext context, Plan plan) throws IOException {
        int[] sizes = plan.speedAt512() ? new int[] {256, 512} : new int[] {256};
        ConvergenceStudy.LayerCost at256 = null;
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("speed.csv"),
                "N",
                "p",
                "restarts",
                "threads",
                "wall_ms_per_layer",
                "cpu_ms_per_layer",
                "system_load_average")) {
            for (int n : sizes) {
                ImagingProblem problem = ImagingProblem.sheppLogan(n, Seeds.derive(context.seed(), NAME, "speed", n));
                int restarts = context.smoke() ? 1 : 4;
                ConvergenceStudy.LayerCost cost =
                        ConvergenceStudy.layerCost(problem, 5, restarts, context.smoke() ? 2 : 5);
                csv.row(n, 5, restarts, context.threads(), cost.wallMillis(), cost.cpuMillis(), load());
                LOG.info(String.format(
                        Locale.ROOT,
                        "speed: N=%d %.2f ms/layer wall, %.2f ms/layer CPU",
                        n,
                        cost.wallMillis(),
                        cost.cpuMillis()));
                if (n == 256) {
                    at256 = cost;
                }
            }
        }
        // CPU time when the JVM offers it (robust to other load); wall clock otherwise.
        double measured = Double.isNaN(at256.cpuMillis()) ? at256.wallMillis() : at256.cpuMillis();
        return ResultRow.protocol(
                        NAME,
                        "speed: N=256 layer <= 10 ms",
                        "speed: an N=256 layer costs a few ms (2 FFTs "
                                + "+ 2 wavelet transforms of 65 536 points; PASS if <= 10 ms)")
                .from("vecnet performance check (not a paper claim)")
                .judged(
                        String.format(
                                Locale.ROOT,
                                "%.2f ms/layer CPU, %.2f ms/layer wall (fastest of "
                                        + "runs; load average %.1f on %d cores)",
                                at256.cpuMillis(),
                                at256.wallMillis(),
                                load(),
                                Runtime.getRuntime().availableProcessors()),
                        measured <= 10.0);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    // ------------------------------------------------------------------------------------------------ 3c
    private List<ResultRow> stability(
            Path out, Plan plan, RunContext context, StringBuilder notes, ConvergenceStudy.ProgressSink sink)
            throws IOException {
        StabilityStudy.Result r =
                StabilityStudy.run(plan.stability(), Seeds.derive(context.seed(), NAME, "3c-mask"), sink);
        int n = r.n();
        List<StabilityStudy.Attacked> attacked = List.of(r.firenet(), r.mlp());
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("stability.csv"),
                "reconstructor",
                "iteration",
                "r_norm",
                "measurement_perturbation",
                "output_change",
                "amplification",
                "objective")) {
            for (StabilityStudy.Attacked a : attacked) {
                for (PerturbationAttack.Step s : a.trace().steps()) {
                    csv.row(
                            a.name(),
                            s.iteration(),
                            s.perturbationNorm(),
                            s.measurementPerturbation(),
                            s.outputChange(),
                            s.amplification(),
                            s.objective());
                }
            }
        }
        try (CsvWriter csv = CsvWriter.create(out.resolve("mlp_training.csv"), "epoch", "mean_mse")) {
            for (int e = 0; e < r.mlpEpochLoss().size(); e++) {
                csv.row(e + 1, r.mlpEpochLoss().get(e));
            }
        }
        Plot plot = Plot.titled("Amplification ||Phi(y+Ar) - Phi(y)|| / ||Ar|| under attack, " + n + " x " + n)
                .xLabel("attack iteration")
                .yLabel("amplification")
                .logY();
        for (StabilityStudy.Attacked a : attacked) {
            List<PerturbationAttack.Step> steps = a.trace().steps();
            double[] x = new double[steps.size()];
            double[] y = new double[steps.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = steps.get(i).iteration();
                y[i] = steps.get(i).amplification();
            }
            plot.lineMarkers(a.name(), x, y);
        }
        plot.savePng(out.resolve("stability_amplification.png"));

        GrayImage.write(out.resolve("stability_image.png"), r.image(), n, 0, 1);
        List<double[]> panel = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        panel.add(r.image());
        ranges.add(new double[] {0, 1});
        captions.add("x (phantom)");
        for (StabilityStudy.Attacked a : attacked) {
            String tag = a.name().toLowerCase(Locale.ROOT);
            double[] clean = StabilityStudy.realImage(a.trace().cleanOutput(), n);
            double[] attackedImage = StabilityStudy.realImage(a.trace().perturbedOutput(), n);
            SplitComplex rr = a.trace().perturbation();
            double[] magnitude = new double[n * n];
            double[] perturbedInput = new double[n * n];
            for (int i = 0; i < magnitude.length; i++) {
                magnitude[i] = Math.hypot(rr.re()[i], rr.im()[i]);
                perturbedInput[i] = Math.hypot(r.image()[i] + rr.re()[i], rr.im()[i]);
            }
            double scale = Math.max(1e-12, GrayImage.max(magnitude));
            GrayImage.write(out.resolve("stability_" + tag + "_clean.png"), clean, n, 0, 1);
            GrayImage.write(out.resolve("stability_" + tag + "_attacked.png"), attackedImage, n, 0, 1);
            GrayImage.write(out.resolve("stability_" + tag + "_perturbation.png"), magnitude, n, 0, scale);
            GrayImage.write(out.resolve("stability_" + tag + "_perturbed_input.png"), perturbedInput, n, 0, 1);
            panel.addAll(List.of(clean, magnitude, perturbedInput, attackedImage));
            ranges.addAll(
                    List.of(new double[] {0, 1}, new double[] {0, scale}, new double[] {0, 1}, new double[] {0, 1}));
            captions.addAll(List.of(
                    a.name() + "(y)",
                    String.format(Locale.ROOT, "|r| for %s\nwhite = %.2g", a.name(), scale),
                    "|x + r|",
                    a.name() + "(y + Ar)"));
        }
        GrayImage.writeCaptionedRow(
                out.resolve("stability_panel.png"),
                panel,
                captions,
                n,
                ranges.toArray(new double[0][]),
                Math.max(1, 128 / n));
        PerturbationAttack.Trace f = r.firenet().trace();
        PerturbationAttack.Trace m = r.mlp().trace();
        double mlpStart = m.steps().get(0).amplification();
        double firenetWorst = f.maxAmplification();
        notes.append(String.format(
                Locale.ROOT,
                "3c: %dx%d modified Shepp-Logan, %.0f %% variable-density mask; the "
                        + "authors' attack: maximise 1/2 ||Phi(A(x + r)) - Phi(Ax)||^2 - (mu/2) ||r||^2, mu = %.2g, over complex r, "
                        + "Nesterov lr 0.01 momentum 0.9, r0 = 1e-3 (U(0,1) + i U(0,1)), stop once ||r||_2 / N > %.4g (the "
                        + "authors' max_norm 8 at N = 256, per pixel; here ||r||_2 > %.4g, %.1f %% of ||x||_2) or after %d iterations. FIRENET p = %d, %d restarts, eps0 fixed at the clean ||y|| = %.4g inside "
                        + "the network; its gradient by reverse mode through the layers (exact for that network), the MLP's by "
                        + "vecnet autodiff. FIRENET stopped after %d iterations (||r|| = %.4g, ||Ar|| = %.4g), the MLP after %d "
                        + "(||r|| = %.4g, ||Ar|| = %.4g). Clean relative errors on the phantom: FIRENET %.3f, MLP %.3f. MLP "
                        + "[2m, %s, n^2] ReLU, %d random-ellipse images x %d epochs, final training MSE %.3e, test error (mean "
                        + "relative l2 error on %d fresh random-ellipse images) %.3f.%n%n",
                n,
                n,
                100 * StabilityStudy.SAMPLING_RATE,
                plan.stability().mu(),
                plan.stability().thresholdRms(),
                r.normThreshold(),
                100 * r.normThreshold() / r.imageNorm(),
                plan.stability().maxIterations(),
                plan.stability().firenetP(),
                plan.stability().firenetRestarts(),
                r.measurementNorm(),
                last(f).iteration(),
                last(f).perturbationNorm(),
                last(f).measurementPerturbation(),
                last(m).iteration(),
                last(m).perturbationNorm(),
                last(m).measurementPerturbation(),
                r.firenet().cleanRelativeError(),
                r.mlp().cleanRelativeError(),
                Arrays.toString(plan.stability().mlp().hidden()).replaceAll("[\\[\\]]", ""),
                plan.stability().mlp().trainImages(),
                plan.stability().mlp().epochs(),
                r.mlpEpochLoss().get(r.mlpEpochLoss().size() - 1),
                plan.stability().mlpTestImages(),
                r.mlpTestError()));
        return List.of(
                ResultRow.claim(
                                NAME,
                                "3c FIRENET amplification <= 10",
                                "3c: FIRENET's amplification stays O(1) under the authors' attack (max <= 10)")
                        .from("Colbrook, Antun & Hansen 2022, stability theorem and Fig. 4")
                        .judged(
                                String.format(
                                        Locale.ROOT,
                                        "start %.3f, max %.3f, final %.3f (%d iterations)",
                                        f.steps().get(0).amplification(),
                                        firenetWorst,
                                        f.finalAmplification(),
                                        last(f).iteration()),
                                firenetWorst <= 10),
                ResultRow.claim(
                                NAME,
                                "3c MLP amplification grows",
                                "3c: the trained MLP's amplification grows (final >= 2 x start) and exceeds FIRENET's")
                        .from("Colbrook, Antun & Hansen 2022, Fig. 4 (trained reconstructors are unstable)")
                        .judged(
                                String.format(
                                        Locale.ROOT,
                                        "start %.3f, final %.3f (FIRENET worst %.3f); MLP test error %.3f",
                                        mlpStart,
                                        m.finalAmplification(),
                                        firenetWorst,
                                        r.mlpTestError()),
                                m.finalAmplification() >= 2 * mlpStart && m.finalAmplification() > firenetWorst));
    }

    private static PerturbationAttack.Step last(PerturbationAttack.Trace trace) {
        return trace.steps().get(trace.steps().size() - 1);
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
