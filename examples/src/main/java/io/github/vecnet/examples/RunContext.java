package io.github.vecnet.examples;

import java.nio.file.Path;

/**
 * Options shared by all experiments.
 *
 * @param preset quick or full
 * @param outDir this experiment's results directory ({@code results/<experiment>/} by default), already created
 * @param seed base seed; every random choice derives from it
 * @param threads kernel threads (already applied to {@code Kernels.setThreads})
 * @param precision {@code "float32"} or {@code "float64"} where meaningful, else null (experiment default)
 * @param dataDir optional data location (Fashion-MNIST), else null
 */
public record RunContext(Preset preset, Path outDir, long seed, int threads, String precision, Path dataDir) {

  public boolean quick() {
    return preset == Preset.QUICK;
  }
}
