package io.github.vecnet.examples.ball;

import io.github.vecnet.nn.DType;

/**
 * Scale of a ball-indicator run.
 *
 * @param dimensions input dimensions d
 * @param widths hidden widths k
 * @param trainCount training points
 * @param testCount test points
 * @param stepsA full-batch gradient-descent steps for model A
 * @param learningRateA step size of model A's gradient descent
 * @param epochsTrained Adam epochs for models B and C
 * @param batchTrained mini-batch size for B and C
 * @param learningRateTrained Adam step size for B and C times k: the output sums k units and Adam moves every
 *     weight by about the step, so the step must shrink like 1/k (2/k: 0.01 at k = 200, 0.002 at k = 1000)
 * @param dtype precision of all three models
 */
record BallSettings(int[] dimensions, int[] widths, int trainCount, int testCount, int stepsA,
    double learningRateA, int epochsTrained, int batchTrained, double learningRateTrained, DType dtype) {

  BallSettings {
    if (dimensions.length == 0 || widths.length == 0) {
      throw new IllegalArgumentException("need at least one dimension and one width");
    }
    for (int v : dimensions) {
      if (v < 1) {
        throw new IllegalArgumentException("dimensions must be >= 1, got " + v);
      }
    }
    for (int v : widths) {
      if (v < 1) {
        throw new IllegalArgumentException("widths must be >= 1, got " + v);
      }
    }
    if (trainCount < 1 || testCount < 1 || stepsA < 1 || epochsTrained < 1 || batchTrained < 1) {
      throw new IllegalArgumentException("counts, steps, epochs and batch must be >= 1");
    }
    if (!(learningRateA > 0) || !(learningRateTrained > 0)) {
      throw new IllegalArgumentException("learning rates must be > 0");
    }
  }

  /** Whether training logs progress lines with an ETA (the paper-scale runs take hours). */
  boolean logEpochs() {
    return trainCount >= 50_000;
  }

  /** The paper's scale: d in {10, 50, 100}, k in {200, 1000, 4000}, 50 000 train / 50 000 test. */
  static BallSettings full(DType dtype) {
    return new BallSettings(new int[] {10, 50, 100}, new int[] {200, 1000, 4000}, 50_000, 50_000, 3000, 1.0, 40,
        256, 2.0, dtype);
  }

  /** About two minutes on 2 cores: d in {10, 50}, k in {200, 1000}, smaller data and fewer epochs. */
  static BallSettings quick(DType dtype) {
    return new BallSettings(new int[] {10, 50}, new int[] {200, 1000}, 4000, 4000, 400, 1.0, 30, 128, 2.0,
        dtype);
  }

  /** A few seconds: the quick preset's shape (two d, two k, three models) on tiny data, for CI smoke tests. */
  static BallSettings smoke(DType dtype) {
    return new BallSettings(new int[] {10, 20}, new int[] {20, 40}, 400, 400, 30, 1.0, 2, 64, 2.0, dtype);
  }

  static BallSettings of(io.github.vecnet.examples.Preset preset, DType dtype) {
    switch (preset) {
      case SMOKE:
        return smoke(dtype);
      case QUICK:
      case STANDARD: // placeholder: quick settings until issue 11 gives this experiment its own recipe
        return quick(dtype);
      default:
        return full(dtype);
    }
  }
}
