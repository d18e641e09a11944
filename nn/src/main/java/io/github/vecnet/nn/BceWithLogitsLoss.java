package io.github.vecnet.nn;

/**
 * mean(max(z, 0) - z y + log1p(exp(-|z|))); d/dz = (sigmoid(z) - y) / n, d/dy = -z / n. Saves sigmoid(z).
 */
final class BceWithLogitsLoss extends Function {
    private final Tensor probabilities;

    private BceWithLogitsLoss(Tensor probabilities) {
        this.probabilities = probabilities;
    }

    static Tensor apply(Tensor z, Tensor y) {
        double total = 0;
        int n = z.size();
        for (int i = 0; i < n; i++) {
            double zi = z.get(i);
            total += Math.max(zi, 0) - zi * y.get(i) + StrictMath.log1p(Math.exp(-Math.abs(zi)));
        }
        Tensor out = Tensor.scalar(total / n, z.dtype());
        if (!needsGraph(z, y)) {
            return out;
        }
        Tensor probabilities = Tensor.zeros(z.rows(), z.cols(), z.dtype());
        Kern.sigmoid(z, probabilities);
        return new BceWithLogitsLoss(probabilities).record(out, z, y);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor z = input(0);
        Tensor y = input(1);
        double factor = dy.get(0) / z.size();
        Tensor gz = null;
        if (needsGrad(0)) {
            gz = Tensor.zeros(z.rows(), z.cols(), z.dtype());
            Kern.sub(probabilities, y, gz);
            Kern.scale(factor, gz, gz);
        }
        Tensor gy = null;
        if (needsGrad(1)) {
            gy = Tensor.zeros(z.rows(), z.cols(), z.dtype());
            Kern.scale(-factor, z, gy);
        }
        return new Tensor[] {gz, gy};
    }
}
