package io.github.vecnet.examples;

import java.util.List;

/**
 * One paper reproduction runnable from the launcher ({@code Main run <name>}). Implementations live in their own
 * package ({@code examples.sampling}, {@code examples.pieces}, {@code examples.firenet}, {@code examples.ball},
 * {@code examples.intrinsic}) and are registered in {@link Experiments}.
 */
public interface Experiment {

  /** Launcher name, e.g. {@code sampling}. */
  String name();

  /** One line for {@code Main list}. */
  String description();

  /**
   * Runs the experiment, writes CSV/PNG/summary.md under {@code context.outDir()}, and returns one row per paper
   * target. A missed target is a row with {@code pass = false}, not an exception; exceptions mean a crash.
   */
  List<ResultRow> run(RunContext context) throws Exception;
}
