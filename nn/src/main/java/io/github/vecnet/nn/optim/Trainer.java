package io.github.vecnet.nn.optim;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.data.Batch;
import io.github.vecnet.nn.data.DataLoader;
import io.github.vecnet.nn.layers.Module;
import io.github.vecnet.nn.loss.Loss;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard mini-batch loop: for each epoch and batch, {@code zeroGrad, forward, loss, backward, step}. Logs
 * epoch, loss, learning rate and ETA through SLF4J (logger {@code io.github.vecnet.nn.optim.Trainer}) every
 * {@link #logEvery(int)} epochs, and stops with a {@link TrainingDivergedException} as soon as a batch loss is NaN or
 * infinite.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    /** Called after each epoch with its sample-weighted mean loss; may stop training by returning false. */
    @FunctionalInterface
    public interface EpochListener {
        /**
         * Called after an epoch.
         *
         * @param epoch the epoch that finished, from 0
         * @param meanLoss its sample-weighted mean loss
         * @return true to continue training, false to stop
         */
        boolean afterEpoch(long epoch, double meanLoss);
    }

    private final Module model;
    private final Optimizer optimizer;
    private final Loss loss;
    private int logEvery = 100;
    private String name = "training";
    private EpochListener listener = (epoch, meanLoss) -> true;

    /**
     * A trainer logging every 100 epochs.
     *
     * @param model the module to train
     * @param optimizer the optimizer over the module's parameters
     * @param loss the loss of a batch
     */
    public Trainer(Module model, Optimizer optimizer, Loss loss) {
        if (model == null || optimizer == null || loss == null) {
            throw new IllegalArgumentException("Trainer: model, optimizer and loss must not be null");
        }
        this.model = model;
        this.optimizer = optimizer;
        this.loss = loss;
    }

    /**
     * Log a line every {@code epochs} epochs (and after the last); 0 disables logging. Returns this.
     *
     * @param epochs the number of epochs
     * @return this trainer
     */
    public Trainer logEvery(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("logEvery must be >= 0, got " + epochs);
        }
        this.logEvery = epochs;
        return this;
    }

    /**
     * A label for the log lines. Returns this.
     *
     * @param name the label
     * @return this trainer
     */
    public Trainer name(String name) {
        this.name = name == null ? "training" : name;
        return this;
    }

    /**
     * Called after every epoch (checkpoints, early stopping). Returns this.
     *
     * @param listener called with the epoch and its mean loss
     * @return this trainer
     */
    public Trainer onEpoch(EpochListener listener) {
        this.listener = listener == null ? (epoch, meanLoss) -> true : listener;
        return this;
    }

    /**
     * Trains for {@code epochs} epochs, numbered from 0 (the optimizer is told each epoch for its schedule), and
     * returns the mean loss of each epoch that ran.
     *
     * @param data the batches
     * @param epochs the number of epochs
     * @return the mean loss of each epoch that ran
     */
    public double[] fit(DataLoader data, int epochs) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
        }
        if (!anyTrainable(optimizer.parameters())) {
            throw new IllegalStateException(
                    name + ": the optimizer has no trainable parameter (all frozen, requiresGrad"
                            + " false), so there is nothing to train; unfreeze a layer before creating the optimizer, or evaluate"
                            + " under NoGrad instead of calling fit");
        }
        double[] history = new double[epochs];
        long start = System.nanoTime();
        for (int epoch = 0; epoch < epochs; epoch++) {
            optimizer.setEpoch(epoch);
            double total = 0;
            long seen = 0;
            for (Batch batch : data.epoch(epoch)) {
                optimizer.zeroGrad();
                Tensor value = loss.apply(model.forward(batch.inputs()), batch.targets());
                double l = value.item();
                if (!Double.isFinite(l)) {
                    throw diverged(epoch, batch.index(), l);
                }
                value.backward();
                optimizer.step();
                total += l * batch.size();
                seen += batch.size();
            }
            history[epoch] = total / seen;
            boolean last = epoch + 1 == epochs;
            if (logEvery > 0 && ((epoch + 1) % logEvery == 0 || last)) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                double eta = elapsed / (epoch + 1) * (epochs - epoch - 1);
                LOG.info(
                        "{}: epoch {}/{} loss {} lr {} elapsed {} ETA {}",
                        name,
                        epoch + 1,
                        epochs,
                        String.format("%.6g", history[epoch]),
                        String.format("%.3g", optimizer.learningRate()),
                        formatSeconds(elapsed),
                        formatSeconds(eta));
            }
            if (!listener.afterEpoch(epoch, history[epoch])) {
                return Arrays.copyOf(history, epoch + 1);
            }
        }
        return history;
    }

    private static boolean anyTrainable(List<Tensor> params) {
        for (Tensor p : params) {
            if (p.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    private TrainingDivergedException diverged(int epoch, int batch, double value) {
        String bad = null;
        String where = null;
        for (Map.Entry<String, Tensor> e : model.namedParameters().entrySet()) {
            int at = firstNonFinite(e.getValue());
            if (at >= 0) {
                bad = e.getKey();
                where = "value " + e.getValue().get(at) + " at element " + at;
                break;
            }
            Tensor g = e.getValue().grad();
            at = g == null ? -1 : firstNonFinite(g);
            if (at >= 0) {
                bad = e.getKey();
                where = "gradient " + g.get(at) + " at element " + at;
                break;
            }
        }
        String detail;
        if (bad != null) {
            detail = "first non-finite parameter: " + bad + " (" + where + ")";
        } else {
            String largest = null;
            double largestValue = 0;
            for (Map.Entry<String, Tensor> e : model.namedParameters().entrySet()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    double v = Math.abs(e.getValue().get(i));
                    if (v > largestValue) {
                        largestValue = v;
                        largest = e.getKey();
                    }
                }
            }
            detail = "all parameters are finite (largest |value| " + largestValue + " in " + largest
                    + "): the loss overflowed (lower the learning rate) or the inputs/targets contain NaN/Inf";
        }
        String message = name + ": loss became " + value + " at epoch " + epoch + " (batch " + batch + ", lr "
                + optimizer.learningRate() + "); " + detail;
        return new TrainingDivergedException(message, epoch, bad);
    }

    private static int firstNonFinite(Tensor t) {
        for (int i = 0; i < t.size(); i++) {
            if (!Double.isFinite(t.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format("%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : String.format("%.1fs", seconds);
    }
}
