package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.Stopwatch;
import io.github.vecnet.examples.common.Summary;
import io.github.vecnet.examples.common.UnitSweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Section 1, the theory-to-practice gap: 1a teacher-student (Berner, Grohs and Voigtlaender), 1b the fooling pair
 * and the grid-interpolation rate (Grohs and Voigtlaender), 1c Adcock and Dexter's exp_cos against least squares.
 */
public final class SamplingExperiment implements Experiment {
    /**
     * Right-click, run: {@code run sampling --quick} into {@code results/sampling/} through the launcher (arguments, if
     * any, replace {@code --quick}). The run configuration needs the VM option
     * {@code --add-modules=jdk.incubator.vector}.
     */
    public static void main(String[] args) {
        Main.runFromIde(SamplingExperiment.class, args);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SamplingExperiment.class);
    static final String NAME = "sampling";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Sampling complexity: teacher-student rates, fooling pair, grid interpolation, Adcock-Dexter vs least "
                + "squares";
    }

    /** 1a is a sweep of units; Fig. 1, 1b and 1c run whole (on the driver or merging process, when sharded). */
    @Override
    public List<UnitSweep> sweeps(RunContext ctx) {
        return List.of(TeacherStudent.sweep(SamplingSettings.of(ctx.preset()), ctx.seed()));
    }

    @Override
    public List<ResultRow> run(RunContext ctx) throws Exception {
        if (ctx.precision() != null && !ctx.precision().equals("float64")) {
            LOG.info(
                    "sampling: --precision {} ignored; 1a/1b train in float64 as specified and 1c runs both precisions",
                    ctx.precision());
        }
        SamplingSettings s = SamplingSettings.of(ctx.preset());
        List<ResultRow> rows = new ArrayList<>();
        List<TeacherStudent.Statistic> stats = new ArrayList<>();
        Stopwatch watch = Stopwatch.start();
        // Fig. 1 trains one deep student sequentially: run it beside the 1a pool so that both cores stay busy.
        ExecutorService beside = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vecnet-examples-fig1");
            t.setDaemon(true);
            return t;
        });
        ResultRow fig1;
        try {
            Future<ResultRow> pending = beside.submit(() -> Fig1Illustration.run(s, ctx, NAME));
            rows.addAll(TeacherStudent.run(s, ctx, NAME, stats));
            try {
                fig1 = pending.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
            }
        } finally {
            beside.shutdownNow();
        }
        rows.add(fig1);
        double t1a = watch.seconds();
        rows.addAll(Fooling.run(s, ctx, NAME));
        double t1b = watch.seconds() - t1a;
        rows.addAll(AdcockDexter.run(s, ctx, NAME));
        double t1c = watch.seconds() - t1a - t1b;
        LOG.info(
                "sampling: 1a with Fig. 1 {}, 1b {}, 1c {}",
                Stopwatch.format(t1a),
                Stopwatch.format(t1b),
                Stopwatch.format(t1c));
        writeSummary(s, ctx, rows, stats);
        return rows;
    }

    private static void writeSummary(
            SamplingSettings s, RunContext ctx, List<ResultRow> rows, List<TeacherStudent.Statistic> stats)
            throws Exception {
        StringBuilder table = new StringBuilder("| d | m | L1 | L2 | Linf | Linf/L2 | min-avg L1 | min-avg L2 | "
                + "min-avg Linf |\n|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder slopes = new StringBuilder("| d | norm | fitted slope (min-max) | fitted slope (min-avg) | "
                + "-(1/p + 1/d) |\n|---|---|---|---|---|\n");
        for (TeacherStudent.Statistic st : stats) {
            for (int i = 0; i < st.ms().length; i++) {
                table.append(String.format(
                        Locale.ROOT,
                        "| %d | %d | %.3e | %.3e | %.3e | %.2f | %.3e | %.3e | %.3e |%n",
                        st.d(),
                        st.ms()[i],
                        st.values()[0][i],
                        st.values()[1][i],
                        st.values()[2][i],
                        st.values()[2][i] / st.values()[1][i],
                        st.averages()[0][i],
                        st.averages()[1][i],
                        st.averages()[2][i]));
            }
            for (int p = 0; p < TeacherStudent.NORMS.length; p++) {
                slopes.append(String.format(
                        Locale.ROOT,
                        "| %d | %s | %.3f | %.3f | -%.3f |%n",
                        st.d(),
                        TeacherStudent.NORM_NAMES[p],
                        st.slopes()[p],
                        st.avgSlopes()[p],
                        1 / TeacherStudent.NORMS[p] + 1.0 / st.d()));
            }
        }
        String preset = ctx.preset().name().toLowerCase(Locale.ROOT);
        Summary.titled("Sampling complexity: the theory-to-practice gap (section 1)")
                .text("Preset " + preset + ", seed " + ctx.seed() + ". Claim: ReLU "
                        + "networks approximate these functions at arbitrarily high rates, yet no learner can beat about "
                        + "m^-(1/p+1/d) from m samples (uniform norm: m^-1/d), and trained networks do worse still.")
                .text(
                        s.judgesTraining()
                                ? "This preset judges every row."
                                : "This preset is a smoke run: its 1a, Fig. 1 "
                                        + "and 1c training rows are NOT JUDGED (its short, high-learning-rate schedule is a different regime from "
                                        + "the papers' recipes); run with --standard to judge them.")
                .rows(rows)
                .section(
                        "1a statistic (mean over seeds, then max (min-max) or mean (min-avg) over teachers, min over width, "
                                + "batch, checkpoint)",
                        table.toString())
                .section(
                        "1a fitted slopes",
                        slopes.toString() + "\nThe reference -(1/p + 1/d) is the rate no learner can "
                                + "beat on the paper's function class; the fitted slopes are shown beside it (not judged: a particular "
                                + "teacher class need not attain it).")
                .section(
                        "Settings",
                        String.format(
                                Locale.ROOT,
                                "1a: d %s, %d teachers, widths %s, batches %s, %d seed(s), "
                                        + "m %s, %d epochs (Adam lr %.0e -> %.0e, exponential per epoch; batch 100: %d epochs, checkpoints every "
                                        + "%d), checkpoints every %d epochs, %d test points, float64. Fig. 1: student %d affine maps of width %d, "
                                        + "m = %d, batch 20, the first %d epochs (the paper: all 5000) of Adam 1e-4 -> 1e-6 over 5000 epochs, "
                                        + "float64, %d equispaced points. "
                                        + "1b: student d %s, m %s, %d epochs; grid d %s on the ridge and %d random ReLU teachers of 1a, m = K^d "
                                        + "from 1e2 to 1e5 (1e6 in d = 3), slope window m >= %.0e (>= %.0e in d = 3), %d random test points plus "
                                        + "all cell corners. 1c: functions %s, MLP %d x %d float32, m %s, %d trial(s), up to %d full-batch Adam "
                                        + "steps (lr %.0e -> %.0e) or training loss < %.0e, %d test points.",
                                s.dims(),
                                s.teachers(),
                                s.widths(),
                                batchLabels(s),
                                s.seeds(),
                                s.ms(),
                                s.epochs(),
                                s.lrStart(),
                                s.lrEnd(),
                                SamplingSettings.HUNDRED_EPOCHS,
                                SamplingSettings.HUNDRED_CHECKPOINT_EVERY,
                                s.checkpointEvery(),
                                s.testPoints(),
                                Fig1Illustration.AFFINE_MAPS,
                                Fig1Illustration.WIDTH,
                                s.fig1Samples(),
                                s.fig1Epochs(),
                                Fig1Illustration.EVALUATION_POINTS,
                                s.foolingDims(),
                                s.foolingMs(),
                                s.foolingEpochs(),
                                s.gridDims(),
                                s.gridTeachers(),
                                Fooling.GRID_WINDOW_START,
                                Fooling.GRID_WINDOW_START_D3,
                                s.gridRandomPoints(),
                                functionLabels(s),
                                s.adDepth(),
                                s.adWidth(),
                                s.adMs(),
                                s.adTrials(),
                                s.adSteps(),
                                AdcockDexter.LR_START,
                                AdcockDexter.LR_END,
                                AdcockDexter.LOSS_TOLERANCE,
                                s.adTestPoints()))
                .section(
                        "Not run",
                        "The 1c float32-vs-float64 row is dropped: two identical unconverged schedules compare "
                                + "nothing (ratio 1.00), and the authors' float64 protocol (train to a loss of 5e-16) needs far more steps "
                                + "than the --standard budget.")
                .section(
                        "Files",
                        "teacher_student.csv (every checkpoint of every run), teacher_student_d*.png, fig1.csv, "
                                + "fig1_samples.csv, fig1.png, fig1_error.png, fooling.csv, grid_rate.csv, grid_rate.png, "
                                + "adcock_dexter.csv (MLP, polynomial and constant predictor), adcock_dexter_<function>_d*.png. With "
                                + "--full the CSVs are resumed: finished runs are skipped after an interruption.")
                .write(ctx.outDir().resolve("summary.md"));
    }

    private static List<String> functionLabels(SamplingSettings s) {
        List<String> l = new ArrayList<>();
        for (AdcockDexter.TestFunction f : s.adFunctions()) {
            l.add(f.label() + " d " + f.dims(s.preset()));
        }
        return l;
    }

    private static List<String> batchLabels(SamplingSettings s) {
        List<String> l = new ArrayList<>();
        for (StudentTrainer.BatchScheme b : s.batches()) {
            l.add(b.label());
        }
        return l;
    }
}
