package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.common.CsvWriter;
import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.examples.common.Seeds;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The 2^L constructions under generic perturbations: every weight and bias multiplied by {@code 1 + eps u},
 * u ~ U(-1, 1). Their ReLU realisations have degenerate kinks (several neurons break at the same point, and
 * pieces of equal slope meet), so a perturbation splits kinks and adds pieces; it cannot merge the 2^L pieces of
 * different slope at these sizes. Pieces are lost only through large changes such as big GD steps.
 */
final class PerturbationSweep {
    private PerturbationSweep() {}

    /** w (1 + eps u) for every weight and bias, u ~ U(-1, 1). */
    static ReluNet perturb(ReluNet net, double eps, Rng rng) {
        int layers = net.layers();
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = net.weight(l);
            b[l] = net.bias(l);
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] *= 1 + eps * rng.uniform(-1, 1);
            }
            for (int i = 0; i < b[l].length; i++) {
                b[l][i] *= 1 + eps * rng.uniform(-1, 1);
            }
        }
        return ReluNet.of(net.widths(), w, b);
    }

    static ResultRow run(PiecesSettings s, long seed, Path out) throws Exception {
        boolean neverFewer = true;
        StringBuilder measured = new StringBuilder();
        try (CsvWriter csv = CsvWriter.create(
                out.resolve("perturbation.csv"),
                "construction",
                "depth",
                "eps",
                "draw",
                "pieces_unperturbed",
                "pieces",
                "pieces_wider_2^-20")) {
            for (String c : new String[] {"sawtooth", "yarotsky"}) {
                for (int depth : s.constructionDepths()) {
                    ReluNet base = c.equals("sawtooth") ? Constructions.sawtooth(depth) : Constructions.yarotsky(depth);
                    int exact = PieceCounter.count(base).pieces();
                    int lo = Integer.MAX_VALUE;
                    int hi = 0;
                    for (double eps : s.perturbations()) {
                        for (int draw = 0; draw < s.perturbationDraws(); draw++) {
                            ReluNet p = perturb(
                                    base, eps, new Rng(Seeds.derive(seed, "pieces-perturb", c, depth, eps, draw)));
                            PieceCounter.Result r = PieceCounter.count(p);
                            csv.row(
                                    c,
                                    depth,
                                    eps,
                                    draw,
                                    exact,
                                    r.pieces(),
                                    r.piecesWiderThan(PiecesSettings.RESOLUTION));
                            neverFewer &= r.pieces() >= exact;
                            lo = Math.min(lo, r.pieces());
                            hi = Math.max(hi, r.pieces());
                        }
                    }
                    measured.append(String.format(
                            Locale.ROOT,
                            "%s%s L%d: %d -> %d..%d",
                            measured.length() == 0 ? "" : "; ",
                            c,
                            depth,
                            exact,
                            lo,
                            hi));
                }
            }
        }
        return ResultRow.identity(
                        "pieces",
                        "perturbations never remove pieces",
                        "generic relative perturbations " + s.perturbations()
                                + " of the 2^L constructions never lower the piece " + "count (degenerate kinks split)")
                .from("construction (the kinks of the sawtooth and Yarotsky nets coincide; issue 11)")
                .judged(measured + " (" + s.perturbationDraws() + " draw(s) per size)", neverFewer);
    }
}
