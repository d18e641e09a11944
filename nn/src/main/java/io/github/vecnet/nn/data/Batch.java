package io.github.vecnet.nn.data;

import io.github.vecnet.nn.Tensor;

/**
 * One mini-batch: {@code inputs} ({@code size x features}) and {@code targets} ({@code size x outputs}, or null
 * when the loader has no targets); {@code index} counts batches within the epoch from 0.
 *
 * @param inputs the {@code size x features} inputs
 * @param targets the {@code size x outputs} targets, or null
 * @param index the batch's position within its epoch, from 0
 */
public record Batch(Tensor inputs, Tensor targets, int index) {
    /**
     * Number of rows in this batch (the last batch of an epoch may be smaller).
     *
     * @return the number of rows in this batch
     */
    public int size() {
        return inputs.rows();
    }
}
