package io.github.vecnet.examples.ball;

import io.github.vecnet.examples.Preset;
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
 * @param seeds independent repetitions (data, features and initialisations all change with the seed)
 * @param learningRatesB model B's grid of Adam step sizes times k (the best by final TRAINING loss is kept)
 * @param maxEpochsB model B's epoch budget per grid point
 * @param plateauBlockB model B trains in blocks of this many epochs and stops at the first block whose last-epoch
 *     training loss fell by less than {@link #PLATEAU_FRACTION} of the previous block's
 */
record BallSettings(
        int[] dimensions,
        int[] widths,
        int trainCount,
        int testCount,
        int stepsA,
        double learningRateA,
        int epochsTrained,
        int batchTrained,
        double learningRateTrained,
        DType dtype,
        int seeds,
        double[] learningRatesB,
        int maxEpochsB,
        int plateauBlockB) {

    /** Model A's "improves with k" is judged only with at least this many GD steps (400 steps pass by luck). */
    static final int STEPS_A_JUDGED = 3000;

    /** Relative fall of B's training loss per block below which B counts as on its plateau. */
    static final double PLATEAU_FRACTION = 0.01;

    /** The settings of the earlier single-seed presets, B trained like C (one rate, a fixed epoch count). */
    BallSettings(
            int[] dimensions,
            int[] widths,
            int trainCount,
            int testCount,
            int stepsA,
            double learningRateA,
            int epochsTrained,
            int batchTrained,
            double learningRateTrained,
            DType dtype) {
        this(
                dimensions,
                widths,
                trainCount,
                testCount,
                stepsA,
                learningRateA,
                epochsTrained,
                batchTrained,
                learningRateTrained,
                dtype,
                1,
                new double[] {learningRateTrained},
                epochsTrained,
                epochsTrained);
    }

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
        if (seeds < 1 || learningRatesB.length == 0 || maxEpochsB < 1 || plateauBlockB < 1) {
            throw new IllegalArgumentException(
                    "seeds, maxEpochsB, plateauBlockB must be >= 1 and learningRatesB " + "non-empty, got " + seeds
                            + ", " + maxEpochsB + ", " + plateauBlockB + ", " + learningRatesB.length);
        }
        for (double v : learningRatesB) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("learningRatesB: expected > 0, got " + v);
            }
        }
    }

    /** Whether training logs progress lines with an ETA (the paper-scale runs take hours). */
    boolean logEpochs() {
        return trainCount >= 50_000;
    }

    /** The paper's scale: d in {10, 50, 100}, k in {200, 1000, 4000}, 50 000 train / 50 000 test. */
    static BallSettings full(DType dtype) {
        return new BallSettings(
                new int[] {10, 50, 100},
                new int[] {200, 1000, 4000},
                50_000,
                50_000,
                3000,
                1.0,
                40,
                256,
                2.0,
                dtype,
                3,
                new double[] {2.0, 8.0, 32.0},
                200,
                10);
    }

    /**
     * The paper's recipe at reduced size: d in {10, 50, 100}, k in {200, 1000}, 3 seeds, 3000 GD steps for A, B
     * trained to its plateau over a two-rate grid (8/k, 32/k: smaller rates leave B on the constant predictor's plateau).
     */
    static BallSettings standard(DType dtype) {
        return new BallSettings(
                new int[] {10, 50, 100},
                new int[] {200, 1000},
                8000,
                8000,
                3000,
                1.0,
                30,
                128,
                2.0,
                dtype,
                3,
                new double[] {8.0, 32.0},
                40,
                5);
    }

    /** About two minutes on 2 cores: d in {10, 50}, k in {200, 1000}, smaller data and fewer epochs. */
    static BallSettings quick(DType dtype) {
        return new BallSettings(
                new int[] {10, 50},
                new int[] {200, 1000},
                4000,
                4000,
                400,
                1.0,
                30,
                128,
                2.0,
                dtype,
                2,
                new double[] {8.0, 32.0},
                30,
                5);
    }

    /** A few seconds: the quick preset's shape (two d, two k, three models) on tiny data, for CI smoke tests. */
    static BallSettings smoke(DType dtype) {
        return new BallSettings(new int[] {10, 20}, new int[] {20, 40}, 400, 400, 30, 1.0, 2, 64, 2.0, dtype);
    }

    static BallSettings of(Preset preset, DType dtype) {
        switch (preset) {
            case SMOKE:
                return smoke(dtype);
            case QUICK:
                return quick(dtype);
            case STANDARD:
                return standard(dtype);
            default:
                return full(dtype);
        }
    }
}
