package io.github.vecnet.examples.firenet.imaging;

/**
 * A linear map {@code C^domainSize -> C^rangeSize} with its adjoint, on split real/imaginary arrays. Outputs are
 * overwritten, inputs are left untouched. Implementations may hold scratch buffers (not thread-safe).
 */
public interface ComplexOperator {

    int domainSize();

    int rangeSize();

    /** {@code y = A x}. */
    void apply(double[] xRe, double[] xIm, double[] yRe, double[] yIm);

    /** {@code x = A^H y}. */
    void adjoint(double[] yRe, double[] yIm, double[] xRe, double[] xIm);

    /** Validates the four arrays of {@link #apply} / {@link #adjoint} against the given lengths. */
    static void checkLengths(
            String in,
            double[] inRe,
            double[] inIm,
            int inLength,
            String out,
            double[] outRe,
            double[] outIm,
            int outLength) {
        checkLength(in + "Re", inRe, inLength);
        checkLength(in + "Im", inIm, inLength);
        checkLength(out + "Re", outRe, outLength);
        checkLength(out + "Im", outIm, outLength);
    }

    private static void checkLength(String name, double[] array, int length) {
        if (array == null || array.length != length) {
            throw new IllegalArgumentException(
                    name + " must have length " + length + ", got " + (array == null ? "null" : array.length));
        }
    }
}
