package io.github.vecnet.nn;

import io.github.vecnet.kernels.Activations;
import io.github.vecnet.kernels.BinaryOp;
import io.github.vecnet.kernels.Gemm;
import io.github.vecnet.kernels.Transpose;
import io.github.vecnet.kernels.VectorOps;

/**
 * Whole-tensor calls into vecnet-kernels, dispatching on the dtype (callers have checked shapes and dtypes).
 * Keeping the float/double branches here is what lets each operation be written once. Package-private: only the
 * operations beside {@link Tensor} (and {@link Function}'s gradient accumulation) call it.
 */
final class Kern {
    private Kern() {}

    static boolean f32(Tensor t) {
        return t.dtype() == DType.FLOAT32;
    }

    /** y += alpha * x. */
    static void axpy(double alpha, Tensor x, Tensor y) {
        if (f32(x)) {
            VectorOps.axpy(x.size(), (float) alpha, x.floatData(), 0, y.floatData(), 0);
        } else {
            VectorOps.axpy(x.size(), alpha, x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    /** out = alpha * x. */
    static void scale(double alpha, Tensor x, Tensor out) {
        if (f32(x)) {
            VectorOps.scale(x.size(), (float) alpha, x.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.scale(x.size(), alpha, x.doubleData(), 0, out.doubleData(), 0);
        }
    }

    static void add(Tensor a, Tensor b, Tensor out) {
        if (f32(a)) {
            VectorOps.add(a.size(), a.floatData(), 0, b.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.add(a.size(), a.doubleData(), 0, b.doubleData(), 0, out.doubleData(), 0);
        }
    }

    static void sub(Tensor a, Tensor b, Tensor out) {
        if (f32(a)) {
            VectorOps.sub(a.size(), a.floatData(), 0, b.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.sub(a.size(), a.doubleData(), 0, b.doubleData(), 0, out.doubleData(), 0);
        }
    }

    static void mul(Tensor a, Tensor b, Tensor out) {
        if (f32(a)) {
            VectorOps.mul(a.size(), a.floatData(), 0, b.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.mul(a.size(), a.doubleData(), 0, b.doubleData(), 0, out.doubleData(), 0);
        }
    }

    static double sum(Tensor x) {
        return f32(x) ? VectorOps.sum(x.size(), x.floatData(), 0) : VectorOps.sum(x.size(), x.doubleData(), 0);
    }

    static double dot(Tensor x, Tensor y) {
        return f32(x)
                ? VectorOps.dot(x.size(), x.floatData(), 0, y.floatData(), 0)
                : VectorOps.dot(x.size(), x.doubleData(), 0, y.doubleData(), 0);
    }

    /** c[i][j] += bias[j]. */
    static void addBias(Tensor bias, Tensor c) {
        if (f32(c)) {
            VectorOps.addBias(c.rows(), c.cols(), bias.floatData(), 0, c.floatData(), 0);
        } else {
            VectorOps.addBias(c.rows(), c.cols(), bias.doubleData(), 0, c.doubleData(), 0);
        }
    }

    /** out[j] = sum_i x[i][j]; out is 1 x cols. */
    static void columnSums(Tensor x, Tensor out) {
        if (f32(x)) {
            VectorOps.columnSums(x.rows(), x.cols(), x.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.columnSums(x.rows(), x.cols(), x.doubleData(), 0, out.doubleData(), 0);
        }
    }

    /** out[i] = sum_j x[i][j]; out is rows x 1. */
    static void rowSums(Tensor x, Tensor out) {
        int c = x.cols();
        if (f32(x)) {
            float[] xs = x.floatData();
            float[] o = out.floatData();
            for (int i = 0; i < x.rows(); i++) {
                o[i] = VectorOps.sum(c, xs, i * c);
            }
        } else {
            double[] xs = x.doubleData();
            double[] o = out.doubleData();
            for (int i = 0; i < x.rows(); i++) {
                o[i] = VectorOps.sum(c, xs, i * c);
            }
        }
    }

    /**
     * C = alpha * op(A) * op(B) + beta * C with A, B, C dense; the logical shapes are m x k, k x n and m x n.
     */
    static void gemm(Transpose ta, Transpose tb, double alpha, Tensor a, Tensor b, double beta, Tensor c) {
        int m = c.rows();
        int n = c.cols();
        int k = ta == Transpose.YES ? a.rows() : a.cols();
        if (f32(c)) {
            Gemm.sgemm(
                    ta,
                    tb,
                    m,
                    n,
                    k,
                    (float) alpha,
                    a.floatData(),
                    0,
                    a.cols(),
                    b.floatData(),
                    0,
                    b.cols(),
                    (float) beta,
                    c.floatData(),
                    0,
                    n);
        } else {
            Gemm.dgemm(
                    ta,
                    tb,
                    m,
                    n,
                    k,
                    alpha,
                    a.doubleData(),
                    0,
                    a.cols(),
                    b.doubleData(),
                    0,
                    b.cols(),
                    beta,
                    c.doubleData(),
                    0,
                    n);
        }
    }

    static void relu(Tensor x, Tensor y) {
        if (f32(x)) {
            Activations.relu(x.size(), x.floatData(), 0, y.floatData(), 0);
        } else {
            Activations.relu(x.size(), x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    /** dx = dy where x > 0, else 0 (the relu output works as x). */
    static void reluBackward(Tensor x, Tensor dy, Tensor dx) {
        if (f32(x)) {
            Activations.reluBackward(x.size(), x.floatData(), 0, dy.floatData(), 0, dx.floatData(), 0);
        } else {
            Activations.reluBackward(x.size(), x.doubleData(), 0, dy.doubleData(), 0, dx.doubleData(), 0);
        }
    }

    static void sigmoid(Tensor x, Tensor y) {
        if (f32(x)) {
            Activations.sigmoid(x.size(), x.floatData(), 0, y.floatData(), 0);
        } else {
            Activations.sigmoid(x.size(), x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    static void sigmoidBackward(Tensor y, Tensor dy, Tensor dx) {
        if (f32(y)) {
            Activations.sigmoidBackward(y.size(), y.floatData(), 0, dy.floatData(), 0, dx.floatData(), 0);
        } else {
            Activations.sigmoidBackward(y.size(), y.doubleData(), 0, dy.doubleData(), 0, dx.doubleData(), 0);
        }
    }

    static void tanh(Tensor x, Tensor y) {
        if (f32(x)) {
            Activations.tanh(x.size(), x.floatData(), 0, y.floatData(), 0);
        } else {
            Activations.tanh(x.size(), x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    static void tanhBackward(Tensor y, Tensor dy, Tensor dx) {
        if (f32(y)) {
            Activations.tanhBackward(y.size(), y.floatData(), 0, dy.floatData(), 0, dx.floatData(), 0);
        } else {
            Activations.tanhBackward(y.size(), y.doubleData(), 0, dy.doubleData(), 0, dx.doubleData(), 0);
        }
    }

    static void exp(Tensor x, Tensor y) {
        if (f32(x)) {
            Activations.exp(x.size(), x.floatData(), 0, y.floatData(), 0);
        } else {
            Activations.exp(x.size(), x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    static void log(Tensor x, Tensor y) {
        if (f32(x)) {
            Activations.log(x.size(), x.floatData(), 0, y.floatData(), 0);
        } else {
            Activations.log(x.size(), x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    static void softmaxRows(Tensor x, Tensor y) {
        if (f32(x)) {
            Activations.softmaxRows(x.rows(), x.cols(), x.floatData(), 0, y.floatData(), 0);
        } else {
            Activations.softmaxRows(x.rows(), x.cols(), x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    /** out (rows x 1) = log sum_j exp(x[i][j]). */
    static void logSumExpRows(Tensor x, Tensor out) {
        if (f32(x)) {
            Activations.logSumExpRows(x.rows(), x.cols(), x.floatData(), 0, out.floatData(), 0);
        } else {
            Activations.logSumExpRows(x.rows(), x.cols(), x.doubleData(), 0, out.doubleData(), 0);
        }
    }

    /** out = a / b (same size). */
    static void div(Tensor a, Tensor b, Tensor out) {
        if (f32(a)) {
            VectorOps.div(a.size(), a.floatData(), 0, b.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.div(a.size(), a.doubleData(), 0, b.doubleData(), 0, out.doubleData(), 0);
        }
    }

    /** out = x + c. */
    static void addScalar(Tensor x, double c, Tensor out) {
        if (f32(x)) {
            VectorOps.addScalar(x.size(), (float) c, x.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.addScalar(x.size(), c, x.doubleData(), 0, out.doubleData(), 0);
        }
    }

    /** out = |x|. */
    static void abs(Tensor x, Tensor out) {
        if (f32(x)) {
            VectorOps.abs(x.size(), x.floatData(), 0, out.floatData(), 0);
        } else {
            VectorOps.abs(x.size(), x.doubleData(), 0, out.doubleData(), 0);
        }
    }

    /** dx = sign(x) * dy (sign(0) = 0, the subgradient PyTorch uses). */
    static void absBackward(Tensor x, Tensor dy, Tensor dx) {
        if (f32(x)) {
            VectorOps.absBackward(x.size(), x.floatData(), 0, dy.floatData(), 0, dx.floatData(), 0);
        } else {
            VectorOps.absBackward(x.size(), x.doubleData(), 0, dy.doubleData(), 0, dx.doubleData(), 0);
        }
    }

    /** out = op(a, b), each operand with out's rows or 1 row and out's columns or 1 column. */
    static void broadcast(BinaryOp op, Tensor a, Tensor b, Tensor out) {
        if (f32(out)) {
            VectorOps.broadcast(
                    op,
                    out.rows(),
                    out.cols(),
                    a.floatData(),
                    0,
                    a.rows(),
                    a.cols(),
                    b.floatData(),
                    0,
                    b.rows(),
                    b.cols(),
                    out.floatData(),
                    0);
        } else {
            VectorOps.broadcast(
                    op,
                    out.rows(),
                    out.cols(),
                    a.doubleData(),
                    0,
                    a.rows(),
                    a.cols(),
                    b.doubleData(),
                    0,
                    b.rows(),
                    b.cols(),
                    out.doubleData(),
                    0);
        }
    }
}
