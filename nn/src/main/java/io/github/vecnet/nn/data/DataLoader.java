package io.github.vecnet.nn.data;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.SplitMix64;
import java.util.ArrayList;
import java.util.List;

/**
 * Mini-batches over in-memory tensors (rows are samples). Shuffling is seeded and a pure function of
 * {@code (seed, epoch)}: epoch e always yields the same batches, however often or in whatever order epochs are
 * requested, and on every JDK (the order comes from nn's {@link SplitMix64}). The last batch holds the remaining
 * {@code n mod batchSize} rows, if any. When one batch covers all rows without shuffling, the original tensors are
 * handed out (no copy).
 */
public final class DataLoader {
    private final Tensor inputs;
    private final Tensor targets;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;

    /**
     * A loader over all rows of {@code inputs} (and {@code targets}); nothing is copied until an epoch is asked for.
     *
     * @param inputs  {@code n x features}
     * @param targets {@code n x outputs}, or null
     * @param batchSize rows per batch, >= 1 (a value >= n gives full-batch training)
     * @param shuffle whether each epoch visits the rows in a fresh seeded random order
     * @param seed    the shuffling seed
     */
    public DataLoader(Tensor inputs, Tensor targets, int batchSize, boolean shuffle, long seed) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs must not be null");
        }
        if (targets != null && targets.rows() != inputs.rows()) {
            throw new IllegalArgumentException("inputs are " + inputs.shape() + " but targets are " + targets.shape()
                    + "; both need one row per sample");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.inputs = inputs;
        this.targets = targets;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
    }

    /**
     * Number of samples.
     *
     * @return the number of samples
     */
    public int size() {
        return inputs.rows();
    }

    /**
     * The batch size given to the constructor.
     *
     * @return the batch size
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Batches per epoch, counting a last partial batch.
     *
     * @return the number of batches per epoch
     */
    public int batchesPerEpoch() {
        // In long: rows + batchSize - 1 overflows int for batch sizes near Integer.MAX_VALUE.
        return (int) ((inputs.rows() + (long) batchSize - 1) / batchSize);
    }

    /**
     * The row order of epoch {@code epoch} (identity without shuffling).
     *
     * @param epoch the epoch, from 0
     * @return the row order of epoch {@code epoch} (identity without shuffling)
     */
    public int[] order(long epoch) {
        int n = inputs.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (shuffle) {
            // Fisher-Yates with a generator derived from (seed, epoch) only; SplitMix64 fixes the order on every JDK.
            SplitMix64 rng = new SplitMix64(seed ^ (0x9E3779B97F4A7C15L * (epoch + 1)));
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        return order;
    }

    /**
     * The batches of epoch {@code epoch} (from 0), materialised as new tensors.
     *
     * @param epoch the epoch, from 0
     * @return the batches of epoch {@code epoch} (from 0), materialised as new tensors
     */
    public List<Batch> epoch(long epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
        int n = inputs.rows();
        List<Batch> out = new ArrayList<>(batchesPerEpoch());
        if (!shuffle && batchSize >= n) {
            out.add(new Batch(inputs, targets, 0));
            return out;
        }
        int[] order = order(epoch);
        for (int start = 0, index = 0; start < n; start += batchSize, index++) {
            int end = Math.min(n, start + batchSize);
            out.add(new Batch(
                    gather(inputs, order, start, end),
                    targets == null ? null : gather(targets, order, start, end),
                    index));
        }
        return out;
    }

    /** Rows {@code order[start..end)} of {@code source} as a new tensor. */
    static Tensor gather(Tensor source, int[] order, int start, int end) {
        int cols = source.cols();
        Tensor out = Tensor.zeros(end - start, cols, source.dtype());
        boolean f32 = source.dtype() == DType.FLOAT32;
        for (int i = start; i < end; i++) {
            int from = order[i] * cols;
            int to = (i - start) * cols;
            if (f32) {
                System.arraycopy(source.floatData(), from, out.floatData(), to, cols);
            } else {
                System.arraycopy(source.doubleData(), from, out.doubleData(), to, cols);
            }
        }
        return out;
    }
}
