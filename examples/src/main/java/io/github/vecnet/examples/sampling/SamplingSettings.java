package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.Preset;
import java.util.List;

/**
 * The grids of section 1 per preset (EXPERIMENTS.md section 1).
 * <ul>
 *   <li>FULL is the paper's: 1a with d in {1, 3}, 40 teachers, widths 32/512/2048, the three batch rules (batch 100
 *       on the authors' exp_2 schedule: 1000 epochs, checkpoints every 200), 3 seeds, m = 1e2..1e5, 5000 epochs (lr
 *       1e-4 -> 1e-6), checkpoints every 1000 epochs, 2^20 test points; 1c a 10 x 100 MLP, 5 trials.</li>
 *   <li>STANDARD keeps the authors' optimiser recipe unchanged at width 32, batch ceil(0.2 m), 4 teachers per d, one
 *       seed, m in {1e2, 1e3, 1e4}; the Fig. 1 illustration with fewer epochs (it says so); 1c a 5 x 50 MLP with 5000
 *       full-batch Adam steps. Sized to about 30-45 minutes on 2 idle cores.</li>
 *   <li>QUICK is a smoke run (40 epochs at a 10x larger learning rate, 2 teachers): a different regime, so its 1a,
 *       Fig. 1 and 1c claim rows are NOT JUDGED.</li>
 * </ul>
 */
record SamplingSettings(
        Preset preset,
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
        // Fig. 1
        int fig1Epochs,
        int fig1Samples,
        // 1b
        List<Integer> foolingDims,
        List<Integer> foolingMs,
        int foolingEpochs,
        List<Integer> gridDims,
        int gridTeachers,
        int gridRandomPoints,
        // 1c
        List<AdcockDexter.TestFunction> adFunctions,
        int adDepth,
        int adWidth,
        List<Integer> adMs,
        int adTrials,
        int adSteps,
        int adTestPoints) {

    /** Epochs of the batch-100 scheme in the authors' exp_2 (5 checkpoints of 200 epochs, lr decay over 1000). */
    static final int HUNDRED_EPOCHS = 1000;

    static final int HUNDRED_CHECKPOINT_EVERY = 200;

    static SamplingSettings of(Preset preset) {
        List<StudentTrainer.BatchScheme> allBatches = List.of(
                StudentTrainer.BatchScheme.FIFTH,
                StudentTrainer.BatchScheme.FIFTIETH,
                StudentTrainer.BatchScheme.HUNDRED);
        List<AdcockDexter.TestFunction> extra =
                List.of(AdcockDexter.TestFunction.EXP_COS5, AdcockDexter.TestFunction.HALFSPACE);
        switch (preset) {
            case SMOKE:
                return new SamplingSettings(
                        preset,
                        List.of(1),
                        1,
                        List.of(32),
                        List.of(StudentTrainer.BatchScheme.FIFTIETH),
                        1,
                        List.of(100, 300, 1000),
                        4,
                        1e-3,
                        1e-5,
                        2,
                        1 << 12,
                        2,
                        200,
                        List.of(1),
                        List.of(100),
                        4,
                        List.of(1, 2, 3),
                        1,
                        1 << 12,
                        List.of(
                                AdcockDexter.TestFunction.EXP_COS,
                                AdcockDexter.TestFunction.EXP_COS5,
                                AdcockDexter.TestFunction.HALFSPACE),
                        3,
                        20,
                        List.of(76, 152, 303),
                        1,
                        50,
                        1 << 12);
            case FULL:
                return new SamplingSettings(
                        preset,
                        List.of(1, 3),
                        40,
                        List.of(32, 512, 2048),
                        allBatches,
                        3,
                        List.of(100, 1000, 10_000, 100_000),
                        5000,
                        1e-4,
                        1e-6,
                        1000,
                        1 << 20,
                        5000,
                        1000,
                        List.of(1, 3),
                        List.of(100, 1000, 10_000),
                        5000,
                        List.of(1, 2, 3),
                        40,
                        1 << 20,
                        concat(AdcockDexter.TestFunction.EXP_COS, extra),
                        10,
                        100,
                        List.of(76, 152, 303, 605, 1210),
                        5,
                        20_000,
                        100_000);
            case STANDARD:
                return new SamplingSettings(
                        preset,
                        List.of(1, 3),
                        4,
                        List.of(32),
                        List.of(StudentTrainer.BatchScheme.FIFTH),
                        1,
                        List.of(100, 1000, 10_000),
                        5000,
                        1e-4,
                        1e-6,
                        1000,
                        1 << 20,
                        STANDARD_FIG1_EPOCHS,
                        1000,
                        List.of(1),
                        List.of(100, 1000),
                        40,
                        List.of(1, 2, 3),
                        4,
                        1 << 16,
                        concat(AdcockDexter.TestFunction.EXP_COS, extra),
                        5,
                        50,
                        List.of(76, 152, 303, 605, 1210),
                        2,
                        5000,
                        1 << 16);
            default:
                return new SamplingSettings(
                        preset,
                        List.of(1, 3),
                        2,
                        List.of(32),
                        List.of(StudentTrainer.BatchScheme.FIFTIETH),
                        2,
                        List.of(100, 1000, 10_000),
                        40,
                        1e-3,
                        1e-5,
                        20,
                        1 << 14,
                        20,
                        1000,
                        List.of(1),
                        List.of(100, 1000),
                        40,
                        List.of(1, 2, 3),
                        2,
                        1 << 16,
                        List.of(AdcockDexter.TestFunction.EXP_COS),
                        5,
                        50,
                        List.of(76, 152, 303, 605, 1210),
                        2,
                        600,
                        1 << 14);
        }
    }

    /** Fig. 1 epochs in STANDARD: the paper's 5000 (1250 left the fit seed-dependent: Linf/L2 7.7 or 17.8). */
    static final int STANDARD_FIG1_EPOCHS = 5000;

    private static List<AdcockDexter.TestFunction> concat(
            AdcockDexter.TestFunction first, List<AdcockDexter.TestFunction> rest) {
        List<AdcockDexter.TestFunction> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }

    /** Whether this preset judges the trained-network targets (1a, Fig. 1, 1c); QUICK and SMOKE do not. */
    boolean judgesTraining() {
        return preset.judgesEverything();
    }

    /** Epochs for a batch scheme: the batch-100 scheme follows the authors' exp_2 in FULL. */
    int epochs(StudentTrainer.BatchScheme b) {
        return b == StudentTrainer.BatchScheme.HUNDRED && epochs >= HUNDRED_EPOCHS ? HUNDRED_EPOCHS : epochs;
    }

    /** Checkpoint epochs for a batch scheme: every {@code checkpointEvery} epochs (200 for exp_2) and the last. */
    int[] checkpoints(StudentTrainer.BatchScheme b) {
        int total = epochs(b);
        int every = b == StudentTrainer.BatchScheme.HUNDRED && epochs >= HUNDRED_EPOCHS
                ? HUNDRED_CHECKPOINT_EVERY
                : checkpointEvery;
        int count = (total + every - 1) / every;
        int[] c = new int[count];
        for (int i = 0; i < count; i++) {
            c[i] = Math.min(total, (i + 1) * every);
        }
        return c;
    }

    /** Checkpoints of the 0.2m / 0.02m schemes. */
    int[] checkpoints() {
        return checkpoints(StudentTrainer.BatchScheme.FIFTH);
    }
}
