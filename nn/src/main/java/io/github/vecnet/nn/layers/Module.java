package io.github.vecnet.nn.layers;

import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A differentiable function with parameters. */
public interface Module {
    /**
     * Applies the module to a {@code batch x features} input.
     *
     * @param input the input
     * @return the output, one row per input row
     */
    Tensor forward(Tensor input);

    /**
     * Every parameter, trainable or frozen, under a stable name (e.g. {@code "0.weight"}), in a fixed order; this is
     * what save/load writes.
     *
     * @return the parameters by name, in a fixed order
     */
    Map<String, Tensor> namedParameters();

    /**
     * The trainable parameters (those that require grad), in {@link #namedParameters()} order.
     *
     * @return the trainable parameters (those that require grad), in {@link #namedParameters()} order
     */
    default List<Tensor> parameters() {
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : namedParameters().values()) {
            if (t.requiresGrad()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Evaluates the module without recording a graph, {@code chunkRows} input rows at a time (bounding the memory of
     * wide layers on large test sets), and stacks the results.
     *
     * @param input the input
     * @param chunkRows the largest number of rows evaluated at once, at least 1
     * @return the output for every input row
     */
    default Tensor predict(Tensor input, int chunkRows) {
        if (input == null) {
            throw new IllegalArgumentException("predict: input must not be null");
        }
        if (chunkRows < 1) {
            throw new IllegalArgumentException("predict: chunkRows must be >= 1, got " + chunkRows);
        }
        try (NoGrad ignored = NoGrad.enter()) {
            if (input.rows() <= chunkRows) {
                return forward(input);
            }
            List<Tensor> parts = new ArrayList<>();
            for (int start = 0; start < input.rows(); start += chunkRows) {
                parts.add(forward(input.sliceRows(start, Math.min(input.rows(), start + chunkRows))));
            }
            return Tensor.concatRows(parts.toArray(new Tensor[0]));
        }
    }

    /** Freezes every parameter (no gradient computed or stored). */
    default void freeze() {
        for (Tensor t : namedParameters().values()) {
            t.requiresGrad(false);
        }
    }

    /** Makes every parameter trainable again. */
    default void unfreeze() {
        for (Tensor t : namedParameters().values()) {
            t.requiresGrad(true);
        }
    }

    /**
     * Number of scalar parameters, trainable or not.
     *
     * @return the number of scalar parameters
     */
    default long parameterCount() {
        long n = 0;
        for (Tensor t : namedParameters().values()) {
            n += t.size();
        }
        return n;
    }

    /**
     * Number of trainable scalar parameters.
     *
     * @return the number of trainable scalar parameters
     */
    default long trainableParameterCount() {
        long n = 0;
        for (Tensor t : parameters()) {
            n += t.size();
        }
        return n;
    }
}
