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
    int constructionRecordEvery) {

  static final double GD_LR = 0.05;
  static final double ADAM_LR = 1e-3;

  static PiecesSettings of(Preset preset) {
    List<Precision> all = List.of(Precision.FLOAT64, Precision.FLOAT32, Precision.FLOAT16);
    switch (preset) {
      case SMOKE:
        return new PiecesSettings(List.of(4), List.of(2, 8), List.of("x2"), List.of(RoundedMlp.Optimizer.GD), 1,
            all, 200, 50, 256, 10, 6, 3, 1 << 16, List.of(6), List.of(1e-3), 200, 20);
      case FULL:
        return new PiecesSettings(List.of(4, 8, 16), List.of(2, 4, 8, 16), List.of("x2", "sin"),
            List.of(RoundedMlp.Optimizer.GD, RoundedMlp.Optimizer.ADAM), 10, all, 10_000, 100, 1000, 20, 20, 100,
            1 << 20, List.of(4, 8, 12), List.of(1e-3, 1e-4), 10_000, 20);
      default: // QUICK, and STANDARD as a placeholder until issue 11 gives pieces its own recipe
        return new PiecesSettings(List.of(4, 8), List.of(2, 4, 8), List.of("x2"), List.of(RoundedMlp.Optimizer.GD),
            2, all, 2000, 100, 1000, 16, 12, 10, 1 << 20, List.of(8), List.of(1e-3, 1e-4), 2000, 20);
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
