package io.github.vecnet.nn.layers;

import io.github.vecnet.nn.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A differentiable function with parameters. */
public interface Module {
  /** Applies the module to a {@code batch x features} input. */
  Tensor forward(Tensor input);

  /**
   * Every parameter, trainable or frozen, under a stable name (e.g. {@code "0.weight"}), in a fixed order; this is
   * what save/load writes.
   */
  Map<String, Tensor> namedParameters();

  /** The trainable parameters (those that require grad), in {@link #namedParameters()} order. */
  default List<Tensor> parameters() {
    List<Tensor> out = new ArrayList<>();
    for (Tensor t : namedParameters().values()) {
      if (t.requiresGrad()) {
        out.add(t);
      }
    }
    return out;
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

  /** Number of scalar parameters, trainable or not. */
  default long parameterCount() {
    long n = 0;
    for (Tensor t : namedParameters().values()) {
      n += t.size();
    }
    return n;
  }

  /** Number of trainable scalar parameters. */
  default long trainableParameterCount() {
    long n = 0;
    for (Tensor t : parameters()) {
      n += t.size();
    }
    return n;
  }
}
