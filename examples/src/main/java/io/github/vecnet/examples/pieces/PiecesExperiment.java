package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.Experiment;
import io.github.vecnet.examples.Main;
import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.NnBridge;
import io.github.vecnet.examples.common.Plot;
import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.RunTable;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.examples.common.Summary;
import io.github.vecnet.examples.common.UnitRunner;
import io.github.vecnet.examples.common.UnitSweep;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.init.Init;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.layers.Module;
import io.github.vecnet.nn.layers.Sequential;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Section 4 (Karner, Kazeev and Petersen): affine pieces of ReLU networks under floating-point gradient descent.
 * Exact piece counts of the sawtooth and Yarotsky constructions, the exact-vs-grid cross-check on random nets,
 * training sweeps in float64 / float32 / emulated float16, and training from the 2^L constructions.
 */
public final class PiecesExperiment implements Experiment {
    /**
     * Right-click, run: {@code run pieces --quick} into {@code results/pieces/} through the launcher (arguments, if
     * any, replace {@code --quick}). The run configuration needs the VM option
     * {@code --add-modules=jdk.incubator.vector}.
     */
    public static void main(String[] args) {
        Main.runFromIde(PiecesExperiment.class, args);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PiecesExperiment.class);
    private static final String NAME = "pieces";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Affine pieces of ReLU nets: exact counter, 2^L constructions, GD in float64/float32/float16";
    }

    /** The training sweep and the training from constructions; the exact counts run whole. */
    @Override
    public List<UnitSweep> sweeps(RunContext ctx) {
        PiecesSettings s = PiecesSettings.of(ctx.preset());
        return List.of(trainingUnits(s, ctx.seed(), new BiasUpdateStats()), constructionUnits(s, ctx.seed()));
    }

    @Override
    public List<ResultRow> run(RunContext ctx) throws Exception {
        if (ctx.precision() != null) {
            LOG.info(
                    "pieces: --precision {} ignored; the experiment compares float64, float32 and emulated float16",
                    ctx.precision());
        }
        PiecesSettings s = PiecesSettings.of(ctx.preset());
        Path out = ctx.outDir();
        List<ResultRow> rows = new ArrayList<>();
        rows.addAll(constructions(s, out));
        rows.add(PerturbationSweep.run(s, ctx.seed(), out));
        rows.add(crossCheck(s, ctx, out));
        StringBuilder biasTable = new StringBuilder();
        StringBuilder histogramTable = new StringBuilder();
        rows.addAll(trainingSweep(s, ctx, out, biasTable, histogramTable));
        rows.addAll(constructionTraining(s, ctx, out));
        writeSummary(s, ctx, rows, biasTable.toString(), histogramTable.toString());
        return rows;
    }

    // ------------------------------------------------------------------ constructions
    private List<ResultRow> constructions(PiecesSettings s, Path out) throws Exception {
        boolean sawOk = true;
        boolean yarOk = true;
        String sawMeasured = "";
        String yarMeasured = "";
        List<double[]> sawPoints = new ArrayList<>();
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("constructions.csv"),
                "construction",
                "depth",
                "neurons",
                "pieces_exact",
                "regions_exact",
                "pieces_grid",
                "pieces_expected",
                "sup_error",
                "sup_error_expected")) {
            for (int depth = 1; depth <= s.maxSawtoothDepth(); depth++) {
                // Built as an nn model (Linear layers with ReLU between) and counted from its Linear layers.
                ReluNet g = NnBridge.toReluNet(
                        NnBridge.linears(NnBridge.toNn(Constructions.sawtooth(depth), DType.FLOAT64)));
                PieceCounter.Result r = PieceCounter.count(g);
                int grid = depth <= 16 ? PieceCounter.gridCount(g, 0, 1, s.gridPoints() + 1) : -1;
                csv.row("sawtooth", depth, g.neurons(), r.pieces(), r.regions(), grid, 1L << depth, "", "");
                sawOk &= r.pieces() == (1L << depth);
                sawPoints.add(new double[] {g.neurons(), r.pieces()});
            }
            sawMeasured = "exact count = 2^L for L = 1.." + s.maxSawtoothDepth() + (sawOk ? "" : " violated");
            double worstRatio = 0;
            for (int m = 1; m <= s.maxYarotskyM(); m++) {
                Sequential model = NnBridge.toNn(Constructions.yarotsky(m), DType.FLOAT64);
                ReluNet f = NnBridge.toReluNet(NnBridge.linears(model));
                PieceCounter.Result r = PieceCounter.count(f);
                double expected = Math.scalb(1.0, -2 * m - 2);
                double err = yarotskyError(model, m, s.gridPoints());
                csv.row("yarotsky", m, f.neurons(), r.pieces(), r.regions(), "", 1L << m, err, expected);
                yarOk &= err == expected && r.pieces() == (1L << m);
                worstRatio = Math.max(worstRatio, Math.abs(err / expected - 1));
            }
            yarMeasured = String.format(
                    Locale.ROOT,
                    "m = 1..%d: error == 2^(-2m-2) %s, pieces == 2^m; max rel. dev %.1e",
                    s.maxYarotskyM(),
                    yarOk ? "exactly" : "NOT exactly",
                    worstRatio);
        }
        return List.of(
                ResultRow.identity(NAME, "sawtooth: exactly 2^L pieces", "sawtooth g^(oL) has exactly 2^L pieces")
                        .from("construction (Telgarsky's sawtooth; EXPERIMENTS.md section 4)")
                        .judged(sawMeasured, sawOk),
                ResultRow.identity(NAME, "Yarotsky: error 2^(-2m-2)", "Yarotsky ||f_m - x^2||_inf = 2^(-2m-2)")
                        .from("construction (Yarotsky 2017, Prop. 2; EXPERIMENTS.md section 4)")
                        .judged(yarMeasured, yarOk));
    }

    /**
     * max |f_m - x^2| over the interpolation midpoints (where it is attained) and a dense grid, evaluated by nn's
     * forward pass in float64 (exact: every weight, input and intermediate value is a short dyadic number).
     */
    static double yarotskyError(Module f, int m, int gridPoints) {
        int k = 1 << m;
        int n = Math.max(k, gridPoints) + 1;
        double[] x = new double[n + k];
        for (int i = 0; i < n; i++) {
            x[i] = (double) i / (n - 1);
        }
        for (int i = 0; i < k; i++) {
            x[n + i] = (i + 0.5) / k;
        }
        double[] y = NnBridge.predict(f, x, x.length, 1, DType.FLOAT64);
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(y[i] - x[i] * x[i]));
        }
        return max;
    }

    // ------------------------------------------------------------------ cross-check
    private ResultRow crossCheck(PiecesSettings s, RunContext ctx, Path out) throws Exception {
        int worst = 0;
        int[][] shapes = {{1, 8, 8, 1}, {1, 4, 4, 4, 4, 1}, {1, 16, 1}, {1, 6, 6, 6, 1}, {1, 8, 8, 8, 8, 8, 1}};
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("crosscheck.csv"),
                "net",
                "widths",
                "pieces_exact",
                "regions_exact",
                "pieces_grid",
                "grid_points")) {
            for (int i = 0; i < s.randomNets(); i++) {
                int[] shape = shapes[i % shapes.length];
                ReluNet net = randomNet(shape, new Rng(Seeds.derive(ctx.seed(), "crosscheck", i)));
                PieceCounter.Result r = PieceCounter.count(net);
                int grid = PieceCounter.gridCount(net, 0, 1, s.gridPoints());
                worst = Math.max(worst, Math.abs(r.pieces() - grid));
                csv.row(i, java.util.Arrays.toString(shape), r.pieces(), r.regions(), grid, s.gridPoints());
            }
        }
        return ResultRow.identity(
                        NAME,
                        "exact vs grid piece counts",
                        "exact and grid (" + s.gridPoints() + " points) counts agree within 2 on random nets")
                .from("implementation check of the piece counter (EXPERIMENTS.md section 4)")
                .judged("max |exact - grid| = " + worst + " over " + s.randomNets() + " nets", worst <= 2);
    }

    /** He-normal weights; biases U(-1/2, 1/2) so that kinks land inside [0, 1]. */
    static ReluNet randomNet(int[] shape, Rng rng) {
        double[][] w = new double[shape.length - 1][];
        double[][] b = new double[shape.length - 1][];
        for (int l = 0; l + 1 < shape.length; l++) {
            w[l] = new double[shape[l + 1] * shape[l]];
            b[l] = new double[shape[l + 1]];
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = rng.nextGaussian() * Math.sqrt(2.0 / shape[l]);
            }
            for (int i = 0; i < b[l].length; i++) {
                b[l][i] = rng.uniform(-0.5, 0.5);
            }
        }
        return ReluNet.of(shape, w, b);
    }

    // ------------------------------------------------------------------ training sweep
    private record SweepRun(
            String target, RoundedMlp.Optimizer optimizer, int width, int depth, int seed, Precision precision) {}

    /** The summary section of the bias-update histograms, which only the process that trains the units can write. */
    static final String HISTOGRAM_SECTION = "Bias-update histograms (the units trained by this process)";
    /** The files only the process that trains the units can write (a merge or a Spark driver trains none). */
    private static final List<String> PROCESS_LOCAL_FILES = List.of("bias_updates.csv", "bias_update_ratio.png");

    /**
     * Removes from a pieces output listing (file name relative to the experiment folder -> bytes) what only the
     * process that trains the units can write: the bias-update histogram files and their summary.md section. What
     * remains is what a merge of shards or a Spark run reproduces byte for byte.
     */
    public static <M extends Map<String, byte[]>> M withoutProcessLocalArtefacts(M files) {
        PROCESS_LOCAL_FILES.forEach(files::remove);
        files.computeIfPresent(
                "summary.md",
                (name, bytes) -> Summary.withoutSection(new String(bytes, StandardCharsets.UTF_8), HISTOGRAM_SECTION)
                        .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static final String[] SWEEP_HEADER = {
        "target",
        "optimizer",
        "width",
        "depth",
        "seed",
        "precision",
        "neurons",
        "target_variance",
        "step",
        "loss",
        "pieces",
        "pieces_wider_2^-20",
        "regions",
        "bias_update_mean",
        "bias_update_lost_fraction"
    };

    /** The training sweep: one unit per (target, optimizer, width, depth, seed, precision). */
    private UnitSweep trainingUnits(PiecesSettings s, long baseSeed, BiasUpdateStats biasStats) {
        List<SweepRun> runs = new ArrayList<>();
        for (String target : s.targets()) {
            for (RoundedMlp.Optimizer opt : s.optimizers()) {
                for (int width : s.widths()) {
                    for (int depth : s.depths()) {
                        for (int seed = 0; seed < s.seeds(); seed++) {
                            for (Precision p : s.precisions()) {
                                runs.add(new SweepRun(target, opt, width, depth, seed, p));
                            }
                        }
                    }
                }
            }
        }
        return UnitSweep.of(
                "pieces training sweep",
                "training.csv",
                SWEEP_HEADER,
                6,
                runs,
                r -> new Object[] {
                    r.target(),
                    r.optimizer(),
                    r.width(),
                    r.depth(),
                    r.seed(),
                    r.precision().label()
                },
                r -> cost(r.width(), r.depth()),
                r -> train(r, s, baseSeed, biasStats));
    }

    private List<ResultRow> trainingSweep(
            PiecesSettings s, RunContext ctx, Path out, StringBuilder biasTable, StringBuilder histogramTable)
            throws Exception {
        // The bias-update histograms cover the units this process trains (not those resumed or run by other shards).
        BiasUpdateStats biasStats = new BiasUpdateStats();
        try (RunTable table = UnitRunner.run(
                trainingUnits(s, ctx.seed(), biasStats), out, ctx.shard(), ctx.resumes(), ctx.threads())) {
            plotSweep(s, table, out);
            // A run whose loss became non-finite is neither trained nor dead: reported apart, left out of the
            // bias-update means and of both claims.
            Set<String> diverged = divergedRuns(table);
            biasTable.append(biasUpdates(s, table, diverged));
            histogramTable.append(biasStats.write(out, s.precisions()));
            List<ResultRow> targets = sweepTargets(table, out, ctx.preset(), diverged);
            biasTable.append("\n").append(deadRunsText);
            return targets;
        }
    }

    private static double cost(int width, int depth) {
        return (double) width * width * depth + width;
    }

    private List<Object[]> train(SweepRun r, PiecesSettings s, long baseSeed, BiasUpdateStats biasStats) {
        long seed = Seeds.derive(baseSeed, "pieces", r.target(), r.optimizer(), r.width(), r.depth(), r.seed());
        int[] widths = new int[r.depth() + 2];
        widths[0] = 1;
        widths[widths.length - 1] = 1;
        for (int l = 1; l <= r.depth(); l++) {
            widths[l] = r.width();
        }
        ReluNet init = s.uniformBiases()
                ? withUniformBiases(heInit(widths, seed), new Rng(Seeds.derive(seed, "biases")))
                : heInit(widths, seed);
        double[] x = new double[s.points()];
        double[] y = new double[s.points()];
        Rng dataRng = new Rng(Seeds.derive(baseSeed, "pieces-data", r.target(), r.seed()));
        for (int i = 0; i < x.length; i++) {
            x[i] = dataRng.nextDouble();
            y[i] = PiecesSettings.target(r.target(), x[i]);
        }
        double lr = r.optimizer() == RoundedMlp.Optimizer.GD ? PiecesSettings.GD_LR : PiecesSettings.ADAM_LR;
        RoundedMlp mlp = new RoundedMlp(init, r.precision(), r.optimizer(), lr);
        List<Object[]> rows = new ArrayList<>();
        Object[] key = {
            r.target(),
            r.optimizer(),
            r.width(),
            r.depth(),
            r.seed(),
            r.precision().label(),
            init.neurons(),
            variance(y)
        };
        trainAndRecord(mlp, x, y, s.steps(), s.recordEvery(), key, rows);
        biasStats.add(r.precision(), r.width(), r.depth(), mlp);
        return rows;
    }

    /**
     * Trains for {@code steps}, recording every {@code every} steps (and at the end) the loss and the pieces of the
     * parameters before that step's update (row = key + step columns). A non-finite loss ends the run with a row.
     */
    static void trainAndRecord(
            RoundedMlp mlp, double[] x, double[] y, int steps, int every, Object[] key, List<Object[]> rows) {
        trainAndRecord(mlp, x, y, steps, every, 0, key, rows);
    }

    /** As above, and also at every one of the first {@code denseSteps} steps (when pieces change fastest). */
    static void trainAndRecord(
            RoundedMlp mlp,
            double[] x,
            double[] y,
            int steps,
            int every,
            int denseSteps,
            Object[] key,
            List<Object[]> rows) {
        int n = x.length;
        int layers = mlp.net().layers();
        for (int step = 0; step <= steps; step++) {
            boolean record = step % every == 0 || step == steps || step < denseSteps;
            PieceCounter.Result pr = record ? PieceCounter.count(mlp.net()) : null;
            double loss = step < steps
                    ? mlp.step(x, y, n)
                    : mlp.lossAndGradients(x, y, n, new double[layers][], new double[layers][]);
            if (!record && !Double.isFinite(loss)) {
                pr = PieceCounter.count(mlp.net());
                record = true;
            }
            if (record) {
                double[] bias = mlp.takeBiasUpdateStats();
                Object[] row = new Object[key.length + 7];
                System.arraycopy(key, 0, row, 0, key.length);
                row[key.length] = step;
                row[key.length + 1] = loss;
                row[key.length + 2] = pr.pieces();
                row[key.length + 3] = pr.piecesWiderThan(PiecesSettings.RESOLUTION);
                row[key.length + 4] = pr.regions();
                row[key.length + 5] = bias[0];
                row[key.length + 6] = bias[1];
                rows.add(row);
            }
            if (!Double.isFinite(loss)) {
                break;
            }
        }
    }

    /** The same weights with every bias drawn from U(-1/2, 1/2), so that training starts with kinks in [0, 1]. */
    static ReluNet withUniformBiases(ReluNet net, Rng rng) {
        int layers = net.layers();
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = net.weight(l);
            b[l] = new double[net.bias(l).length];
            for (int i = 0; i < b[l].length; i++) {
                b[l][i] = rng.uniform(-0.5, 0.5);
            }
        }
        return ReluNet.of(net.widths(), w, b);
    }

    /** Population variance: the loss of the best constant fit, i.e. of a dead network. */
    static double variance(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double s = 0;
        for (double v : y) {
            s += (v - mean) * (v - mean);
        }
        return s / y.length;
    }

    /** nn's He-normal weights N(0, 2 / fan_in) and zero biases, read back from the Linear layers. */
    static ReluNet heInit(int[] widths, long seed) {
        Mlp mlp = Mlp.builder()
                .widths(widths)
                .dtype(DType.FLOAT64)
                .weightInit(Init.heNormal())
                .biasInit(Init.zeros())
                .rng(new SplittableRandom(seed))
                .build();
        return NnBridge.toReluNet(mlp.linears());
    }

    /**
     * Per precision: mean bias-update size and the fraction of bias updates rounding swallowed (all checkpoints of the
     * runs that did not diverge: a diverged run's last finite updates are astronomically large and would swamp the mean).
     */
    private static String biasUpdates(PiecesSettings s, RunTable table, Set<String> diverged) {
        int cPrec = table.column("precision");
        int cStep = table.column("step");
        int cMean = table.column("bias_update_mean");
        int cLost = table.column("bias_update_lost_fraction");
        StringBuilder md = new StringBuilder(
                "| precision | mean bias update | fraction of bias updates lost to rounding |\n" + "|---|---|---|\n");
        for (Precision p : s.precisions()) {
            double mean = 0;
            double lost = 0;
            int count = 0;
            for (String[] row : table.rows()) {
                if (row[cPrec].equals(p.label())
                        && Integer.parseInt(row[cStep]) > 0
                        && !diverged.contains(runKey(row))) {
                    mean += Double.parseDouble(row[cMean]);
                    lost += Double.parseDouble(row[cLost]);
                    count++;
                }
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3e | %.4f |%n",
                    p.label(),
                    count == 0 ? 0 : mean / count,
                    count == 0 ? 0 : lost / count));
        }
        return md.toString();
    }

    /** Written by {@link #sweepTargets}: the dead runs, for the summary. */
    private String deadRunsText = "";

    /**
     * Where "far below 2^L" can be told apart from "linear in the neurons": the paper's linear bound 5 x neurons is
     * itself at most 2^L / 4. At L = 8 no width qualifies (5 x 4 x 8 = 160 > 64), at L = 16 every width up to 16 does.
     */
    static boolean exponentialScope(int depth, int neurons) {
        return 5.0 * neurons <= StrictMath.pow(2, depth) / 4;
    }

    /**
     * A run is dead when its last checkpoint has one piece and a loss within 1 % of the target's variance (the loss
     * of the best constant): it satisfies "few pieces" trivially, so the claims are judged on live runs only.
     */
    static boolean dead(double finalLoss, int finalPieces, double targetVariance) {
        return finalPieces <= 1 && Double.isFinite(finalLoss) && finalLoss >= 0.99 * targetVariance;
    }

    private List<ResultRow> sweepTargets(RunTable table, Path out, Preset preset, Set<String> divergedRuns)
            throws Exception {
        int cNeurons = table.column("neurons");
        int cPieces = table.column("pieces");
        int cResolved = table.column("pieces_wider_2^-20");
        int cDepth = table.column("depth");
        int cLoss = table.column("loss");
        int cVariance = table.column("target_variance");
        // Last row of each run decides whether it is dead.
        Map<String, String[]> lastRow = new TreeMap<>();
        for (String[] row : table.rows()) {
            lastRow.put(runKey(row), row);
        }
        List<String> deadRuns = new ArrayList<>();
        for (Map.Entry<String, String[]> e : lastRow.entrySet()) {
            String[] row = e.getValue();
            if (dead(
                    Double.parseDouble(row[cLoss]),
                    Integer.parseInt(row[cPieces]),
                    Double.parseDouble(row[cVariance]))) {
                deadRuns.add(e.getKey());
            }
        }
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("dead_runs.csv"),
                "target",
                "optimizer",
                "width",
                "depth",
                "seed",
                "precision",
                "final_loss",
                "target_variance")) {
            for (String run : deadRuns) {
                String[] row = lastRow.get(run);
                csv.row(row[0], row[1], row[2], row[3], row[4], row[5], row[cLoss], row[cVariance]);
            }
        }
        double worstPerNeuron = 0;
        double worstInScope = 0;
        int maxInScopePieces = 0;
        double worstOutOfScopeDeep = 0;
        int maxResolved = 0;
        int maxExact = 0;
        Set<String> inScope = new TreeSet<>();
        for (String[] row : table.rows()) {
            String run = runKey(row);
            if (deadRuns.contains(run) || divergedRuns.contains(run)) {
                continue;
            }
            int neurons = Integer.parseInt(row[cNeurons]);
            int pieces = Integer.parseInt(row[cPieces]);
            int depth = Integer.parseInt(row[cDepth]);
            maxExact = Math.max(maxExact, pieces);
            maxResolved = Math.max(maxResolved, Integer.parseInt(row[cResolved]));
            worstPerNeuron = Math.max(worstPerNeuron, (double) pieces / neurons);
            double ofTwoToL = pieces / StrictMath.pow(2, depth);
            if (exponentialScope(depth, neurons)) {
                inScope.add(run);
                worstInScope = Math.max(worstInScope, ofTwoToL);
                maxInScopePieces = Math.max(maxInScopePieces, pieces);
            } else if (depth >= 8) {
                worstOutOfScopeDeep = Math.max(worstOutOfScopeDeep, ofTwoToL);
            }
        }
        int inScopeRuns = inScope.size();
        int live = lastRow.size() - deadRuns.size() - divergedRuns.size();
        String deadNote = String.format(
                Locale.ROOT,
                "; %d live runs, %d dead (excluded, dead_runs.csv), %d diverged " + "(excluded)",
                live,
                deadRuns.size(),
                divergedRuns.size());
        StringBuilder deadText = new StringBuilder("Dead runs (last checkpoint: one piece, loss >= 0.99 x the target's "
                + "variance): " + deadRuns.size() + " of " + lastRow.size() + ".");
        for (String run : deadRuns) {
            deadText.append("\n- ").append(run);
        }
        deadText.append("\n\nDiverged runs (non-finite loss; left out of the claims and the bias-update means above): ")
                .append(divergedRuns.size())
                .append(" of ")
                .append(lastRow.size())
                .append('.');
        for (String run : divergedRuns) {
            deadText.append("\n- ").append(run);
        }
        deadRunsText = deadText.append('\n').toString();
        List<ResultRow> rows = new ArrayList<>();
        rows.add(ResultRow.claim(NAME, "trained: pieces <= 5 x neurons", "trained live nets keep <= 5 x neurons pieces")
                .from("Karner, Kazeev & Petersen (pieces linear in the neurons after GD); EXPERIMENTS.md section 4")
                .judged(
                        String.format(
                                Locale.ROOT,
                                "max pieces/neurons = %.2f over all checkpoints%s; max exact count %d, "
                                        + "max count of pieces wider than 2^-20 %d",
                                worstPerNeuron,
                                deadNote,
                                maxExact,
                                maxResolved),
                        live > 0 && worstPerNeuron <= 5));
        ResultRow.Builder farBelow = ResultRow.claim(
                        NAME,
                        "trained: pieces <= 2^L / 4 (deep)",
                        "live nets far below 2^L (<= 2^L / 4) where the linear bound is too (5 x neurons <= 2^L / 4)")
                .from("Karner, Kazeev & Petersen; EXPERIMENTS.md section 4 (\"far below 2^L for L >= 8\")");
        String context =
                String.format(Locale.ROOT, "; outside that scope, L >= 8: max pieces/2^L = %.4f", worstOutOfScopeDeep);
        if (inScopeRuns == 0) {
            rows.add(farBelow.notJudged(
                    "no live run with 5 x neurons <= 2^L / 4 (needs depth 16)" + context, preset, Preset.STANDARD));
        } else {
            rows.add(farBelow.judged(
                    String.format(
                            Locale.ROOT,
                            "max pieces = %d, max pieces/2^L = %.2e over %d live " + "runs%s",
                            maxInScopePieces,
                            worstInScope,
                            inScopeRuns,
                            context),
                    worstInScope <= 0.25));
        }
        return rows;
    }

    /** The runs with a non-finite loss at some checkpoint. */
    private static Set<String> divergedRuns(RunTable table) {
        int cLoss = table.column("loss");
        Set<String> diverged = new TreeSet<>();
        for (String[] row : table.rows()) {
            if (!Double.isFinite(Double.parseDouble(row[cLoss]))) {
                diverged.add(runKey(row));
            }
        }
        return diverged;
    }

    private static String runKey(String[] row) {
        return String.join("/", row[0], row[1], "w" + row[2], "L" + row[3], "seed " + row[4], row[5]);
    }

    private void plotSweep(PiecesSettings s, RunTable table, Path out) throws Exception {
        int cStep = table.column("step");
        int cPieces = table.column("pieces");
        int cPrec = table.column("precision");
        int cNeurons = table.column("neurons");
        int cDepth = table.column("depth");
        Plot stepPlot = Plot.titled("Pieces during training (mean over all widths, depths, seeds)")
                .xLabel("training step")
                .yLabel("affine pieces on [0, 1]");
        Plot neuronPlot = Plot.titled("Pieces vs neurons: trained nets (max over training) and the 2^L sawtooth")
                .xLabel("hidden neurons")
                .yLabel("affine pieces on [0, 1]")
                .logY();
        int maxNeurons = 0;
        for (Precision p : s.precisions()) {
            Map<Integer, double[]> byStep = new TreeMap<>(); // step -> {sum, count}
            Map<String, double[]> maxPerRun = new TreeMap<>(); // run -> {neurons, max pieces}
            for (String[] row : table.rows()) {
                if (!row[cPrec].equals(p.label())) {
                    continue;
                }
                int step = Integer.parseInt(row[cStep]);
                int pieces = Integer.parseInt(row[cPieces]);
                double[] acc = byStep.computeIfAbsent(step, k -> new double[2]);
                acc[0] += pieces;
                acc[1]++;
                String run = String.join("/", row[0], row[1], row[2], row[3], row[4]);
                double[] m = maxPerRun.computeIfAbsent(run, k -> new double[] {Integer.parseInt(row[cNeurons]), 0});
                m[1] = Math.max(m[1], pieces);
                maxNeurons = Math.max(maxNeurons, Integer.parseInt(row[cNeurons]));
            }
            if (byStep.isEmpty()) {
                continue;
            }
            double[] xs = new double[byStep.size()];
            double[] ys = new double[byStep.size()];
            int i = 0;
            for (Map.Entry<Integer, double[]> e : byStep.entrySet()) {
                xs[i] = e.getKey();
                ys[i++] = e.getValue()[0] / e.getValue()[1];
            }
            stepPlot.lineMarkers(p.label(), xs, ys);
            double[] nx = new double[maxPerRun.size()];
            double[] ny = new double[maxPerRun.size()];
            i = 0;
            for (double[] v : maxPerRun.values()) {
                // Spread precisions slightly so overlapping markers stay visible.
                nx[i] = v[0] * (1 + 0.03 * p.ordinal());
                ny[i++] = v[1];
            }
            neuronPlot.scatter("trained, " + p.label(), nx, ny);
        }
        int maxL = 0;
        for (int d : s.depths()) {
            maxL = Math.max(maxL, d);
        }
        int lines = Math.max(2, maxL);
        double[] sawX = new double[lines];
        double[] sawY = new double[lines];
        for (int l = 1; l <= lines; l++) {
            sawX[l - 1] = 2 * l;
            sawY[l - 1] = StrictMath.pow(2, l);
        }
        neuronPlot.line("sawtooth: 2^L pieces with 2L neurons", sawX, sawY);
        double top = Math.max(maxNeurons, 2 * lines);
        // Sampled densely: the y axis is logarithmic, so two end points joined by a straight segment would not be 5x.
        double[] bx = new double[65];
        double[] by = new double[bx.length];
        for (int i = 0; i < bx.length; i++) {
            bx[i] = 1 + (top - 1) * i / (bx.length - 1.0);
            by[i] = 5 * bx[i];
        }
        neuronPlot.dashed("5 x neurons", bx, by);
        stepPlot.savePng(out.resolve("pieces_vs_step.png"));
        neuronPlot.savePng(out.resolve("pieces_vs_neurons.png"));
    }

    // ------------------------------------------------------------------ training from the constructions
    private record ConstructionRun(String construction, int depth, double lr, int dataSeed, Precision precision) {}

    /** Construction runs are recorded at every step up to here: GD changes their pieces within a few steps. */
    static final int DENSE_STEPS = 50;

    private static final String[] CONSTRUCTION_HEADER = {
        "construction",
        "depth",
        "lr",
        "data_seed",
        "precision",
        "neurons",
        "step",
        "loss",
        "pieces",
        "pieces_wider_2^-20",
        "regions",
        "bias_update_mean",
        "bias_update_lost_fraction"
    };
    private static final List<String> CONSTRUCTIONS = List.of("sawtooth", "yarotsky");

    /**
     * The precision effect isolated: GD from the 2^L constructions on x^2, with every kernel rounded to float32 /
     * float16 versus exact float64 gradients and updates, at the same learning rate on the same data, over several
     * data seeds. One unit per (construction, depth, lr, data seed, precision).
     */
    private UnitSweep constructionUnits(PiecesSettings s, long baseSeed) {
        List<ConstructionRun> runs = new ArrayList<>();
        for (String c : CONSTRUCTIONS) {
            for (int depth : s.constructionDepths()) {
                for (double lr : s.constructionLrs()) {
                    for (int dataSeed = 0; dataSeed < s.dataSeeds(); dataSeed++) {
                        for (Precision p : s.precisions()) {
                            runs.add(new ConstructionRun(c, depth, lr, dataSeed, p));
                        }
                    }
                }
            }
        }
        return UnitSweep.of(
                "pieces from constructions",
                "construction_training.csv",
                CONSTRUCTION_HEADER,
                5,
                runs,
                r -> new Object[] {
                    r.construction(),
                    r.depth(),
                    r.lr(),
                    r.dataSeed(),
                    r.precision().label()
                },
                r -> 1,
                r -> {
                    double[] x = new double[s.points()];
                    double[] y = new double[s.points()];
                    // Data seed 0 keeps the single-data-set derivation of earlier runs.
                    Rng dataRng = new Rng(
                            r.dataSeed() == 0
                                    ? Seeds.derive(baseSeed, "pieces-construction-data")
                                    : Seeds.derive(baseSeed, "pieces-construction-data", r.dataSeed()));
                    for (int i = 0; i < x.length; i++) {
                        x[i] = dataRng.nextDouble();
                        y[i] = x[i] * x[i];
                    }
                    ReluNet init = r.construction().equals("sawtooth")
                            ? Constructions.sawtooth(r.depth())
                            : Constructions.yarotsky(r.depth());
                    RoundedMlp mlp = new RoundedMlp(init, r.precision(), RoundedMlp.Optimizer.GD, r.lr());
                    List<Object[]> rows = new ArrayList<>();
                    trainAndRecord(
                            mlp,
                            x,
                            y,
                            s.constructionSteps(),
                            s.constructionRecordEvery(),
                            DENSE_STEPS,
                            new Object[] {
                                r.construction(),
                                r.depth(),
                                r.lr(),
                                r.dataSeed(),
                                r.precision().label(),
                                init.neurons()
                            },
                            rows);
                    return rows;
                });
    }

    private List<ResultRow> constructionTraining(PiecesSettings s, RunContext ctx, Path out) throws Exception {
        try (RunTable table =
                UnitRunner.run(constructionUnits(s, ctx.seed()), out, ctx.shard(), ctx.resumes(), ctx.threads())) {
            return constructionTargets(s, ctx, table, out);
        }
    }

    private List<ResultRow> constructionTargets(PiecesSettings s, RunContext ctx, RunTable table, Path out)
            throws Exception {
        int cConstruction = table.column("construction");
        int cDepth = table.column("depth");
        int cLr = table.column("lr");
        int cSeed = table.column("data_seed");
        int cPrecision = table.column("precision");
        int cStep = table.column("step");
        int cPieces = table.column("pieces");
        StringBuilder measured = new StringBuilder();
        boolean pass = true;
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("construction_pieces_lost.csv"),
                "construction",
                "depth",
                "lr",
                "data_seed",
                "precision",
                "pieces_initial",
                "pieces_final",
                "steps",
                "pieces_lost_per_step")) {
            for (String c : CONSTRUCTIONS) {
                Plot plot = Plot.titled(
                                "Pieces while training from the " + c + " construction on x^2 (GD, data seed 0)")
                        .xLabel("training step")
                        .yLabel("affine pieces on [0, 1]")
                        .logY();
                for (int depth : s.constructionDepths()) {
                    for (double lr : s.constructionLrs()) {
                        String lrText = CsvWriter.text(lr);
                        double[][] lost = new double[s.precisions().size()][s.dataSeeds()];
                        for (int pi = 0; pi < s.precisions().size(); pi++) {
                            Precision p = s.precisions().get(pi);
                            for (int seed = 0; seed < s.dataSeeds(); seed++) {
                                List<double[]> series = new ArrayList<>();
                                for (String[] row : table.rows()) {
                                    if (row[cConstruction].equals(c)
                                            && Integer.parseInt(row[cDepth]) == depth
                                            && row[cLr].equals(lrText)
                                            && Integer.parseInt(row[cSeed]) == seed
                                            && row[cPrecision].equals(p.label())) {
                                        series.add(new double[] {
                                            Integer.parseInt(row[cStep]), Integer.parseInt(row[cPieces])
                                        });
                                    }
                                }
                                if (series.isEmpty()) {
                                    continue;
                                }
                                double[] first = series.get(0);
                                double[] last = series.get(series.size() - 1);
                                double steps = Math.max(1, last[0] - first[0]);
                                lost[pi][seed] = (first[1] - last[1]) / steps;
                                csv.row(
                                        c,
                                        depth,
                                        lrText,
                                        seed,
                                        p.label(),
                                        (int) first[1],
                                        (int) last[1],
                                        (int) steps,
                                        lost[pi][seed]);
                                if (seed == 0) {
                                    double[] xs = new double[series.size()];
                                    double[] ys = new double[series.size()];
                                    for (int i = 0; i < xs.length; i++) {
                                        xs[i] = series.get(i)[0];
                                        ys[i] = series.get(i)[1];
                                    }
                                    plot.line("L=" + depth + ", lr " + lrText + ", " + p.label(), xs, ys);
                                }
                            }
                        }
                        // Paired over data seeds: each low precision against float64 on the same data.
                        for (int pi = 0; pi < s.precisions().size(); pi++) {
                            Precision p = s.precisions().get(pi);
                            if (p == Precision.FLOAT64) {
                                continue;
                            }
                            double[] diff = new double[s.dataSeeds()];
                            for (int seed = 0; seed < diff.length; seed++) {
                                diff[seed] =
                                        lost[pi][seed] - lost[s.precisions().indexOf(Precision.FLOAT64)][seed];
                            }
                            double mean = mean(diff);
                            double se = standardError(diff);
                            if (p == Precision.FLOAT16) {
                                pass &= mean > se;
                            }
                            measured.append(String.format(
                                    Locale.ROOT,
                                    "%s%s L%d lr %s: %s - float64 = %.3g +- %.2g pieces/step "
                                            + "(float64 itself %.3g)",
                                    measured.length() == 0 ? "" : "; ",
                                    c,
                                    depth,
                                    lrText,
                                    p.label(),
                                    mean,
                                    se,
                                    mean(lost[s.precisions().indexOf(Precision.FLOAT64)])));
                        }
                    }
                }
                plot.savePng(out.resolve("construction_" + c + ".png"));
            }
        }
        ResultRow.Builder row = ResultRow.protocol(
                        NAME,
                        "precision effect isolated (f16 vs f64 GD)",
                        "GD with float16 kernels loses more pieces per step than exact-gradient float64 GD at the same lr and "
                                + "data: mean paired difference > its standard error over >= "
                                + PiecesSettings.MIN_DATA_SEEDS
                                + " data seeds (float32 reported beside it)")
                .from("EXPERIMENTS.md section 4 [P] (isolates rounding from the size of the GD steps)");
        String text = measured + " (" + s.dataSeeds() + " data seeds)";
        return List.of(
                s.dataSeeds() >= PiecesSettings.MIN_DATA_SEEDS
                        ? row.judged(text, pass)
                        : row.notJudged(text, ctx.preset(), Preset.STANDARD));
    }

    static double mean(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x / v.length;
        }
        return m;
    }

    /** Sample standard deviation over sqrt(n) (0 for a single value). */
    static double standardError(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1) / v.length);
    }

    // ------------------------------------------------------------------ summary
    private void writeSummary(
            PiecesSettings s, RunContext ctx, List<ResultRow> rows, String biasTable, String histogramTable)
            throws Exception {
        Summary.titled("Affine pieces under floating-point gradient descent (section 4)")
                .text("Preset " + ctx.preset().name().toLowerCase(Locale.ROOT) + ", seed " + ctx.seed()
                        + ". Claim (Karner, "
                        + "Kazeev and Petersen): gradient descent in floating point keeps few affine pieces (about linear in the "
                        + "number of neurons), while approximation-theory constructions use 2^L pieces with depth L.")
                .rows(rows)
                .section(
                        "Settings",
                        String.format(
                                Locale.ROOT,
                                "Training: widths %s, depths %s, targets %s, optimizers %s, "
                                        + "%d seed(s), precisions %s, %d full-batch steps on %d uniform points of [0, 1], pieces recorded every "
                                        + "%d steps; He-normal weights, %s biases; GD lr %s, Adam lr %s. From constructions: depths %s, "
                                        + "%d GD steps (lr %s) on x^2 over %d data seeds. Perturbation sweep: relative sizes %s, %d draw(s) "
                                        + "each. Cross-check: %d random nets on %d grid points. Resolution count: pieces wider than 2^-20.",
                                s.widths(),
                                s.depths(),
                                s.targets(),
                                s.optimizers(),
                                s.seeds(),
                                labels(s.precisions()),
                                s.steps(),
                                s.points(),
                                s.recordEvery(),
                                s.uniformBiases() ? "U(-1/2, 1/2)" : "zero",
                                PiecesSettings.GD_LR,
                                PiecesSettings.ADAM_LR,
                                s.constructionDepths(),
                                s.constructionSteps(),
                                s.constructionLrs(),
                                s.dataSeeds(),
                                s.perturbations(),
                                s.perturbationDraws(),
                                s.randomNets(),
                                s.gridPoints()))
                .section("Bias updates in the training sweep", biasTable)
                .section(HISTOGRAM_SECTION, histogramTable)
                .section(
                        "Method",
                        "Pieces are counted exactly by breakpoint propagation in double (PieceCounter): each "
                                + "neuron's zero crossings are inserted between consecutive breakpoints layer by layer, and "
                                + "neighbouring intervals whose slopes agree to a relative 1e-9 are merged. float32 and float16 runs "
                                + "round every kernel result (GEMM, bias add, residual, column sums, fused optimizer update) to the "
                                + "format; float16 uses round-to-nearest-even binary16 with its range (max 65504, subnormals to "
                                + "2^-24). Adam's moment buffers stay float32 in float16 runs.")
                .section(
                        "Files",
                        "constructions.csv, perturbation.csv, crosscheck.csv, training.csv, dead_runs.csv, "
                                + "bias_updates.csv, construction_training.csv, construction_pieces_lost.csv, pieces_vs_step.png, "
                                + "pieces_vs_neurons.png, bias_update_ratio.png, construction_sawtooth.png, construction_yarotsky.png")
                .write(ctx.outDir().resolve("summary.md"));
    }

    private static String labels(List<Precision> precisions) {
        List<String> l = new ArrayList<>();
        for (Precision p : precisions) {
            l.add(p.label());
        }
        return l.toString();
    }
}
