package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.LogLogFit;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.RunTable;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.examples.common.UnitRunner;
import io.github.vecnet.examples.common.UnitSweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * 1a, Berner, Grohs and Voigtlaender's teacher-student experiment: students trained on m samples of ReLU teachers;
 * errors on fresh test points; the statistic "mean over seeds, max over teachers, min over (width, batch,
 * checkpoint)" per m; log-log slopes against the reference m^-(1/p + 1/d).
 */
final class TeacherStudent {
    static final String[] HEADER = {
        "d", "teacher", "width", "batch", "seed", "m", "epoch", "l1", "l2", "linf", "train_mse"
    };
    static final double[] NORMS = {1, 2, Double.POSITIVE_INFINITY};
    static final String[] NORM_NAMES = {"L1", "L2", "Linf"};

    private record Run(int d, int teacher, int width, StudentTrainer.BatchScheme batch, int seed, int m) {}

    /** Per d and m: stat[p] (min-max: max over teachers) and avg[p] (min-avg: mean over teachers). */
    record Statistic(int d, int[] ms, double[][] values, double[] slopes, double[][] averages, double[] avgSlopes) {}

    /** Tolerance on both inequalities of the slope ordering |s_inf| < |s_2| <= |s_1|. */
    static final double SLOPE_TOLERANCE = 0.05;
    /** Teachers needed to judge the slope ordering (the paper's statistic is a max over teachers). */
    static final int MIN_TEACHERS = 4;

    private TeacherStudent() {}

    /** The 1a sweep: one unit per (d, teacher, m, width, batch, seed), in that nesting order. */
    static UnitSweep sweep(SamplingSettings s, long baseSeed) {
        List<Run> runs = new ArrayList<>();
        for (int d : s.dims()) {
            for (int t = 0; t < s.teachers(); t++) {
                for (int m : s.ms()) {
                    for (int w : s.widths()) {
                        for (StudentTrainer.BatchScheme b : s.batches()) {
                            for (int seed = 0; seed < s.seeds(); seed++) {
                                runs.add(new Run(d, t, w, b, seed, m));
                            }
                        }
                    }
                }
            }
        }
        return UnitSweep.of(
                "sampling 1a teacher-student",
                TABLE,
                HEADER,
                6,
                runs,
                r -> new Object[] {r.d(), r.teacher(), r.width(), r.batch().label(), r.seed(), r.m()},
                r -> cost(r, s),
                r -> train(r, s, baseSeed));
    }

    static final String TABLE = "teacher_student.csv";

    static List<ResultRow> run(SamplingSettings s, RunContext ctx, String experiment, List<Statistic> stats)
            throws Exception {
        try (RunTable table =
                UnitRunner.run(sweep(s, ctx.seed()), ctx.outDir(), ctx.shard(), ctx.resumes(), ctx.threads())) {
            return analyse(s, table, ctx.outDir(), experiment, stats);
        }
    }

    /** Relative cost of a run: training (m x width^2 x epochs, plus a per-step overhead) and the test evaluations. */
    private static double cost(Run r, SamplingSettings s) {
        return cost(r.m(), r.width(), r.batch(), s);
    }

    private static double cost(int m, int width, StudentTrainer.BatchScheme b, SamplingSettings s) {
        int epochs = s.epochs(b);
        double steps = (double) epochs * Math.ceil((double) m / b.size(m));
        return (double) m * width * width * epochs
                + STEP_OVERHEAD * width * width * steps
                + (double) s.checkpoints(b).length * s.testPoints() * width * width / 8;
    }

    /** A training step costs about as much as this many extra samples (measured: small batches are overhead-bound). */
    private static final double STEP_OVERHEAD = 1000;

    private static List<Object[]> train(Run r, SamplingSettings s, long base) {
        ReluNet teacher = Teachers.teacher(r.d(), r.teacher());
        Rng sampleRng = Seeds.rng(base, "1a-samples", r.d(), r.teacher(), r.m(), r.seed());
        double[] x = Teachers.uniformPoints(r.m(), r.d(), sampleRng);
        double[] y = teacher.forward(x, r.m());
        double[] testX = Teachers.uniformPoints(s.testPoints(), r.d(), Seeds.rng(base, "1a-test", r.d()));
        double[] testY = teacher.forward(testX, s.testPoints());
        long studentSeed = Seeds.derive(base, "1a-student", r.d(), r.teacher(), r.width(), r.batch(), r.seed(), r.m());
        StudentTrainer trainer = new StudentTrainer(
                r.d(),
                r.width(),
                Teachers.HIDDEN_LAYERS,
                s.epochs(r.batch()),
                s.lrStart(),
                s.lrEnd(),
                r.batch(),
                studentSeed);
        List<Object[]> rows = new ArrayList<>();
        trainer.train(x, y, r.m(), testX, s.testPoints(), s.checkpoints(r.batch()), (epoch, prediction, trainMse) -> {
            ErrorNorms e = ErrorNorms.of(prediction, testY);
            rows.add(new Object[] {
                r.d(),
                r.teacher(),
                r.width(),
                r.batch().label(),
                r.seed(),
                r.m(),
                epoch,
                e.l1(),
                e.l2(),
                e.linf(),
                trainMse
            });
        });
        return rows;
    }

    /** The statistic, slopes, targets and plots from every row in the table. */
    static List<ResultRow> analyse(
            SamplingSettings s, RunTable table, Path out, String experiment, List<Statistic> stats) throws Exception {
        List<ResultRow> results = new ArrayList<>();
        boolean judged = s.judgesTraining() && s.teachers() >= MIN_TEACHERS;
        for (int d : s.dims()) {
            int[] ms = s.ms().stream().mapToInt(Integer::intValue).toArray();
            double[][] stat = new double[NORMS.length][ms.length];
            double[][] avg = new double[NORMS.length][ms.length];
            for (int mi = 0; mi < ms.length; mi++) {
                for (int p = 0; p < NORMS.length; p++) {
                    stat[p][mi] = statistic(table, d, ms[mi], p, false);
                    avg[p][mi] = statistic(table, d, ms[mi], p, true);
                }
            }
            double[] xs = new double[ms.length];
            for (int i = 0; i < ms.length; i++) {
                xs[i] = ms[i];
            }
            boolean complete = true;
            for (double[] row : stat) {
                for (double v : row) {
                    complete &= Double.isFinite(v) && v > 0;
                }
            }
            if (!complete || ms.length < 2) {
                results.add(ResultRow.identity(
                                experiment,
                                "1a d=" + d + " statistic complete",
                                "1a d=" + d + ": statistic available for every m")
                        .from("run bookkeeping")
                        .judged("missing runs", false));
                continue;
            }
            double[] slopes = new double[NORMS.length];
            double[] avgSlopes = new double[NORMS.length];
            for (int p = 0; p < NORMS.length; p++) {
                slopes[p] = LogLogFit.fit(xs, stat[p]).slope();
                avgSlopes[p] = LogLogFit.fit(xs, avg[p]).slope();
            }
            stats.add(new Statistic(d, ms, stat, slopes, avg, avgSlopes));
            double minRatio = Double.POSITIVE_INFINITY;
            for (int mi = 0; mi < ms.length; mi++) {
                minRatio = Math.min(minRatio, stat[2][mi] / stat[1][mi]);
            }
            ResultRow.Builder ratioRow = ResultRow.claim(
                            experiment,
                            "1a d=" + d + " Linf >= 3 x L2",
                            "1a d=" + d + ": Linf >= 3 x L2 at every m (min-max statistic)")
                    .from(
                            "Berner, Grohs & Voigtlaender 2023, Sec. 4 and Fig. 3 (uniform error far above the L2 error)");
            String ratioText = String.format(Locale.ROOT, "min Linf/L2 = %.2f", minRatio);
            results.add(
                    judged
                            ? ratioRow.judged(ratioText, minRatio >= 3)
                            : ratioRow.notJudged(ratioText, s.preset(), Preset.STANDARD));
            double a1 = Math.abs(slopes[0]);
            double a2 = Math.abs(slopes[1]);
            double ainf = Math.abs(slopes[2]);
            boolean ordered = ainf < a2 + SLOPE_TOLERANCE && a2 <= a1 + SLOPE_TOLERANCE;
            ResultRow.Builder orderRow = ResultRow.claim(
                            experiment,
                            "1a d=" + d + " |slope| Linf < L2 <= L1",
                            String.format(
                                    Locale.ROOT,
                                    "1a d=%d: fitted |slope| ordering Linf < L2 <= L1, tolerance %.2f on both "
                                            + "inequalities, min-max statistic over >= %d teachers",
                                    d,
                                    SLOPE_TOLERANCE,
                                    MIN_TEACHERS))
                    .from("Berner, Grohs & Voigtlaender 2023, Sec. 4, Fig. 3 and Table 1 (rates decrease with p)");
            String orderText = String.format(
                    Locale.ROOT,
                    "L1 %.3f, L2 %.3f, Linf %.3f (min-avg %.3f, %.3f, %.3f)",
                    slopes[0],
                    slopes[1],
                    slopes[2],
                    avgSlopes[0],
                    avgSlopes[1],
                    avgSlopes[2]);
            results.add(
                    judged
                            ? orderRow.judged(orderText, ordered)
                            : orderRow.notJudged(orderText, s.preset(), Preset.STANDARD));
            plot(d, xs, stat, avg, slopes, out);
        }
        return results;
    }

    /** min over (width, batch, epoch) of max over teachers of mean over seeds, for norm index p. */
    static double statistic(RunTable table, int d, int m, int p) {
        return statistic(table, d, m, p, false);
    }

    /**
     * min over (width, batch, epoch) of an aggregate over teachers of the mean over seeds, for norm index p: the
     * paper's min-max ({@code averageTeachers = false}, max over teachers) or min-avg (mean over teachers).
     */
    static double statistic(RunTable table, int d, int m, int p, boolean averageTeachers) {
        int cD = table.column("d");
        int cT = table.column("teacher");
        int cW = table.column("width");
        int cB = table.column("batch");
        int cM = table.column("m");
        int cE = table.column("epoch");
        int cV = table.column(p == 0 ? "l1" : p == 1 ? "l2" : "linf");
        // (width, batch, epoch) -> teacher -> {sum, count}
        Map<String, Map<String, double[]>> groups = new TreeMap<>();
        for (String[] row : table.rows()) {
            if (Integer.parseInt(row[cD]) != d || Integer.parseInt(row[cM]) != m) {
                continue;
            }
            String hyper = row[cW] + "/" + row[cB] + "/" + row[cE];
            double[] acc =
                    groups.computeIfAbsent(hyper, k -> new HashMap<>()).computeIfAbsent(row[cT], k -> new double[2]);
            acc[0] += Double.parseDouble(row[cV]);
            acc[1]++;
        }
        double best = Double.NaN;
        for (Map<String, double[]> byTeacher : groups.values()) {
            double worst = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (double[] acc : byTeacher.values()) {
                worst = Math.max(worst, acc[0] / acc[1]);
                sum += acc[0] / acc[1];
            }
            if (averageTeachers) {
                worst = sum / byTeacher.size();
            }
            best = Double.isNaN(best) ? worst : Math.min(best, worst);
        }
        return best;
    }

    private static void plot(int d, double[] ms, double[][] stat, double[][] avg, double[] slopes, Path out)
            throws Exception {
        Plot plot = Plot.titled("Teacher-student, d = " + d + ": min over hyper-parameters of max over teachers")
                .xLabel("number of samples m")
                .yLabel("test error")
                .logLog();
        for (int p = 0; p < NORMS.length; p++) {
            plot.scatter(NORM_NAMES[p] + " min-max", ms, stat[p]);
            plot.fit(NORM_NAMES[p] + " fit", ms, stat[p]);
        }
        for (int p = 0; p < NORMS.length; p++) {
            double rate = 1 / NORMS[p] + 1.0 / d;
            double[] ref = new double[ms.length];
            for (int i = 0; i < ms.length; i++) {
                ref[i] = stat[p][0] * StrictMath.pow(ms[i] / ms[0], -rate);
            }
            plot.dashed(String.format(Locale.ROOT, "m^-%.2f (1/p+1/d, %s)", rate, NORM_NAMES[p]), ms, ref);
        }
        plot.savePng(out.resolve("teacher_student_d" + d + ".png"));
    }
}
