package io.github.vecnet.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Storage for the gradients of intermediate results, recycled across backward passes on one thread (PyTorch's
 * caching allocator, at the scale of one graph). A training step asks for the same gradient shapes every time; a
 * fresh array per gradient costs zeroing, page faults and garbage collection (a tenth of a 10-64x3-1 step at batch
 * 1024), and an array whose every element the kernel overwrites anyway needs none of that.
 *
 * <p>Only buffers made here ({@link #take}) come back, and only when {@link Autograd} frees the node whose
 * gradient they are and no input took the buffer over: then nothing in the library refers to them any more.
 * Intermediate gradients are not reachable from outside ({@link Tensor#grad()} of an intermediate result is null
 * after backward, and {@link Function#backward} must not keep {@code gradOutput}), so the reuse is invisible. The
 * bin keeps at most the buffers released by the latest backward pass on its thread: what the previous pass left
 * and this one did not take is dropped at its end, so a change of model or batch size frees the old sizes.
 */
final class GradientBin {
    private static final ThreadLocal<GradientBin> BIN = ThreadLocal.withInitial(GradientBin::new);

    private List<Object> previous = new ArrayList<>(); // released by the last backward pass, not yet taken
    private List<Object> released = new ArrayList<>(); // released by the running one

    private GradientBin() {}

    static GradientBin current() {
        return BIN.get();
    }

    /**
     * A {@code rows x cols} tensor whose elements are unspecified (a recycled buffer, or zeros): for a result the
     * caller overwrites completely, such as the output of a GEMM with {@code beta = 0}.
     */
    Tensor take(int rows, int cols, DType dtype) {
        int length = rows * cols;
        Object storage = remove(released, dtype, length);
        if (storage == null) {
            storage = remove(previous, dtype, length);
        }
        return storage == null
                ? Tensor.zeros(rows, cols, dtype).markRecyclable()
                : Tensor.overRecycled(rows, cols, dtype, storage);
    }

    /** The gradient of a freed node: back into the bin if it came from here and {@code holders} do not hold it. */
    void release(Tensor gradient, Tensor[] holders) {
        if (gradient == null || !gradient.recyclable()) {
            return;
        }
        for (Tensor t : holders) {
            if (t != null && t.grad == gradient) {
                return; // taken over as this input's own gradient
            }
        }
        released.add(gradient.storage());
    }

    /** Ends a backward pass: keeps what it released, drops what the one before left untaken. */
    void endPass() {
        List<Object> dropped = previous;
        previous = released;
        dropped.clear();
        released = dropped;
    }

    /** For tests: whether the bin holds a buffer of this dtype and length. */
    boolean holds(DType dtype, int length) {
        return find(previous, dtype, length) >= 0 || find(released, dtype, length) >= 0;
    }

    private static Object remove(List<Object> buffers, DType dtype, int length) {
        int i = find(buffers, dtype, length);
        return i < 0 ? null : buffers.remove(i);
    }

    private static int find(List<Object> buffers, DType dtype, int length) {
        for (int i = buffers.size() - 1; i >= 0; i--) {
            Object b = buffers.get(i);
            boolean matches = dtype == DType.FLOAT32
                    ? b instanceof float[] && ((float[]) b).length == length
                    : b instanceof double[] && ((double[]) b).length == length;
            if (matches) {
                return i;
            }
        }
        return -1;
    }
}
