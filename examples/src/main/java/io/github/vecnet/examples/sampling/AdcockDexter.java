package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.LogLogFit;
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
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 1c, Adcock and Dexter: f(y) = exp(-sum_k cos(y_k) / (8d)) on [-1, 1]^d learned from m uniform samples by a ReLU
 * MLP (weights and biases N(0, 0.1^2), full-batch Adam with exponentially decaying rate) in float32 and float64,
 * against least-squares Legendre polynomials of total degree <= 4 on the same samples. Relative L2 errors on fresh
 * uniform test points.
 *
 * <p>The polynomial degree is the largest n <= 4 whose C(n + d, d) terms are at most m / 2 (least squares from
 * uniform samples needs some oversampling to be stable): for d = 8 that is degree 1, 2, 2, 3, 4 at m = 76, 152,
 * 303, 605, 1210 (495 terms at the last).
 */
final class AdcockDexter {
  private static final Logger LOG = LoggerFactory.getLogger(AdcockDexter.class);
  private static final String[] HEADER = {"d", "m", "trial", "method", "terms", "relative_l2_error"};
  static final double LR_START = 1e-3;
  static final double LR_END = 1e-5;

  private record Run(int d, int m, int trial) {}

  private AdcockDexter() {}

  static double f(double[] y, int offset, int d) {
    double s = 0;
    for (int k = 0; k < d; k++) {
      s += StrictMath.cos(y[offset + k]);
    }
    return StrictMath.exp(-s / (8.0 * d));
  }

  static double[] values(double[] y, int n, int d) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = f(y, i * d, d);
    }
    return v;
  }

  static double[] points(int n, int d, Rng rng) {
    double[] y = new double[n * d];
    for (int i = 0; i < y.length; i++) {
      y[i] = rng.uniform(-1, 1);
    }
    return y;
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
    for (int d : s.adDims()) {
      for (int m : s.adMs()) {
        for (int t = 0; t < s.adTrials(); t++) {
          runs.add(new Run(d, m, t));
        }
      }
    }
    List<ResultRow> results = new ArrayList<>();
    try (RunTable table = RunTable.open(out.resolve("adcock_dexter.csv"), HEADER, 3, ctx.full())) {
      List<Run> todo = new ArrayList<>();
      for (Run r : runs) {
        if (!table.done(r.d(), r.m(), r.trial())) {
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
        progress.advance((Integer) rows.get(0)[1], "d=" + rows.get(0)[0] + " m=" + rows.get(0)[1]);
      });
      for (int d : s.adDims()) {
        results.addAll(analyse(s, table, d, out, experiment));
      }
    }
    return results;
  }

  private static List<Object[]> trial(Run r, SamplingSettings s, long base) {
    int d = r.d();
    int m = r.m();
    double[] y = points(m, d, Seeds.rng(base, "1c-samples", d, m, r.trial()));
    double[] fy = values(y, m, d);
    double[] test = points(s.adTestPoints(), d, Seeds.rng(base, "1c-test", d));
    double[] ft = values(test, s.adTestPoints(), d);
    List<Object[]> rows = new ArrayList<>();
    int degree = degreeFor(m, d);
    LegendreBasis basis = new LegendreBasis(d, degree);
    double[] c = LeastSquares.solve(basis.design(y, m), m, basis.size(), fy);
    rows.add(new Object[] {d, m, r.trial(), "poly", basis.size(),
        relativeL2(basis.evaluateExpansion(c, test, s.adTestPoints()), ft)});
    for (DType dtype : List.of(DType.FLOAT32, DType.FLOAT64)) {
      long seed = Seeds.derive(base, "1c-mlp", d, m, r.trial());
      double err = relativeL2(trainMlp(s, d, y, fy, m, dtype, seed, test), ft);
      rows.add(new Object[] {d, m, r.trial(), "mlp-" + dtype.label(), -1, err});
    }
    return rows;
  }

  /** Trains the MLP full-batch and returns its predictions at the test points. */
  private static double[] trainMlp(SamplingSettings s, int d, double[] y, double[] fy, int m, DType dtype,
      long seed, double[] test) {
    int[] widths = new int[s.adDepth() + 2];
    widths[0] = d;
    for (int l = 1; l <= s.adDepth(); l++) {
      widths[l] = s.adWidth();
    }
    widths[widths.length - 1] = 1;
    // The same seed for both precisions: the float32 net starts from the float64 net's values rounded.
    Mlp mlp = Mlp.builder().widths(widths).dtype(dtype).init(Init.normal(0.1)).rng(new SplittableRandom(seed))
        .build();
    Adam adam = new Adam(mlp.parameters(), LearningRate.exponential(LR_START, LR_END, s.adSteps(),
        LearningRate.Unit.STEP));
    Tensor x = Tensor.copyOf(y, m, d, dtype);
    Tensor target = Tensor.copyOf(fy, m, 1, dtype);
    for (int step = 0; step < s.adSteps(); step++) {
      Tensor loss = Losses.mse(mlp.forward(x), target);
      adam.zeroGrad();
      loss.backward();
      adam.step();
    }
    return NnBridge.predict(mlp, test, s.adTestPoints(), d, dtype);
  }

  private static List<ResultRow> analyse(SamplingSettings s, RunTable table, int d, Path out, String experiment)
      throws Exception {
    String[] methods = {"poly", "mlp-float32", "mlp-float64"};
    int[] ms = s.adMs().stream().mapToInt(Integer::intValue).toArray();
    double[][] mean = new double[methods.length][ms.length];
    int cD = table.column("d");
    int cM = table.column("m");
    int cMethod = table.column("method");
    int cErr = table.column("relative_l2_error");
    for (int k = 0; k < methods.length; k++) {
      for (int i = 0; i < ms.length; i++) {
        double sum = 0;
        int count = 0;
        for (String[] row : table.rows()) {
          if (Integer.parseInt(row[cD]) == d && Integer.parseInt(row[cM]) == ms[i] && row[cMethod].equals(
              methods[k])) {
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
    Plot plot = Plot.titled("Adcock-Dexter exp_cos, d = " + d + ": relative L2 error (mean over trials)")
        .xLabel("number of samples m").yLabel("relative L2 error").logLog();
    for (int k = 0; k < methods.length; k++) {
      plot.lineMarkers(methods[k].equals("poly") ? "Legendre least squares (degree <= 4)" : "MLP " + methods[k]
          .substring(4), xs, mean[k]);
    }
    plot.savePng(out.resolve("adcock_dexter_d" + d + ".png"));
    List<ResultRow> results = new ArrayList<>();
    double mlpSlope = LogLogFit.fit(xs, mean[2]).slope();
    double polySlope = LogLogFit.fit(xs, mean[0]).slope();
    results.add(new ResultRow(experiment, "1c d=" + d + ": MLP error flattens with m (slope > -0.25)",
        String.format(Locale.ROOT, "MLP float64 slope %.3f (polynomial %.3f)", mlpSlope, polySlope),
        mlpSlope > -0.25));
    double worstGain = Double.POSITIVE_INFINITY;
    boolean anyLarge = false;
    for (int i = 0; i < ms.length; i++) {
      if (ms[i] >= 1000) {
        anyLarge = true;
        double best = Math.min(mean[1][i], mean[2][i]);
        worstGain = Math.min(worstGain, best / mean[0][i]);
      }
    }
    results.add(new ResultRow(experiment, "1c d=" + d + ": polynomial baseline >= 10x better at m >= 1000",
        anyLarge ? String.format(Locale.ROOT, "min MLP/poly error ratio %.1f", worstGain) : "no m >= 1000",
        anyLarge && worstGain >= 10));
    double maxHelp = 0;
    for (int i = 0; i < ms.length; i++) {
      maxHelp = Math.max(maxHelp, mean[1][i] / mean[2][i]);
    }
    results.add(new ResultRow(experiment, "1c d=" + d + ": float64 helps the MLP < 10x",
        String.format(Locale.ROOT, "max float32/float64 error ratio %.2f", maxHelp), maxHelp < 10));
    return results;
  }
}
