package io.github.vecnet.examples.firenet.imaging;

import io.github.vecnet.kernels.VectorOps;

/** Small helpers on split complex vectors, built on the vectorised {@link VectorOps} kernels. */
public final class ComplexVectors {
    private ComplexVectors() {}

    /** Euclidean norm sqrt(||re||^2 + ||im||^2), overflow-safe. */
    public static double norm(double[] re, double[] im) {
        return StrictMath.hypot(VectorOps.norm2(re.length, re, 0), VectorOps.norm2(im.length, im, 0));
    }

    /** In place: x *= alpha. */
    public static void scale(double alpha, double[] re, double[] im) {
        VectorOps.scale(re.length, alpha, re, 0, re, 0);
        VectorOps.scale(im.length, alpha, im, 0, im, 0);
    }

    /** Real part of the Hermitian inner product {@code <x, y> = sum x_i conj(y_i)}. */
    public static double realInner(double[] xRe, double[] xIm, double[] yRe, double[] yIm) {
        return VectorOps.dot(xRe.length, xRe, 0, yRe, 0) + VectorOps.dot(xIm.length, xIm, 0, yIm, 0);
    }

    /** Imaginary part of {@code <x, y> = sum x_i conj(y_i)}. */
    public static double imagInner(double[] xRe, double[] xIm, double[] yRe, double[] yIm) {
        return VectorOps.dot(xIm.length, xIm, 0, yRe, 0) - VectorOps.dot(xRe.length, xRe, 0, yIm, 0);
    }

    /** ||x - y||_2 for split complex vectors. */
    public static double distance(double[] xRe, double[] xIm, double[] yRe, double[] yIm) {
        int n = xRe.length;
        double[] d = new double[n];
        VectorOps.sub(n, xRe, 0, yRe, 0, d, 0);
        double a = VectorOps.norm2(n, d, 0);
        VectorOps.sub(n, xIm, 0, yIm, 0, d, 0);
        return StrictMath.hypot(a, VectorOps.norm2(n, d, 0));
    }

    /** out = alpha x (out may be x). */
    public static void scaleInto(double alpha, SplitComplex x, SplitComplex out) {
        VectorOps.scale(x.length(), alpha, x.re(), 0, out.re(), 0);
        VectorOps.scale(x.length(), alpha, x.im(), 0, out.im(), 0);
    }
}
