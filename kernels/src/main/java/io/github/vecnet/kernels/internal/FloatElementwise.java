package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.BinaryOp;

/**
 * Unchecked element-wise kernels over float ranges, {@code n} first. Callers (the public facades) have validated
 * every argument; implementations may assume non-null arrays and in-range offsets/lengths. In-place use (same array
 * and offset for input and output) is allowed everywhere. Matrices are dense row-major ({@code rows x cols},
 * leading dimension = cols). The double version is generated from this file.
 */
public interface FloatElementwise {

    // ---- activations ----
    void relu(int n, float[] x, int xOffset, float[] y, int yOffset);

    /** dx = dy * (x > 0). */
    void reluBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset);

    void sigmoid(int n, float[] x, int xOffset, float[] y, int yOffset);

    /** dx = dy * y * (1 - y), from the forward output y. */
    void sigmoidBackward(int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset);

    void tanh(int n, float[] x, int xOffset, float[] y, int yOffset);

    /** dx = dy * (1 - y^2), from the forward output y. */
    void tanhBackward(int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset);

    void exp(int n, float[] x, int xOffset, float[] y, int yOffset);

    void log(int n, float[] x, int xOffset, float[] y, int yOffset);

    void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] y, int yOffset);

    void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset);

    // ---- BLAS-1 style ----
    /** y += alpha * x. */
    void axpy(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset);

    /** y = alpha * x. */
    void scale(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset);

    /** z = x + y. */
    void add(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

    /** z = x - y. */
    void sub(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

    /** z = x * y (element-wise). */
    void mul(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

    float sum(int n, float[] x, int xOffset);

    float dot(int n, float[] x, int xOffset, float[] y, int yOffset);

    /** Maximum; NaN if any element is NaN; -infinity for n = 0. */
    float max(int n, float[] x, int xOffset);

    /** Euclidean norm without intermediate overflow or underflow. */
    float norm2(int n, float[] x, int xOffset);

    /** c[i][j] += bias[j] for a dense rows x cols matrix c. */
    void addBias(int rows, int cols, float[] bias, int biasOffset, float[] c, int cOffset);

    /** out[j] = sum_i x[i][j] for a dense rows x cols matrix x. */
    void columnSums(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset);

    // ---- element-wise arithmetic and the optimiser update ----
    /** z = x / y. */
    void div(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset);

    /** y = x + c. */
    void addScalar(int n, float c, float[] x, int xOffset, float[] y, int yOffset);

    /** y = |x|. */
    void abs(int n, float[] x, int xOffset, float[] y, int yOffset);

    /** dx = signum(x) * dy. */
    void absBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset);

    /** z = op(a, b) for a dense rows x cols z; a is aRows x aCols with aRows in {1, rows}, aCols in {1, cols}; b too. */
    void broadcast(
            BinaryOp op,
            int rows,
            int cols,
            float[] a,
            int aOffset,
            int aRows,
            int aCols,
            float[] b,
            int bOffset,
            int bRows,
            int bCols,
            float[] z,
            int zOffset);

    /** One Adam(W) step on p, m and v in place (see {@link AdamStep}). */
    void adam(
            int n,
            float[] p,
            int pOffset,
            float[] g,
            int gOffset,
            float[] m,
            int mOffset,
            float[] v,
            int vOffset,
            AdamStep step);
}
