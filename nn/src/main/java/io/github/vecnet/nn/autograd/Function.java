package io.github.vecnet.nn.autograd;

import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.internal.Kern;
import io.github.vecnet.nn.internal.TensorAccess;

/**
 * One recorded operation: it knows its inputs and turns the gradient of its output into gradients of its inputs.
 * Each concrete operation is a small final class that computes the forward result in a static {@code apply}
 * method, keeps only what its backward needs, and {@link #record records} itself on the result when a gradient
 * will be needed.
 *
 * <p>Custom operations may subclass this class: compute the result, then call {@link #record(Tensor, Tensor...)};
 * in {@link #backward(Tensor)} pass each input's gradient to {@link #accumulate(Tensor, Tensor, boolean)}.
 */
public abstract class Function {
  private Tensor[] inputs;

  /** For subclasses: one instance per recorded application. */
  protected Function() {}

  /**
   * True if recording is on and at least one input requires grad.
   *
   * @param inputs the inputs
   * @return true if recording is on and at least one input requires grad
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
   * Makes {@code out} the result of this function applied to {@code inputs}; returns {@code out}.
   *
   * @param out receives the result
   * @param inputs the inputs
   * @return {@code out}
   */
  protected final Tensor record(Tensor out, Tensor... inputs) {
    if (this.inputs != null) {
      throw new IllegalStateException(name() + " was already recorded");
    }
    this.inputs = inputs.clone();
    TensorAccess.get().setGradFn(out, this);
    return out;
  }

  /**
   * Inputs in the order given to {@link #record}; null entries are allowed and ignored.
   *
   * @return the inputs in the order given to {@link #record}
   */
  protected final Tensor[] inputs() {
    return inputs;
  }

  /**
   * Adds {@code g} into {@code input}'s gradient if the input requires grad. {@code owned = true} hands the buffer
   * over (the caller must not use {@code g} again), which avoids a copy when the input has no gradient yet.
   *
   * @param input the input
   * @param g the gradient to add, same shape and dtype as {@code input}
   * @param owned true if {@code g} may become the gradient buffer itself
   */
  protected static void accumulate(Tensor input, Tensor g, boolean owned) {
    if (input == null || !input.requiresGrad()) {
      return;
    }
    Tensor current = input.grad();
    if (current == null) {
      TensorAccess.get().setGrad(input, owned ? g : g.copy());
    } else {
      Kern.axpy(1.0, g, current);
    }
  }

  /**
   * The gradient buffer of {@code input}, created (zero) if absent; for kernels that accumulate in place.
   *
   * @param input the input
   * @return the gradient buffer of {@code input}, created (zero) if absent; for kernels that accumulate in place
   */
  protected static Tensor gradBuffer(Tensor input) {
    Tensor current = input.grad();
    if (current == null) {
      current = Tensor.zeros(input.rows(), input.cols(), input.dtype());
      TensorAccess.get().setGrad(input, current);
    }
    return current;
  }

  /**
   * Propagates {@code gradOutput} (the gradient of this function's result) to the inputs.
   *
   * @param gradOutput the gradient of the loss with respect to this function's result
   */
  protected abstract void backward(Tensor gradOutput);

  /**
   * Short operation name for messages.
   *
   * @return a short operation name for messages
   */
  public String name() {
    return getClass().getSimpleName();
  }
}
