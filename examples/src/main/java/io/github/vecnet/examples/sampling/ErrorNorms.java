package io.github.vecnet.examples.sampling;

/**
 * L1 = mean |e|, L2 = sqrt(mean e^2), Linf = max |e| of the error e = prediction - truth over test points.
 */
record ErrorNorms(double l1, double l2, double linf) {

    static ErrorNorms of(double[] prediction, double[] truth) {
        if (prediction.length != truth.length || prediction.length == 0) {
            throw new IllegalArgumentException("prediction, truth: expected equal non-zero lengths, got "
                    + prediction.length + " and " + truth.length);
        }
        double sumAbs = 0;
        double sumSq = 0;
        double max = 0;
        for (int i = 0; i < truth.length; i++) {
            double e = Math.abs(prediction[i] - truth[i]);
            sumAbs += e;
            sumSq += e * e;
            max = Math.max(max, e);
            if (Double.isNaN(e)) {
                max = Double.NaN;
            }
        }
        return new ErrorNorms(sumAbs / truth.length, Math.sqrt(sumSq / truth.length), max);
    }

    /** The norm by exponent p in {1, 2, infinity}. */
    double get(double p) {
        if (p == 1) {
            return l1;
        }
        if (p == 2) {
            return l2;
        }
        if (p == Double.POSITIVE_INFINITY) {
            return linf;
        }
        throw new IllegalArgumentException("p: expected 1, 2 or infinity, got " + p);
    }
}
