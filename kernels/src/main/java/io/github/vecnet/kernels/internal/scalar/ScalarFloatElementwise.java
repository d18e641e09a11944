package io.github.vecnet.kernels.internal.scalar;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.BinaryOp;
import io.github.vecnet.kernels.internal.FloatAdamCoefficients;
import io.github.vecnet.kernels.internal.FloatElementwise;

/**
 * Plain-loop element-wise kernels: the reference implementation (the tests' oracle and the fallback). Kept simple
 * on purpose. Transcendentals go through {@link StrictMath} in double, so results are a double value rounded once.
 * Sums, dots, softmax denominators and norms accumulate sequentially in double: for float and n below 2^20 terms
 * the accumulation error (n * 2^-53 * sum|terms|) is far below the final rounding. The double version is generated
 * from this file.
 */
final class ScalarFloatElementwise implements FloatElementwise {

    @Override
    public void relu(int n, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            float v = x[xOffset + i];
            y[yOffset + i] = v > 0 ? v : (v != v ? v : 0);
        }
    }

    @Override
    public void reluBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        for (int i = 0; i < n; i++) {
            dx[dxOffset + i] = x[xOffset + i] > 0 ? dy[dyOffset + i] : 0;
        }
    }

    @Override
    public void sigmoid(int n, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            double v = x[xOffset + i];
            // exp of a non-positive argument only: no overflow, full relative accuracy on both tails.
            double e = StrictMath.exp(-Math.abs(v));
            y[yOffset + i] = (float) (v >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e));
        }
    }

    @Override
    public void sigmoidBackward(int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        for (int i = 0; i < n; i++) {
            float s = y[yOffset + i];
            dx[dxOffset + i] = dy[dyOffset + i] * s * (1f - s);
        }
    }

    @Override
    public void tanh(int n, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = (float) StrictMath.tanh(x[xOffset + i]);
        }
    }

    @Override
    public void tanhBackward(int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        for (int i = 0; i < n; i++) {
            float t = y[yOffset + i];
            dx[dxOffset + i] = dy[dyOffset + i] * (1f - t * t);
        }
    }

    @Override
    public void exp(int n, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = (float) StrictMath.exp(x[xOffset + i]);
        }
    }

    @Override
    public void log(int n, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = (float) StrictMath.log(x[xOffset + i]);
        }
    }

    @Override
    public void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] y, int yOffset) {
        for (int r = 0; r < rows; r++) {
            int xo = xOffset + r * cols;
            int yo = yOffset + r * cols;
            float max = max(cols, x, xo);
            double total = 0;
            for (int j = 0; j < cols; j++) {
                float e = (float) StrictMath.exp(x[xo + j] - max);
                y[yo + j] = e;
                total += e;
            }
            float inv = (float) (1.0 / total);
            for (int j = 0; j < cols; j++) {
                y[yo + j] *= inv;
            }
        }
    }

    @Override
    public void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        for (int r = 0; r < rows; r++) {
            int xo = xOffset + r * cols;
            float max = max(cols, x, xo);
            if (Double.isInfinite(max)) {
                out[outOffset + r] = max;
                continue;
            }
            double total = 0;
            for (int j = 0; j < cols; j++) {
                total += StrictMath.exp(x[xo + j] - max);
            }
            out[outOffset + r] = (float) (max + StrictMath.log(total));
        }
    }

    @Override
    public void axpy(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] += alpha * x[xOffset + i];
        }
    }

    @Override
    public void scale(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = alpha * x[xOffset + i];
        }
    }

    @Override
    public void add(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        for (int i = 0; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] + y[yOffset + i];
        }
    }

    @Override
    public void sub(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        for (int i = 0; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] - y[yOffset + i];
        }
    }

    @Override
    public void mul(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        for (int i = 0; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] * y[yOffset + i];
        }
    }

    @Override
    public float sum(int n, float[] x, int xOffset) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += x[xOffset + i];
        }
        return (float) total;
    }

    @Override
    public float dot(int n, float[] x, int xOffset, float[] y, int yOffset) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += (double) x[xOffset + i] * y[yOffset + i];
        }
        return (float) total;
    }

    @Override
    public float max(int n, float[] x, int xOffset) {
        float best = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            best = Math.max(best, x[xOffset + i]);
        }
        return best;
    }

    @Override
    public float norm2(int n, float[] x, int xOffset) {
        // double {
        // // Two passes: the largest magnitude, then the sum of squares of x / largest (each in [0, 1]: no overflow).
        // double largest = 0;
        // for (int i = 0; i < n; i++) {
        //   largest = Math.max(largest, Math.abs(x[xOffset + i]));
        // }
        // if (largest == 0 || !Double.isFinite(largest)) {
        //   return largest; // 0, +infinity, or NaN when any element is NaN
        // }
        // double total = 0;
        // for (int i = 0; i < n; i++) {
        //   double v = x[xOffset + i] / largest;
        //   total += v * v;
        // }
        // return largest * Math.sqrt(total);
        // } float {
        // Squares of floats cannot overflow or underflow in double (|x| <= 2^128, 2^-149): sum them there.
        double total = 0;
        for (int i = 0; i < n; i++) {
            double v = x[xOffset + i];
            total += v * v;
        }
        return (float) Math.sqrt(total);
        // }
    }

    @Override
    public void addBias(int rows, int cols, float[] bias, int biasOffset, float[] c, int cOffset) {
        for (int r = 0; r < rows; r++) {
            int co = cOffset + r * cols;
            for (int j = 0; j < cols; j++) {
                c[co + j] += bias[biasOffset + j];
            }
        }
    }

    @Override
    public void columnSums(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        for (int j = 0; j < cols; j++) {
            out[outOffset + j] = 0;
        }
        for (int r = 0; r < rows; r++) {
            int xo = xOffset + r * cols;
            for (int j = 0; j < cols; j++) {
                out[outOffset + j] += x[xo + j];
            }
        }
    }

    // ================================================================ element-wise arithmetic, Adam

    @Override
    public void div(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        for (int i = 0; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] / y[yOffset + i];
        }
    }

    @Override
    public void addScalar(int n, float c, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = x[xOffset + i] + c;
        }
    }

    @Override
    public void abs(int n, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < n; i++) {
            y[yOffset + i] = Math.abs(x[xOffset + i]);
        }
    }

    @Override
    public void absBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        for (int i = 0; i < n; i++) {
            dx[dxOffset + i] = Math.signum(x[xOffset + i]) * dy[dyOffset + i];
        }
    }

    @Override
    public void broadcast(
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
        int aRowStep = aRows == 1 ? 0 : aCols;
        int aColStep = aCols == 1 ? 0 : 1;
        int bRowStep = bRows == 1 ? 0 : bCols;
        int bColStep = bCols == 1 ? 0 : 1;
        for (int i = 0; i < rows; i++) {
            int ai = aOffset + i * aRowStep;
            int bi = bOffset + i * bRowStep;
            int zi = zOffset + i * cols;
            for (int j = 0; j < cols; j++) {
                z[zi + j] = apply(op, a[ai + j * aColStep], b[bi + j * bColStep]);
            }
        }
    }

    private static float apply(BinaryOp op, float u, float v) {
        switch (op) {
            case ADD:
                return u + v;
            case SUB:
                return u - v;
            case MUL:
                return u * v;
            default:
                return u / v;
        }
    }

    @Override
    public void adam(
            int n,
            float[] p,
            int pOffset,
            float[] g,
            int gOffset,
            float[] m,
            int mOffset,
            float[] v,
            int vOffset,
            AdamStep step) {
        FloatAdamCoefficients a = FloatAdamCoefficients.of(step);
        for (int i = 0; i < n; i++) {
            float gi = g[gOffset + i];
            float mi = a.beta1() * m[mOffset + i] + a.oneMinusBeta1() * gi;
            float vi = a.beta2() * v[vOffset + i] + a.oneMinusBeta2() * gi * gi;
            m[mOffset + i] = mi;
            v[vOffset + i] = vi;
            p[pOffset + i] = p[pOffset + i] * a.keep()
                    - a.stepSize() * mi / ((float) Math.sqrt(vi) * a.invSqrtBias2() + a.eps());
        }
    }
}
