package io.github.vecnet.examples.common;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.data.DataLoader;
import io.github.vecnet.nn.layers.Module;
import io.github.vecnet.nn.layers.Sequential;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Optimizer;
import io.github.vecnet.nn.optim.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Supervised training of any {@link Sequential} with nn's {@link Trainer} and {@link DataLoader}, plus one generic
 * saving: the leading modules that hold no trainable parameter (a frozen random body, a fixed feature map) compute
 * the same thing every epoch, so their output is computed once under {@link NoGrad} and the Trainer trains only the
 * rest of the model. Which layers are frozen is decided by the model's own {@code requiresGrad} flags, never by the
 * caller. {@code batchSize >= rows} means full-batch gradient descent. Deterministic for a seed.
 */
public final class FrozenPrefixTraining {
    private FrozenPrefixTraining() {}

    /** Index of the first module with a trainable parameter (the size of the model if none). */
    public static int frozenPrefixLength(Sequential model) {
        for (int i = 0; i < model.size(); i++) {
            if (!model.get(i).parameters().isEmpty()) {
                return i;
            }
        }
        return model.size();
    }

    /** The modules {@code [from, to)} as a new Sequential (sharing the modules). */
    public static Sequential slice(Sequential model, int from, int to) {
        return new Sequential(new ArrayList<Module>(model.modules().subList(from, to)));
    }

    /**
     * Trains {@code model} in place.
     *
     * @param x {@code rows x features} inputs
     * @param y {@code rows x targets} targets (class indices as an {@code rows x 1} tensor for cross-entropy)
     * @param loss e.g. {@link Loss#MSE}
     * @param optimizer builds the optimizer for the trainable parameters it is given
     * @param epochs passes over the data, >= 1
     * @param batchSize rows per step, >= 1 ({@code >= rows}: full batch, no shuffling)
     * @param seed shuffling seed
     * @return the mean training loss of each epoch
     */
    public static double[] train(
            Sequential model,
            Tensor x,
            Tensor y,
            Loss loss,
            Function<List<Tensor>, Optimizer> optimizer,
            int epochs,
            int batchSize,
            long seed) {
        return train(model, x, y, loss, optimizer, epochs, batchSize, seed, null, 0);
    }

    /**
     * As {@link #train(Sequential, Tensor, Tensor, Loss, Function, int, int, long)}, with the Trainer's progress line
     * (loss, elapsed, ETA) logged under {@code name} every {@code logEvery} epochs (0: silent).
     */
    public static double[] train(
            Sequential model,
            Tensor x,
            Tensor y,
            Loss loss,
            Function<List<Tensor>, Optimizer> optimizer,
            int epochs,
            int batchSize,
            long seed,
            String name,
            int logEvery) {
        if (model == null || x == null || y == null || loss == null || optimizer == null) {
            throw new IllegalArgumentException("model, x, y, loss and optimizer must not be null");
        }
        if (x.rows() != y.rows() || x.rows() < 1) {
            throw new IllegalArgumentException(
                    "x (" + x.shape() + ") and y (" + y.shape() + ") must have the same number >= 1 of rows");
        }
        if (epochs < 1 || batchSize < 1 || logEvery < 0) {
            throw new IllegalArgumentException("epochs and batchSize must be >= 1 and logEvery >= 0, got " + epochs
                    + ", " + batchSize + ", " + logEvery);
        }
        int prefix = frozenPrefixLength(model);
        if (prefix == model.size()) {
            throw new IllegalArgumentException("model has no trainable parameter");
        }
        Tensor features = prefix == 0 ? x : forwardInChunks(slice(model, 0, prefix), x, 4096);
        Sequential trained = slice(model, prefix, model.size());
        boolean fullBatch = batchSize >= x.rows();
        DataLoader data = new DataLoader(features, y, batchSize, !fullBatch, seed);
        return new Trainer(trained, optimizer.apply(trained.parameters()), loss)
                .name(name)
                .logEvery(logEvery)
                .fit(data, epochs);
    }

    /** {@code module.forward(x)} without a graph, {@code chunk} rows at a time (bounded temporary memory). */
    public static Tensor forwardInChunks(Module module, Tensor x, int chunk) {
        try (NoGrad ignored = NoGrad.enter()) {
            if (x.rows() <= chunk) {
                return module.forward(x).detach();
            }
            Tensor out = null;
            for (int start = 0; start < x.rows(); start += chunk) {
                int end = Math.min(x.rows(), start + chunk);
                Tensor part = module.forward(gatherRows(x, null, start, end));
                if (out == null) {
                    out = Tensor.zeros(x.rows(), part.cols(), part.dtype());
                }
                copyRows(part, out, start);
            }
            return out;
        }
    }

    /** Rows {@code order[start..end)} of t (or rows start..end when order is null) as a new tensor. */
    public static Tensor gatherRows(Tensor t, int[] order, int start, int end) {
        int cols = t.cols();
        int count = end - start;
        if (t.dtype() == DType.FLOAT32) {
            float[] src = t.floatData();
            float[] dst = new float[count * cols];
            for (int r = 0; r < count; r++) {
                int row = order == null ? start + r : order[start + r];
                System.arraycopy(src, row * cols, dst, r * cols, cols);
            }
            return Tensor.wrap(dst, count, cols);
        }
        double[] src = t.doubleData();
        double[] dst = new double[count * cols];
        for (int r = 0; r < count; r++) {
            int row = order == null ? start + r : order[start + r];
            System.arraycopy(src, row * cols, dst, r * cols, cols);
        }
        return Tensor.wrap(dst, count, cols);
    }

    private static void copyRows(Tensor part, Tensor out, int startRow) {
        int cols = part.cols();
        if (part.dtype() == DType.FLOAT32) {
            System.arraycopy(part.floatData(), 0, out.floatData(), startRow * cols, part.size());
        } else {
            System.arraycopy(part.doubleData(), 0, out.doubleData(), startRow * cols, part.size());
        }
    }
}
