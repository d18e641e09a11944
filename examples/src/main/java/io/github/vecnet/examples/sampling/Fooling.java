package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.LogLogFit;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Mlp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 1b: the fooling pair shown against the trained student and against grid interpolation, and the grid
 * interpolation rate m^(-1/d) for d = 1, 2, 3.
 */
final class Fooling {
    private Fooling() {}

    private static final String[] HEADER = {
        "learner",
        "d",
        "m",
        "cubes_per_axis",
        "h",
        "samples_bit_identical",
        "learners_identical",
        "sup_error_plus",
        "sup_error_minus",
        "sum",
        "two_h"
    };

    static List<ResultRow> run(SamplingSettings s, RunContext ctx, String experiment) throws Exception {
        Path out = ctx.outDir();
        List<ResultRow> results = new ArrayList<>();
        boolean studentOk = true;
        boolean gridOk = true;
        double studentWorst = Double.POSITIVE_INFINITY;
        double gridWorst = Double.POSITIVE_INFINITY;
        try (CsvWriter csv = CsvWriter.create(out.resolve("fooling.csv"), HEADER)) {
            for (int d : s.foolingDims()) {
                for (int m : s.foolingMs()) {
                    double[] r = student(s, ctx.seed(), d, m, csv);
                    studentOk &= r[0] == 1;
                    studentWorst = Math.min(studentWorst, r[1]);
                }
            }
            for (int d : s.gridDims()) {
                for (int k : gridKs(d, maxM(d, s))) {
                    double[] r = grid(s, ctx.seed(), d, k, csv);
                    gridOk &= r[0] == 1;
                    gridWorst = Math.min(gridWorst, r[1]);
                }
            }
        }
        results.add(ResultRow.identity(
                        experiment,
                        "1b fooling pair vs student",
                        "1b fooling pair vs trained student: bit-identical samples and students, sup errors sum >= 2h")
                .from("construction (Grohs & Voigtlaender: bit-identical samples make the 2h bound a consequence)")
                .judged(
                        String.format(
                                Locale.ROOT,
                                "min (e+ + e-)/2h = %.1f over d %s, m %s",
                                studentWorst,
                                s.foolingDims(),
                                s.foolingMs()),
                        studentOk));
        results.add(ResultRow.identity(
                        experiment,
                        "1b fooling pair vs grid",
                        "1b fooling pair vs grid interpolation: sup errors sum >= 2h")
                .from("construction (Grohs & Voigtlaender: bit-identical samples make the 2h bound a consequence)")
                .judged(
                        String.format(Locale.ROOT, "min (e+ + e-)/2h = %.2f over d %s", gridWorst, s.gridDims()),
                        gridOk));
        results.addAll(gridRate(s, ctx, experiment));
        return results;
    }

    /** Returns {pass, (e+ + e-)/2h}. */
    private static double[] student(SamplingSettings s, long base, int d, int m, CsvWriter csv) {
        ReluNet f = Teachers.teacher(d, 0);
        double[] x = Teachers.uniformPoints(m, d, Seeds.rng(base, "1b-samples", d, m));
        FoolingPair pair = FoolingPair.construct(x, m, d, Teachers.LO, 1.0);
        double[] fx = f.forward(x, m);
        double[] yPlus = add(fx, pair.plus().forward(x, m));
        double[] yMinus = add(fx, pair.minus().forward(x, m));
        boolean samplesIdentical = bitIdentical(yPlus, yMinus);
        int n = s.testPoints();
        double[] test = withCentre(Teachers.uniformPoints(n, d, Seeds.rng(base, "1b-test", d)), pair.centre(), n, d);
        long seed = Seeds.derive(base, "1b-student", d, m);
        int[] end = {s.foolingEpochs()};
        double[][] predictions = new double[2][];
        Mlp[] students = new Mlp[2];
        for (int i = 0; i < 2; i++) {
            int index = i;
            StudentTrainer trainer = new StudentTrainer(
                    d,
                    Teachers.WIDTH,
                    Teachers.HIDDEN_LAYERS,
                    s.foolingEpochs(),
                    s.lrStart(),
                    s.lrEnd(),
                    StudentTrainer.BatchScheme.FIFTIETH,
                    seed);
            students[i] = trainer.train(
                    x,
                    i == 0 ? yPlus : yMinus,
                    m,
                    test,
                    n + 1,
                    end,
                    (epoch, prediction, mse) -> predictions[index] = prediction);
        }
        boolean studentsIdentical =
                sameParameters(students[0], students[1]) && bitIdentical(predictions[0], predictions[1]);
        return record(csv, "student", d, m, pair, f, test, n + 1, predictions[0], samplesIdentical, studentsIdentical);
    }

    /** Grid interpolation with K^d = m centre samples. Returns {pass, (e+ + e-)/2h}. */
    private static double[] grid(SamplingSettings s, long base, int d, int k, CsvWriter csv) {
        ReluNet f = Teachers.teacher(d, 0);
        int m = GridInterpolation.cells(d, k);
        double[] centres = GridInterpolation.centres(d, k, Teachers.LO);
        FoolingPair pair = FoolingPair.construct(centres, m, d, Teachers.LO, 1.0);
        double[] fx = f.forward(centres, m);
        double[] yPlus = add(fx, pair.plus().forward(centres, m));
        double[] yMinus = add(fx, pair.minus().forward(centres, m));
        GridInterpolation gPlus = GridInterpolation.fromSamples(d, k, Teachers.LO, yPlus);
        GridInterpolation gMinus = GridInterpolation.fromSamples(d, k, Teachers.LO, yMinus);
        int n = Math.min(s.gridRandomPoints(), 1 << 16);
        double[] test =
                withCentre(Teachers.uniformPoints(n, d, Seeds.rng(base, "1b-grid-test", d, k)), pair.centre(), n, d);
        double[] prediction = gPlus.evaluate(test, n + 1);
        boolean same = bitIdentical(prediction, gMinus.evaluate(test, n + 1));
        return record(csv, "grid", d, m, pair, f, test, n + 1, prediction, bitIdentical(yPlus, yMinus), same);
    }

    private static double[] record(
            CsvWriter csv,
            String learner,
            int d,
            int m,
            FoolingPair pair,
            ReluNet f,
            double[] test,
            int n,
            double[] g,
            boolean samplesIdentical,
            boolean learnersIdentical) {
        double[] ft = f.forward(test, n);
        double[] up = pair.plus().forward(test, n);
        double[] um = pair.minus().forward(test, n);
        double ePlus = 0;
        double eMinus = 0;
        for (int i = 0; i < n; i++) {
            ePlus = Math.max(ePlus, Math.abs(g[i] - (ft[i] + up[i])));
            eMinus = Math.max(eMinus, Math.abs(g[i] - (ft[i] + um[i])));
        }
        double twoH = 2 * pair.height();
        csv.row(
                learner,
                d,
                m,
                pair.cubesPerAxis(),
                pair.height(),
                samplesIdentical,
                learnersIdentical,
                ePlus,
                eMinus,
                ePlus + eMinus,
                twoH);
        // The peak of the bump is 1 up to first-layer rounding (~K ulp), hence the 1e-9 slack.
        boolean pass = samplesIdentical && learnersIdentical && ePlus + eMinus >= twoH * (1 - 1e-9);
        return new double[] {pass ? 1 : 0, (ePlus + eMinus) / twoH};
    }

    // ------------------------------------------------------------------ grid rate
    /** K values with m = K^d spread log-uniformly over [1e2, maxM]. */
    static List<Integer> gridKs(int d, double maxM) {
        List<Integer> ks = new ArrayList<>();
        int steps = (int) Math.round(2 * StrictMath.log10(maxM / 100)); // two per decade
        for (int i = 0; i <= steps; i++) {
            double m = 100 * StrictMath.pow(maxM / 100, steps == 0 ? 0 : (double) i / steps);
            int k = (int) Math.round(StrictMath.pow(m, 1.0 / d));
            if (ks.isEmpty() || ks.get(ks.size() - 1) != k) {
                ks.add(k);
            }
        }
        return ks;
    }

    /** Largest grid size m = K^d per d: the random teachers need larger K in d = 3 before the rate is asymptotic. */
    static double maxM(int d, SamplingSettings s) {
        if (s.preset() == io.github.vecnet.examples.Preset.SMOKE) {
            return 2e3;
        }
        return d == 3 ? 1e6 : 1e5;
    }

    /** Start of the fitting window (the slope is fitted over m in [windowStart, maxM]). */
    static double windowStart(int d, SamplingSettings s) {
        if (s.preset() == io.github.vecnet.examples.Preset.SMOKE) {
            return 100;
        }
        return d == 3 ? GRID_WINDOW_START_D3 : GRID_WINDOW_START;
    }

    static final double GRID_WINDOW_START = 1e3;
    static final double GRID_WINDOW_START_D3 = 1e4;
    /** The claim's tolerance on the fitted slope -1/d. */
    static final double GRID_SLOPE_TOLERANCE = 0.05;

    private static List<ResultRow> gridRate(SamplingSettings s, RunContext ctx, String experiment) throws Exception {
        Path out = ctx.outDir();
        List<ResultRow> results = new ArrayList<>();
        Plot plot = Plot.titled("Piecewise-constant grid interpolation: sup error vs m")
                .xLabel("number of samples m")
                .yLabel("sup error")
                .logLog();
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("grid_rate.csv"), "teacher", "d", "k", "m", "sup_error", "fooling_bound_h", "in_window")) {
            for (int d : s.gridDims()) {
                List<Integer> ks = gridKs(d, maxM(d, s));
                double lo = windowStart(d, s);
                double ridgeSlope = Double.NaN;
                double worstDeviation = 0;
                StringBuilder teacherSlopes = new StringBuilder();
                double windowLo = Double.NaN;
                double windowHi = Double.NaN;
                for (int t = -1; t < s.gridTeachers(); t++) {
                    String name = t < 0 ? "ridge" : "teacher" + t;
                    ReluNet f = t < 0 ? Teachers.ridge(d) : Teachers.teacher(d, t);
                    double[] ms = new double[ks.size()];
                    double[] err = new double[ks.size()];
                    double[] bound = new double[ks.size()];
                    List<Double> wm = new ArrayList<>();
                    List<Double> we = new ArrayList<>();
                    for (int i = 0; i < ks.size(); i++) {
                        int k = ks.get(i);
                        int m = GridInterpolation.cells(d, k);
                        GridInterpolation g = GridInterpolation.sample(f, k, Teachers.LO);
                        // Cell corners (where the error of a cell on which f is affine peaks) and random points (cells
                        // with kinks).
                        double[] corners = GridInterpolation.corners(d, k, Teachers.LO);
                        double[] random =
                                Teachers.uniformPoints(s.gridRandomPoints(), d, Seeds.rng(ctx.seed(), "1b-rate", d, k));
                        double sup = Math.max(
                                supError(f, g, corners, corners.length / d),
                                supError(f, g, random, s.gridRandomPoints()));
                        // What any learner must concede on some 1-Lipschitz perturbation: h = 1/(2K') with K'^d >= 2m.
                        double h = 0.5 / FoolingPair.cubesPerAxis(m, d);
                        boolean inWindow = m >= lo;
                        csv.row(name, d, k, m, sup, h, inWindow);
                        ms[i] = m;
                        err[i] = sup;
                        bound[i] = h;
                        if (inWindow) {
                            wm.add((double) m);
                            we.add(sup);
                        }
                    }
                    double[] wx = wm.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] wy = we.stream().mapToDouble(Double::doubleValue).toArray();
                    double slope = LogLogFit.fit(wx, wy).slope();
                    windowLo = wx[0];
                    windowHi = wx[wx.length - 1];
                    if (t < 0) {
                        ridgeSlope = LogLogFit.fit(ms, err).slope();
                        results.add(ResultRow.identity(
                                        experiment,
                                        "1b grid ridge slope d=" + d,
                                        "1b grid interpolation of the ridge teacher (sup error exactly 1/(2K)): slope -1/d, d="
                                                + d)
                                .from("construction (the ridge is affine on most cells: error ||w||_1/(2K) = 1/(2K))")
                                .judged(
                                        String.format(
                                                Locale.ROOT,
                                                "%.3f vs %.3f (m %.0e..%.0e)",
                                                ridgeSlope,
                                                -1.0 / d,
                                                ms[0],
                                                ms[ms.length - 1]),
                                        Math.abs(ridgeSlope + 1.0 / d) <= GRID_SLOPE_TOLERANCE));
                    } else {
                        worstDeviation = Math.max(worstDeviation, Math.abs(slope + 1.0 / d));
                        teacherSlopes
                                .append(teacherSlopes.length() == 0 ? "" : ", ")
                                .append(String.format(Locale.ROOT, "%.3f", slope));
                        if (t == 0) {
                            plot.scatter(name + " d=" + d, ms, err).fit(name + " d=" + d + " window fit", wx, wy);
                        }
                    }
                    if (t < 0 && d == s.gridDims().get(0)) {
                        plot.dashed("fooling lower bound h, d=" + d, ms, bound);
                    }
                }
                results.add(ResultRow.claim(
                                experiment,
                                "1b grid sup slope -1/d, d=" + d,
                                String.format(
                                        Locale.ROOT,
                                        "1b piecewise-constant grid interpolation of the random ReLU teachers of 1a:"
                                                + " sup-error slope -1/d (+-%.2f), d=%d, fitted over the window m in [%.0e, %.0e]",
                                        GRID_SLOPE_TOLERANCE,
                                        d,
                                        windowLo,
                                        windowHi))
                        .from(
                                "Grohs & Voigtlaender (the optimal uniform learner's rate m^-1/d); EXPERIMENTS.md section 1b")
                        .judged(
                                String.format(
                                        Locale.ROOT,
                                        "slopes %s vs %.3f on %d teachers (m %.0e..%.0e)",
                                        teacherSlopes,
                                        -1.0 / d,
                                        s.gridTeachers(),
                                        windowLo,
                                        windowHi),
                                worstDeviation <= GRID_SLOPE_TOLERANCE));
            }
        }
        plot.size(900, 760).savePng(out.resolve("grid_rate.png"));
        return results;
    }

    private static double supError(ReluNet f, GridInterpolation g, double[] x, int n) {
        double[] fx = f.forward(x, n);
        double[] gx = g.evaluate(x, n);
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(fx[i] - gx[i]));
        }
        return max;
    }

    // ------------------------------------------------------------------ helpers
    private static double[] add(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + b[i];
        }
        return c;
    }

    static boolean bitIdentical(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameParameters(Mlp a, Mlp b) {
        Map<String, Tensor> pa = a.namedParameters();
        Map<String, Tensor> pb = b.namedParameters();
        if (!pa.keySet().equals(pb.keySet())) {
            return false;
        }
        for (String name : pa.keySet()) {
            if (!bitIdentical(pa.get(name).toDoubleArray(), pb.get(name).toDoubleArray())) {
                return false;
            }
        }
        return true;
    }

    /** n test points followed by the cube centre x0, where the pair differs by 2h. */
    private static double[] withCentre(double[] test, double[] centre, int n, int d) {
        double[] all = java.util.Arrays.copyOf(test, (n + 1) * d);
        System.arraycopy(centre, 0, all, n * d, d);
        return all;
    }
}
