package io.github.vecnet.kernels;

import io.github.vecnet.kernels.internal.Checks;

/**
 * Activation functions and their derivatives over {@code float[]} and {@code double[]} ranges, in BLAS argument
 * order like {@link VectorOps}: the length {@code n} (or {@code rows, cols}) first, then {@code array, offset}
 * pairs. Arguments are validated before anything is written:
 * null arrays and negative lengths give {@link IllegalArgumentException}, ranges past an array's end
 * {@link IndexOutOfBoundsException}; messages name the argument. An output range may be exactly an input
 * range (in place: same array, offset and length); any other overlap of an output with an input in the same array
 * throws {@link IllegalArgumentException} naming both ranges.
 */
public final class Activations {
    private Activations() {}

    // ---------------------------------------------------------------- float
    /**
     * y = max(x, 0). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void relu(int n, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().relu(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = dy * (x > 0 ? 1 : 0). In-place allowed.
     *
     * @param n the number of elements
     * @param x the forward input
     * @param xOffset the index of the first element of {@code x}
     * @param dy the gradient with respect to the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx receives the gradient with respect to the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void reluBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        Checks.binary(n, "x", x, xOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.floatElementwise().reluBackward(n, x, xOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * y = 1 / (1 + exp(-x)); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void sigmoid(int n, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().sigmoid(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = dy * y * (1 - y), where y is the sigmoid output. In-place allowed.
     *
     * @param n the number of elements
     * @param y the forward output (the sigmoid values)
     * @param yOffset the index of the first element of {@code y}
     * @param dy the gradient with respect to the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx receives the gradient with respect to the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void sigmoidBackward(
            int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        Checks.binary(n, "y", y, yOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.floatElementwise().sigmoidBackward(n, y, yOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * y = tanh(x); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void tanh(int n, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().tanh(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = dy * (1 - y * y), where y is the tanh output. In-place allowed.
     *
     * @param n the number of elements
     * @param y the forward output (the tanh values)
     * @param yOffset the index of the first element of {@code y}
     * @param dy the gradient with respect to the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx receives the gradient with respect to the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void tanhBackward(int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        Checks.binary(n, "y", y, yOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.floatElementwise().tanhBackward(n, y, yOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * y = exp(x). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void exp(int n, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().exp(n, x, xOffset, y, yOffset);
    }

    /**
     * y = log(x) (natural logarithm). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void log(int n, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().log(n, x, xOffset, y, yOffset);
    }

    /**
     * Numerically stable softmax of each row of a dense row-major {@code rows x cols} matrix. In-place allowed.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param x the row-major matrix
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.matrix(rows, cols, "x", x, xOffset, (long) rows * cols, "y", y, yOffset, (long) rows * cols);
        Kernels.floatElementwise().softmaxRows(rows, cols, x, xOffset, y, yOffset);
    }

    /**
     * {@code out[i] = log(sum_j exp(x[i][j]))}, computed stably, for a dense row-major {@code rows x cols} matrix.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param x the row-major matrix
     * @param xOffset the index of the first element of {@code x}
     * @param out receives one value per row
     * @param outOffset the index of the first element of {@code out}
     */
    public static void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        Checks.matrix(rows, cols, "x", x, xOffset, (long) rows * cols, "out", out, outOffset, rows);
        Kernels.floatElementwise().logSumExpRows(rows, cols, x, xOffset, out, outOffset);
    }

    // ---------------------------------------------------------------- double
    /**
     * y = max(x, 0). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void relu(int n, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().relu(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = dy * (x > 0 ? 1 : 0). In-place allowed.
     *
     * @param n the number of elements
     * @param x the forward input
     * @param xOffset the index of the first element of {@code x}
     * @param dy the gradient with respect to the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx receives the gradient with respect to the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void reluBackward(
            int n, double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset) {
        Checks.binary(n, "x", x, xOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.doubleElementwise().reluBackward(n, x, xOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * y = 1 / (1 + exp(-x)); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void sigmoid(int n, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().sigmoid(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = dy * y * (1 - y), where y is the sigmoid output. In-place allowed.
     *
     * @param n the number of elements
     * @param y the forward output (the sigmoid values)
     * @param yOffset the index of the first element of {@code y}
     * @param dy the gradient with respect to the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx receives the gradient with respect to the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void sigmoidBackward(
            int n, double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset) {
        Checks.binary(n, "y", y, yOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.doubleElementwise().sigmoidBackward(n, y, yOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * y = tanh(x); max relative error 1e-6 (float) / 1e-14 (double). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void tanh(int n, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().tanh(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = dy * (1 - y * y), where y is the tanh output. In-place allowed.
     *
     * @param n the number of elements
     * @param y the forward output (the tanh values)
     * @param yOffset the index of the first element of {@code y}
     * @param dy the gradient with respect to the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx receives the gradient with respect to the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void tanhBackward(
            int n, double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset) {
        Checks.binary(n, "y", y, yOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.doubleElementwise().tanhBackward(n, y, yOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * y = exp(x). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void exp(int n, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().exp(n, x, xOffset, y, yOffset);
    }

    /**
     * y = log(x) (natural logarithm). In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void log(int n, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().log(n, x, xOffset, y, yOffset);
    }

    /**
     * Numerically stable softmax of each row of a dense row-major {@code rows x cols} matrix. In-place allowed.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param x the row-major matrix
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void softmaxRows(int rows, int cols, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.matrix(rows, cols, "x", x, xOffset, (long) rows * cols, "y", y, yOffset, (long) rows * cols);
        Kernels.doubleElementwise().softmaxRows(rows, cols, x, xOffset, y, yOffset);
    }

    /**
     * {@code out[i] = log(sum_j exp(x[i][j]))}, computed stably, for a dense row-major {@code rows x cols} matrix.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param x the row-major matrix
     * @param xOffset the index of the first element of {@code x}
     * @param out receives one value per row
     * @param outOffset the index of the first element of {@code out}
     */
    public static void logSumExpRows(int rows, int cols, double[] x, int xOffset, double[] out, int outOffset) {
        Checks.matrix(rows, cols, "x", x, xOffset, (long) rows * cols, "out", out, outOffset, rows);
        Kernels.doubleElementwise().logSumExpRows(rows, cols, x, xOffset, out, outOffset);
    }
}
