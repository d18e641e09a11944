package io.github.vecnet.kernels;

import io.github.vecnet.kernels.internal.Checks;

/**
 * BLAS-1 style vector operations and row/column helpers over {@code float[]} and {@code double[]} ranges, in
 * BLAS argument order ({@code n} first). Arguments are validated before anything is written: null arrays and
 * negative lengths give {@link IllegalArgumentException}, ranges past an array's end
 * {@link IndexOutOfBoundsException}; messages name the argument. An output range may be exactly an input
 * range (in place: same array, offset and length); any other overlap of an output with an input in the same array
 * throws {@link IllegalArgumentException} naming both ranges.
 *
 * <p>Accumulation order of {@code sum} and {@code dot}: blocks of 1024 elements are summed in vector lanes (four
 * accumulators), each block's lanes are added in lane order into a double, so for float
 * {@code |result - exact| <= 66 * 2^-24 * sum|terms| + 2^-24 * |exact|} (error analysis and tests:
 * docs/KERNELS-ELEMENTWISE.md). Results are deterministic: the same inputs give the same bits.
 */
public final class VectorOps {
    private VectorOps() {}

    // ---------------------------------------------------------------- float
    /**
     * y += alpha * x. In-place (x == y) allowed.
     *
     * @param n the number of elements
     * @param alpha the scale factor
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the values updated in place
     * @param yOffset the index of the first element of {@code y}
     */
    public static void axpy(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().axpy(n, alpha, x, xOffset, y, yOffset);
    }

    /**
     * y = alpha * x. In-place allowed.
     *
     * @param n the number of elements
     * @param alpha the scale factor
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void scale(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().scale(n, alpha, x, xOffset, y, yOffset);
    }

    /**
     * z = x + y. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the second input
     * @param yOffset the index of the first element of {@code y}
     * @param z the output values
     * @param zOffset the index of the first element of {@code z}
     */
    public static void add(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.floatElementwise().add(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * z = x - y. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the values subtracted
     * @param yOffset the index of the first element of {@code y}
     * @param z the output values
     * @param zOffset the index of the first element of {@code z}
     */
    public static void sub(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.floatElementwise().sub(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * z = x * y, element-wise. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the second input
     * @param yOffset the index of the first element of {@code y}
     * @param z the output values
     * @param zOffset the index of the first element of {@code z}
     */
    public static void mul(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.floatElementwise().mul(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * Sum of x[0..n); 0 for n = 0. See the class comment for the accumulation order.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @return the sum, 0 for n = 0
     */
    public static float sum(int n, float[] x, int xOffset) {
        Checks.reduction(n, x, xOffset);
        return Kernels.floatElementwise().sum(n, x, xOffset);
    }

    /**
     * Dot product of x[0..n) and y[0..n); 0 for n = 0.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the second input
     * @param yOffset the index of the first element of {@code y}
     * @return the dot product, 0 for n = 0
     */
    public static float dot(int n, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.reduction(n, x, xOffset, y, yOffset);
        return Kernels.floatElementwise().dot(n, x, xOffset, y, yOffset);
    }

    /**
     * Maximum of x[0..n); NaN if any element is NaN; negative infinity for n = 0.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @return the maximum, NaN if any element is NaN, negative infinity for n = 0
     */
    public static float max(int n, float[] x, int xOffset) {
        Checks.reduction(n, x, xOffset);
        return Kernels.floatElementwise().max(n, x, xOffset);
    }

    /**
     * Euclidean norm of x[0..n), computed without intermediate overflow or underflow.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @return the Euclidean norm
     */
    public static float norm2(int n, float[] x, int xOffset) {
        Checks.reduction(n, x, xOffset);
        return Kernels.floatElementwise().norm2(n, x, xOffset);
    }

    /**
     * {@code c[i][j] += bias[j]} for a dense row-major {@code rows x cols} matrix c.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param bias the {@code cols} bias values
     * @param biasOffset the index of the first element of {@code bias}
     * @param c the row-major matrix updated in place
     * @param cOffset the index of the first element of {@code c}
     */
    public static void addBias(int rows, int cols, float[] bias, int biasOffset, float[] c, int cOffset) {
        Checks.matrix(rows, cols, "bias", bias, biasOffset, cols, "c", c, cOffset, (long) rows * cols);
        Kernels.floatElementwise().addBias(rows, cols, bias, biasOffset, c, cOffset);
    }

    /**
     * {@code out[j] = sum_i x[i][j]} for a dense row-major {@code rows x cols} matrix x (bias gradients).
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param x the row-major matrix
     * @param xOffset the index of the first element of {@code x}
     * @param out receives the result
     * @param outOffset the index of the first element of {@code out}
     */
    public static void columnSums(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        Checks.matrix(rows, cols, "x", x, xOffset, (long) rows * cols, "out", out, outOffset, cols);
        Kernels.floatElementwise().columnSums(rows, cols, x, xOffset, out, outOffset);
    }

    // ---------------------------------------------------------------- double
    /**
     * y += alpha * x. In-place (x == y) allowed.
     *
     * @param n the number of elements
     * @param alpha the scale factor
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the values updated in place
     * @param yOffset the index of the first element of {@code y}
     */
    public static void axpy(int n, double alpha, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().axpy(n, alpha, x, xOffset, y, yOffset);
    }

    /**
     * y = alpha * x. In-place allowed.
     *
     * @param n the number of elements
     * @param alpha the scale factor
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void scale(int n, double alpha, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().scale(n, alpha, x, xOffset, y, yOffset);
    }

    /**
     * z = x + y. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the second input
     * @param yOffset the index of the first element of {@code y}
     * @param z the output values
     * @param zOffset the index of the first element of {@code z}
     */
    public static void add(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.doubleElementwise().add(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * z = x - y. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the values subtracted
     * @param yOffset the index of the first element of {@code y}
     * @param z the output values
     * @param zOffset the index of the first element of {@code z}
     */
    public static void sub(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.doubleElementwise().sub(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * z = x * y, element-wise. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the second input
     * @param yOffset the index of the first element of {@code y}
     * @param z the output values
     * @param zOffset the index of the first element of {@code z}
     */
    public static void mul(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.doubleElementwise().mul(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * Sum of x[0..n); 0 for n = 0. See the class comment for the accumulation order.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @return the sum, 0 for n = 0
     */
    public static double sum(int n, double[] x, int xOffset) {
        Checks.reduction(n, x, xOffset);
        return Kernels.doubleElementwise().sum(n, x, xOffset);
    }

    /**
     * Dot product of x[0..n) and y[0..n); 0 for n = 0.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the second input
     * @param yOffset the index of the first element of {@code y}
     * @return the dot product, 0 for n = 0
     */
    public static double dot(int n, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.reduction(n, x, xOffset, y, yOffset);
        return Kernels.doubleElementwise().dot(n, x, xOffset, y, yOffset);
    }

    /**
     * Maximum of x[0..n); NaN if any element is NaN; negative infinity for n = 0.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @return the maximum, NaN if any element is NaN, negative infinity for n = 0
     */
    public static double max(int n, double[] x, int xOffset) {
        Checks.reduction(n, x, xOffset);
        return Kernels.doubleElementwise().max(n, x, xOffset);
    }

    /**
     * Euclidean norm of x[0..n), computed without intermediate overflow or underflow.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @return the Euclidean norm
     */
    public static double norm2(int n, double[] x, int xOffset) {
        Checks.reduction(n, x, xOffset);
        return Kernels.doubleElementwise().norm2(n, x, xOffset);
    }

    /**
     * {@code c[i][j] += bias[j]} for a dense row-major {@code rows x cols} matrix c.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param bias the {@code cols} bias values
     * @param biasOffset the index of the first element of {@code bias}
     * @param c the row-major matrix updated in place
     * @param cOffset the index of the first element of {@code c}
     */
    public static void addBias(int rows, int cols, double[] bias, int biasOffset, double[] c, int cOffset) {
        Checks.matrix(rows, cols, "bias", bias, biasOffset, cols, "c", c, cOffset, (long) rows * cols);
        Kernels.doubleElementwise().addBias(rows, cols, bias, biasOffset, c, cOffset);
    }

    /**
     * {@code out[j] = sum_i x[i][j]} for a dense row-major {@code rows x cols} matrix x (bias gradients).
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param x the row-major matrix
     * @param xOffset the index of the first element of {@code x}
     * @param out receives the result
     * @param outOffset the index of the first element of {@code out}
     */
    public static void columnSums(int rows, int cols, double[] x, int xOffset, double[] out, int outOffset) {
        Checks.matrix(rows, cols, "x", x, xOffset, (long) rows * cols, "out", out, outOffset, cols);
        Kernels.doubleElementwise().columnSums(rows, cols, x, xOffset, out, outOffset);
    }

    // ---------------------------------------------------------------- element-wise arithmetic, broadcasting

    /**
     * z = x / y element-wise. In-place allowed.
     *
     * @param n the number of elements
     * @param x the dividends
     * @param xOffset the index of the first element of {@code x}
     * @param y the divisors
     * @param yOffset the index of the first element of {@code y}
     * @param z the quotients
     * @param zOffset the index of the first element of {@code z}
     */
    public static void div(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.floatElementwise().div(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * y = x + c. In-place allowed.
     *
     * @param n the number of elements
     * @param c the constant to add
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void addScalar(int n, float c, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().addScalar(n, c, x, xOffset, y, yOffset);
    }

    /**
     * y = |x|. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void abs(int n, float[] x, int xOffset, float[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.floatElementwise().abs(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = signum(x) * dy, the gradient of |x| (0 at x = 0, the subgradient PyTorch uses). In-place allowed.
     *
     * @param n the number of elements
     * @param x the forward inputs
     * @param xOffset the index of the first element of {@code x}
     * @param dy the gradient of the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx the gradient of the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void absBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        Checks.binary(n, "x", x, xOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.floatElementwise().absBackward(n, x, xOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * z = op(a, b) for a dense row-major {@code rows x cols} z, broadcasting: a is {@code aRows x aCols} with
     * {@code aRows} 1 or {@code rows} and {@code aCols} 1 or {@code cols} (a {@code 1 x cols} bias, a
     * {@code rows x 1} column, a {@code 1 x 1} scalar), and so is b. z must not overlap a or b unless it is exactly
     * the same range.
     *
     * @param op the operation
     * @param rows the rows of z
     * @param cols the columns of z
     * @param a the first operand
     * @param aOffset the index of a's first element
     * @param aRows a's rows, 1 or {@code rows}
     * @param aCols a's columns, 1 or {@code cols}
     * @param b the second operand
     * @param bOffset the index of b's first element
     * @param bRows b's rows, 1 or {@code rows}
     * @param bCols b's columns, 1 or {@code cols}
     * @param z the output
     * @param zOffset the index of z's first element
     */
    public static void broadcast(
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
            int zOffset) {
        checkBroadcast(op, rows, cols, a, aOffset, aRows, aCols, b, bOffset, bRows, bCols, z, zOffset);
        Kernels.floatElementwise()
                .broadcast(op, rows, cols, a, aOffset, aRows, aCols, b, bOffset, bRows, bCols, z, zOffset);
    }

    /**
     * z = x / y element-wise. In-place allowed.
     *
     * @param n the number of elements
     * @param x the dividends
     * @param xOffset the index of the first element of {@code x}
     * @param y the divisors
     * @param yOffset the index of the first element of {@code y}
     * @param z the quotients
     * @param zOffset the index of the first element of {@code z}
     */
    public static void div(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
        Checks.binary(n, "x", x, xOffset, "y", y, yOffset, "z", z, zOffset);
        Kernels.doubleElementwise().div(n, x, xOffset, y, yOffset, z, zOffset);
    }

    /**
     * y = x + c. In-place allowed.
     *
     * @param n the number of elements
     * @param c the constant to add
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void addScalar(int n, double c, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().addScalar(n, c, x, xOffset, y, yOffset);
    }

    /**
     * y = |x|. In-place allowed.
     *
     * @param n the number of elements
     * @param x the input values
     * @param xOffset the index of the first element of {@code x}
     * @param y the output values
     * @param yOffset the index of the first element of {@code y}
     */
    public static void abs(int n, double[] x, int xOffset, double[] y, int yOffset) {
        Checks.unary(n, "x", x, xOffset, "y", y, yOffset);
        Kernels.doubleElementwise().abs(n, x, xOffset, y, yOffset);
    }

    /**
     * dx = signum(x) * dy, the gradient of |x| (0 at x = 0, the subgradient PyTorch uses). In-place allowed.
     *
     * @param n the number of elements
     * @param x the forward inputs
     * @param xOffset the index of the first element of {@code x}
     * @param dy the gradient of the output
     * @param dyOffset the index of the first element of {@code dy}
     * @param dx the gradient of the input
     * @param dxOffset the index of the first element of {@code dx}
     */
    public static void absBackward(
            int n, double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset) {
        Checks.binary(n, "x", x, xOffset, "dy", dy, dyOffset, "dx", dx, dxOffset);
        Kernels.doubleElementwise().absBackward(n, x, xOffset, dy, dyOffset, dx, dxOffset);
    }

    /**
     * z = op(a, b) for a dense row-major {@code rows x cols} z, broadcasting: a is {@code aRows x aCols} with
     * {@code aRows} 1 or {@code rows} and {@code aCols} 1 or {@code cols} (a {@code 1 x cols} bias, a
     * {@code rows x 1} column, a {@code 1 x 1} scalar), and so is b. z must not overlap a or b unless it is exactly
     * the same range.
     *
     * @param op the operation
     * @param rows the rows of z
     * @param cols the columns of z
     * @param a the first operand
     * @param aOffset the index of a's first element
     * @param aRows a's rows, 1 or {@code rows}
     * @param aCols a's columns, 1 or {@code cols}
     * @param b the second operand
     * @param bOffset the index of b's first element
     * @param bRows b's rows, 1 or {@code rows}
     * @param bCols b's columns, 1 or {@code cols}
     * @param z the output
     * @param zOffset the index of z's first element
     */
    public static void broadcast(
            BinaryOp op,
            int rows,
            int cols,
            double[] a,
            int aOffset,
            int aRows,
            int aCols,
            double[] b,
            int bOffset,
            int bRows,
            int bCols,
            double[] z,
            int zOffset) {
        checkBroadcast(op, rows, cols, a, aOffset, aRows, aCols, b, bOffset, bRows, bCols, z, zOffset);
        Kernels.doubleElementwise()
                .broadcast(op, rows, cols, a, aOffset, aRows, aCols, b, bOffset, bRows, bCols, z, zOffset);
    }

    /** The shapes, then the ranges; the arrays are float[] or double[] (one check for both precisions). */
    private static void checkBroadcast(
            BinaryOp op,
            int rows,
            int cols,
            Object a,
            int aOffset,
            int aRows,
            int aCols,
            Object b,
            int bOffset,
            int bRows,
            int bCols,
            Object z,
            int zOffset) {
        if (op == null) {
            throw new IllegalArgumentException("op must not be null");
        }
        Checks.nonNegative("rows", rows);
        Checks.nonNegative("cols", cols);
        if ((aRows != 1 && aRows != rows) || (aCols != 1 && aCols != cols)) {
            throw new IllegalArgumentException("a is " + aRows + " x " + aCols + "; for a " + rows + " x " + cols
                    + " result it must have 1 or " + rows + " rows and 1 or " + cols + " columns");
        }
        if ((bRows != 1 && bRows != rows) || (bCols != 1 && bCols != cols)) {
            throw new IllegalArgumentException("b is " + bRows + " x " + bCols + "; for a " + rows + " x " + cols
                    + " result it must have 1 or " + rows + " rows and 1 or " + cols + " columns");
        }
        Checks.range("a", a, aOffset, (long) aRows * aCols);
        Checks.range("b", b, bOffset, (long) bRows * bCols);
        Checks.range("z", z, zOffset, (long) rows * cols);
        Checks.noPartialOverlap("z", z, zOffset, (long) rows * cols, "a", a, aOffset, (long) aRows * aCols);
        Checks.noPartialOverlap("z", z, zOffset, (long) rows * cols, "b", b, bOffset, (long) bRows * bCols);
    }
}
