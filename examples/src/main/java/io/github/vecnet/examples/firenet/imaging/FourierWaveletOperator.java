package io.github.vecnet.examples.firenet.imaging;

import java.util.Arrays;

/**
 * The compressed-sensing sampling operator {@code A = P_Omega U W^-1}: wavelet coefficients (n x n, complex) ->
 * inverse orthonormal Haar transform -> unitary centred 2-D FFT -> the samples at the mask indices (row-major,
 * zero frequency at (n/2, n/2)). With {@code levels = 0} the wavelet is the identity and this is the plain image
 * sampling operator {@code P_Omega U}. Because U and W are unitary and P_Omega selects rows, ||A||_2 = 1.
 */
public final class FourierWaveletOperator implements ComplexOperator {
    private final int n;
    private final int[] mask;
    private final Fft2d fft;
    private final Haar2d haar;
    private final double[] re;
    private final double[] im;

    /** @param mask strictly increasing row-major indices in [0, n*n) of the sampled frequencies */
    public FourierWaveletOperator(int n, int levels, int[] mask) {
        this.fft = new Fft2d(n);
        this.haar = new Haar2d(n, levels);
        if (mask == null || mask.length == 0) {
            throw new IllegalArgumentException("mask must hold at least one index");
        }
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] < 0 || mask[i] >= n * n || (i > 0 && mask[i] <= mask[i - 1])) {
                throw new IllegalArgumentException("mask must be strictly increasing indices in [0, " + n * n
                        + "), bad entry " + mask[i] + " at position " + i);
            }
        }
        this.n = n;
        this.mask = mask.clone();
        this.re = new double[n * n];
        this.im = new double[n * n];
    }

    public int imageSize() {
        return n;
    }

    public int levels() {
        return haar.levels();
    }

    public int[] mask() {
        return mask.clone();
    }

    @Override
    public int domainSize() {
        return n * n;
    }

    @Override
    public int rangeSize() {
        return mask.length;
    }

    @Override
    public void apply(double[] xRe, double[] xIm, double[] yRe, double[] yIm) {
        ComplexOperator.checkLengths("x", xRe, xIm, n * n, "y", yRe, yIm, mask.length);
        System.arraycopy(xRe, 0, re, 0, n * n);
        System.arraycopy(xIm, 0, im, 0, n * n);
        haar.inverse(re);
        haar.inverse(im);
        fft.forwardCentred(re, im);
        for (int i = 0; i < mask.length; i++) {
            yRe[i] = re[mask[i]];
            yIm[i] = im[mask[i]];
        }
    }

    @Override
    public void adjoint(double[] yRe, double[] yIm, double[] xRe, double[] xIm) {
        ComplexOperator.checkLengths("y", yRe, yIm, mask.length, "x", xRe, xIm, n * n);
        Arrays.fill(re, 0);
        Arrays.fill(im, 0);
        for (int i = 0; i < mask.length; i++) {
            re[mask[i]] = yRe[i];
            im[mask[i]] = yIm[i];
        }
        fft.inverseCentred(re, im);
        haar.forward(re);
        haar.forward(im);
        System.arraycopy(re, 0, xRe, 0, n * n);
        System.arraycopy(im, 0, xIm, 0, n * n);
    }

    /** In place: wavelet coefficients -> image (both parts). */
    public void toImage(double[] coefficientsRe, double[] coefficientsIm) {
        haar.inverse(coefficientsRe);
        haar.inverse(coefficientsIm);
    }

    /** In place: image -> wavelet coefficients (both parts). */
    public void toCoefficients(double[] imageRe, double[] imageIm) {
        haar.forward(imageRe);
        haar.forward(imageIm);
    }
}
