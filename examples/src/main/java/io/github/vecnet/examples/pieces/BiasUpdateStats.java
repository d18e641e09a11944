package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.Plot;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distribution of relative bias updates |db| / |b| over a training sweep, per precision, width, depth and
 * layer, with the fraction of updates smaller than half an ulp of the bias (those rounding swallows: the
 * mechanism behind the paper's argument that floating-point GD cannot keep moving kinks).
 */
final class BiasUpdateStats {
    /** Counts of one (precision, width, depth, layer): histogram bins, updates below half an ulp, all updates. */
    private record Key(Precision precision, int width, int depth, int layer) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = precision.compareTo(o.precision);
            c = c != 0 ? c : Integer.compare(width, o.width);
            c = c != 0 ? c : Integer.compare(depth, o.depth);
            return c != 0 ? c : Integer.compare(layer, o.layer);
        }
    }

    private final Map<Key, long[]> histograms = new TreeMap<>();
    private final Map<Key, long[]> counts = new TreeMap<>(); // {below half ulp, updates}

    /** Adds one finished run's statistics (synchronised: training runs finish on several threads). */
    synchronized void add(Precision precision, int width, int depth, RoundedMlp mlp) {
        long[][] h = mlp.biasRatioHistogram();
        long[] below = mlp.biasUpdatesBelowHalfUlp();
        long[] all = mlp.biasUpdateCounts();
        for (int l = 0; l < h.length; l++) {
            Key key = new Key(precision, width, depth, l);
            long[] acc = histograms.computeIfAbsent(key, k -> new long[RoundedMlp.RATIO_BINS]);
            for (int i = 0; i < acc.length; i++) {
                acc[i] += h[l][i];
            }
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[0] += below[l];
            c[1] += all[l];
        }
    }

    /** Fraction of updates below half an ulp for one precision (all widths, depths, layers); NaN if none. */
    synchronized double belowHalfUlpFraction(Precision p) {
        long below = 0;
        long all = 0;
        for (Map.Entry<Key, long[]> e : counts.entrySet()) {
            if (e.getKey().precision() == p) {
                below += e.getValue()[0];
                all += e.getValue()[1];
            }
        }
        return all == 0 ? Double.NaN : (double) below / all;
    }

    /**
     * Writes bias_updates.csv (one row per key and bin) and bias_update_ratio.png (one histogram per precision);
     * returns a markdown table of the fraction below half an ulp per precision and width.
     */
    synchronized String write(Path out, List<Precision> precisions) throws Exception {
        if (histograms.isEmpty()) {
            // A merge of shards, or a run resumed from a complete CSV: the histograms live only in the process that
            // trained the units, so there is nothing to write (the per-run means stay in training.csv).
            return "No training unit ran in this process (resumed or merged run): the histograms are written only by the "
                    + "process that trains the units; bias_update_mean and bias_update_lost_fraction in training.csv remain.\n";
        }
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("bias_updates.csv"),
                "precision",
                "width",
                "depth",
                "layer",
                "log10_ratio_low",
                "log10_ratio_high",
                "count",
                "updates",
                "below_half_ulp")) {
            for (Map.Entry<Key, long[]> e : histograms.entrySet()) {
                Key k = e.getKey();
                long[] c = counts.get(k);
                for (int i = 0; i < e.getValue().length; i++) {
                    double lo = RoundedMlp.RATIO_LOW + i * RoundedMlp.RATIO_BIN_WIDTH;
                    csv.row(
                            k.precision().label(),
                            k.width(),
                            k.depth(),
                            k.layer(),
                            lo,
                            lo + RoundedMlp.RATIO_BIN_WIDTH,
                            e.getValue()[i],
                            c[1],
                            c[0]);
                }
            }
        }
        Plot plot = Plot.titled("Relative bias updates |db|/|b| (all layers, widths, depths, steps)")
                .xLabel("log10(|db| / |b|) (bin centre; the end bins collect the tails)")
                .yLabel("fraction of updates");
        Map<Integer, long[]> byWidth = new TreeMap<>();
        StringBuilder md = new StringBuilder(
                "| precision | width | bias updates | fraction below half an ulp |\n" + "|---|---|---|---|\n");
        for (Precision p : precisions) {
            double[] total = new double[RoundedMlp.RATIO_BINS];
            byWidth.clear();
            for (Map.Entry<Key, long[]> e : histograms.entrySet()) {
                if (e.getKey().precision() != p) {
                    continue;
                }
                for (int i = 0; i < total.length; i++) {
                    total[i] += e.getValue()[i];
                }
                long[] c = counts.get(e.getKey());
                long[] w = byWidth.computeIfAbsent(e.getKey().width(), k -> new long[2]);
                w[0] += c[0];
                w[1] += c[1];
            }
            double sum = 0;
            for (double v : total) {
                sum += v;
            }
            if (sum == 0) {
                continue;
            }
            double[] xs = new double[total.length];
            for (int i = 0; i < total.length; i++) {
                xs[i] = RoundedMlp.RATIO_LOW + (i + 0.5) * RoundedMlp.RATIO_BIN_WIDTH;
                total[i] /= sum;
            }
            plot.lineMarkers(p.label(), xs, total);
            for (Map.Entry<Integer, long[]> w : byWidth.entrySet()) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %.4f |%n",
                        p.label(),
                        w.getKey(),
                        w.getValue()[1],
                        w.getValue()[1] == 0 ? 0 : (double) w.getValue()[0] / w.getValue()[1]));
            }
        }
        plot.savePng(out.resolve("bias_update_ratio.png"));
        return md.append("\nPer layer and depth: bias_updates.csv (histogram of log10 |db|/|b| in bins of ")
                .append(RoundedMlp.RATIO_BIN_WIDTH)
                .append(", and the updates below half an ulp).\n")
                .toString();
    }
}
