package io.github.vecnet.examples.firenet.imaging;

import io.github.vecnet.kernels.VectorOps;

/**
 * Unitary, centred 2-D discrete Fourier transform of an {@code n x n} complex image held as split real/imaginary
 * row-major arrays, {@code n} a power of two.
 *
 * <p>Convention: {@code forwardCentred(x) = fftshift(fft2(x)) / n}, so the zero frequency sits at index
 * {@code (n/2, n/2)}; {@code inverseCentred} is its exact inverse and adjoint ({@code n * ifft2(ifftshift(y))}).
 * The 1/n factor makes the transform unitary (Parseval holds without constants).
 *
 * <p>Radix-2 decimation in time, applied along the first axis with every butterfly working on two whole rows, so
 * each butterfly is a handful of contiguous {@link VectorOps} calls over {@code n} elements; the second axis is done
 * by transposing, repeating, and transposing back. Instances hold scratch buffers: not thread-safe.
 */
public final class Fft2d {
    private final int n;
    private final int log2n;
    private final double[] twiddleRe;
    private final double[] twiddleIm;
    private final int[] bitReversed;
    private final double[] tRe;
    private final double[] tIm;

    public Fft2d(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n must be a power of two >= 2, got " + n);
        }
        this.n = n;
        this.log2n = Integer.numberOfTrailingZeros(n);
        twiddleRe = new double[n / 2];
        twiddleIm = new double[n / 2];
        for (int k = 0; k < n / 2; k++) {
            double angle = -2 * Math.PI * k / n;
            twiddleRe[k] = StrictMath.cos(angle);
            twiddleIm[k] = StrictMath.sin(angle);
        }
        bitReversed = new int[n];
        for (int i = 0; i < n; i++) {
            bitReversed[i] = Integer.reverse(i) >>> (32 - log2n);
        }
        tRe = new double[n];
        tIm = new double[n];
    }

    public int size() {
        return n;
    }

    /** In place: {@code x <- fftshift(fft2(x)) / n}. */
    public void forwardCentred(double[] re, double[] im) {
        check(re, im);
        transform2d(re, im, false);
        fftshift(re);
        fftshift(im);
    }

    /** In place: {@code y <- n * ifft2(ifftshift(y))}, the inverse and adjoint of {@link #forwardCentred}. */
    public void inverseCentred(double[] re, double[] im) {
        check(re, im);
        fftshift(re); // for even n, ifftshift == fftshift
        fftshift(im);
        transform2d(re, im, true);
    }

    private void check(double[] re, double[] im) {
        if (re == null || im == null || re.length != n * n || im.length != n * n) {
            throw new IllegalArgumentException("re and im must both have length n*n = " + n * n + ", got "
                    + (re == null ? "null" : re.length) + " and " + (im == null ? "null" : im.length));
        }
    }

    private void transform2d(double[] re, double[] im, boolean inverse) {
        alongFirstAxis(re, im, inverse);
        SquareTranspose.inPlace(re, n);
        SquareTranspose.inPlace(im, n);
        alongFirstAxis(re, im, inverse);
        SquareTranspose.inPlace(re, n);
        SquareTranspose.inPlace(im, n);
        // 1/sqrt(n) per axis: unitary.
        double scale = 1.0 / n;
        VectorOps.scale(n * n, scale, re, 0, re, 0);
        VectorOps.scale(n * n, scale, im, 0, im, 0);
    }

    /** Unnormalised DFT of every column (along the row index), butterflies over whole rows. */
    private void alongFirstAxis(double[] re, double[] im, boolean inverse) {
        for (int i = 0; i < n; i++) {
            int j = bitReversed[i];
            if (j > i) {
                swapRows(re, i, j);
                swapRows(im, i, j);
            }
        }
        double sign = inverse ? -1 : 1; // conjugate twiddles for the inverse
        for (int half = 1; half < n; half <<= 1) {
            int twiddleStride = n / (2 * half);
            for (int start = 0; start < n; start += 2 * half) {
                for (int k = 0; k < half; k++) {
                    double wr = twiddleRe[k * twiddleStride];
                    double wi = sign * twiddleIm[k * twiddleStride];
                    int top = (start + k) * n;
                    int bottom = (start + k + half) * n;
                    // t = w * bottom
                    VectorOps.scale(n, wr, re, bottom, tRe, 0);
                    VectorOps.axpy(n, -wi, im, bottom, tRe, 0);
                    VectorOps.scale(n, wr, im, bottom, tIm, 0);
                    VectorOps.axpy(n, wi, re, bottom, tIm, 0);
                    // bottom = top - t; top = top + t
                    VectorOps.sub(n, re, top, tRe, 0, re, bottom);
                    VectorOps.sub(n, im, top, tIm, 0, im, bottom);
                    VectorOps.add(n, re, top, tRe, 0, re, top);
                    VectorOps.add(n, im, top, tIm, 0, im, top);
                }
            }
        }
    }

    private void swapRows(double[] a, int i, int j) {
        System.arraycopy(a, i * n, tRe, 0, n);
        System.arraycopy(a, j * n, a, i * n, n);
        System.arraycopy(tRe, 0, a, j * n, n);
    }

    /** Swaps quadrants 1<->3 and 2<->4 (moves index 0 to n/2 along both axes). */
    static void fftshift(double[] a, int n) {
        int h = n / 2;
        for (int r = 0; r < h; r++) {
            int top = r * n;
            int bottom = (r + h) * n;
            for (int c = 0; c < h; c++) {
                double t = a[top + c];
                a[top + c] = a[bottom + c + h];
                a[bottom + c + h] = t;
                t = a[top + c + h];
                a[top + c + h] = a[bottom + c];
                a[bottom + c] = t;
            }
        }
    }

    private void fftshift(double[] a) {
        fftshift(a, n);
    }
}
