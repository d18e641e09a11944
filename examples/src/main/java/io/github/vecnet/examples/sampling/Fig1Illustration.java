package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.examples.common.Stopwatch;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The illustration of Berner, Grohs and Voigtlaender's Fig. 1: a deep ReLU student (22 affine maps of width 50,
 * PyTorch-default init) trained on m = 1000 uniform samples of f(x) = log(sin(50 x) + 2) + sin(5 x) on [-1/2, 1/2]
 * (batch 20, Adam 1e-4 -> 1e-6 decayed per epoch, float64, inputs standardised as in 1a) fits well on average yet
 * has narrow spikes: evaluated on 10 000 equispaced points its uniform error is far above its L2 error.
 */
final class Fig1Illustration {
    private static final Logger LOG = LoggerFactory.getLogger(Fig1Illustration.class);
    /** Affine maps of the student (21 hidden layers). */
    static final int AFFINE_MAPS = 22;

    static final int WIDTH = 50;
    static final int EVALUATION_POINTS = 10_000;
    /** The claim: small average, large uniform error. */
    static final double RATIO = 10;

    private Fig1Illustration() {}

    /** The target log(sin(50 x) + 2) + sin(5 x). */
    static double target(double x) {
        return StrictMath.log(StrictMath.sin(50 * x) + 2) + StrictMath.sin(5 * x);
    }

    /** n equispaced points from -1/2 to 1/2, both ends included. */
    static double[] equispaced(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n: expected at least 2 points, got " + n);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Teachers.LO + (double) i / (n - 1);
        }
        return x;
    }

    /** The paper's schedule: Adam lr 1e-4 -> 1e-6, exponential per epoch, over 5000 epochs. */
    static final int SCHEDULE_EPOCHS = 5000;

    /**
     * The student's trainer: 21 hidden layers of width 50, batch 20, the first {@code epochs} epochs of the paper's
     * schedule (lr 1e-4 decaying per epoch to 1e-6 at epoch 5000).
     */
    static StudentTrainer trainer(int epochs, long seed) {
        return new StudentTrainer(
                1,
                WIDTH,
                AFFINE_MAPS - 1,
                epochs,
                Math.max(epochs, SCHEDULE_EPOCHS),
                1e-4,
                1e-6,
                StudentTrainer.BatchScheme.TWENTY,
                seed);
    }

    static ResultRow run(SamplingSettings s, RunContext ctx, String experiment) throws Exception {
        Stopwatch watch = Stopwatch.start();
        int m = s.fig1Samples();
        double[] x = Teachers.uniformPoints(m, 1, Seeds.rng(ctx.seed(), "fig1-samples"));
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = target(x[i]);
        }
        double[] grid = equispaced(EVALUATION_POINTS);
        double[] truth = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            truth[i] = target(grid[i]);
        }
        double[][] prediction = new double[1][];
        double[] trainMse = new double[1];
        trainer(s.fig1Epochs(), Seeds.derive(ctx.seed(), "fig1-student"))
                .train(x, y, m, grid, grid.length, new int[] {s.fig1Epochs()}, (epoch, p, mse) -> {
                    prediction[0] = p;
                    trainMse[0] = mse;
                });
        ErrorNorms e = ErrorNorms.of(prediction[0], truth);
        LOG.info(String.format(
                Locale.ROOT,
                "sampling Fig. 1: %d epochs in %s, L2 %.3e, Linf %.3e",
                s.fig1Epochs(),
                Stopwatch.format(watch.seconds()),
                e.l2(),
                e.linf()));
        try (CsvWriter csv = CsvWriter.create(ctx.outDir().resolve("fig1.csv"), "x", "target", "student")) {
            for (int i = 0; i < grid.length; i++) {
                csv.row(grid[i], truth[i], prediction[0][i]);
            }
        }
        try (CsvWriter csv = CsvWriter.create(ctx.outDir().resolve("fig1_samples.csv"), "x", "y")) {
            for (int i = 0; i < m; i++) {
                csv.row(x[i], y[i]);
            }
        }
        plot(s, x, y, grid, truth, prediction[0], e, ctx.outDir());
        String measured = String.format(
                Locale.ROOT,
                "Linf/L2 = %.1f (L2 %.2e, Linf %.2e, train MSE %.1e, %d epochs)",
                e.linf() / e.l2(),
                e.l2(),
                e.linf(),
                trainMse[0],
                s.fig1Epochs());
        ResultRow.Builder row = ResultRow.claim(
                        experiment,
                        "Fig. 1: Linf >= 10 x L2",
                        "Fig. 1 illustration: a deep ReLU student fits log(sin(50x)+2)+sin(5x) closely on average with narrow "
                                + "spikes: Linf >= 10 x L2 on 10 000 equispaced points"
                                + (s.fig1Epochs() < SCHEDULE_EPOCHS
                                        ? " (the first " + s.fig1Epochs()
                                                + " of the paper's 5000 epochs; lr schedule unchanged)"
                                        : ""))
                .from("Berner, Grohs & Voigtlaender 2023, Fig. 1");
        return s.judgesTraining()
                ? row.judged(measured, e.linf() >= RATIO * e.l2())
                : row.notJudged(measured, s.preset(), Preset.STANDARD);
    }

    private static void plot(
            SamplingSettings s,
            double[] x,
            double[] y,
            double[] grid,
            double[] truth,
            double[] student,
            ErrorNorms e,
            Path out)
            throws Exception {
        double[] error = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            error[i] = student[i] - truth[i];
        }
        Plot.titled(String.format(
                        Locale.ROOT,
                        "Fig. 1: target vs deep ReLU student (22 x 50, m = %d, %d epochs)",
                        x.length,
                        s.fig1Epochs()))
                .xLabel("x")
                .yLabel("f(x)")
                .size(1000, 600)
                .markerSize(3)
                .legendInside()
                .line("target log(sin(50x)+2)+sin(5x)", grid, truth)
                .line("student", grid, student)
                .scatter("samples", x, y)
                .savePng(out.resolve("fig1.png"));
        Plot.titled(String.format(Locale.ROOT, "Fig. 1: student - target (L2 %.2e, Linf %.2e)", e.l2(), e.linf()))
                .xLabel("x")
                .yLabel("error")
                .size(1000, 400)
                .line("student - target", grid, error)
                .savePng(out.resolve("fig1_error.png"));
    }
}
