package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.ComplexNoise;
import io.github.vecnet.examples.firenet.imaging.FourierWaveletOperator;
import io.github.vecnet.examples.firenet.imaging.Phantoms;
import io.github.vecnet.examples.firenet.imaging.SamplingMask;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;

/**
 * The compressed-sensing set-up of EXPERIMENTS.md 3b: modified Shepp-Logan phantom, Haar wavelets with
 * log2(N) - 1 levels, unitary centred FFT, 15 % variable-density mask, 2 % complex Gaussian noise.
 *
 * @param image the phantom, row-major N x N
 * @param coefficients its Haar coefficients c = W x (real)
 * @param operator A = P_Omega U W^-1
 * @param measurements y = A c + noise
 */
public record ImagingProblem(
        double[] image, SplitComplex coefficients, FourierWaveletOperator operator, SplitComplex measurements) {
    public static final double SAMPLING_RATE = 0.15;
    public static final double NOISE_LEVEL = 0.02;

    public static ImagingProblem sheppLogan(int n, long seed) {
        return of(Phantoms.modifiedSheppLogan(n), n, seed);
    }

    /** Same pipeline for any n x n image. Mask and noise derive from the seed. */
    public static ImagingProblem of(double[] image, int n, long seed) {
        if (n < 4 || Integer.bitCount(n) != 1 || image == null || image.length != n * n) {
            throw new IllegalArgumentException("need n a power of two >= 4 and an image of length n*n, got n = " + n);
        }
        int levels = Integer.numberOfTrailingZeros(n) - 1;
        FourierWaveletOperator a =
                new FourierWaveletOperator(n, levels, SamplingMask.variableDensity(n, SAMPLING_RATE, seed));
        SplitComplex c = SplitComplex.real(image);
        a.toCoefficients(c.re(), c.im());
        SplitComplex y = SplitComplex.zeros(a.rangeSize());
        a.apply(c.re(), c.im(), y.re(), y.im());
        ComplexNoise.addRelative(y.re(), y.im(), NOISE_LEVEL, seed + 1);
        return new ImagingProblem(image.clone(), c, a, y);
    }

    public int size() {
        return operator.imageSize();
    }

    /** |W^-1 z| as an image (magnitude of the complex image). */
    public double[] magnitudeImage(SplitComplex coefficients) {
        SplitComplex z = coefficients.copy();
        operator.toImage(z.re(), z.im());
        double[] out = new double[z.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = StrictMath.hypot(z.re()[i], z.im()[i]);
        }
        return out;
    }

    /** The zero-filled reconstruction |U^H P^T y| (= |W^-1 A^H y|). */
    public double[] zeroFilled() {
        SplitComplex z = SplitComplex.zeros(operator.domainSize());
        operator.adjoint(measurements.re(), measurements.im(), z.re(), z.im());
        return magnitudeImage(z);
    }
}
