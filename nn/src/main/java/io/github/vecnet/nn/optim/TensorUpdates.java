package io.github.vecnet.nn.optim;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.Updates;
import io.github.vecnet.kernels.VectorOps;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;

/**
 * The optimisers' in-place updates of whole tensors, dispatching on the dtype (callers pass tensors of one shape
 * and dtype). nn's operations have their own dispatch beside {@link Tensor}; the optimisers keep these few here so
 * that nothing outside the autodiff core needs access to it.
 */
final class TensorUpdates {
    private TensorUpdates() {}

    /** y += alpha * x. */
    static void axpy(double alpha, Tensor x, Tensor y) {
        if (x.dtype() == DType.FLOAT32) {
            VectorOps.axpy(x.size(), (float) alpha, x.floatData(), 0, y.floatData(), 0);
        } else {
            VectorOps.axpy(x.size(), alpha, x.doubleData(), 0, y.doubleData(), 0);
        }
    }

    /** x *= alpha. */
    static void scale(double alpha, Tensor x) {
        if (x.dtype() == DType.FLOAT32) {
            VectorOps.scale(x.size(), (float) alpha, x.floatData(), 0, x.floatData(), 0);
        } else {
            VectorOps.scale(x.size(), alpha, x.doubleData(), 0, x.doubleData(), 0);
        }
    }

    /** The Euclidean norm of all elements. */
    static double norm2(Tensor x) {
        return x.dtype() == DType.FLOAT32
                ? VectorOps.norm2(x.size(), x.floatData(), 0)
                : VectorOps.norm2(x.size(), x.doubleData(), 0);
    }

    /** One Adam(W) step on {@code param} with moments {@code m} and {@code v}, all in place. */
    static void adam(Tensor param, Tensor grad, Tensor m, Tensor v, AdamStep step) {
        int n = param.size();
        if (param.dtype() == DType.FLOAT32) {
            Updates.adam(n, param.floatData(), 0, grad.floatData(), 0, m.floatData(), 0, v.floatData(), 0, step);
        } else {
            Updates.adam(n, param.doubleData(), 0, grad.doubleData(), 0, m.doubleData(), 0, v.doubleData(), 0, step);
        }
    }
}
