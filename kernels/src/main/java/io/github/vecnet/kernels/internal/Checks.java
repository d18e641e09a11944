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

  /**
   * Rejects an output range that partly overlaps an input range of the same array: the kernels read and write in
   * blocks (and differently on the vector and scalar paths), so a shifted overlap would give silently wrong values.
   * Exact in-place use (same array, same offset, same length) is allowed; disjoint ranges always are.
   */
  public static void noPartialOverlap(String outName, Object out, int outOffset, long outLength, String inName,
      Object in, int inOffset, long inLength) {
    if (out != in || outLength == 0 || inLength == 0) {
      return;
    }
    if (outOffset == inOffset && outLength == inLength) {
      return;
    }
    long outEnd = outOffset + outLength;
    long inEnd = inOffset + inLength;
    if (outOffset < inEnd && inOffset < outEnd) {
      throw new IllegalArgumentException(outName + "[" + outOffset + " .. " + outEnd + ") overlaps " + inName + "["
          + inOffset + " .. " + inEnd + ") in the same array; use the same offset and length for in-place work, or"
          + " disjoint ranges");
    }
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
