package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.Stopwatch;
import io.github.vecnet.examples.common.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  @Override
  public List<ResultRow> run(RunContext ctx) throws Exception {
    if (ctx.precision() != null && !ctx.precision().equals("float64")) {
      LOG.info("sampling: --precision {} ignored; 1a/1b train in float64 as specified and 1c runs both precisions",
          ctx.precision());
    }
    SamplingSettings s = SamplingSettings.of(ctx.preset());
    List<ResultRow> rows = new ArrayList<>();
    List<TeacherStudent.Statistic> stats = new ArrayList<>();
    Stopwatch watch = Stopwatch.start();
    rows.addAll(TeacherStudent.run(s, ctx, NAME, stats));
    double t1a = watch.seconds();
    rows.addAll(Fooling.run(s, ctx, NAME));
    double t1b = watch.seconds() - t1a;
    rows.addAll(AdcockDexter.run(s, ctx, NAME));
    double t1c = watch.seconds() - t1a - t1b;
    LOG.info("sampling: 1a {}, 1b {}, 1c {}", Stopwatch.format(t1a), Stopwatch.format(t1b), Stopwatch.format(t1c));
    writeSummary(s, ctx, rows, stats);
    return rows;
  }

  private static void writeSummary(SamplingSettings s, RunContext ctx, List<ResultRow> rows,
      List<TeacherStudent.Statistic> stats) throws Exception {
    StringBuilder table = new StringBuilder("| d | m | L1 | L2 | Linf | Linf/L2 |\n|---|---|---|---|---|---|\n");
    StringBuilder slopes = new StringBuilder("| d | norm | fitted slope | 1/p + 1/d |\n|---|---|---|---|\n");
    for (TeacherStudent.Statistic st : stats) {
      for (int i = 0; i < st.ms().length; i++) {
        table.append(String.format(Locale.ROOT, "| %d | %d | %.3e | %.3e | %.3e | %.2f |%n", st.d(), st.ms()[i],
            st.values()[0][i], st.values()[1][i], st.values()[2][i], st.values()[2][i] / st.values()[1][i]));
      }
      for (int p = 0; p < TeacherStudent.NORMS.length; p++) {
        slopes.append(String.format(Locale.ROOT, "| %d | %s | %.3f | -%.3f |%n", st.d(),
            TeacherStudent.NORM_NAMES[p], st.slopes()[p], 1 / TeacherStudent.NORMS[p] + 1.0 / st.d()));
      }
    }
    Summary.titled("Sampling complexity: the theory-to-practice gap (section 1)")
        .text("Preset " + ctx.preset().name().toLowerCase(Locale.ROOT) + ", seed " + ctx.seed() + ". Claim: ReLU "
            + "networks approximate these functions at arbitrarily high rates, yet no learner can beat about "
            + "m^-(1/p+1/d) from m samples (uniform norm: m^-1/d), and trained networks do worse still.")
        .rows(rows)
        .section("1a statistic (mean over seeds, max over teachers, min over width, batch, checkpoint)",
            table.toString())
        .section("1a fitted slopes", slopes.toString())
        .section("Settings", String.format(Locale.ROOT, "1a: d %s, %d teachers, widths %s, batches %s, %d seed(s), "
            + "m %s, %d epochs (Adam lr %.0e -> %.0e, exponential per epoch), checkpoints every %d epochs, %d "
            + "test points. 1b: student d %s, m %s, %d epochs; grid d %s up to m = %.0e with %d random test "
            + "points plus all cell corners. 1c: d %s, MLP %d x %d, m %s, %d trial(s), %d full-batch Adam steps "
            + "(lr %.0e -> %.0e), %d test points.", s.dims(), s.teachers(), s.widths(), batchLabels(s), s.seeds(),
            s.ms(), s.epochs(), s.lrStart(), s.lrEnd(), s.checkpointEvery(), s.testPoints(), s.foolingDims(),
            s.foolingMs(), s.foolingEpochs(), s.gridDims(), s.gridMaxM(), s.gridRandomPoints(), s.adDims(),
            s.adDepth(), s.adWidth(), s.adMs(), s.adTrials(), s.adSteps(), AdcockDexter.LR_START,
            AdcockDexter.LR_END, s.adTestPoints()))
        .section("Files", "teacher_student.csv (every checkpoint of every run), teacher_student_d*.png, fooling.csv, "
            + "grid_rate.csv, grid_rate.png, adcock_dexter.csv, adcock_dexter_d*.png. With --full the CSVs are "
            + "resumed: finished runs are skipped after an interruption.")
        .write(ctx.outDir().resolve("summary.md"));
  }

  private static List<String> batchLabels(SamplingSettings s) {
    List<String> l = new ArrayList<>();
    for (StudentTrainer.BatchScheme b : s.batches()) {
      l.add(b.label());
    }
    return l;
  }
}
