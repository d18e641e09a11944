package io.github.vecnet.nn.optim;

import io.github.vecnet.nn.Tensor;
import java.util.List;

/** Gradient clipping by global norm. */
public final class GradClipping {
    private GradClipping() {}

    /**
     * Computes the Euclidean norm of all gradients together and, if it exceeds {@code maxNorm}, scales every gradient
     * by {@code maxNorm / norm}. Returns the norm before clipping (NaN/Inf if a gradient is not finite; then nothing is
     * scaled). Parameters without a gradient are ignored.
     *
     * @param params the parameters to update
     * @param maxNorm the largest allowed norm
     * @return the joint norm before clipping
     */
    public static double clipByNorm(List<Tensor> params, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("maxNorm must be > 0, got " + maxNorm);
        }
        double sumSquares = 0;
        for (Tensor p : params) {
            if (p.grad() != null) {
                double n = TensorUpdates.norm2(p.grad());
                sumSquares += n * n;
            }
        }
        double norm = Math.sqrt(sumSquares);
        if (Double.isFinite(norm) && norm > maxNorm) {
            double factor = maxNorm / norm;
            for (Tensor p : params) {
                if (p.grad() != null) {
                    TensorUpdates.scale(factor, p.grad());
                }
            }
        }
        return norm;
    }
}
