package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.Preset;
import java.util.List;

/**
 * The grid of section 4 per preset. FULL is the paper-scale sweep (widths 4, 8, 16; depths 2..16; x^2 and
 * sin 2 pi x; GD and Adam; 10 seeds; three precisions; 1e4 steps on 1000 points). Training from the constructions
 * uses plain GD with two small rates (their loss surface is steep: slopes up to 2^L).
 */
record PiecesSettings(
        List<Integer> widths,
        List<Integer> depths,
        List<String> targets,
        List<RoundedMlp.Optimizer> optimizers,
        int seeds,
        List<Precision> precisions,
        int steps,
        int recordEvery,
        int points,
        int maxSawtoothDepth,
        int maxYarotskyM,
        int randomNets,
        int gridPoints,
        List<Integer> constructionDepths,
        List<Double> constructionLrs,
        int constructionSteps,
        int constructionRecordEvery,
        boolean uniformBiases,
        int dataSeeds,
        List<Double> perturbations,
        int perturbationDraws) {

    /** Pieces at least this wide are counted beside the exact count (EXPERIMENTS.md section 4: 2^-20). */
    static final double RESOLUTION = Math.scalb(1.0, -20);

    static final double GD_LR = 0.05;
    /** Relative sizes of the generic perturbations of the 2^L constructions. */
    static final List<Double> PERTURBATIONS = List.of(1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-3);
    /** The isolated precision comparison needs at least this many data seeds to be judged. */
    static final int MIN_DATA_SEEDS = 5;

    static final double ADAM_LR = 1e-3;

    static PiecesSettings of(Preset preset) {
        List<Precision> all = List.of(Precision.FLOAT64, Precision.FLOAT32, Precision.FLOAT16);
        switch (preset) {
            case SMOKE:
                return new PiecesSettings(
                        List.of(4),
                        List.of(2, 8),
                        List.of("x2"),
                        List.of(RoundedMlp.Optimizer.GD),
                        1,
                        all,
                        200,
                        50,
                        256,
                        10,
                        6,
                        3,
                        1 << 16,
                        List.of(6),
                        List.of(1e-3),
                        200,
                        20,
                        true,
                        2,
                        List.of(1e-12, 1e-6),
                        1);
            case FULL:
                return new PiecesSettings(
                        List.of(4, 8, 16),
                        List.of(2, 4, 8, 16),
                        List.of("x2", "sin"),
                        List.of(RoundedMlp.Optimizer.GD, RoundedMlp.Optimizer.ADAM),
                        10,
                        all,
                        10_000,
                        100,
                        1000,
                        20,
                        20,
                        100,
                        1 << 20,
                        List.of(4, 8, 12),
                        List.of(1e-3, 1e-4),
                        10_000,
                        20,
                        true,
                        10,
                        PERTURBATIONS,
                        10);
            case STANDARD: // biases U(-1/2, 1/2), 5 data seeds for the isolated precision comparison, depth 16 for the
                // "far below 2^L" row (at L <= 8 the linear bound 5 x neurons is not below 2^L / 4)
                return new PiecesSettings(
                        List.of(4, 8, 16),
                        List.of(2, 4, 8, 16),
                        List.of("x2"),
                        List.of(RoundedMlp.Optimizer.GD),
                        3,
                        all,
                        3000,
                        100,
                        1000,
                        16,
                        12,
                        20,
                        1 << 20,
                        List.of(8),
                        List.of(1e-3),
                        2000,
                        20,
                        true,
                        5,
                        PERTURBATIONS,
                        3);
            default: // QUICK: zero biases as before, 2 data seeds (the precision comparison is NOT JUDGED below 5)
                return new PiecesSettings(
                        List.of(4, 8),
                        List.of(2, 4, 8),
                        List.of("x2"),
                        List.of(RoundedMlp.Optimizer.GD),
                        2,
                        all,
                        2000,
                        100,
                        1000,
                        16,
                        12,
                        10,
                        1 << 20,
                        List.of(8),
                        List.of(1e-3),
                        2000,
                        20,
                        false,
                        2,
                        List.of(1e-12, 1e-9, 1e-6, 1e-3),
                        1);
        }
    }

    static double target(String name, double x) {
        switch (name) {
            case "x2":
                return x * x;
            case "sin":
                return StrictMath.sin(2 * Math.PI * x);
            default:
                throw new IllegalArgumentException("target: expected x2 or sin, got " + name);
        }
    }
}
