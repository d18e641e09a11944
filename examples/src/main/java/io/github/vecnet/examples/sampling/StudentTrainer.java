package io.github.vecnet.examples.sampling;

import io.github.vecnet.examples.common.NnBridge;
import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.Init;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import io.github.vecnet.nn.optim.Adam;
import io.github.vecnet.nn.optim.LearningRate;
import java.util.SplittableRandom;

/**
 * The student of 1a on nn: an MLP [d, w, w, w, w, 1] in float64 with PyTorch's default init, inputs standardised
 * (x / (1/sqrt 12), the standard deviation of U(-1/2, 1/2)), MSE loss, Adam whose learning rate decays
 * exponentially per epoch from {@code lrStart} to {@code lrEnd} at the last epoch, shuffled mini-batches.
 */
final class StudentTrainer {
    /** Batch-size rules of Berner et al.: ceil(0.2 m), ceil(0.02 m) or 100 (at most m). */
    enum BatchScheme {
        FIFTH("0.2m"),
        FIFTIETH("0.02m"),
        HUNDRED("100"),
        /** The batch of the paper's Fig. 1 illustration. */
        TWENTY("20");

        private final String label;

        BatchScheme(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static BatchScheme of(String label) {
            for (BatchScheme b : values()) {
                if (b.label.equals(label)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("batch: unknown scheme '" + label + "'");
        }

        int size(int m) {
            switch (this) {
                case FIFTH:
                    return Math.max(1, (int) Math.ceil(0.2 * m));
                case FIFTIETH:
                    return Math.max(1, (int) Math.ceil(0.02 * m));
                case TWENTY:
                    return Math.min(20, m);
                default:
                    return Math.min(100, m);
            }
        }
    }

    /** Called after each checkpoint epoch with the current model's predictions on the test points. */
    interface Checkpoint {
        void at(int epoch, double[] testPrediction, double trainMse);
    }

    static final double STANDARDISE = Math.sqrt(12.0);

    private final int d;
    private final int width;
    private final int hiddenLayers;
    private final int epochs;
    private final int scheduleEpochs;
    private final double lrStart;
    private final double lrEnd;
    private final BatchScheme batch;
    private final long seed;

    StudentTrainer(
            int d,
            int width,
            int hiddenLayers,
            int epochs,
            double lrStart,
            double lrEnd,
            BatchScheme batch,
            long seed) {
        this(d, width, hiddenLayers, epochs, epochs, lrStart, lrEnd, batch, seed);
    }

    /**
     * A trainer that stops after {@code epochs} of a learning-rate schedule that decays to {@code lrEnd} at epoch
     * {@code scheduleEpochs} (>= epochs): a shortened run of the paper's schedule, not a faster decay.
     */
    StudentTrainer(
            int d,
            int width,
            int hiddenLayers,
            int epochs,
            int scheduleEpochs,
            double lrStart,
            double lrEnd,
            BatchScheme batch,
            long seed) {
        if (scheduleEpochs < epochs) {
            throw new IllegalArgumentException(
                    "scheduleEpochs: expected >= epochs (" + epochs + "), got " + scheduleEpochs);
        }
        if (d < 1 || width < 1 || hiddenLayers < 1 || epochs < 1) {
            throw new IllegalArgumentException("d, width, hiddenLayers, epochs: expected >= 1, got " + d + ", " + width
                    + ", " + hiddenLayers + ", " + epochs);
        }
        this.d = d;
        this.width = width;
        this.hiddenLayers = hiddenLayers;
        this.epochs = epochs;
        this.scheduleEpochs = scheduleEpochs;
        this.lrStart = lrStart;
        this.lrEnd = lrEnd;
        this.batch = batch;
        this.seed = seed;
    }

    /**
     * Trains on m samples (x: m x d in [-1/2, 1/2]^d, y: m); after every epoch in {@code checkpoints} reports the
     * predictions on the test points (n x d). Returns the trained model.
     */
    Mlp train(double[] x, double[] y, int m, double[] testX, int n, int[] checkpoints, Checkpoint callback) {
        int[] widths = new int[hiddenLayers + 2];
        widths[0] = d;
        for (int l = 1; l <= hiddenLayers; l++) {
            widths[l] = width;
        }
        widths[hiddenLayers + 1] = 1;
        Mlp model = Mlp.builder()
                .widths(widths)
                .dtype(DType.FLOAT64)
                .init(Init.pytorchDefault())
                .rng(new SplittableRandom(seed))
                .build();
        Adam adam = new Adam(
                model.parameters(), LearningRate.exponential(lrStart, lrEnd, scheduleEpochs, LearningRate.Unit.EPOCH));
        double[] xs = standardise(x);
        double[] testXs = standardise(testX);
        Rng shuffle = new Rng(seed ^ 0x5DEECE66DL);
        int bs = batch.size(m);
        int next = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            adam.setEpoch(epoch - 1);
            int[] order = shuffle.permutation(m);
            double lossSum = 0;
            for (int start = 0; start < m; start += bs) {
                int rows = Math.min(bs, m - start);
                double[] bx = new double[rows * d];
                double[] by = new double[rows];
                for (int r = 0; r < rows; r++) {
                    int i = order[start + r];
                    System.arraycopy(xs, i * d, bx, r * d, d);
                    by[r] = y[i];
                }
                Tensor loss = Losses.mse(model.forward(Tensor.wrap(bx, rows, d)), Tensor.wrap(by, rows, 1));
                adam.zeroGrad();
                loss.backward();
                adam.step();
                lossSum += loss.item() * rows;
            }
            if (next < checkpoints.length && checkpoints[next] == epoch) {
                next++;
                double[] prediction = NnBridge.predict(model, testXs, n, d, DType.FLOAT64);
                callback.at(epoch, prediction, lossSum / m);
            }
        }
        return model;
    }

    private double[] standardise(double[] x) {
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = x[i] * STANDARDISE;
        }
        return s;
    }
}
