package io.github.vecnet.kernels.internal;

/**
 * Argument checks shared by the public facades (netlib style: validate everything, then call unchecked kernels).
 * Every message names the argument and the expected shape.
 */
public final class Checks {
  private Checks() {}

  public static void nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
  }

  /** Checks that {@code array[offset .. offset + length)} exists. */
  public static void range(String name, float[] array, int offset, long length) {
    if (array == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    range(name, array.length, offset, length);
  }

  /** Checks that {@code array[offset .. offset + length)} exists. */
  public static void range(String name, double[] array, int offset, long length) {
    if (array == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    range(name, array.length, offset, length);
  }

  private static void range(String name, int arrayLength, int offset, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("length for " + name + " must be >= 0, got " + length);
    }
    if (offset < 0) {
      throw new IndexOutOfBoundsException(name + " offset must be >= 0, got " + offset);
    }
    if (offset + length > arrayLength) {
      throw new IndexOutOfBoundsException(
          name + "[" + offset + " .. " + (offset + length) + ") is past the end of an array of length " + arrayLength);
    }
  }
}
