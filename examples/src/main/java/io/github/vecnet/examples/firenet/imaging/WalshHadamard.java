package io.github.vecnet.examples.firenet.imaging;

/**
 * Orthonormal fast Walsh-Hadamard transform in sequency order (row k of the matrix has exactly k sign changes), the
 * ordering used for Walsh sampling in compressed sensing. Natural (Hadamard) order butterflies, then the sequency
 * permutation: natural index = bit-reverse(Gray code of the sequency index).
 */
public final class WalshHadamard {
    private WalshHadamard() {}

    /** Returns the orthonormal sequency-ordered Walsh transform of {@code x}; length a power of two. */
    public static double[] sequency(double[] x) {
        if (x == null || x.length == 0 || Integer.bitCount(x.length) != 1) {
            throw new IllegalArgumentException(
                    "x must have a power-of-two length, got " + (x == null ? "null" : x.length));
        }
        int n = x.length;
        double[] a = x.clone();
        for (int half = 1; half < n; half <<= 1) {
            for (int start = 0; start < n; start += 2 * half) {
                for (int k = start; k < start + half; k++) {
                    double u = a[k];
                    double v = a[k + half];
                    a[k] = u + v;
                    a[k + half] = u - v;
                }
            }
        }
        int bits = Integer.numberOfTrailingZeros(n);
        double scale = 1.0 / Math.sqrt(n);
        double[] out = new double[n];
        for (int s = 0; s < n; s++) {
            int gray = s ^ (s >>> 1);
            int natural = bits == 0 ? 0 : Integer.reverse(gray) >>> (32 - bits);
            out[s] = a[natural] * scale;
        }
        return out;
    }

    /** 2-D sequency-ordered transform of an {@code n x n} row-major image (rows, then columns). */
    public static double[] sequency2d(double[] x, int n) {
        if (x == null || n < 1 || x.length != n * n) {
            throw new IllegalArgumentException("x must have length n*n for n = " + n);
        }
        double[] out = new double[n * n];
        double[] line = new double[n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(x, r * n, line, 0, n);
            System.arraycopy(sequency(line), 0, out, r * n, n);
        }
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) {
                line[r] = out[r * n + c];
            }
            double[] t = sequency(line);
            for (int r = 0; r < n; r++) {
                out[r * n + c] = t[r];
            }
        }
        return out;
    }
}
