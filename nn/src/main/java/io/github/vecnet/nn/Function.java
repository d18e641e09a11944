package io.github.vecnet.nn;

/**
 * One recorded operation, tinygrad style: a subclass computes the forward result and its {@link #backward(Tensor)}
 * turns the gradient of the result into one gradient per input. The bookkeeping lives here, not in the subclasses:
 * {@link #record(Tensor, Tensor...)} attaches the operation only when a gradient will be needed, and after
 * {@code backward} this class adds each returned gradient into its input, skipping inputs that do not require grad
 * and copying a buffer only when it is shared.
 *
 * <p>Custom operations may subclass this class: compute the result, return {@code new MyOp(...).record(out,
 * inputs...)}, and in {@code backward} return the inputs' gradients in the order given to {@code record}.
 */
public abstract class Function {
    Tensor[] inputs; // read by Autograd's walk

    /** For subclasses: one instance per application. */
    protected Function() {}

    /**
     * Makes {@code out} the result of this operation on {@code inputs} if recording is on and an input requires grad
     * (otherwise nothing is recorded); returns {@code out}.
     *
     * @param out the forward result
     * @param inputs the inputs; null entries (an absent bias) are allowed and get no gradient
     * @return {@code out}
     */
    protected final Tensor record(Tensor out, Tensor... inputs) {
        if (!needsGraph(inputs)) {
            return out;
        }
        if (this.inputs != null) {
            throw new IllegalStateException(name() + " was already recorded");
        }
        this.inputs = inputs.clone();
        out.gradFn = this;
        out.requiresGrad = true;
        return out;
    }

    /**
     * True if recording is on and at least one input requires grad; for operations whose forward pass can skip work
     * that only the backward pass needs.
     *
     * @param inputs the inputs
     * @return true if {@link #record(Tensor, Tensor...)} would record
     */
    protected static boolean needsGraph(Tensor... inputs) {
        if (!NoGrad.isGradEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Input {@code i} in the order given to {@link #record}, possibly null.
     *
     * @param i the input's position
     * @return input {@code i}
     */
    protected final Tensor input(int i) {
        return inputs[i];
    }

    /**
     * True if input {@code i} gets a gradient: {@link #backward} may return null for the others and skip their work.
     *
     * @param i the input's position
     * @return true if input {@code i} is present and requires grad
     */
    protected final boolean needsGrad(int i) {
        return inputs[i] != null && inputs[i].requiresGrad();
    }

    /**
     * The gradient buffer input {@code i} already has, or null: a kernel that can accumulate in place (GEMM with
     * {@code beta = 1}) adds into it and returns it from {@link #backward}, which then counts as already added.
     *
     * @param i the input's position
     * @return the input's current gradient, or null
     */
    protected final Tensor existingGrad(int i) {
        return inputs[i].grad;
    }

    /**
     * The gradients of the inputs, in the order given to {@link #record}, each of the input's shape and dtype; null
     * where {@link #needsGrad(int)} is false. Returning {@code gradOutput} itself, or one tensor for two inputs, is
     * fine: shared buffers are copied where needed. A returned gradient becomes its input's buffer, which later
     * backward steps may add into or overwrite (the activations compute their input's gradient in place), so do not
     * keep a reference to it, or to {@code gradOutput}, after returning.
     *
     * @param gradOutput the gradient of the loss with respect to this operation's result
     * @return one gradient (or null) per input
     */
    protected abstract Tensor[] backward(Tensor gradOutput);

    /** Runs {@link #backward} and adds the gradients into the inputs, handing over each buffer at most once. */
    final void propagate(Tensor gradOutput) {
        Tensor[] before = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            before[i] = inputs[i] == null ? null : inputs[i].grad;
        }
        Tensor[] grads = backward(gradOutput);
        if (grads.length != inputs.length) {
            throw new IllegalStateException(
                    name() + ".backward returned " + grads.length + " gradients for " + inputs.length + " inputs");
        }
        for (int i = 0; i < grads.length; i++) {
            Tensor g = grads[i];
            if (g == null || !needsGrad(i) || g == before[i]) {
                continue; // nothing to add, or added in place into the buffer the input already had
            }
            accumulate(inputs[i], g, !handedOver(g, grads, i));
        }
    }

    /** True if an earlier input already took {@code g} over (the output gradient may go to one input uncopied). */
    private boolean handedOver(Tensor g, Tensor[] grads, int i) {
        for (int j = 0; j < i; j++) {
            if (grads[j] == g && needsGrad(j)) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code g} into {@code input}'s gradient; {@code owned} lets {@code g} become the buffer (no copy). */
    static void accumulate(Tensor input, Tensor g, boolean owned) {
        Tensor current = input.grad;
        if (current == null) {
            input.grad = owned ? g : g.copy();
        } else {
            Kern.axpy(1.0, g, current);
        }
    }

    /**
     * Short operation name for messages.
     *
     * @return a short operation name for messages
     */
    public String name() {
        return getClass().getSimpleName();
    }
}
