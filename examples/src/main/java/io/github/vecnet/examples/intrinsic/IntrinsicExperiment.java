package io.github.vecnet.examples.intrinsic;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.Progress;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.examples.common.Summary;
import io.github.vecnet.nn.DType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Section 5 of EXPERIMENTS.md (Shen, Yang and Zhang, ICML 2022): the ReLU network whose only f-dependent
 * parameters are n + 2 scalars, its error against {@code 5 lambda sqrt(d) 2^-n}, where float64 stops being able to
 * hold the bit planes, and few-trainable-parameter training on Fashion-MNIST. Writes {@code approximation.csv},
 * {@code error_vs_n_d1.png}, {@code error_vs_n_d2.png}, {@code fashion.csv}, {@code fashion_accuracy.png} and
 * {@code summary.md}.
 */
public final class IntrinsicExperiment implements Experiment {
    /**
     * Right-click, run: {@code run intrinsic --quick} into {@code results/intrinsic/} through the launcher (arguments, if
     * any, replace {@code --quick}). The run configuration needs the VM option
     * {@code --add-modules=jdk.incubator.vector}.
     */
    public static void main(String[] args) {
        Main.runFromIde(IntrinsicExperiment.class, args);
    }

    private static final Logger LOG = LoggerFactory.getLogger(IntrinsicExperiment.class);

    @Override
    public String name() {
        return "intrinsic";
    }

    @Override
    public String description() {
        return "n + 2 intrinsic parameters approximate Lipschitz f to 5 lambda sqrt(d) 2^-n; few-parameter Fashion-MNIST"
                + " (Shen, Yang & Zhang 2022)";
    }

    static List<LipschitzFunction> functions(int d) {
        return d == 1
                ? List.of(LipschitzFunction.sine1d(), LipschitzFunction.kink1d())
                : List.of(LipschitzFunction.sineProduct2d(), LipschitzFunction.cone2d());
    }

    @Override
    public List<ResultRow> run(RunContext context) throws IOException {
        DType dtype = context.precision() == null ? DType.FLOAT32 : DType.parse(context.precision());
        IntrinsicSettings s = IntrinsicSettings.of(context.preset(), dtype);
        Path out = context.outDir();
        List<ResultRow> rows = new ArrayList<>();
        Summary summary = Summary.titled("Intrinsic parameters (Shen, Yang & Zhang, ICML 2022)")
                .text(
                        "Claim: a ReLU network with n + 2 parameters that depend on f (all others fixed) approximates any"
                                + " lambda-Lipschitz f on [0,1]^d to 5 lambda sqrt(d) 2^-n. Each bit-plane parameter holds 2^(nd) binary"
                                + " digits, so float64 can hold it only for n d <= 5; the exact path keeps them as BigIntegers.");

        List<ApproximationStudy.Row> approximation = approximation(s, context.seed(), out);
        rows.addAll(approximationTargets(approximation, s));
        summary.section("Approximation error (exact path) and the float64 network", approximationTable(approximation));
        rows.add(exactNetwork(s, context.seed(), out, summary));

        List<FewParameterStudy.Outcome> fashion = null;
        String skipped = null;
        try {
            FashionMnist data = FashionMnist.load(context.dataDir());
            fashion = FewParameterStudy.run(data, s, context.seed());
        } catch (DataNotFoundException e) {
            skipped = e.getMessage();
            LOG.info("Fashion-MNIST part skipped: {}", skipped);
        }
        if (fashion != null) {
            writeFashion(fashion, out);
            rows.addAll(fashionTargets(fashion));
            summary.section("Few trainable parameters on Fashion-MNIST (MLP 784-256-128-10)", fashionTable(fashion, s));
        } else {
            rows.add(ResultRow.protocol(
                            "intrinsic",
                            "Fashion-MNIST (B), (C) >= 0.85 A",
                            "Fashion-MNIST: (B), (C) >= 0.85 x (A) with <= 1 % of parameters trained")
                    .from("EXPERIMENTS.md section 5 [P]")
                    .skipped(FashionMnist.SUPPLIER));
            summary.section("Few trainable parameters on Fashion-MNIST", "Skipped: " + skipped);
        }
        summary.rows(rows)
                .section(
                        "Files",
                        "approximation.csv, exact_network.csv, error_vs_n_d1.png, error_vs_n_d2.png"
                                + (fashion != null ? ", fashion.csv, fashion_accuracy.png" : ""))
                .write(out.resolve("summary.md"));
        return rows;
    }

    private static List<ApproximationStudy.Row> approximation(IntrinsicSettings s, long seed, Path out)
            throws IOException {
        List<ApproximationStudy.Row> rows = new ArrayList<>();
        Progress progress = new Progress(LOG, "intrinsic approximation", 2.0 * s.maxBits1d() + 2.0 * s.maxBits2d());
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("approximation.csv"),
                "function",
                "d",
                "n",
                "lambda",
                "points",
                "l1",
                "l2",
                "max",
                "bound",
                "within_bound",
                "float_points",
                "float_max_deviation",
                "float_l1",
                "float_exact",
                "trainable_parameters",
                "frozen_parameters")) {
            for (int d = 1; d <= 2; d++) {
                int maxBits = d == 1 ? s.maxBits1d() : s.maxBits2d();
                for (LipschitzFunction f : functions(d)) {
                    for (int n = 1; n <= maxBits; n++) {
                        ApproximationStudy.Row r = ApproximationStudy.measure(
                                f, n, s.exactPoints(), s.floatPoints(), Seeds.derive(seed, "intrinsic", f.name(), n));
                        rows.add(r);
                        csv.row(
                                r.function(),
                                d,
                                n,
                                r.lambda(),
                                r.points(),
                                r.l1(),
                                r.l2(),
                                r.max(),
                                r.bound(),
                                r.withinBound(),
                                r.floatPoints(),
                                r.floatMaxDeviation(),
                                r.floatL1(),
                                r.floatExact(scale(r)),
                                r.trainableParameters(),
                                r.frozenParameters());
                        progress.advance(1, f.name() + " n=" + n);
                    }
                }
            }
        }
        for (int d = 1; d <= 2; d++) {
            Plot plot = Plot.titled("log2 error vs n, d = " + d)
                    .xLabel("n (bits per axis)")
                    .yLabel("log2(error)");
            int maxBits = d == 1 ? s.maxBits1d() : s.maxBits2d();
            double[] ns = new double[maxBits];
            for (int n = 1; n <= maxBits; n++) {
                ns[n - 1] = n;
            }
            for (LipschitzFunction f : functions(d)) {
                double[] l1 = new double[maxBits];
                double[] l2 = new double[maxBits];
                double[] own = new double[maxBits];
                for (ApproximationStudy.Row r : rows) {
                    if (r.function().equals(f.name())) {
                        l1[r.n() - 1] = log2(r.l1());
                        l2[r.n() - 1] = log2(r.l2());
                        own[r.n() - 1] = log2(r.bound());
                    }
                }
                plot.lineMarkers("L1 " + f.name(), ns, l1)
                        .lineMarkers("L2 " + f.name(), ns, l2)
                        .dashed(
                                String.format(
                                        Locale.ROOT,
                                        "bound 5 lambda sqrt(d) 2^-n, %s (lambda %.2f)",
                                        f.name(),
                                        f.lambda()),
                                ns,
                                own);
            }
            plot.savePng(out.resolve("error_vs_n_d" + d + ".png"));
        }
        return rows;
    }

    private static double scale(ApproximationStudy.Row r) {
        return 1 + r.lambda() * Math.sqrt(r.d());
    }

    static double log2(double v) {
        return StrictMath.log(v) / StrictMath.log(2);
    }

    /** Least-squares slope of y against x. */
    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    static List<ResultRow> approximationTargets(List<ApproximationStudy.Row> rows, IntrinsicSettings s) {
        List<ResultRow> out = new ArrayList<>();
        int within = 0;
        double worstRatio = 0;
        String worst = "";
        for (ApproximationStudy.Row r : rows) {
            if (r.withinBound()) {
                within++;
            }
            double ratio = Math.max(r.l2(), r.max()) / r.bound();
            if (ratio > worstRatio) {
                worstRatio = ratio;
                worst = r.function() + " n=" + r.n();
            }
        }
        out.add(ResultRow.identity(
                        "intrinsic",
                        "error <= 5 lambda sqrt(d) 2^-n",
                        "L1, L2 (and max) error <= 5 lambda sqrt(d) 2^-n, d=1 n=1.." + s.maxBits1d() + ", d=2 n=1.."
                                + s.maxBits2d() + " (" + s.exactPoints() + " random points, exact path)")
                .from("construction (Shen, Yang & Zhang 2022, Thm. 1.1: the bound the construction guarantees)")
                .judged(
                        String.format(
                                Locale.ROOT,
                                "%d/%d within; largest max/bound %.3f (%s)",
                                within,
                                rows.size(),
                                worstRatio,
                                worst),
                        within == rows.size()));
        for (LipschitzFunction f : functions(1)) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (ApproximationStudy.Row r : rows) {
                if (r.function().equals(f.name()) && r.n() >= IntrinsicSettings.SLOPE_FROM) {
                    xs.add((double) r.n());
                    ys.add(log2(r.l1()));
                }
            }
            double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
            ResultRow.Builder row = ResultRow.claim(
                            "intrinsic",
                            "slope log2 L1 vs n, " + f.name(),
                            "slope of log2(L1 "
                                    + "error) vs n = -1 +- 0.1 (d=1, " + f.name() + ", n="
                                    + IntrinsicSettings.SLOPE_FROM + ".." + s.maxBits1d()
                                    + ", exact path; n = 1..4 are pre-asymptotic and only plotted)")
                    .from(
                            "Shen, Yang & Zhang 2022, Thm. 1.1 (rate 2^-n); window n = 5..14 per EXPERIMENTS.md section 5");
            if (x.length < 2) {
                out.add(row.judged("fewer than two n in the window", false));
                continue;
            }
            double slope = slope(x, y);
            out.add(row.judged(
                    String.format(Locale.ROOT, "%.3f over %d values of n", slope, x.length),
                    Math.abs(slope + 1) <= 0.1));
        }
        StringBuilder breaks = new StringBuilder();
        boolean exactWhileFits = true;
        boolean allCounts = true;
        for (int d = 1; d <= 2; d++) {
            int firstBreak = -1;
            for (ApproximationStudy.Row r : rows) {
                if (r.d() != d || r.floatPoints() == 0) {
                    continue;
                }
                allCounts &= r.trainableParameters() == r.n() + 2;
                boolean exact = r.floatExact(scale(r));
                if (r.n() * d <= 5) {
                    exactWhileFits &= exact;
                }
                if (!exact && (firstBreak < 0 || r.n() < firstBreak)) {
                    firstBreak = r.n();
                }
            }
            breaks.append(String.format(
                    Locale.ROOT,
                    "%sd=%d: %s",
                    d == 1 ? "" : "; ",
                    d,
                    firstBreak < 0
                            ? "no break up to the largest n built"
                            : "first break at n=" + firstBreak + " (n d = " + firstBreak * d + ")"));
        }
        out.add(ResultRow.identity(
                        "intrinsic",
                        "float64 net == exact while n d <= 5",
                        "float64 nn network == exact " + "path while n d <= 5; report first n where it breaks")
                .from("construction (2^(nd) bits per parameter fit a float64 mantissa for n d <= 5)")
                .judged(breaks.toString(), exactWhileFits));
        out.add(ResultRow.identity(
                        "intrinsic",
                        "exactly n + 2 trainable parameters",
                        "nn network has exactly n + 2 trainable parameters (all else frozen)")
                .from("construction (Shen, Yang & Zhang 2022, Thm. 1.1)")
                .judged(allCounts ? "n + 2 for every network built" : "MISMATCH", allCounts));
        return out;
    }

    /**
     * The network evaluated exactly through its ReLU layers against the encoding path (floor, then bits read from
     * the BigInteger numerators), on random points, for every n with n d up to the preset's limit.
     */
    private static ResultRow exactNetwork(IntrinsicSettings s, long seed, Path out, Summary summary)
            throws IOException {
        int checked = 0;
        int agreed = 0;
        int largestNd = 0;
        StringBuilder table =
                new StringBuilder("| f | d | n | n d | points | agree with the encoding path | seconds |\n"
                        + "|---|---|---|---|---|---|---|\n");
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("exact_network.csv"), "function", "d", "n", "points", "agreeing", "seconds")) {
            for (int d = 1; d <= 2; d++) {
                LipschitzFunction f = functions(d).get(0);
                for (int n = 1; n * d <= s.exactNetworkMaxNd(); n++) {
                    long start = System.nanoTime();
                    IntrinsicConstruction construction = IntrinsicConstruction.build(f, n);
                    ExactReluNetwork network = ExactReluNetwork.build(n, d);
                    Rng rng = new Rng(Seeds.derive(seed, "intrinsic-exact-network", d, n));
                    int same = 0;
                    double[] x = new double[d];
                    for (int p = 0; p < s.exactNetworkPoints(); p++) {
                        for (int k = 0; k < d; k++) {
                            x[k] = rng.nextDouble();
                        }
                        if (network.value(x, construction).compareTo(construction.valueExact(x)) == 0) {
                            same++;
                        }
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    csv.row(f.name(), d, n, s.exactNetworkPoints(), same, seconds);
                    table.append(String.format(
                            Locale.ROOT,
                            "| %s | %d | %d | %d | %d | %d | %.1f |%n",
                            f.name().replace("|", "\\|"),
                            d,
                            n,
                            n * d,
                            s.exactNetworkPoints(),
                            same,
                            seconds));
                    checked += s.exactNetworkPoints();
                    agreed += same;
                    largestNd = Math.max(largestNd, n * d);
                    LOG.info(
                            "intrinsic exact ReLU network d={} n={}: {}/{} agree ({} s)",
                            d,
                            n,
                            same,
                            s.exactNetworkPoints(),
                            String.format(Locale.ROOT, "%.1f", seconds));
                }
            }
        }
        summary.section(
                "The network in exact arithmetic through its ReLU layers",
                table.toString()
                        + "\nEvery weight, bias and activation is an exact dyadic BigDecimal; the encoding path computes the cell "
                        + "with Math.floor and reads the bits from the BigInteger numerators. float64 weights break at n d > 5.");
        return ResultRow.identity(
                        "intrinsic",
                        "exact ReLU layers == encoding path",
                        "the network evaluated exactly through its ReLU layers equals the encoding path at every point, up to n d = "
                                + s.exactNetworkMaxNd() + " (past float64's n d = 5)")
                .from("construction (two independent evaluations of the same network)")
                .judged(
                        String.format(
                                Locale.ROOT, "%d/%d points agree exactly, n d up to %d", agreed, checked, largestNd),
                        agreed == checked);
    }

    private static String approximationTable(List<ApproximationStudy.Row> rows) {
        StringBuilder t = new StringBuilder("| f | d | n | L1 | L2 | max | 5 lambda sqrt(d) 2^-n |"
                + " float64 net: max deviation from exact |"
                + " trainable / frozen |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ApproximationStudy.Row r : rows) {
            t.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.3e | %.3e | %.3e | %.3e | %s | %s |%n",
                    r.function().replace("|", "\\|"),
                    r.d(),
                    r.n(),
                    r.l1(),
                    r.l2(),
                    r.max(),
                    r.bound(),
                    r.floatPoints() == 0 ? "not built" : String.format(Locale.ROOT, "%.2e", r.floatMaxDeviation()),
                    r.trainableParameters() < 0 ? "-" : r.trainableParameters() + " / " + r.frozenParameters()));
        }
        return t.toString();
    }

    private static void writeFashion(List<FewParameterStudy.Outcome> outcomes, Path out) throws IOException {
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("fashion.csv"),
                "setting",
                "classes",
                "train",
                "test",
                "trainable_parameters",
                "parameters",
                "fraction_trained",
                "test_accuracy",
                "seconds")) {
            for (FewParameterStudy.Outcome o : outcomes) {
                csv.row(
                        o.setting(),
                        o.classes(),
                        o.trainCount(),
                        o.testCount(),
                        o.trainable(),
                        o.parameters(),
                        o.fractionTrained(),
                        o.testAccuracy(),
                        o.seconds());
            }
        }
        Plot plot = Plot.titled("Fashion-MNIST: test accuracy vs fraction of parameters trained")
                .xLabel("fraction of parameters trained")
                .yLabel("test accuracy")
                .logX();
        for (FewParameterStudy.Outcome o : outcomes) {
            plot.scatter(o.setting(), new double[] {o.fractionTrained()}, new double[] {o.testAccuracy()});
        }
        plot.savePng(out.resolve("fashion_accuracy.png"));
    }

    static List<ResultRow> fashionTargets(List<FewParameterStudy.Outcome> o) {
        FewParameterStudy.Outcome a = o.get(0);
        FewParameterStudy.Outcome b = o.get(1);
        FewParameterStudy.Outcome aHigh = o.get(2);
        FewParameterStudy.Outcome c = o.get(3);
        List<ResultRow> rows = new ArrayList<>();
        rows.add(ResultRow.protocol(
                        "intrinsic",
                        "Fashion-MNIST (B) >= 0.85 x (A)",
                        "Fashion-MNIST (B) >= 0.85 x (A) with <= 1 % of parameters trained; reference A: every parameter trained "
                                + "on classes 0-9")
                .from("EXPERIMENTS.md section 5 [P]")
                .judged(
                        String.format(
                                Locale.ROOT,
                                "B %.4f vs A %.4f (ratio %.3f), B trains %.2f %%",
                                b.testAccuracy(),
                                a.testAccuracy(),
                                b.testAccuracy() / a.testAccuracy(),
                                100 * b.fractionTrained()),
                        b.testAccuracy() >= 0.85 * a.testAccuracy() && b.fractionTrained() <= 0.01));
        rows.add(ResultRow.protocol(
                        "intrinsic",
                        "Fashion-MNIST (C) >= 0.85 x (A')",
                        "Fashion-MNIST (C) >= 0.85 x (A') on classes 5-9 with <= 1 % trained; reference A': every parameter "
                                + "trained on classes 5-9")
                .from("EXPERIMENTS.md section 5 [P]")
                .judged(
                        String.format(
                                Locale.ROOT,
                                "C %.4f vs A' %.4f (ratio %.3f), C trains %.2f %%",
                                c.testAccuracy(),
                                aHigh.testAccuracy(),
                                c.testAccuracy() / aHigh.testAccuracy(),
                                100 * c.fractionTrained()),
                        c.testAccuracy() >= 0.85 * aHigh.testAccuracy() && c.fractionTrained() <= 0.01));
        return rows;
    }

    private static String fashionTable(List<FewParameterStudy.Outcome> outcomes, IntrinsicSettings s) {
        StringBuilder t = new StringBuilder("| setting | classes | train / test images | trained / all parameters |"
                + " fraction | test accuracy | seconds |\n|---|---|---|---|---|---|---|\n");
        for (FewParameterStudy.Outcome o : outcomes) {
            t.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d / %d | %d / %d | %.2f %% | %.4f | %.1f |%n",
                    o.setting(),
                    o.classes(),
                    o.trainCount(),
                    o.testCount(),
                    o.trainable(),
                    o.parameters(),
                    100 * o.fractionTrained(),
                    o.testAccuracy(),
                    o.seconds()));
        }
        t.append(String.format(
                Locale.ROOT,
                "%nAdam lr %s, batch %d, %d epochs when all parameters train, %d when only"
                        + " the last layer trains; %s.",
                s.learningRate(),
                s.batch(),
                s.epochsAll(),
                s.epochsLastLayer(),
                s.dtype().label()));
        return t.toString();
    }
}
