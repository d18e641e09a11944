package io.github.vecnet.examples.ball;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Module;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code y = (x - shift) * scale} per column, with FROZEN {@code 1 x features} tensors: the fixed affine map that
 * standardises model A's random features (the spec allows it). A diagonal, so it costs O(features) per row instead
 * of a {@code features x features} Linear.
 */
final class FixedAffine implements Module {
    private final Tensor shift;
    private final Tensor scale;

    FixedAffine(Tensor shift, Tensor scale) {
        if (shift.rows() != 1 || !shift.sameShape(scale) || shift.dtype() != scale.dtype()) {
            throw new IllegalArgumentException("shift and scale must both be 1 x features of one dtype, got "
                    + shift.shape() + " and " + scale.shape());
        }
        this.shift = shift.requiresGrad(false);
        this.scale = scale.requiresGrad(false);
    }

    /** Standardisation fitted on {@code features}: column means and 1 / standard deviation (1 for constant columns). */
    static FixedAffine standardising(Tensor features) {
        int rows = features.rows();
        int cols = features.cols();
        double[] mean = new double[cols];
        double[] square = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = features.get(r, c);
                mean[c] += v;
                square[c] += v * v;
            }
        }
        Tensor shift = Tensor.zeros(1, cols, features.dtype());
        Tensor scale = Tensor.zeros(1, cols, features.dtype());
        for (int c = 0; c < cols; c++) {
            double m = mean[c] / rows;
            double variance = Math.max(0, square[c] / rows - m * m);
            shift.set(0, c, m);
            scale.set(0, c, variance > 1e-12 ? 1 / Math.sqrt(variance) : 1.0);
        }
        return new FixedAffine(shift, scale);
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.sub(shift).mul(scale);
    }

    @Override
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("shift", shift);
        out.put("scale", scale);
        return out;
    }
}
