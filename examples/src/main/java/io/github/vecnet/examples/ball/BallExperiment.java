package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.FrozenPrefixTraining;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.Progress;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.examples.common.Summary;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Sequential;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Adam;
import io.github.vecnet.nn.optim.Sgd;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Section 2 of EXPERIMENTS.md (Safran and Lee, COLT 2022): learning the ball indicator {@code 1{||x|| <= 1}} under
 * radial data with model A (two sigmoid layers, hidden layer frozen, output trained by full-batch gradient
 * descent), model B (one hidden sigmoid layer, all trained with Adam) and model C (two hidden ReLU layers, all
 * trained). Writes {@code ball.csv}, {@code mse_vs_k_d<d>.png}, {@code mse_vs_d_<model>.png} and {@code summary.md}.
 */
public final class BallExperiment implements Experiment {
    /**
     * Right-click, run: {@code run ball --quick} into {@code results/ball/} through the launcher (arguments, if
     * any, replace {@code --quick}). The run configuration needs the VM option
     * {@code --add-modules=jdk.incubator.vector}.
     */
    public static void main(String[] args) {
        Main.runFromIde(BallExperiment.class, args);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BallExperiment.class);
    static final String[] MODELS = {"A", "B", "C"};
    /**
     * Model A's gradient-descent step is {@code learningRateA / L} with the curvature bound
     * {@code L = lambda_max([H 1]^T [H 1] / n) / 4} (squared loss: factor 2; sigmoid'^2 <= 1/16; plus slack for the
     * residual term), lambda_max from this many power iterations.
     */
    private static final int POWER_ITERATIONS = 30;

    @Override
    public String name() {
        return "ball";
    }

    @Override
    public String description() {
        return "Ball indicator under radial data: frozen-hidden two-sigmoid net (A) vs one hidden layer (B) vs ReLU (C)"
                + " (Safran & Lee 2022)";
    }

    /** One trained model. */
    record Run(
            String model,
            int d,
            int k,
            int seed,
            int trainCount,
            int testCount,
            double testMse,
            double testMseStandardError,
            double testAccuracy,
            double trainMse,
            long trainableParameters,
            long parameters,
            double stepSize,
            int epochs,
            double seconds) {}

    @Override
    public List<ResultRow> run(RunContext context) throws IOException {
        DType dtype = context.precision() == null ? DType.FLOAT32 : DType.parse(context.precision());
        BallSettings s = BallSettings.of(context.preset(), dtype);
        Path out = context.outDir();
        List<Run> runs = new ArrayList<>();
        double totalWork = 0;
        for (int d : s.dimensions()) {
            for (int k : s.widths()) {
                totalWork += (double) d * k * 3 * s.seeds();
            }
        }
        Progress progress = new Progress(LOG, "ball", totalWork);
        double constantMse = 0;
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("ball.csv"),
                "model",
                "d",
                "k",
                "seed",
                "train",
                "test",
                "test_mse",
                "test_mse_standard_error",
                "test_accuracy",
                "train_mse",
                "trainable_parameters",
                "parameters",
                "step_size",
                "epochs",
                "seconds",
                "dtype")) {
            for (int d : s.dimensions()) {
                for (int seed = 0; seed < s.seeds(); seed++) {
                    RadialSampler sampler = new RadialSampler(d, 1.0);
                    // Seed 0 keeps the single-seed derivation of earlier runs.
                    long dataSeed = seed == 0 ? context.seed() : Seeds.derive(context.seed(), "ball-seed", seed);
                    RadialData train = sampler.sample(s.trainCount(), Seeds.derive(dataSeed, "ball", "train", d));
                    RadialData test = sampler.sample(s.testCount(), Seeds.derive(dataSeed, "ball", "test", d));
                    constantMse = Math.max(constantMse, variance(test.label()));
                    Tensor trainX = Tensor.copyOf(train.x(), train.count(), d, s.dtype());
                    Tensor trainY = Tensor.copyOf(train.label(), train.count(), 1, s.dtype());
                    Tensor testX = Tensor.copyOf(test.x(), test.count(), d, s.dtype());
                    for (int k : s.widths()) {
                        for (String model : MODELS) {
                            Run run = trainOne(model, d, k, seed, s, trainX, trainY, testX, test.label(), dataSeed);
                            runs.add(run);
                            csv.row(
                                    run.model(),
                                    d,
                                    k,
                                    seed,
                                    run.trainCount(),
                                    run.testCount(),
                                    run.testMse(),
                                    run.testMseStandardError(),
                                    run.testAccuracy(),
                                    run.trainMse(),
                                    run.trainableParameters(),
                                    run.parameters(),
                                    run.stepSize(),
                                    run.epochs(),
                                    run.seconds(),
                                    s.dtype().label());
                            progress.advance(
                                    (double) d * k,
                                    String.format(
                                            Locale.ROOT,
                                            "model %s d=%d k=%d seed %d: test MSE %.4f, acc %.3f",
                                            model,
                                            d,
                                            k,
                                            seed,
                                            run.testMse(),
                                            run.testAccuracy()));
                        }
                    }
                }
            }
        }
        plots(runs, s, out, constantMse);
        List<ResultRow> rows = targets(runs, s);
        writeSummary(runs, rows, s, out, context, constantMse);
        return rows;
    }

    private Run trainOne(
            String model,
            int d,
            int k,
            int seedIndex,
            BallSettings s,
            Tensor trainX,
            Tensor trainY,
            Tensor testX,
            double[] testLabels,
            long seed) {
        long start = System.nanoTime();
        Rng rng = Seeds.rng(seed, "ball", "model", model, d, k);
        Sequential net;
        double step;
        int epochs;
        if (model.equals("A")) {
            net = BallModels.modelA(d, k, s.dtype(), rng, trainX);
            int prefix = FrozenPrefixTraining.frozenPrefixLength(net);
            Tensor features =
                    FrozenPrefixTraining.forwardInChunks(FrozenPrefixTraining.slice(net, 0, prefix), trainX, 4096);
            double lambdaMax = GramSpectrum.largestEigenvalue(features, POWER_ITERATIONS, rng.nextLong());
            step = s.learningRateA() / (0.25 * lambdaMax);
            double lr = step;
            FrozenPrefixTraining.train(
                    net,
                    trainX,
                    trainY,
                    Loss.MSE,
                    params -> new Sgd(params, lr),
                    s.stepsA(),
                    Integer.MAX_VALUE,
                    rng.nextLong(),
                    "ball A d=" + d + " k=" + k,
                    s.logEpochs() ? Math.max(1, s.stepsA() / 5) : 0);
            epochs = s.stepsA();
        } else if (model.equals("B")) {
            PlateauTraining.Outcome best = null;
            for (double rate : s.learningRatesB()) {
                Sequential candidate =
                        BallModels.modelB(d, k, s.dtype(), Seeds.rng(seed, "ball", "model", "B", d, k, rate));
                PlateauTraining.Outcome o = PlateauTraining.train(
                        candidate,
                        trainX,
                        trainY,
                        rate / k,
                        s.batchTrained(),
                        s.maxEpochsB(),
                        s.plateauBlockB(),
                        BallSettings.PLATEAU_FRACTION,
                        rng.nextLong());
                LOG.info(String.format(
                        Locale.ROOT,
                        "ball B d=%d k=%d seed %d lr %s/k: train MSE %.4f after %d epochs",
                        d,
                        k,
                        seedIndex,
                        rate,
                        o.trainLoss(),
                        o.epochs()));
                if (best == null || o.trainLoss() < best.trainLoss()) {
                    best = o;
                }
            }
            net = best.model();
            step = best.learningRate();
            epochs = best.epochs();
        } else {
            net = BallModels.modelC(d, k, s.dtype(), rng);
            step = s.learningRateTrained() / k;
            FrozenPrefixTraining.train(
                    net,
                    trainX,
                    trainY,
                    Loss.MSE,
                    params -> new Adam(params, step),
                    s.epochsTrained(),
                    s.batchTrained(),
                    rng.nextLong(),
                    "ball " + model + " d=" + d + " k=" + k,
                    s.logEpochs() ? Math.max(1, s.epochsTrained() / 5) : 0);
            epochs = s.epochsTrained();
        }
        double[] trainPred =
                FrozenPrefixTraining.forwardInChunks(net, trainX, 4096).toDoubleArray();
        double[] testPred =
                FrozenPrefixTraining.forwardInChunks(net, testX, 4096).toDoubleArray();
        double[] trainLabels = trainY.toDoubleArray();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(
                model,
                d,
                k,
                seedIndex,
                trainLabels.length,
                testLabels.length,
                mse(testPred, testLabels),
                mseStandardError(testPred, testLabels),
                accuracy(testPred, testLabels),
                mse(trainPred, trainLabels),
                net.trainableParameterCount(),
                net.parameterCount(),
                step,
                epochs,
                seconds);
    }

    /** Standard error of the test MSE as a mean over test points: sd(e^2) / sqrt(n). */
    static double mseStandardError(double[] prediction, double[] label) {
        double mean = mse(prediction, label);
        double s = 0;
        for (int i = 0; i < label.length; i++) {
            double e = prediction[i] - label[i];
            s += (e * e - mean) * (e * e - mean);
        }
        return label.length < 2 ? 0 : Math.sqrt(s / (label.length - 1) / label.length);
    }

    /** Population variance: the MSE of the best constant predictor (the label mean) on these labels. */
    static double variance(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return s / v.length;
    }

    static double mse(double[] prediction, double[] label) {
        double s = 0;
        for (int i = 0; i < label.length; i++) {
            double e = prediction[i] - label[i];
            s += e * e;
        }
        return s / label.length;
    }

    /** Fraction of points on the right side of 1/2. */
    static double accuracy(double[] prediction, double[] label) {
        int right = 0;
        for (int i = 0; i < label.length; i++) {
            if ((prediction[i] >= 0.5) == (label[i] >= 0.5)) {
                right++;
            }
        }
        return (double) right / label.length;
    }

    /** Mean and standard error over seeds of one (model, d, k) cell. */
    record Cell(double mean, double standardError, int seeds, double worstSampleError) {
        /**
         * The noise a difference of two cells must beat: the larger of the seed-to-seed standard error of the
         * difference and the test-sample standard errors.
         */
        double noiseAgainst(Cell other) {
            double seedNoise = Math.sqrt(standardError * standardError + other.standardError * other.standardError);
            return Math.max(seedNoise, Math.max(worstSampleError, other.worstSampleError));
        }
    }

    static Cell cell(List<Run> runs, String model, int d, int k) {
        List<Double> values = new ArrayList<>();
        double sampleError = 0;
        for (Run r : runs) {
            if (r.model().equals(model) && r.d() == d && r.k() == k) {
                values.add(r.testMse());
                sampleError = Math.max(sampleError, r.testMseStandardError());
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("no run " + model + " d=" + d + " k=" + k);
        }
        double mean = 0;
        for (double v : values) {
            mean += v / values.size();
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double se = values.size() < 2 ? 0 : Math.sqrt(ss / (values.size() - 1) / values.size());
        return new Cell(mean, se, values.size(), sampleError);
    }

    static List<ResultRow> targets(List<Run> runs, BallSettings s) {
        List<ResultRow> rows = new ArrayList<>();
        for (int d : s.dimensions()) {
            if (d < 10) {
                continue;
            }
            StringBuilder measured = new StringBuilder();
            boolean pass = true;
            for (int k : s.widths()) {
                Cell a = cell(runs, "A", d, k);
                Cell b = cell(runs, "B", d, k);
                pass &= a.mean() < 0.5 * b.mean();
                measured.append(String.format(
                        Locale.ROOT,
                        "%sk=%d: A %.4f +- %.4f, B %.4f +- %.4f (A/B %.2f)",
                        measured.length() == 0 ? "" : "; ",
                        k,
                        a.mean(),
                        a.standardError(),
                        b.mean(),
                        b.standardError(),
                        a.mean() / b.mean()));
            }
            rows.add(ResultRow.protocol(
                            "ball",
                            "d=" + d + " MSE A < 0.5 x B",
                            "mean test MSE A < 0.5 x B (trained to its " + "plateau) at every k (d=" + d + ", "
                                    + s.seeds() + " seed(s))")
                    .from("EXPERIMENTS.md section 2 [P] (Safran & Lee 2022 give no numerics)")
                    .judged(measured.toString(), pass));
        }
        if (s.widths().length > 1) {
            for (int d : s.dimensions()) {
                StringBuilder measured = new StringBuilder();
                boolean pass = true;
                Cell previous = null;
                for (int k : s.widths()) {
                    Cell a = cell(runs, "A", d, k);
                    if (previous != null) {
                        double margin = previous.mean() - a.mean();
                        double noise = previous.noiseAgainst(a);
                        pass &= margin > noise;
                        measured.append(String.format(Locale.ROOT, " (fall %.4f vs noise %.4f), ", margin, noise));
                    }
                    measured.append(String.format(Locale.ROOT, "k=%d: %.4f +- %.4f", k, a.mean(), a.standardError()));
                    previous = a;
                }
                ResultRow.Builder row = ResultRow.protocol(
                                "ball",
                                "d=" + d + " A improves with k",
                                "model A mean test MSE "
                                        + "falls with k by more than the standard error (d=" + d + ", " + s.seeds()
                                        + " seed(s), " + s.stepsA()
                                        + " GD steps)")
                        .from("EXPERIMENTS.md section 2 [P]");
                rows.add(
                        s.stepsA() >= BallSettings.STEPS_A_JUDGED
                                ? row.judged(measured.toString(), pass)
                                : row.notJudged(
                                        measured + " (A needs >= " + BallSettings.STEPS_A_JUDGED + " GD steps)",
                                        Preset.QUICK,
                                        Preset.STANDARD));
            }
        }
        return rows;
    }

    private static void plots(List<Run> runs, BallSettings s, Path out, double constantMse) throws IOException {
        double[] ks = new double[s.widths().length];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = s.widths()[i];
        }
        double[] ds = new double[s.dimensions().length];
        for (int i = 0; i < ds.length; i++) {
            ds[i] = s.dimensions()[i];
        }
        for (int d : s.dimensions()) {
            Plot plot = Plot.titled("Ball indicator, d = " + d + ": test MSE vs width k (mean line, seeds as markers)")
                    .xLabel("k")
                    .yLabel("test MSE")
                    .logX();
            for (String model : MODELS) {
                double[] mse = new double[ks.length];
                for (int i = 0; i < ks.length; i++) {
                    mse[i] = cell(runs, model, d, s.widths()[i]).mean();
                }
                plot.lineMarkers("model " + model + " (mean)", ks, mse);
                seedMarkers(plot, runs, model, "model " + model + " seeds", r -> r.d() == d, r -> r.k());
            }
            plot.constant(String.format(Locale.ROOT, "constant predictor (%.3f)", constantMse), constantMse);
            plot.savePng(out.resolve("mse_vs_k_d" + d + ".png"));
        }
        for (String model : MODELS) {
            Plot plot = Plot.titled("Ball indicator, model " + model + ": test MSE vs d (mean line, seeds as markers)")
                    .xLabel("d")
                    .yLabel("test MSE");
            for (int k : s.widths()) {
                double[] mse = new double[ds.length];
                for (int i = 0; i < ds.length; i++) {
                    mse[i] = cell(runs, model, s.dimensions()[i], k).mean();
                }
                plot.lineMarkers("k = " + k + " (mean)", ds, mse);
                seedMarkers(plot, runs, model, "k = " + k + " seeds", r -> r.k() == k, r -> r.d());
            }
            plot.constant(String.format(Locale.ROOT, "constant predictor (%.3f)", constantMse), constantMse);
            plot.savePng(out.resolve("mse_vs_d_" + model + ".png"));
        }
    }

    /** Every seed's test MSE of one model as a marker, so the spread behind each mean is visible. */
    private static void seedMarkers(
            Plot plot, List<Run> runs, String model, String name, Predicate<Run> keep, ToDoubleFunction<Run> x) {
        List<Run> picked = new ArrayList<>();
        for (Run r : runs) {
            if (r.model().equals(model) && keep.test(r)) {
                picked.add(r);
            }
        }
        if (picked.size() <= 1) {
            return;
        }
        double[] xs = new double[picked.size()];
        double[] ys = new double[picked.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x.applyAsDouble(picked.get(i));
            ys[i] = picked.get(i).testMse();
        }
        plot.scatter(name, xs, ys);
    }

    private static void writeSummary(
            List<Run> runs, List<ResultRow> rows, BallSettings s, Path out, RunContext context, double constantMse)
            throws IOException {
        StringBuilder table = new StringBuilder(
                "| model | d | k | seed | test MSE | test accuracy | train MSE | epochs / steps | trainable / all parameters "
                        + "| seconds |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Run r : runs) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.4f | %.4f | %.4f | %d | %d / %d | %.1f |%n",
                    r.model(),
                    r.d(),
                    r.k(),
                    r.seed(),
                    r.testMse(),
                    r.testAccuracy(),
                    r.trainMse(),
                    r.epochs(),
                    r.trainableParameters(),
                    r.parameters(),
                    r.seconds()));
        }
        StringBuilder means = new StringBuilder("| d | k | A | B | C |\n|---|---|---|---|---|\n");
        for (int d : s.dimensions()) {
            for (int k : s.widths()) {
                means.append("| ").append(d).append(" | ").append(k);
                for (String model : MODELS) {
                    Cell c = cell(runs, model, d, k);
                    means.append(String.format(Locale.ROOT, " | %.4f +- %.4f", c.mean(), c.standardError()));
                }
                means.append(" |\n");
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("preset", context.preset().name().toLowerCase(Locale.ROOT));
        settings.put("seed", Long.toString(context.seed()));
        settings.put("precision", s.dtype().label());
        settings.put("train / test points", s.trainCount() + " / " + s.testCount());
        settings.put(
                "model A",
                "frozen u ~ N(0, I), b ~ U(-3, 3); features standardised by a frozen affine map; "
                        + s.stepsA() + " full-batch GD steps on squared loss, step " + s.learningRateA()
                        + " / (lambda_max([H 1]^T[H 1]/n) / 4)");
        settings.put("seeds", s.seeds() + " (data, frozen features and initialisations change with the seed)");
        settings.put(
                "model B",
                "Adam, batch " + s.batchTrained() + ", best by final training loss of the rates "
                        + Arrays.toString(s.learningRatesB()) + " / k, each trained in blocks of " + s.plateauBlockB()
                        + " epochs "
                        + "until a block lowers the training loss by less than "
                        + (int) (100 * BallSettings.PLATEAU_FRACTION)
                        + " % (at most " + s.maxEpochsB() + " epochs; a fresh Adam state per block)");
        settings.put(
                "model C",
                "Adam lr " + s.learningRateTrained() + " / k, " + s.epochsTrained() + " epochs, batch "
                        + s.batchTrained() + "; C's second hidden layer has " + BallModels.C_SECOND_WIDTH + " units");
        settings.put("constant predictor", String.format(Locale.ROOT, "test MSE %.4f (label variance)", constantMse));
        StringBuilder settingText = new StringBuilder();
        settings.forEach((key, value) ->
                settingText.append("- ").append(key).append(": ").append(value).append('\n'));
        Summary.titled("Ball indicator: optimisation-based depth separation (Safran & Lee, COLT 2022)")
                .text(
                        "Claim: gradient descent learns x -> 1{||x|| <= 1} under radial data (x = rho theta, theta uniform on"
                                + " S^(d-1), rho ~ U[0, 2]) with two sigmoid layers whose hidden layer is FIXED (model A), while one"
                                + " hidden layer of non-linearities (model B) stays far worse. A constant predictor has MSE 0.25. The"
                                + " uniform-radius law used here is benign: the paper's lower bound for one layer needs special radial"
                                + " laws, so this contrast illustrates the separation but does not test the lower bound.")
                .rows(rows)
                .section("Test MSE, mean +- standard error over seeds", means.toString())
                .section("All runs", table.toString())
                .section("Settings", settingText.toString())
                .section("Files", "ball.csv (every number above), mse_vs_k_d<d>.png, mse_vs_d_<model>.png")
                .write(out.resolve("summary.md"));
    }
}
