package io.github.vecnet.kernels.internal;

import java.lang.reflect.Array;

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

    /**
     * Checks that {@code array[offset .. offset + length)} exists. The array is a {@code float[]} or a
     * {@code double[]}: taking it as an Object keeps one check for both precisions.
     */
    public static void range(String name, Object array, int offset, long length) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        range(name, Array.getLength(array), offset, length);
    }

    /** A map {@code out = f(in)} over n elements: n, both ranges, and out exactly in (in place) or apart from it. */
    public static void unary(int n, String inName, Object in, int inOffset, String outName, Object out, int outOffset) {
        nonNegative("n", n);
        range(inName, in, inOffset, n);
        range(outName, out, outOffset, n);
        noPartialOverlap(outName, out, outOffset, n, inName, in, inOffset, n);
    }

    /** A map {@code out = f(a, b)} over n elements: n, the three ranges, and out exactly a, b or apart from each. */
    public static void binary(
            int n,
            String aName,
            Object a,
            int aOffset,
            String bName,
            Object b,
            int bOffset,
            String outName,
            Object out,
            int outOffset) {
        nonNegative("n", n);
        range(aName, a, aOffset, n);
        range(bName, b, bOffset, n);
        range(outName, out, outOffset, n);
        noPartialOverlap(outName, out, outOffset, n, aName, a, aOffset, n);
        noPartialOverlap(outName, out, outOffset, n, bName, b, bOffset, n);
    }

    /** A reduction over n elements of x: n and the range. */
    public static void reduction(int n, Object x, int xOffset) {
        nonNegative("n", n);
        range("x", x, xOffset, n);
    }

    /** A reduction over n elements of x and y: n and the ranges. */
    public static void reduction(int n, Object x, int xOffset, Object y, int yOffset) {
        reduction(n, x, xOffset);
        range("y", y, yOffset, n);
    }

    /**
     * A row-wise operation on a dense {@code rows x cols} matrix: rows, cols, an input of inLength elements and an
     * output of outLength elements (each {@code rows * cols}, {@code rows} or {@code cols}), the output exactly the
     * input or apart from it.
     */
    public static void matrix(
            int rows,
            int cols,
            String inName,
            Object in,
            int inOffset,
            long inLength,
            String outName,
            Object out,
            int outOffset,
            long outLength) {
        nonNegative("rows", rows);
        nonNegative("cols", cols);
        range(inName, in, inOffset, inLength);
        range(outName, out, outOffset, outLength);
        noPartialOverlap(outName, out, outOffset, outLength, inName, in, inOffset, inLength);
    }

    /**
     * Rejects an output range that partly overlaps an input range of the same array: the kernels read and write in
     * blocks (and differently on the vector and scalar paths), so a shifted overlap would give silently wrong values.
     * Exact in-place use (same array, same offset, same length) is allowed; disjoint ranges always are.
     */
    public static void noPartialOverlap(
            String outName,
            Object out,
            int outOffset,
            long outLength,
            String inName,
            Object in,
            int inOffset,
            long inLength) {
        if (out != in || outLength == 0 || inLength == 0) {
            return;
        }
        if (outOffset == inOffset && outLength == inLength) {
            return;
        }
        long outEnd = outOffset + outLength;
        long inEnd = inOffset + inLength;
        if (outOffset < inEnd && inOffset < outEnd) {
            throw new IllegalArgumentException(
                    outName + "[" + outOffset + " .. " + outEnd + ") overlaps " + inName + "["
                            + inOffset + " .. " + inEnd
                            + ") in the same array; use the same offset and length for in-place work, or"
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
            throw new IndexOutOfBoundsException(name + "[" + offset + " .. " + (offset + length)
                    + ") is past the end of an array of length " + arrayLength);
        }
    }
}
