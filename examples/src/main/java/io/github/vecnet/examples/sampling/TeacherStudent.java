package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.LogLogFit;
import io.github.vecnet.examples.common.Parallel;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.Progress;
import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.RunTable;
import io.github.vecnet.examples.common.Seeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 1a, Berner, Grohs and Voigtlaender's teacher-student experiment: students trained on m samples of ReLU teachers;
 * errors on fresh test points; the statistic "mean over seeds, max over teachers, min over (width, batch,
 * checkpoint)" per m; log-log slopes against the reference m^-(1/p + 1/d).
 */
final class TeacherStudent {
  private static final Logger LOG = LoggerFactory.getLogger(TeacherStudent.class);
  static final String[] HEADER = {"d", "teacher", "width", "batch", "seed", "m", "epoch", "l1", "l2", "linf",
      "train_mse"};
  static final double[] NORMS = {1, 2, Double.POSITIVE_INFINITY};
  static final String[] NORM_NAMES = {"L1", "L2", "Linf"};

  private record Run(int d, int teacher, int width, StudentTrainer.BatchScheme batch, int seed, int m) {}

  /** stat[p] per d and m. */
  record Statistic(int d, int[] ms, double[][] values, double[] slopes) {}

  private TeacherStudent() {}

  static List<ResultRow> run(SamplingSettings s, RunContext ctx, String experiment, List<Statistic> stats)
      throws Exception {
    Path out = ctx.outDir();
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
    try (RunTable table = RunTable.open(out.resolve("teacher_student.csv"), HEADER, 6, ctx.full())) {
      List<Run> todo = new ArrayList<>();
      double total = 0;
      for (Run r : runs) {
        if (!table.done(r.d(), r.teacher(), r.width(), r.batch().label(), r.seed(), r.m())) {
          todo.add(r);
          total += cost(r, s);
        }
      }
      if (table.resumedRuns() > 0) {
        LOG.info("sampling 1a: resuming, {} of {} runs already in teacher_student.csv", runs.size() - todo.size(),
            runs.size());
      }
      Progress progress = new Progress(LOG, "sampling 1a teacher-student", Math.max(1, total));
      Parallel.forEachOrdered(todo, ctx.threads(), r -> train(r, s, ctx.seed()), rows -> {
        table.writeRun(rows);
        Object[] first = rows.get(0);
        progress.advance(costOf(first, s), "d=" + first[0] + " teacher " + first[1] + " m=" + first[5]);
      });
      return analyse(s, table, out, experiment, stats);
    }
  }

  private static double cost(Run r, SamplingSettings s) {
    return (double) r.m() * r.width() * r.width() * s.epochs() + s.testPoints();
  }

  private static double costOf(Object[] row, SamplingSettings s) {
    int width = (Integer) row[2];
    int m = (Integer) row[5];
    return (double) m * width * width * s.epochs() + s.testPoints();
  }

  private static List<Object[]> train(Run r, SamplingSettings s, long base) {
    ReluNet teacher = Teachers.teacher(r.d(), r.teacher());
    Rng sampleRng = Seeds.rng(base, "1a-samples", r.d(), r.teacher(), r.m(), r.seed());
    double[] x = Teachers.uniformPoints(r.m(), r.d(), sampleRng);
    double[] y = teacher.forward(x, r.m());
    double[] testX = Teachers.uniformPoints(s.testPoints(), r.d(), Seeds.rng(base, "1a-test", r.d()));
    double[] testY = teacher.forward(testX, s.testPoints());
    long studentSeed = Seeds.derive(base, "1a-student", r.d(), r.teacher(), r.width(), r.batch(), r.seed(), r.m());
    StudentTrainer trainer = new StudentTrainer(r.d(), r.width(), Teachers.HIDDEN_LAYERS, s.epochs(), s.lrStart(),
        s.lrEnd(), r.batch(), studentSeed);
    List<Object[]> rows = new ArrayList<>();
    trainer.train(x, y, r.m(), testX, s.testPoints(), s.checkpoints(), (epoch, prediction, trainMse) -> {
      ErrorNorms e = ErrorNorms.of(prediction, testY);
      rows.add(new Object[] {r.d(), r.teacher(), r.width(), r.batch().label(), r.seed(), r.m(), epoch, e.l1(),
          e.l2(), e.linf(), trainMse});
    });
    return rows;
  }

  /** The statistic, slopes, targets and plots from every row in the table. */
  static List<ResultRow> analyse(SamplingSettings s, RunTable table, Path out, String experiment,
      List<Statistic> stats) throws Exception {
    List<ResultRow> results = new ArrayList<>();
    for (int d : s.dims()) {
      int[] ms = s.ms().stream().mapToInt(Integer::intValue).toArray();
      double[][] stat = new double[NORMS.length][ms.length];
      for (int mi = 0; mi < ms.length; mi++) {
        for (int p = 0; p < NORMS.length; p++) {
          stat[p][mi] = statistic(table, d, ms[mi], p);
        }
      }
      double[] slopes = new double[NORMS.length];
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
        results.add(new ResultRow(experiment, "1a d=" + d + ": statistic available for every m",
            "missing runs", false));
        continue;
      }
      for (int p = 0; p < NORMS.length; p++) {
        slopes[p] = LogLogFit.fit(xs, stat[p]).slope();
      }
      stats.add(new Statistic(d, ms, stat, slopes));
      double minRatio = Double.POSITIVE_INFINITY;
      for (int mi = 0; mi < ms.length; mi++) {
        minRatio = Math.min(minRatio, stat[2][mi] / stat[1][mi]);
      }
      results.add(new ResultRow(experiment, "1a d=" + d + ": Linf >= 3 x L2 at every m",
          String.format(Locale.ROOT, "min Linf/L2 = %.2f", minRatio), minRatio >= 3));
      double a1 = Math.abs(slopes[0]);
      double a2 = Math.abs(slopes[1]);
      double ainf = Math.abs(slopes[2]);
      boolean ordered = ainf < a2 && a2 <= a1 + 0.1;
      results.add(new ResultRow(experiment, "1a d=" + d + ": |slope| Linf < L2 <= L1 (+0.1)",
          String.format(Locale.ROOT, "slopes L1 %.3f, L2 %.3f, Linf %.3f", slopes[0], slopes[1], slopes[2]),
          ordered));
      boolean slow = true;
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < NORMS.length; p++) {
        double ref = 1 / NORMS[p] + 1.0 / d;
        slow &= Math.abs(slopes[p]) <= ref + 0.1;
        text.append(String.format(Locale.ROOT, "%s%s %.2f vs %.2f", p == 0 ? "" : ", ", NORM_NAMES[p],
            Math.abs(slopes[p]), ref));
      }
      results.add(new ResultRow(experiment, "1a d=" + d + ": every |slope| <= 1/p + 1/d (+0.1), far from the "
          + "approximation rate (unbounded: the teacher is a student)", text.toString(), slow));
      plot(d, xs, stat, slopes, out);
    }
    return results;
  }

  /** min over (width, batch, epoch) of max over teachers of mean over seeds, for norm index p. */
  static double statistic(RunTable table, int d, int m, int p) {
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
      double[] acc = groups.computeIfAbsent(hyper, k -> new HashMap<>())
          .computeIfAbsent(row[cT], k -> new double[2]);
      acc[0] += Double.parseDouble(row[cV]);
      acc[1]++;
    }
    double best = Double.NaN;
    for (Map<String, double[]> byTeacher : groups.values()) {
      double worst = Double.NEGATIVE_INFINITY;
      for (double[] acc : byTeacher.values()) {
        worst = Math.max(worst, acc[0] / acc[1]);
      }
      best = Double.isNaN(best) ? worst : Math.min(best, worst);
    }
    return best;
  }

  private static void plot(int d, double[] ms, double[][] stat, double[] slopes, Path out) throws Exception {
    Plot plot = Plot.titled("Teacher-student, d = " + d + ": mean over seeds, max over teachers, min over "
        + "hyper-parameters").xLabel("number of samples m").yLabel("test error").logLog();
    for (int p = 0; p < NORMS.length; p++) {
      plot.scatter(NORM_NAMES[p], ms, stat[p]);
      plot.fit(NORM_NAMES[p] + " fit", ms, stat[p]);
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
