package io.github.vecnet.spark;

/** Which JDKs run embedded Spark here (see docs/SWEEPS.md, "Supported JDKs"). */
final class SparkSupport {
  private SparkSupport() {}

  static boolean supported() {
    return true;
  }

  static String reason() {
    return "";
  }
}
