package io.github.vecnet.examples.intrinsic;

import io.github.vecnet.examples.common.Rng;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;

/**
 * Measures how well the n + 2 parameter network approximates a Lipschitz function: L1, L2 and max errors of the
 * exact path on random points, and how far the float64 nn network strays from the exact path.
 */
final class ApproximationStudy {
    /** float64 counts as exact when it agrees with the exact path to this relative accuracy (one or two roundings). */
    static final double FLOAT_AGREEMENT = 1e-12;

    private ApproximationStudy() {}

    /**
     * One measurement.
     *
     * @param floatPoints number of points pushed through the float network (0 when n d is too large to build it)
     * @param floatMaxDeviation max |float network - exact path| (NaN when not built)
     * @param floatL1 L1 error of the float network on its points (NaN when not built)
     * @param trainableParameters trainable parameters of the nn network (-1 when not built)
     */
    record Row(
            String function,
            int d,
            int n,
            double lambda,
            int points,
            double l1,
            double l2,
            double max,
            double bound,
            int floatPoints,
            double floatMaxDeviation,
            double floatL1,
            long trainableParameters,
            long frozenParameters) {

        boolean withinBound() {
            return l1 <= bound && l2 <= bound && max <= bound;
        }

        /** Whether the float network was built and matched the exact path. */
        boolean floatExact(double scale) {
            return floatPoints > 0 && floatMaxDeviation <= FLOAT_AGREEMENT * scale;
        }
    }

    static Row measure(LipschitzFunction f, int n, int points, int floatPoints, long seed) {
        int d = f.dimension();
        IntrinsicConstruction construction = IntrinsicConstruction.build(f, n);
        Rng rng = new Rng(seed);
        double sum1 = 0;
        double sum2 = 0;
        double max = 0;
        double[] x = new double[d];
        for (int p = 0; p < points; p++) {
            for (int k = 0; k < d; k++) {
                x[k] = rng.nextDouble();
            }
            double error = Math.abs(f.value(x) - construction.value(x));
            sum1 += error;
            sum2 += error * error;
            max = Math.max(max, error);
        }
        double bound = 5 * f.lambda() * Math.sqrt(d) * Math.scalb(1.0, -n);
        int builtPoints = 0;
        double deviation = Double.NaN;
        double floatL1 = Double.NaN;
        long trainable = -1;
        long frozen = -1;
        if ((long) n * d <= IntrinsicArchitecture.MAX_NETWORK_ND && floatPoints > 0) {
            IntrinsicNetwork network =
                    IntrinsicNetwork.of(IntrinsicArchitecture.build(n, d), construction.parametersDouble());
            trainable = network.trainableParameterCount();
            frozen = network.parameterCount() - trainable;
            double[] inputs = new double[floatPoints * d];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = rng.nextDouble();
            }
            double[] out;
            try (NoGrad ignored = NoGrad.enter()) {
                out = network.forward(Tensor.copyOf(inputs, floatPoints, d)).toDoubleArray();
            }
            deviation = 0;
            floatL1 = 0;
            double[] point = new double[d];
            for (int p = 0; p < floatPoints; p++) {
                System.arraycopy(inputs, p * d, point, 0, d);
                deviation = Math.max(deviation, Math.abs(out[p] - construction.value(point)));
                floatL1 += Math.abs(out[p] - f.value(point)) / floatPoints;
            }
            builtPoints = floatPoints;
        }
        return new Row(
                f.name(),
                d,
                n,
                f.lambda(),
                points,
                sum1 / points,
                Math.sqrt(sum2 / points),
                max,
                bound,
                builtPoints,
                deviation,
                floatL1,
                trainable,
                frozen);
    }
}
