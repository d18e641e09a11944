package io.github.vecnet.examples.firenet.imaging;

/** The orthonormal DCT-II matrix (scipy's {@code dct(..., norm='ortho')} as a matrix). */
public final class Dct {
    private Dct() {}

    /**
     * Row-major {@code n x n} matrix C with {@code C[k][j] = s_k cos(pi (2j + 1) k / (2n))}, {@code s_0 = sqrt(1/n)},
     * {@code s_k = sqrt(2/n)}: orthogonal, so {@code C^T C = I}.
     */
    public static double[] matrix(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        double[] c = new double[n * n];
        for (int k = 0; k < n; k++) {
            double s = Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
            for (int j = 0; j < n; j++) {
                c[k * n + j] = s * StrictMath.cos(Math.PI * (2 * j + 1) * k / (2.0 * n));
            }
        }
        return c;
    }
}
