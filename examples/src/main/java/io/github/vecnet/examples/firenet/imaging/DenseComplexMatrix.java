package io.github.vecnet.examples.firenet.imaging;

import io.github.vecnet.kernels.Gemm;
import io.github.vecnet.kernels.Transpose;

/** A dense row-major complex {@code rows x cols} matrix (imaginary part optional) as a {@link ComplexOperator}. */
public final class DenseComplexMatrix implements ComplexOperator {
    private final int rows;
    private final int cols;
    private final double[] re;
    private final double[] im; // null: a real matrix

    /** @param im imaginary part, or null for a real matrix; both arrays are copied */
    public DenseComplexMatrix(int rows, int cols, double[] re, double[] im) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("rows and cols must be >= 1, got " + rows + " x " + cols);
        }
        if (re == null || re.length != rows * cols) {
            throw new IllegalArgumentException("re must have length rows*cols = " + rows * cols);
        }
        if (im != null && im.length != rows * cols) {
            throw new IllegalArgumentException("im must be null or have length rows*cols = " + rows * cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.re = re.clone();
        this.im = im == null ? null : im.clone();
    }

    public static DenseComplexMatrix real(int rows, int cols, double[] re) {
        return new DenseComplexMatrix(rows, cols, re, null);
    }

    @Override
    public int domainSize() {
        return cols;
    }

    @Override
    public int rangeSize() {
        return rows;
    }

    /** Copy of the real part, row-major. */
    public double[] realPart() {
        return re.clone();
    }

    @Override
    public void apply(double[] xRe, double[] xIm, double[] yRe, double[] yIm) {
        ComplexOperator.checkLengths("x", xRe, xIm, cols, "y", yRe, yIm, rows);
        matVec(Transpose.NO, re, 1, xRe, 0, yRe);
        matVec(Transpose.NO, re, 1, xIm, 0, yIm);
        if (im != null) {
            matVec(Transpose.NO, im, -1, xIm, 1, yRe);
            matVec(Transpose.NO, im, 1, xRe, 1, yIm);
        }
    }

    @Override
    public void adjoint(double[] yRe, double[] yIm, double[] xRe, double[] xIm) {
        ComplexOperator.checkLengths("y", yRe, yIm, rows, "x", xRe, xIm, cols);
        matVec(Transpose.YES, re, 1, yRe, 0, xRe);
        matVec(Transpose.YES, re, 1, yIm, 0, xIm);
        if (im != null) {
            matVec(Transpose.YES, im, 1, yIm, 1, xRe);
            matVec(Transpose.YES, im, -1, yRe, 1, xIm);
        }
    }

    /** out = alpha op(M) v + beta out. */
    private void matVec(Transpose t, double[] m, double alpha, double[] v, double beta, double[] out) {
        int outLength = t == Transpose.NO ? rows : cols;
        int inLength = t == Transpose.NO ? cols : rows;
        Gemm.dgemm(t, Transpose.NO, outLength, 1, inLength, alpha, m, 0, cols, v, 0, 1, beta, out, 0, 1);
    }

    /**
     * Spectral norm ||A||_2 by power iteration on A^H A until the Rayleigh quotient stops changing (relative 1e-15)
     * or 10 000 steps; deterministic start vector of ones.
     */
    public double spectralNorm() {
        double[] xr = new double[cols];
        double[] xi = new double[cols];
        double[] yr = new double[rows];
        double[] yi = new double[rows];
        java.util.Arrays.fill(xr, 1.0);
        double previous = 0;
        for (int iteration = 0; iteration < 10_000; iteration++) {
            double norm = ComplexVectors.norm(xr, xi);
            ComplexVectors.scale(1 / norm, xr, xi);
            apply(xr, xi, yr, yi);
            double estimate = ComplexVectors.norm(yr, yi);
            adjoint(yr, yi, xr, xi);
            if (Math.abs(estimate - previous) <= 1e-15 * estimate) {
                return estimate;
            }
            previous = estimate;
        }
        return previous;
    }
}
