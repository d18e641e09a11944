package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.Preset;
import java.util.List;

/**
 * The grids of section 1 per preset. FULL is the paper's: 1a with d in {1, 3}, 40 teachers, widths 32/512/2048,
 * the three batch rules, 3 seeds, m = 1e2..1e5, 5000 epochs (lr 1e-4 -> 1e-6), checkpoints every 1000 epochs and
 * 2^20 test points; 1c with d = 8, 1, 2, 4, a 10 x 100 MLP, 5 trials. QUICK keeps width 32, 2 teachers, m up to
 * 1e4 and fewer epochs (with a 10x larger initial learning rate so that the short schedule still trains).
 */
record SamplingSettings(
    // 1a
    List<Integer> dims,
    int teachers,
    List<Integer> widths,
    List<StudentTrainer.BatchScheme> batches,
    int seeds,
    List<Integer> ms,
    int epochs,
    double lrStart,
    double lrEnd,
    int checkpointEvery,
    int testPoints,
    // 1b
    List<Integer> foolingDims,
    List<Integer> foolingMs,
    int foolingEpochs,
    List<Integer> gridDims,
    double gridMaxM,
    int gridRandomPoints,
    // 1c
    List<Integer> adDims,
    int adDepth,
    int adWidth,
    List<Integer> adMs,
    int adTrials,
    int adSteps,
    int adTestPoints) {

  static SamplingSettings of(Preset preset) {
    List<StudentTrainer.BatchScheme> allBatches = List.of(StudentTrainer.BatchScheme.FIFTH,
        StudentTrainer.BatchScheme.FIFTIETH, StudentTrainer.BatchScheme.HUNDRED);
    switch (preset) {
      case SMOKE:
        return new SamplingSettings(List.of(1), 1, List.of(32), List.of(StudentTrainer.BatchScheme.FIFTIETH), 1,
            List.of(100, 300, 1000), 4, 1e-3, 1e-5, 2, 1 << 12,
            List.of(1), List.of(100), 4, List.of(1, 2, 3), 2e3, 1 << 12,
            List.of(2), 3, 20, List.of(76, 152, 303), 1, 50, 1 << 12);
      case FULL:
        return new SamplingSettings(List.of(1, 3), 40, List.of(32, 512, 2048), allBatches, 3,
            List.of(100, 1000, 10_000, 100_000), 5000, 1e-4, 1e-6, 1000, 1 << 20,
            List.of(1, 3), List.of(100, 1000, 10_000), 5000, List.of(1, 2, 3), 1e5, 1 << 20,
            List.of(8, 1, 2, 4), 10, 100, List.of(76, 152, 303, 605, 1210), 5, 20_000, 100_000);
      default:
        return new SamplingSettings(List.of(1, 3), 2, List.of(32), List.of(StudentTrainer.BatchScheme.FIFTIETH), 2,
            List.of(100, 1000, 10_000), 40, 1e-3, 1e-5, 20, 1 << 14,
            List.of(1), List.of(100, 1000), 40, List.of(1, 2, 3), 1e5, 1 << 16,
            List.of(8), 5, 50, List.of(76, 152, 303, 605, 1210), 2, 600, 1 << 14);
    }
  }

  /** Checkpoint epochs: every {@code checkpointEvery} epochs and the last. */
  int[] checkpoints() {
    int count = (epochs + checkpointEvery - 1) / checkpointEvery;
    int[] c = new int[count];
    for (int i = 0; i < count; i++) {
      c[i] = Math.min(epochs, (i + 1) * checkpointEvery);
    }
    return c;
  }
}
