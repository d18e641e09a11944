package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Main;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  record Run(String model, int d, int k, int trainCount, int testCount, double testMse, double testAccuracy,
      double trainMse, long trainableParameters, long parameters, double stepSize, double seconds) {}

  @Override
  public List<ResultRow> run(RunContext context) throws IOException {
    DType dtype = context.precision() == null ? DType.FLOAT32 : DType.parse(context.precision());
    BallSettings s = BallSettings.of(context.preset(), dtype);
    Path out = context.outDir();
    List<Run> runs = new ArrayList<>();
    double totalWork = 0;
    for (int d : s.dimensions()) {
      for (int k : s.widths()) {
        totalWork += (double) d * k * 3;
      }
    }
    Progress progress = new Progress(LOG, "ball", totalWork);
    try (CsvWriter csv = CsvWriter.create(out.resolve("ball.csv"), "model", "d", "k", "train", "test", "test_mse",
        "test_accuracy", "train_mse", "trainable_parameters", "parameters", "step_size", "seconds", "dtype")) {
      for (int d : s.dimensions()) {
        RadialSampler sampler = new RadialSampler(d, 1.0);
        RadialData train = sampler.sample(s.trainCount(), Seeds.derive(context.seed(), "ball", "train", d));
        RadialData test = sampler.sample(s.testCount(), Seeds.derive(context.seed(), "ball", "test", d));
        Tensor trainX = Tensor.copyOf(train.x(), train.count(), d, s.dtype());
        Tensor trainY = Tensor.copyOf(train.label(), train.count(), 1, s.dtype());
        Tensor testX = Tensor.copyOf(test.x(), test.count(), d, s.dtype());
        for (int k : s.widths()) {
          for (String model : MODELS) {
            Run run = trainOne(model, d, k, s, trainX, trainY, testX, test.label(), context.seed());
            runs.add(run);
            csv.row(run.model(), d, k, run.trainCount(), run.testCount(), run.testMse(), run.testAccuracy(),
                run.trainMse(), run.trainableParameters(), run.parameters(), run.stepSize(), run.seconds(),
                s.dtype().label());
            progress.advance((double) d * k, String.format(Locale.ROOT, "model %s d=%d k=%d: test MSE %.4f, acc %.3f",
                model, d, k, run.testMse(), run.testAccuracy()));
          }
        }
      }
    }
    plots(runs, s, out);
    List<ResultRow> rows = targets(runs, s);
    writeSummary(runs, rows, s, out, context);
    return rows;
  }

  private Run trainOne(String model, int d, int k, BallSettings s, Tensor trainX, Tensor trainY, Tensor testX,
      double[] testLabels, long seed) {
    long start = System.nanoTime();
    Rng rng = Seeds.rng(seed, "ball", "model", model, d, k);
    Sequential net;
    double step;
    if (model.equals("A")) {
      net = BallModels.modelA(d, k, s.dtype(), rng, trainX);
      int prefix = FrozenPrefixTraining.frozenPrefixLength(net);
      Tensor features = FrozenPrefixTraining.forwardInChunks(FrozenPrefixTraining.slice(net, 0, prefix), trainX,
          4096);
      double lambdaMax = GramSpectrum.largestEigenvalue(features, POWER_ITERATIONS, rng.nextLong());
      step = s.learningRateA() / (0.25 * lambdaMax);
      double lr = step;
      FrozenPrefixTraining.train(net, trainX, trainY, Loss.MSE, params -> new Sgd(params, lr), s.stepsA(),
          Integer.MAX_VALUE, rng.nextLong(), "ball A d=" + d + " k=" + k, s.logEpochs() ? Math.max(1, s.stepsA() / 5) : 0);
    } else {
      net = model.equals("B") ? BallModels.modelB(d, k, s.dtype(), rng) : BallModels.modelC(d, k, s.dtype(), rng);
      step = s.learningRateTrained() / k;
      FrozenPrefixTraining.train(net, trainX, trainY, Loss.MSE, params -> new Adam(params, step),
          s.epochsTrained(), s.batchTrained(), rng.nextLong(), "ball " + model + " d=" + d + " k=" + k,
          s.logEpochs() ? Math.max(1, s.epochsTrained() / 5) : 0);
    }
    double[] trainPred = FrozenPrefixTraining.forwardInChunks(net, trainX, 4096).toDoubleArray();
    double[] testPred = FrozenPrefixTraining.forwardInChunks(net, testX, 4096).toDoubleArray();
    double[] trainLabels = trainY.toDoubleArray();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(model, d, k, trainLabels.length, testLabels.length, mse(testPred, testLabels),
        accuracy(testPred, testLabels), mse(trainPred, trainLabels), net.trainableParameterCount(),
        net.parameterCount(), step, seconds);
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

  private static Run find(List<Run> runs, String model, int d, int k) {
    for (Run r : runs) {
      if (r.model().equals(model) && r.d() == d && r.k() == k) {
        return r;
      }
    }
    throw new IllegalStateException("no run " + model + " d=" + d + " k=" + k);
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
        double a = find(runs, "A", d, k).testMse();
        double b = find(runs, "B", d, k).testMse();
        pass &= a < 0.5 * b;
        measured.append(String.format(Locale.ROOT, "%sk=%d: A %.4f, B %.4f (A/B %.2f)",
            measured.length() == 0 ? "" : "; ", k, a, b, a / b));
      }
      rows.add(ResultRow.protocol("ball", "d=" + d + " MSE A < 0.5 x B", "test MSE A < 0.5 x B at every k (d=" + d
          + ")").from("EXPERIMENTS.md section 2 [P] (Safran & Lee 2022 give no numerics)")
          .judged(measured.toString(), pass));
    }
    if (s.widths().length > 1) {
      for (int d : s.dimensions()) {
        StringBuilder measured = new StringBuilder();
        boolean pass = true;
        double previous = Double.POSITIVE_INFINITY;
        for (int k : s.widths()) {
          double a = find(runs, "A", d, k).testMse();
          pass &= a < previous;
          previous = a;
          measured.append(String.format(Locale.ROOT, "%sk=%d: %.4f", measured.length() == 0 ? "" : ", ", k, a));
        }
        rows.add(ResultRow.protocol("ball", "d=" + d + " A improves with k", "model A test MSE decreases with k (d="
            + d + ")").from("EXPERIMENTS.md section 2 [P]").judged(measured.toString(), pass));
      }
    }
    return rows;
  }

  private static void plots(List<Run> runs, BallSettings s, Path out) throws IOException {
    double[] ks = new double[s.widths().length];
    for (int i = 0; i < ks.length; i++) {
      ks[i] = s.widths()[i];
    }
    double[] ds = new double[s.dimensions().length];
    for (int i = 0; i < ds.length; i++) {
      ds[i] = s.dimensions()[i];
    }
    for (int d : s.dimensions()) {
      Plot plot = Plot.titled("Ball indicator, d = " + d + ": test MSE vs width k").xLabel("k").yLabel("test MSE")
          .logX();
      for (String model : MODELS) {
        double[] mse = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
          mse[i] = find(runs, model, d, s.widths()[i]).testMse();
        }
        plot.lineMarkers("model " + model, ks, mse);
      }
      plot.savePng(out.resolve("mse_vs_k_d" + d + ".png"));
    }
    for (String model : MODELS) {
      Plot plot = Plot.titled("Ball indicator, model " + model + ": test MSE vs d").xLabel("d").yLabel("test MSE");
      for (int k : s.widths()) {
        double[] mse = new double[ds.length];
        for (int i = 0; i < ds.length; i++) {
          mse[i] = find(runs, model, s.dimensions()[i], k).testMse();
        }
        plot.lineMarkers("k = " + k, ds, mse);
      }
      plot.savePng(out.resolve("mse_vs_d_" + model + ".png"));
    }
  }

  private static void writeSummary(List<Run> runs, List<ResultRow> rows, BallSettings s, Path out,
      RunContext context) throws IOException {
    StringBuilder table = new StringBuilder(
        "| model | d | k | test MSE | test accuracy | train MSE | trainable / all parameters | seconds |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    for (Run r : runs) {
      table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.4f | %.4f | %.4f | %d / %d | %.1f |%n", r.model(),
          r.d(), r.k(), r.testMse(), r.testAccuracy(), r.trainMse(), r.trainableParameters(), r.parameters(),
          r.seconds()));
    }
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("preset", context.preset().name().toLowerCase(Locale.ROOT));
    settings.put("seed", Long.toString(context.seed()));
    settings.put("precision", s.dtype().label());
    settings.put("train / test points", s.trainCount() + " / " + s.testCount());
    settings.put("model A", "frozen u ~ N(0, I), b ~ U(-3, 3); features standardised by a frozen affine map; "
        + s.stepsA() + " full-batch GD steps on squared loss, step " + s.learningRateA()
        + " / (lambda_max([H 1]^T[H 1]/n) / 4)");
    settings.put("models B, C", "Adam lr " + s.learningRateTrained() + " / k, " + s.epochsTrained() + " epochs, batch "
        + s.batchTrained() + "; C's second hidden layer has " + BallModels.C_SECOND_WIDTH + " units");
    StringBuilder settingText = new StringBuilder();
    settings.forEach((key, value) -> settingText.append("- ").append(key).append(": ").append(value).append('\n'));
    Summary.titled("Ball indicator: optimisation-based depth separation (Safran & Lee, COLT 2022)")
        .text("Claim: gradient descent learns x -> 1{||x|| <= 1} under radial data (x = rho theta, theta uniform on"
            + " S^(d-1), rho ~ U[0, 2]) with two sigmoid layers whose hidden layer is FIXED (model A), while one"
            + " hidden layer of non-linearities (model B) stays far worse. A constant predictor has MSE 0.25.")
        .rows(rows)
        .section("All runs", table.toString())
        .section("Settings", settingText.toString())
        .section("Files", "ball.csv (every number above), mse_vs_k_d<d>.png, mse_vs_d_<model>.png")
        .write(out.resolve("summary.md"));
  }
}
