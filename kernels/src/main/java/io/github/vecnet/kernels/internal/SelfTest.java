package io.github.vecnet.kernels.internal;

/**
 * Start-up self-test: runs a candidate implementation against scalar on small awkward inputs and reports the
 * first disagreement beyond the documented tolerances.
 */
final class SelfTest {
  private SelfTest() {}

  /** Null when {@code candidate} agrees with scalar, else a description of the first mismatch. */
  static String run(VectorizationProvider candidate) {
    // TODO(elementwise): compare every kernel of candidate with scalar on awkward lengths.
    return null;
  }
}
