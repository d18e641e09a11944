package io.github.vecnet.nn.internal;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.autograd.Function;

/**
 * The autograd package's door into {@link Tensor}'s graph fields, which are not public API. This package is not
 * exported; {@code Tensor} registers the implementation in its static initialiser.
 */
public interface TensorAccess {
  /** Marks {@code out} as the result of {@code fn} (so it requires grad). */
  void setGradFn(Tensor out, Function fn);

  /** Drops the graph link after backward and remembers that the graph is gone. */
  void freeGraph(Tensor t);

  /** True if backward already freed the graph behind {@code t}. */
  boolean isGraphFreed(Tensor t);

  /** Sets the gradient without checks (the tensor takes ownership of {@code grad}). */
  void setGrad(Tensor t, Tensor grad);

  /** The registered implementation. */
  static TensorAccess get() {
    return Holder.instance;
  }

  /** Called once by {@code Tensor}. */
  static void register(TensorAccess access) {
    Holder.instance = access;
  }

  /** Keeps the mutable slot out of the interface's public surface. */
  final class Holder {
    private static volatile TensorAccess instance;

    private Holder() {}
  }
}
