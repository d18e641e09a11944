package io.github.vecnet.examples.firenet.imaging;

import io.github.vecnet.kernels.VectorOps;

/**
 * Orthonormal periodic 2-D Haar wavelet transform of an {@code n x n} real image (row-major), {@code n} a power of
 * two, with a chosen number of decomposition levels.
 *
 * <p>Layout (Mallat's pyramid): each level transforms the current top-left {@code s x s} approximation block, first
 * along the row index (pairs of rows, contiguous, so {@link VectorOps} does the work) and then along the column
 * index; averages go to the first half and differences to the second half, both scaled by 1/sqrt(2), which makes
 * every level an orthogonal matrix. For the Haar filter the periodic extension never wraps (pairs are disjoint), so
 * "periodic" and "plain" Haar agree. Complex data: transform the real and imaginary arrays separately.
 * Instances hold a scratch buffer: not thread-safe.
 */
public final class Haar2d {
    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private final int n;
    private final int levels;
    private final double[] scratch;

    public Haar2d(int n, int levels) {
        if (n < 1 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n must be a power of two, got " + n);
        }
        int maxLevels = Integer.numberOfTrailingZeros(n);
        if (levels < 0 || levels > maxLevels) {
            throw new IllegalArgumentException("levels must be in [0, log2 n = " + maxLevels + "], got " + levels);
        }
        this.n = n;
        this.levels = levels;
        this.scratch = new double[n * n];
    }

    public int size() {
        return n;
    }

    public int levels() {
        return levels;
    }

    /** In place: image -> wavelet coefficients. */
    public void forward(double[] x) {
        check(x);
        for (int level = 0; level < levels; level++) {
            int s = n >> level;
            forwardAlongRowIndex(x, s);
            forwardAlongColumnIndex(x, s);
        }
    }

    /** In place: wavelet coefficients -> image (the transpose of {@link #forward}). */
    public void inverse(double[] x) {
        check(x);
        for (int level = levels - 1; level >= 0; level--) {
            int s = n >> level;
            inverseAlongColumnIndex(x, s);
            inverseAlongRowIndex(x, s);
        }
    }

    private void check(double[] x) {
        if (x == null || x.length != n * n) {
            throw new IllegalArgumentException(
                    "x must have length n*n = " + n * n + ", got " + (x == null ? "null" : x.length));
        }
    }

    private void forwardAlongRowIndex(double[] x, int s) {
        int h = s / 2;
        for (int i = 0; i < h; i++) {
            int even = 2 * i * n;
            int odd = even + n;
            VectorOps.add(s, x, even, x, odd, scratch, i * n);
            VectorOps.sub(s, x, even, x, odd, scratch, (h + i) * n);
        }
        for (int i = 0; i < s; i++) {
            VectorOps.scale(s, INV_SQRT2, scratch, i * n, x, i * n);
        }
    }

    private void inverseAlongRowIndex(double[] x, int s) {
        int h = s / 2;
        for (int i = 0; i < h; i++) {
            int average = i * n;
            int detail = (h + i) * n;
            VectorOps.add(s, x, average, x, detail, scratch, 2 * i * n);
            VectorOps.sub(s, x, average, x, detail, scratch, (2 * i + 1) * n);
        }
        for (int i = 0; i < s; i++) {
            VectorOps.scale(s, INV_SQRT2, scratch, i * n, x, i * n);
        }
    }

    private void forwardAlongColumnIndex(double[] x, int s) {
        int h = s / 2;
        for (int r = 0; r < s; r++) {
            int row = r * n;
            for (int j = 0; j < h; j++) {
                double a = x[row + 2 * j];
                double b = x[row + 2 * j + 1];
                scratch[j] = (a + b) * INV_SQRT2;
                scratch[h + j] = (a - b) * INV_SQRT2;
            }
            System.arraycopy(scratch, 0, x, row, s);
        }
    }

    private void inverseAlongColumnIndex(double[] x, int s) {
        int h = s / 2;
        for (int r = 0; r < s; r++) {
            int row = r * n;
            for (int j = 0; j < h; j++) {
                double a = x[row + j];
                double d = x[row + h + j];
                scratch[2 * j] = (a + d) * INV_SQRT2;
                scratch[2 * j + 1] = (a - d) * INV_SQRT2;
            }
            System.arraycopy(scratch, 0, x, row, s);
        }
    }
}
