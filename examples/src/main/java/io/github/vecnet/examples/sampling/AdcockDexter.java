package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.NnBridge;
import io.github.vecnet.examples.common.Parallel;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.Progress;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.RunTable;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.Init;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import io.github.vecnet.nn.optim.Adam;
import io.github.vecnet.nn.optim.LearningRate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 1c, Adcock and Dexter: test functions on [-1, 1]^d learned from m uniform samples by a ReLU MLP (weights and
 * biases N(0, 0.1^2), full-batch Adam with exponentially decaying rate, float32, stopped at the authors' fp32 loss
 * tolerance 5e-7 or at the step budget), against least-squares Legendre polynomials of total degree <= 4 on the same
 * samples and against the constant predictor (the sample mean). Relative L2 errors on fresh uniform test points.
 *
 * <p>The polynomial degree is the largest n <= 4 whose C(n + d, d) terms are at most m / 2 (least squares from
 * uniform samples needs some oversampling to be stable): for d = 8 that is degree 1, 2, 2, 3, 4 at m = 76, 152,
 * 303, 605, 1210 (495 terms at the last).
 *
 * <p>The float32-vs-float64 comparison is not run: two identical unconverged schedules say nothing (ratio 1.00),
 * and the authors' float64 protocol (train to a loss of 5e-16) needs far more steps than the --standard budget.
 */
final class AdcockDexter {
    private static final Logger LOG = LoggerFactory.getLogger(AdcockDexter.class);
    private static final String[] HEADER = {
        "function", "d", "m", "trial", "method", "terms", "relative_l2_error", "steps", "final_loss"
    };
    static final double LR_START = 1e-3;
    static final double LR_END = 1e-5;
    /** Adcock and Dexter's float32 training-loss tolerance. */
    static final double LOSS_TOLERANCE = 5e-7;
    /** The flattening target: err(1210) / err(303) >= this. */
    static final double FLATTENING = 0.3;

    /** The authors' test functions used here. */
    enum TestFunction {
        /** exp(-sum_k cos(y_k) / (8 d)). */
        EXP_COS("exp_cos") {
            @Override
            double value(double[] y, int offset, int d) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += StrictMath.cos(y[offset + k]);
                }
                return StrictMath.exp(-s / (8.0 * d));
            }

            @Override
            List<Integer> dims(Preset preset) {
                return preset == Preset.SMOKE ? List.of(2) : preset == Preset.FULL ? List.of(8, 1, 2, 4) : List.of(8);
            }
        },
        /** exp(-sum_k cos(5 y_k)). */
        EXP_COS5("exp_cos5") {
            @Override
            double value(double[] y, int offset, int d) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += StrictMath.cos(5 * y[offset + k]);
                }
                return StrictMath.exp(-s);
            }

            @Override
            List<Integer> dims(Preset preset) {
                return preset == Preset.SMOKE ? List.of(2) : List.of(1, 2, 4, 8);
            }
        },
        /** 1{sum_k y_k >= 0}: piecewise constant, where the paper finds DNNs competitive. */
        HALFSPACE("halfspace") {
            @Override
            double value(double[] y, int offset, int d) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += y[offset + k];
                }
                return s >= 0 ? 1 : 0;
            }

            @Override
            List<Integer> dims(Preset preset) {
                return preset == Preset.SMOKE ? List.of(2) : List.of(2, 8);
            }
        };

        private final String label;

        TestFunction(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        abstract double value(double[] y, int offset, int d);

        /** The dimensions run in a preset. */
        abstract List<Integer> dims(Preset preset);

        double[] values(double[] y, int n, int d) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = value(y, i * d, d);
            }
            return v;
        }
    }

    record Run(TestFunction f, int d, int m, int trial) {}

    private AdcockDexter() {}

    static double f(double[] y, int offset, int d) {
        return TestFunction.EXP_COS.value(y, offset, d);
    }

    static double[] values(double[] y, int n, int d) {
        return TestFunction.EXP_COS.values(y, n, d);
    }

    static double[] points(int n, int d, Rng rng) {
        double[] y = new double[n * d];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.uniform(-1, 1);
        }
        return y;
    }

    /** The relative L2 error of the constant predictor {@code mean(samples)} against {@code truth}. */
    static double constantPredictorError(double[] samples, double[] truth) {
        double mean = 0;
        for (double v : samples) {
            mean += v;
        }
        mean /= samples.length;
        double[] c = new double[truth.length];
        Arrays.fill(c, mean);
        return relativeL2(c, truth);
    }

    /** The largest total degree <= 4 with at most m / 2 terms (at least degree 0). */
    static int degreeFor(int m, int d) {
        int degree = 0;
        for (int n = 1; n <= 4; n++) {
            if (LegendreBasis.size(d, n) <= m / 2) {
                degree = n;
            }
        }
        return degree;
    }

    static double relativeL2(double[] prediction, double[] truth) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < truth.length; i++) {
            double e = prediction[i] - truth[i];
            num += e * e;
            den += truth[i] * truth[i];
        }
        return Math.sqrt(num / den);
    }

    static List<ResultRow> run(SamplingSettings s, RunContext ctx, String experiment) throws Exception {
        Path out = ctx.outDir();
        List<Run> runs = new ArrayList<>();
        for (TestFunction f : s.adFunctions()) {
            for (int d : f.dims(s.preset())) {
                for (int m : s.adMs()) {
                    for (int t = 0; t < s.adTrials(); t++) {
                        runs.add(new Run(f, d, m, t));
                    }
                }
            }
        }
        List<ResultRow> results = new ArrayList<>();
        try (RunTable table = RunTable.open(out.resolve("adcock_dexter.csv"), HEADER, 4, ctx.full())) {
            List<Run> todo = new ArrayList<>();
            for (Run r : runs) {
                if (!table.done(r.f().label(), r.d(), r.m(), r.trial())) {
                    todo.add(r);
                }
            }
            double total = 0;
            for (Run r : todo) {
                total += r.m();
            }
            Progress progress = new Progress(LOG, "sampling 1c Adcock-Dexter", Math.max(1, total));
            Parallel.forEachOrdered(todo, ctx.threads(), r -> trial(r, s, ctx.seed()), rows -> {
                table.writeRun(rows);
                progress.advance(
                        (Integer) rows.get(0)[2], rows.get(0)[0] + " d=" + rows.get(0)[1] + " m=" + rows.get(0)[2]);
            });
            for (TestFunction f : s.adFunctions()) {
                for (int d : f.dims(s.preset())) {
                    results.addAll(analyse(s, table, f, d, out, experiment));
                }
            }
        }
        return results;
    }

    static List<Object[]> trial(Run r, SamplingSettings s, long base) {
        int d = r.d();
        int m = r.m();
        TestFunction f = r.f();
        String key = f == TestFunction.EXP_COS ? "" : f.label();
        // exp_cos keeps the sample and test streams it had before the other functions were added.
        double[] y = points(
                m,
                d,
                key.isEmpty()
                        ? Seeds.rng(base, "1c-samples", d, m, r.trial())
                        : Seeds.rng(base, "1c-samples", key, d, m, r.trial()));
        double[] fy = f.values(y, m, d);
        double[] test = points(
                s.adTestPoints(),
                d,
                key.isEmpty() ? Seeds.rng(base, "1c-test", d) : Seeds.rng(base, "1c-test", key, d));
        double[] ft = f.values(test, s.adTestPoints(), d);
        List<Object[]> rows = new ArrayList<>();
        int degree = degreeFor(m, d);
        LegendreBasis basis = new LegendreBasis(d, degree);
        double[] c = LeastSquares.solve(basis.design(y, m), m, basis.size(), fy);
        rows.add(new Object[] {
            f.label(),
            d,
            m,
            r.trial(),
            "poly",
            basis.size(),
            relativeL2(basis.evaluateExpansion(c, test, s.adTestPoints()), ft),
            0,
            ""
        });
        rows.add(new Object[] {f.label(), d, m, r.trial(), "constant", 1, constantPredictorError(fy, ft), 0, ""});
        long seed = key.isEmpty()
                ? Seeds.derive(base, "1c-mlp", d, m, r.trial())
                : Seeds.derive(base, "1c-mlp", key, d, m, r.trial());
        double[] trained = new double[2];
        double err = relativeL2(trainMlp(s, d, y, fy, m, DType.FLOAT32, seed, test, trained), ft);
        rows.add(new Object[] {f.label(), d, m, r.trial(), "mlp-float32", -1, err, (int) trained[0], trained[1]});
        return rows;
    }

    /**
     * Trains the MLP full-batch until the loss is below {@link #LOSS_TOLERANCE} or the step budget is spent; returns
     * its predictions at the test points and stores {steps, final loss} in {@code trained}.
     *
     * <p>The net fits the standardised targets (f - mean) / sd of its samples and predicts mean + sd * output; the
     * loss tolerance and the recorded loss are in the original units (loss * sd^2). Why: Adam moves every parameter
     * by about lr per step whatever the gradient's size, so an unstandardised target of large mean or spread (exp_cos5
     * in d = 8 reaches e^8 with a sample mean near 20) needs tens of thousands of steps before the output even reaches
     * the mean (the authors train for 50 000 epochs); standardised, every target starts at the same scale.
     */
    static double[] trainMlp(
            SamplingSettings s,
            int d,
            double[] y,
            double[] fy,
            int m,
            DType dtype,
            long seed,
            double[] test,
            double[] trained) {
        int[] widths = new int[s.adDepth() + 2];
        widths[0] = d;
        for (int l = 1; l <= s.adDepth(); l++) {
            widths[l] = s.adWidth();
        }
        widths[widths.length - 1] = 1;
        Mlp mlp = Mlp.builder()
                .widths(widths)
                .dtype(dtype)
                .init(Init.normal(0.1))
                .rng(new SplittableRandom(seed))
                .build();
        Adam adam = new Adam(
                mlp.parameters(), LearningRate.exponential(LR_START, LR_END, s.adSteps(), LearningRate.Unit.STEP));
        Standardisation scale = Standardisation.of(fy);
        Tensor x = Tensor.copyOf(y, m, d, dtype);
        Tensor target = Tensor.copyOf(scale.apply(fy), m, 1, dtype);
        double tolerance = LOSS_TOLERANCE / (scale.sd() * scale.sd());
        int step = 0;
        double last = Double.NaN;
        while (step < s.adSteps()) {
            Tensor loss = Losses.mse(mlp.forward(x), target);
            last = loss.item();
            if (last < tolerance) {
                break;
            }
            adam.zeroGrad();
            loss.backward();
            adam.step();
            step++;
        }
        trained[0] = step;
        trained[1] = last * scale.sd() * scale.sd();
        return scale.invert(NnBridge.predict(mlp, test, s.adTestPoints(), d, dtype));
    }

    /** z = (v - mean) / sd from the samples' mean and standard deviation (sd 1 for constant samples). */
    record Standardisation(double mean, double sd) {
        static Standardisation of(double[] samples) {
            double mean = 0;
            for (double v : samples) {
                mean += v;
            }
            mean /= samples.length;
            double var = 0;
            for (double v : samples) {
                var += (v - mean) * (v - mean);
            }
            double sd = Math.sqrt(var / samples.length);
            return new Standardisation(mean, sd > 0 ? sd : 1);
        }

        double[] apply(double[] v) {
            double[] z = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                z[i] = (v[i] - mean) / sd;
            }
            return z;
        }

        double[] invert(double[] z) {
            double[] v = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                v[i] = mean + sd * z[i];
            }
            return v;
        }
    }

    /**
     * The guard row: the trained MLP's mean error is below the constant predictor's at every m (an untrained or
     * badly trained net must not pass the other rows). NOT JUDGED in presets that do not judge training.
     */
    static ResultRow guard(
            SamplingSettings s, String experiment, String tag, int[] ms, double[] mlp, double[] constant) {
        int worst = 0;
        double worstRatio = 0;
        for (int i = 0; i < ms.length; i++) {
            double ratio = mlp[i] / constant[i];
            if (Double.isNaN(ratio)) {
                ratio = Double.POSITIVE_INFINITY; // a diverged net (NaN error) fails the guard
            }
            if (ratio > worstRatio) {
                worstRatio = ratio;
                worst = ms[i];
            }
        }
        ResultRow.Builder guard = ResultRow.claim(
                        experiment,
                        tag + ": MLP beats constant",
                        tag
                                + ": the trained MLP beats the constant-mean predictor at every m (guard: an untrained net must not "
                                + "pass the other rows)")
                .from("EXPERIMENTS.md section 1c (guard); Adcock & Dexter 2021, Sec. 5");
        String text = String.format(Locale.ROOT, "max MLP/constant error ratio %.2f (at m=%d)", worstRatio, worst);
        return s.judgesTraining()
                ? guard.judged(text, worstRatio < 1)
                : guard.notJudged(text, s.preset(), Preset.STANDARD);
    }

    private static List<ResultRow> analyse(
            SamplingSettings s, RunTable table, TestFunction f, int d, Path out, String experiment) throws Exception {
        String[] methods = {"poly", "mlp-float32", "constant"};
        int[] ms = s.adMs().stream().mapToInt(Integer::intValue).toArray();
        double[][] mean = new double[methods.length][ms.length];
        int cF = table.column("function");
        int cD = table.column("d");
        int cM = table.column("m");
        int cMethod = table.column("method");
        int cErr = table.column("relative_l2_error");
        for (int k = 0; k < methods.length; k++) {
            for (int i = 0; i < ms.length; i++) {
                double sum = 0;
                int count = 0;
                for (String[] row : table.rows()) {
                    if (row[cF].equals(f.label())
                            && Integer.parseInt(row[cD]) == d
                            && Integer.parseInt(row[cM]) == ms[i]
                            && row[cMethod].equals(methods[k])) {
                        sum += Double.parseDouble(row[cErr]);
                        count++;
                    }
                }
                mean[k][i] = count == 0 ? Double.NaN : sum / count;
            }
        }
        double[] xs = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            xs[i] = ms[i];
        }
        double constantMean = 0;
        for (double v : mean[2]) {
            constantMean += v / ms.length;
        }
        Plot.titled("Adcock-Dexter " + f.label() + ", d = " + d + ": relative L2 error (mean over trials)")
                .xLabel("number of samples m")
                .yLabel("relative L2 error")
                .logLog()
                .lineMarkers("Legendre least squares (degree <= 4)", xs, mean[0])
                .lineMarkers(String.format(Locale.ROOT, "MLP %d x %d float32", s.adDepth(), s.adWidth()), xs, mean[1])
                .constant("constant predictor (sample mean)", constantMean)
                .savePng(out.resolve("adcock_dexter_" + f.label() + "_d" + d + ".png"));
        List<ResultRow> results = new ArrayList<>();
        boolean judged = s.judgesTraining();
        String tag = "1c " + f.label() + " d=" + d;
        results.add(guard(s, experiment, tag, ms, mean[1], mean[2]));
        if (f != TestFunction.EXP_COS || d != 8) {
            return results;
        }
        int i303 = s.adMs().indexOf(303);
        int i1210 = s.adMs().indexOf(1210);
        if (i303 >= 0 && i1210 >= 0) {
            double ratio = mean[1][i1210] / mean[1][i303];
            ResultRow.Builder flat = ResultRow.claim(
                            experiment,
                            tag + ": MLP flattens",
                            String.format(
                                    Locale.ROOT,
                                    "%s: the MLP error flattens with m: err(1210)/err(303) >= %.1f",
                                    tag,
                                    FLATTENING))
                    .from("Adcock & Dexter 2021, Fig. 2 and Sec. 5 (the DNN error stagnates); "
                            + "EXPERIMENTS.md section 1c");
            String text = String.format(
                    Locale.ROOT, "err(1210)/err(303) = %.2f (poly %.2f)", ratio, mean[0][i1210] / mean[0][i303]);
            results.add(
                    judged
                            ? flat.judged(text, ratio >= FLATTENING)
                            : flat.notJudged(text, s.preset(), Preset.STANDARD));
        }
        double worstGain = Double.POSITIVE_INFINITY;
        boolean anyLarge = false;
        for (int i = 0; i < ms.length; i++) {
            if (ms[i] >= 1000) {
                anyLarge = true;
                worstGain = Math.min(worstGain, mean[1][i] / mean[0][i]);
            }
        }
        ResultRow.Builder poly = ResultRow.claim(
                        experiment,
                        tag + ": poly >= 10x better",
                        tag + ": the polynomial baseline is >= 10x better than the MLP at m >= 1000")
                .from("Adcock & Dexter 2021, Fig. 2 (least squares beats the trained DNN on smooth functions)");
        String polyText =
                anyLarge ? String.format(Locale.ROOT, "min MLP/poly error ratio %.1f", worstGain) : "no m >= 1000";
        results.add(
                judged
                        ? poly.judged(polyText, anyLarge && worstGain >= 10)
                        : poly.notJudged(polyText, s.preset(), Preset.STANDARD));
        return results;
    }
}
